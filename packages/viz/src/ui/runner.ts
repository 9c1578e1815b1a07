/**
 * Runs a view's study in the worker and keeps what has arrived: the finished runs of each scenario
 * (in replication order) and the run in progress. The study is core's `compare` on the worker's
 * executor, so the runs are the command line's; an unordered sink takes each run as it arrives.
 * Redraws are batched to one per frame.
 */
import { compare, type StudyOutput, type StudyScenario, type YearlyRun } from '@ppsim/core';
import { workerExecutor } from '../sim/client.ts';
import type { RunPartial } from '../sim/protocol.ts';
import { t } from '../i18n.ts';

/** What a view runs: its scenarios on the same seeds (`replicationSeeds(seed, reps)`, as the command line). */
export interface ViewStudy {
  readonly scenarios: readonly StudyScenario[];
  readonly seeds: readonly number[];
}

export interface EnsembleProgress {
  /** Finished runs per scenario, in replication order. */
  readonly runs: readonly (readonly YearlyRun[])[];
  /** The first run while it is going (its complete years so far), before any run has finished. */
  readonly partial: readonly (YearlyRun | undefined)[];
  readonly done: number;
  readonly total: number;
  readonly state: 'running' | 'done' | 'cancelled' | 'error';
  readonly message: string;
}

/** The study running now: the page has one worker, so starting another cancels it first. */
let running: (() => void) | undefined;

/**
 * Starts the study; `draw` is called (at most once per frame) as results arrive, and at once when it
 * ends. Returns stop(), which cancels it (as does starting another study).
 */
export function runEnsembles(study: ViewStudy, draw: (p: EnsembleProgress) => void): () => void {
  running?.();
  const { scenarios, seeds } = study;
  const runs: (YearlyRun | undefined)[][] = scenarios.map(() => new Array<YearlyRun | undefined>(seeds.length).fill(undefined));
  const partial: (YearlyRun | undefined)[] = scenarios.map(() => undefined);
  const total = scenarios.length * seeds.length;
  let done = 0;
  let state: EnsembleProgress['state'] = 'running';
  let message = '';
  let year = 0;
  let frame = 0;
  const snapshot = (): EnsembleProgress => ({
    runs: runs.map((r) => r.filter((x): x is YearlyRun => x !== undefined)),
    partial: [...partial],
    done,
    total,
    state,
    message: message !== '' ? message : progressText(state, done, scenarios.length, seeds.length, year),
  });
  const schedule = () => {
    if (frame !== 0) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      draw(snapshot());
    });
  };
  const settle = (end: Exclude<EnsembleProgress['state'], 'running'>, text = '') => {
    if (state !== 'running') return;
    state = end;
    message = text;
    if (running === stop) running = undefined;
    if (frame !== 0) {
      cancelAnimationFrame(frame);
      frame = 0;
    }
    draw(snapshot());
  };
  const controller = new AbortController();
  const stop = () => {
    if (state === 'running') {
      controller.abort();
      settle('cancelled');
    }
  };
  const sink = {
    ordered: false,
    run(output: StudyOutput) {
      (runs[output.arm] as (YearlyRun | undefined)[])[output.rep] = output.yearly;
      partial[output.arm] = undefined;
      done++;
      schedule();
    },
  };
  const onPartial = (p: RunPartial) => {
    partial[p.arm] = p.yearly;
    year = p.yearly.years[p.yearly.years.length - 1] ?? 0;
    schedule();
  };
  running = stop;
  const executor = workerExecutor({ signal: controller.signal, onPartial });
  // Inside a promise, a study compare refuses at once ends like one the worker fails: as an error shown.
  new Promise((resolve) => {
    resolve(compare(scenarios, { seeds, executor, sinks: [sink], keep: false }));
  }).then(
    () => settle('done'),
    (error: unknown) => {
      if (error instanceof DOMException && error.name === 'AbortError') settle('cancelled');
      else settle('error', t('progress.error', { message: error instanceof Error ? error.message : String(error) }));
    },
  );
  return stop;
}

/**
 * The progress line of a study of `n` scenarios × `reps` replications with `done` runs in: which run
 * is going (and the first run's last full year while none is done), all done, or stopped.
 */
function progressText(state: EnsembleProgress['state'], done: number, n: number, reps: number, year: number): string {
  const total = n * reps;
  if (state === 'done') return n > 1 ? t('progress.donePaired', { n, reps }) : t('progress.done', { total });
  if (state !== 'running') return t('progress.cancelled', { done });
  const now = Math.min(done + 1, total);
  const line = n > 1 ? t('progress.runningPaired', { done: now, total, n, reps }) : t('progress.running', { done: now, total });
  return done === 0 && year > 0 ? `${line} (${t('progress.partial', { year })})` : line;
}

/** The runs to draw: the finished ones, or the run in progress when none has finished. */
export function drawable(p: EnsembleProgress, ensemble: number): readonly YearlyRun[] {
  const finished = p.runs[ensemble] ?? [];
  if (finished.length > 0) return finished;
  const part = p.partial[ensemble];
  return part === undefined ? [] : [part];
}
