/**
 * Running an ensemble the way `ppsim run` does (same model, seeds and clock, so the numbers match
 * the CLI's), one year at a time so a caller can show a run while it is still going and stop
 * between years. Plain functions, no DOM: the Web Worker wraps them, and the tests call them in Node.
 */
import {
  createClock, createPurchaserProviderModel, createSimulation, modelReporters, replicationSeeds, run,
  type ModelParams, type SeriesHeader, type SeriesTable, type Sink, type TimelineEvent,
} from '@ppsim/core';
import { digestTable, type RunDigest } from './digest.ts';

/** An ensemble to run. */
export interface EnsembleSpec {
  readonly params: ModelParams;
  readonly timeline: readonly TimelineEvent[];
  /** Master seed; replication seeds are `replicationSeeds(seed, reps)` as in the CLI. */
  readonly seed: number;
  readonly reps: number;
}

/** Keeps rows across several `run()` calls on one simulation (the memory sink starts afresh each call). */
class GrowingTable implements Sink {
  #columns: readonly string[] = [];
  #rows = 0;
  #step = new Int32Array(1024);
  #year = new Int32Array(1024);
  #data: Float64Array[] = [];

  begin(header: SeriesHeader): void {
    if (this.#data.length === 0) {
      this.#columns = header.columns;
      this.#data = header.columns.map(() => new Float64Array(1024));
    }
  }

  row(step: number, year: number, values: Float64Array): void {
    if (this.#rows === this.#step.length) this.#grow();
    this.#step[this.#rows] = step;
    this.#year[this.#rows] = year;
    for (let c = 0; c < this.#data.length; c++) (this.#data[c] as Float64Array)[this.#rows] = values[c] as number;
    this.#rows++;
  }

  snapshot(): void {}
  end(): void {}

  #grow(): void {
    const size = this.#step.length * 2;
    const step = new Int32Array(size); step.set(this.#step); this.#step = step;
    const year = new Int32Array(size); year.set(this.#year); this.#year = year;
    this.#data = this.#data.map((col) => { const next = new Float64Array(size); next.set(col); return next; });
  }

  /** A view of the rows so far (no copy). */
  table(): SeriesTable {
    const series: Record<string, Float64Array> = {};
    this.#columns.forEach((name, c) => { series[name] = (this.#data[c] as Float64Array).subarray(0, this.#rows); });
    return { step: this.#step.subarray(0, this.#rows), year: this.#year.subarray(0, this.#rows), series };
  }
}

/** What the runner reports: a run in progress (its complete years so far) or a finished run. */
export type RunnerEvent =
  | { readonly kind: 'partial'; readonly index: number; readonly digest: RunDigest; readonly stepsDone: number; readonly stepsTotal: number }
  | { readonly kind: 'run'; readonly index: number; readonly digest: RunDigest };

/** The replication seeds of a spec (the CLI's for the same master seed and count). */
export function ensembleSeeds(spec: EnsembleSpec): number[] {
  return replicationSeeds(spec.seed, spec.reps);
}

/**
 * Runs replication `index` of `spec`, a calendar year at a time, calling `report` after each year
 * and at the end, and awaiting `pause()` between years (the worker yields there to read messages).
 * Returns false when `stop()` said to stop before the run was done.
 */
export async function runOne(spec: EnsembleSpec, index: number, report: (e: RunnerEvent) => void, pause: () => Promise<void>, stop: () => boolean): Promise<boolean> {
  const seed = ensembleSeeds(spec)[index] as number;
  const clock = { start: spec.params.horizon.start, unit: 'week' as const };
  const total = createClock(clock).stepsInYears(spec.params.horizon.years);
  const sim = createSimulation(createPurchaserProviderModel(), { params: { params: spec.params, timeline: spec.timeline }, seed, clock });
  const table = new GrowingTable();
  let done = 0;
  while (done < total) {
    const chunk = Math.min(52, total - done);
    run(sim, { until: chunk, collect: { model: modelReporters, memory: false, sinks: [table] } });
    done += chunk;
    if (done < total) {
      report({ kind: 'partial', index, digest: digestTable(table.table(), seed), stepsDone: done, stepsTotal: total });
      await pause();
      if (stop()) return false;
    }
  }
  report({ kind: 'run', index, digest: digestTable(table.table(), seed) });
  return true;
}
