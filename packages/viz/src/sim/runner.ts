/**
 * Running an ensemble the way `ppsim run` does (same model, seeds and clock, so the numbers match
 * the CLI's), one year at a time so a caller can show a run while it is still going and stop
 * between years. Plain functions, no DOM: the Web Worker wraps them, and the tests call them in Node.
 */
import {
  MemorySink, createClock, createPurchaserProviderModel, createSimulation, modelReporters, replicationSeeds, run, yearlyRun,
  type ModelParams, type TimelineEvent, type YearlyRun,
} from '@ppsim/core';

/** An ensemble to run. */
export interface EnsembleSpec {
  readonly params: ModelParams;
  readonly timeline: readonly TimelineEvent[];
  /** Master seed; replication seeds are `replicationSeeds(seed, reps)` as in the CLI. */
  readonly seed: number;
  readonly reps: number;
}

/** What the runner reports: a run in progress (its complete years so far) or a finished run. */
export type RunnerEvent =
  | { readonly kind: 'partial'; readonly index: number; readonly digest: YearlyRun; readonly stepsDone: number; readonly stepsTotal: number }
  | { readonly kind: 'run'; readonly index: number; readonly digest: YearlyRun };

/** The replication seeds of a spec (the CLI's for the same master seed and count). */
export function ensembleSeeds(spec: EnsembleSpec): number[] {
  return replicationSeeds(spec.seed, spec.reps);
}

/**
 * Runs replication `index` of `spec`, a calendar year at a time, calling `report` after each year
 * (when `partials`: the page shows only the first run while it goes) and at the end, and awaiting
 * `pause()` between years (the worker yields there to read messages). Returns false when `stop()`
 * said to stop before the run was done.
 */
export async function runOne(
  spec: EnsembleSpec, index: number, report: (e: RunnerEvent) => void, pause: () => Promise<void>, stop: () => boolean, partials = true,
): Promise<boolean> {
  const seed = ensembleSeeds(spec)[index] as number;
  const clock = { start: spec.params.horizon.start, unit: 'week' as const };
  const total = createClock(clock).stepsInYears(spec.params.horizon.years);
  const sim = createSimulation(createPurchaserProviderModel(), { params: { params: spec.params, timeline: spec.timeline }, seed, clock });
  const table = new MemorySink();
  let done = 0;
  while (done < total) {
    const chunk = Math.min(52, total - done);
    run(sim, { until: chunk, collect: { model: modelReporters, memory: false, sinks: [table] } });
    done += chunk;
    if (done < total) {
      if (partials) report({ kind: 'partial', index, digest: yearlyRun(table.table(), seed), stepsDone: done, stepsTotal: total });
      await pause();
      if (stop()) return false;
    }
  }
  report({ kind: 'run', index, digest: yearlyRun(table.table(), seed) });
  return true;
}
