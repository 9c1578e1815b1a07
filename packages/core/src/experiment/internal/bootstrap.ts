/**
 * Percentile bootstrap (Efron & Tibshirani 1993, ch. 13) shared by the Morris and Sobol' estimators:
 * resample the independent units (trajectories, base rows) with replacement, recompute the
 * statistics, and take the (1 − level)/2 and (1 + level)/2 quantiles of the replicates.
 */
import type { RandomStream } from '../../engine/rng/index.ts';
import { quantile } from '../../engine/stats/index.ts';
import { assertWhole, invalidArgument } from './validate.ts';

/**
 * Options of a bootstrap interval: how many resamples, the stream they are drawn from, and the
 * confidence level (default 0.95).
 * @example const bootstrap: BootstrapOptions = { samples: 1000, stream: createRng(1).stream('bootstrap') };
 */
export interface BootstrapOptions {
  readonly samples: number;
  readonly stream: RandomStream;
  readonly level?: number;
}

/**
 * `checkBootstrap(fn, options): number` — validates the options and returns the level.
 * @example const level = checkBootstrap('sobolIndices', options.bootstrap);
 */
export function checkBootstrap(fn: string, options: BootstrapOptions | undefined): number {
  const hint = 'pass e.g. { bootstrap: { samples: 1000, stream: rng.stream("bootstrap") } }';
  if (options === null || typeof options !== 'object') throw invalidArgument(`${fn}(options.bootstrap)`, 'bootstrap options { samples, stream }', options, hint);
  assertWhole(`${fn}(options.bootstrap.samples)`, options.samples, 10, hint);
  if (options.stream === null || typeof options.stream !== 'object' || typeof options.stream.int !== 'function') {
    throw invalidArgument(`${fn}(options.bootstrap.stream)`, 'a RandomStream', options.stream, hint);
  }
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw invalidArgument(`${fn}(options.bootstrap.level)`, 'a number strictly between 0 and 1', level, 'pass e.g. 0.95');
  return level;
}

/**
 * `bootstrapIntervals(units, statistics, count, options, level): [lo, hi][]` — percentile intervals
 * for `count` statistics of `units` independent units. `statistics(pick, out)` must write the
 * statistics of the resample whose j-th unit is `pick[j]` into `out`. Draws: `units` calls of
 * `stream.int(units)` per resample, resample after resample.
 */
export function bootstrapIntervals(units: number, statistics: (pick: Int32Array, out: Float64Array) => void, count: number, options: BootstrapOptions, level: number): Array<[number, number]> {
  const pick = new Int32Array(units);
  const out = new Float64Array(count);
  const replicates = Array.from({ length: count }, () => new Float64Array(options.samples));
  for (let b = 0; b < options.samples; b++) {
    for (let j = 0; j < units; j++) pick[j] = options.stream.int(units);
    statistics(pick, out);
    for (let s = 0; s < count; s++) (replicates[s] as Float64Array)[b] = out[s] as number;
  }
  return replicates.map((r) => [quantile(r, (1 - level) / 2), quantile(r, (1 + level) / 2)]);
}
