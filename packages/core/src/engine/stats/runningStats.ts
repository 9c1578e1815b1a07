/**
 * Streaming mean and variance, for observers that see one value at a time and cannot keep them all.
 */
import { PpsimError } from '../../errors.ts';

/**
 * Count, mean and sample variance of a stream, by Welford's (1962) update; two accumulators
 * combine exactly as if all values had been pushed into one (Chan, Golub & LeVeque 1979/1983),
 * so per-worker or per-replicate statistics can be merged.
 *
 * `mean` is `NaN` before the first value and `variance`/`sd` before the second, as for the batch
 * `variance()` and `sd()` of ./summary.ts.
 *
 * @example
 * const waits = new RunningStats();
 * for (const w of [3, 5, 7]) waits.push(w);
 * waits.mean; // 5
 * waits.variance; // 4
 */
export class RunningStats {
  #n = 0;
  #mean = 0;
  /** Sum of squared deviations from the current mean. */
  #m2 = 0;

  /**
   * `push(x)`: adds one value.
   *
   * @throws PpsimError `invalid_argument` for a value that is not a finite number, naming how many
   *   values came before it.
   */
  push(x: number): void {
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      throw new PpsimError('invalid_argument', {
        path: 'RunningStats.push(x)',
        expected: `a finite number (value #${this.#n} of the stream)`,
        received: x,
        hint: 'skip or impute missing values before pushing; a NaN usually comes from a division by zero upstream',
      });
    }
    this.#n += 1;
    const delta = x - this.#mean;
    this.#mean += delta / this.#n;
    // delta and (x − new mean) have the same sign, so m2 can never decrease below 0.
    this.#m2 += delta * (x - this.#mean);
  }

  /** The number of values pushed. */
  get n(): number {
    return this.#n;
  }

  /** The mean; `NaN` when no value has been pushed. */
  get mean(): number {
    return this.#n === 0 ? Number.NaN : this.#mean;
  }

  /** The sample variance (divisor n − 1); `NaN` when fewer than 2 values have been pushed. */
  get variance(): number {
    return this.#n < 2 ? Number.NaN : this.#m2 / (this.#n - 1);
  }

  /** The sample standard deviation; `NaN` when fewer than 2 values have been pushed. */
  get sd(): number {
    return Math.sqrt(this.variance);
  }

  /**
   * `merge(other)`: the statistics of both streams together, as a new accumulator; neither input
   * changes. Chan et al.'s pairwise update: with δ = mean_b − mean_a,
   * mean = mean_a + δ·n_b/n and M2 = M2_a + M2_b + δ²·n_a·n_b/n.
   *
   * @returns a new {@link RunningStats}.
   * @example
   * const all = morning.merge(afternoon);
   */
  merge(other: RunningStats): RunningStats {
    if (!(other instanceof RunningStats)) {
      throw new PpsimError('invalid_argument', { path: 'RunningStats.merge(other)', expected: 'a RunningStats', received: other, hint: 'merge two accumulators, e.g. a.merge(b)' });
    }
    const merged = new RunningStats();
    // Copy rather than combine when one side is empty: the general formula could move the mean by an ulp.
    const source = this.#n === 0 ? other : other.#n === 0 ? this : undefined;
    if (source !== undefined) {
      merged.#n = source.#n;
      merged.#mean = source.#mean;
      merged.#m2 = source.#m2;
      return merged;
    }
    const n = this.#n + other.#n;
    const delta = other.#mean - this.#mean;
    merged.#n = n;
    merged.#mean = this.#mean + (delta * other.#n) / n;
    merged.#m2 = this.#m2 + other.#m2 + ((delta * delta * this.#n) / n) * other.#n;
    return merged;
  }
}
