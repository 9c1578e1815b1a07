/**
 * Runs ensembles in the worker for a view and keeps what has arrived: the finished runs of each
 * ensemble (in replication order) and the run in progress. Redraws are batched to one per frame.
 */
import type { YearlyRun } from '@ppsim/core';
import { startEnsembles } from '../sim/client.ts';
import type { EnsembleSpec } from '../sim/runner.ts';
import { t } from '../i18n.ts';

export interface EnsembleProgress {
  /** Finished runs per ensemble, in replication order. */
  readonly runs: readonly (readonly YearlyRun[])[];
  /** The first run while it is going (its complete years so far), before any run has finished. */
  readonly partial: readonly (YearlyRun | undefined)[];
  readonly done: number;
  readonly total: number;
  readonly state: 'running' | 'done' | 'cancelled' | 'error';
  readonly message: string;
}

/** Starts the ensembles; `draw` is called (at most once per frame) as results arrive. Returns stop(). */
export function runEnsembles(specs: readonly EnsembleSpec[], draw: (p: EnsembleProgress) => void): () => void {
  const runs: (YearlyRun | undefined)[][] = specs.map((s) => new Array<YearlyRun | undefined>(s.reps).fill(undefined));
  const partial: (YearlyRun | undefined)[] = specs.map(() => undefined);
  const total = specs.reduce((n, s) => n + s.reps, 0);
  let done = 0;
  let state: EnsembleProgress['state'] = 'running';
  let message = '';
  let year = 0;
  let frame = 0;
  const snapshot = (): EnsembleProgress => ({
    runs: runs.map((r) => r.filter((x): x is YearlyRun => x !== undefined)),
    partial: [...partial], done, total, state,
    message: message !== '' ? message
      : state === 'running' ? `${specs.length > 1
        ? t('progress.runningPaired', { done: Math.min(done + 1, total), total, n: specs.length, reps: specs[0]?.reps ?? 0 })
        : t('progress.running', { done: Math.min(done + 1, total), total })}${done === 0 && year > 0 ? ` (${t('progress.partial', { year })})` : ''}`
      : state === 'done' ? (specs.length > 1 ? t('progress.donePaired', { n: specs.length, reps: specs[0]?.reps ?? 0 }) : t('progress.done', { total }))
      : state === 'cancelled' ? t('progress.cancelled', { done }) : message,
  });
  const schedule = () => {
    if (frame !== 0) return;
    frame = requestAnimationFrame(() => { frame = 0; draw(snapshot()); });
  };
  const flush = () => { if (frame !== 0) { cancelAnimationFrame(frame); frame = 0; } draw(snapshot()); };
  return startEnsembles(specs, {
    onEvent(ensemble, event) {
      if (event.kind === 'partial') {
        if (event.index === 0) { partial[ensemble] = event.digest; year = event.digest.years[event.digest.years.length - 1] ?? 0; }
      } else {
        (runs[ensemble] as (YearlyRun | undefined)[])[event.index] = event.digest;
        partial[ensemble] = undefined;
        done++;
      }
      schedule();
    },
    onDone(cancelled) { state = cancelled ? 'cancelled' : 'done'; flush(); },
    onError(text) { state = 'error'; message = t('progress.error', { message: text }); flush(); },
  });
}

/** The runs to draw: the finished ones, or the run in progress when none has finished. */
export function drawable(p: EnsembleProgress, ensemble: number): readonly YearlyRun[] {
  const finished = p.runs[ensemble] ?? [];
  if (finished.length > 0) return finished;
  const part = p.partial[ensemble];
  return part === undefined ? [] : [part];
}
