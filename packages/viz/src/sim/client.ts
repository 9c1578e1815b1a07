/**
 * The page's side of the simulation worker: `startEnsembles` posts a job and calls back with every
 * partial and finished run; starting another job supersedes the running one.
 */
import type { FromWorker, ToWorker } from './protocol.ts';
import type { EnsembleSpec, RunnerEvent } from './runner.ts';

export interface EnsembleCallbacks {
  /** A run progressed (`partial`) or finished (`run`), in ensemble `ensemble`. */
  onEvent(ensemble: number, event: RunnerEvent): void;
  onDone(cancelled: boolean): void;
  onError(message: string): void;
}

let worker: Worker | undefined;
let nextJob = 1;
let active: { job: number; callbacks: EnsembleCallbacks } | undefined;

function theWorker(): Worker {
  if (worker === undefined) {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'ppsim-simulation' });
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const msg = e.data;
      if (active === undefined || msg.job !== active.job) return;
      const { callbacks } = active;
      if (msg.type === 'event') {
        const { type: _t, job: _j, ensemble, ...event } = msg;
        callbacks.onEvent(ensemble, event as RunnerEvent);
      } else if (msg.type === 'done') {
        active = undefined;
        callbacks.onDone(msg.cancelled);
      } else {
        active = undefined;
        callbacks.onError(msg.message);
      }
    };
    worker.onerror = (e) => {
      const callbacks = active?.callbacks;
      active = undefined;
      callbacks?.onError(e.message || 'the simulation worker failed to start');
    };
  }
  return worker;
}

/** Starts the worker now, so that it loads while the page draws (the first run starts sooner). */
export function warmUpWorker(): void {
  theWorker();
}

/** Runs the ensembles in the worker; returns a function that cancels them. */
export function startEnsembles(ensembles: readonly EnsembleSpec[], callbacks: EnsembleCallbacks): () => void {
  const w = theWorker();
  if (active !== undefined) {
    const previous = active;
    w.postMessage({ type: 'cancel', job: previous.job } satisfies ToWorker);
    previous.callbacks.onDone(true);
  }
  const job = nextJob++;
  active = { job, callbacks };
  w.postMessage({ type: 'start', job, ensembles } satisfies ToWorker);
  return () => {
    if (active?.job !== job) return;
    w.postMessage({ type: 'cancel', job } satisfies ToWorker);
    active = undefined;
    callbacks.onDone(true);
  };
}
