/**
 * The view's state, kept in the page's address so that a link reproduces what one sees: the view,
 * the language, the case and variant (or the two compared), replications, seed, years, every changed
 * parameter, the chart section and metric, and a result to open.
 */
import { parsePatch } from '@ppsim/core';
import type { Lang } from './i18n.ts';

export type View = 'explore' | 'compare' | 'open' | 'cases' | 'glossary';
const VIEWS: readonly View[] = ['explore', 'compare', 'open', 'cases', 'glossary'];

export interface ViewState {
  view: View;
  lang: Lang;
  /** Explore: case id and variant name ('' for the base case). */
  case: string;
  variant: string;
  /** Compare: references `case` or `case:variant`. */
  a: string;
  b: string;
  reps: number;
  seed: number;
  /** Simulated years; 0 means the scenario's own period. */
  years: number;
  /** Changed parameters: path → value (applied to every scenario run). */
  set: Map<string, unknown>;
  /** Compare: changes for scenario B only, applied after `set` (`setb=` in the address). */
  setB: Map<string, unknown>;
  section: string;
  metric: string;
  /** Open: a URL (relative to the page) of a result folder served by `ppsim view`. */
  open: string;
}

export const DEFAULTS: Readonly<Omit<ViewState, 'set' | 'setB'>> = {
  view: 'explore',
  lang: 'en',
  case: 'reference',
  variant: '',
  a: 'bergen',
  b: 'bergen:frame-funding',
  reps: 10,
  seed: 1,
  years: 0,
  section: 'overview',
  metric: 'cost.total',
  open: '',
};

/**
 * The page's own bounds on its run controls, kept apart from the command line's (packages/cli/src/limits.ts)
 * and the model's (`horizon.years` ≤ 100) on purpose: they are what a browser tab is asked to run, 0
 * years means the case's own period, and a link outside them falls back to the default instead of
 * failing.
 */
export const LIMITS = { reps: [1, 200], seed: [0, 2 ** 31 - 1], years: [0, 60] } as const;

function int(text: string | null, [lo, hi]: readonly [number, number], fallback: number): number {
  if (text === null) return fallback;
  const n = Number(text);
  return Number.isInteger(n) && n >= lo && n <= hi ? n : fallback;
}

/** Reads the state from a query string; anything malformed falls back to its default. */
export function readState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const patches = (key: string) => {
    const changes = new Map<string, unknown>();
    for (const entry of q.getAll(key)) {
      // Read as `--set` reads it; the path and value are checked against the schema when applied.
      const patch = parsePatch(entry);
      if (patch !== undefined) changes.set(patch.path, patch.value);
    }
    return changes;
  };
  const view = q.get('view');
  const lang = q.get('lang');
  return {
    view: VIEWS.includes(view as View) ? (view as View) : DEFAULTS.view,
    lang: lang === 'nb' || lang === 'en' ? lang : DEFAULTS.lang,
    case: q.get('case') ?? DEFAULTS.case,
    variant: q.get('variant') ?? DEFAULTS.variant,
    a: q.get('a') ?? DEFAULTS.a,
    b: q.get('b') ?? DEFAULTS.b,
    reps: int(q.get('reps'), LIMITS.reps, DEFAULTS.reps),
    seed: int(q.get('seed'), LIMITS.seed, DEFAULTS.seed),
    years: int(q.get('years'), LIMITS.years, DEFAULTS.years),
    set: patches('set'),
    setB: patches('setb'),
    section: q.get('section') ?? DEFAULTS.section,
    metric: q.get('metric') ?? DEFAULTS.metric,
    open: q.get('open') ?? DEFAULTS.open,
  };
}

/** The query string of a state: only what differs from the defaults, in a fixed order. */
export function writeState(s: ViewState): string {
  const q = new URLSearchParams();
  const keys = ['view', 'lang', 'case', 'variant', 'a', 'b', 'reps', 'seed', 'years', 'section', 'metric', 'open'] as const;
  for (const k of keys) if (s[k] !== DEFAULTS[k]) q.set(k, String(s[k]));
  const sorted = (changes: ReadonlyMap<string, unknown>) => [...changes].sort(([x], [y]) => (x < y ? -1 : 1));
  for (const [path, value] of sorted(s.set)) q.append('set', `${path}=${String(value)}`);
  for (const [path, value] of sorted(s.setB)) q.append('setb', `${path}=${String(value)}`);
  const text = q.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * `switchView(state, view)`: the state of another view reached from the menu. Leaving Compare for
 * Explore shows scenario B (the one compared against the baseline A), so the scenario is not lost;
 * the changes for both are kept and those for B alone stay with Compare.
 */
export function switchView(s: ViewState, view: View): ViewState {
  if (s.view !== 'compare' || view !== 'explore') return { ...s, view };
  const [id = '', variant = ''] = s.b.split(':');
  return { ...s, view, case: id, variant };
}
