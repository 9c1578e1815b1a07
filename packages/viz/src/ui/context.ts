/** What every view gets from the app: the state, and ways to save it and to redraw. */
import type { ViewState } from '../state.ts';

export interface AppContext {
  readonly state: ViewState;
  /** Writes the state into the address (replaceState: no history entry per keystroke). */
  commit(): void;
  /** Rebuilds the current view from the state. */
  rerender(): void;
}

/** A view's clean-up (stops its runs). */
export type Cleanup = () => void;
