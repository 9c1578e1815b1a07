/**
 * Confidence intervals for a mean, and for the mean of paired differences (common random numbers).
 *
 * Replicates of a stochastic model are independent draws, so the t interval on their mean is the
 * honest summary of "how sure are we"; comparing two scenarios run on the same seeds is a paired
 * design, whose interval on the mean difference is much narrower than the two separate intervals.
 */
import { PpsimError } from '../../errors.ts';
import { checkedMean, checkedVariance, requireFiniteSample, requireNonEmpty } from './internal/sample.ts';
import { studentTQuantile } from './studentT.ts';

/** A two-sided confidence interval for a mean. All fields are plain numbers; the object is frozen. */
export interface Interval {
  /** The sample mean x̄. */
  readonly mean: number;
  /** x̄ − halfWidth; `NaN` when n < 2. */
  readonly lo: number;
  /** x̄ + halfWidth; `NaN` when n < 2. */
  readonly hi: number;
  /** The sample standard deviation s (divisor n − 1); `NaN` when n < 2. */
  readonly sd: number;
  /** The number of values. */
  readonly n: number;
  /** t₍(1+level)/2, n−1₎ · s / √n; `NaN` when n < 2. */
  readonly halfWidth: number;
}

/** The interval on the mean of paired differences b − a, with its standardised effect size. */
export interface PairedDifference extends Interval {
  /**
   * Cohen's d_z = mean(b − a) / sd(b − a). `NaN` when n < 2, or when every difference is 0;
   * ±Infinity when every difference is the same non-zero value (no spread, a certain effect).
   */
  readonly effectSize: number;
}

function checkLevel(level: number, fn: string): void {
  if (typeof level !== 'number' || !(level > 0 && level < 1)) {
    throw new PpsimError('invalid_argument', { path: `${fn}(level)`, expected: 'a confidence level strictly between 0 and 1', received: level, hint: 'pass e.g. 0.95 for a 95 % interval' });
  }
}

/** The interval of a checked, non-empty sample. */
function intervalOf(xs: ArrayLike<number>, level: number): Interval {
  const n = xs.length;
  const mean = checkedMean(xs);
  if (n < 2) return Object.freeze({ mean, lo: Number.NaN, hi: Number.NaN, sd: Number.NaN, n, halfWidth: Number.NaN });
  const sd = Math.sqrt(checkedVariance(xs, mean));
  const halfWidth = (studentTQuantile((1 + level) / 2, n - 1) * sd) / Math.sqrt(n);
  return Object.freeze({ mean, lo: mean - halfWidth, hi: mean + halfWidth, sd, n, halfWidth });
}

/**
 * `tInterval(xs, level?)`: the Student t confidence interval for the mean of `xs`,
 * x̄ ± t₍(1+level)/2, n−1₎ · s/√n.
 *
 * With one value there is no spread to estimate, so `sd`, `halfWidth`, `lo` and `hi` are `NaN`
 * (documented, not silent: check `n`); `mean` is that value.
 *
 * @param xs - finite numbers, at least one; e.g. one summary per replicate.
 * @param level - the confidence level, 0 < level < 1 (default 0.95).
 * @returns a frozen {@link Interval}.
 * @throws PpsimError `invalid_argument` for an empty sample, a non-finite value (naming its index)
 *   or a level outside (0, 1).
 * @example
 * tInterval([4.1, 3.9, 4.4, 4.0]); // { mean: 4.1, lo: 3.756…, hi: 4.443…, sd: 0.216…, n: 4, halfWidth: 0.343… }
 */
export function tInterval(xs: ArrayLike<number>, level = 0.95): Interval {
  checkLevel(level, 'tInterval');
  requireFiniteSample(xs, 'tInterval', 'xs');
  requireNonEmpty(xs, 'tInterval', 'xs');
  return intervalOf(xs, level);
}

/**
 * `pairedDifference(a, b, level?)`: the t interval for the mean of the differences b[i] − a[i],
 * and Cohen's d_z, for two scenarios run on the same seeds (replicate i of `a` pairs with
 * replicate i of `b`).
 *
 * @param a - the baseline values, finite.
 * @param b - the alternative values, finite, the same length as `a` (at least one).
 * @param level - the confidence level, 0 < level < 1 (default 0.95).
 * @returns a frozen {@link PairedDifference}; a positive mean means b is larger. With one pair,
 *   sd, halfWidth, lo, hi and effectSize are `NaN`.
 * @throws PpsimError `invalid_argument` for arrays of different lengths, empty arrays,
 *   a non-finite value (naming the array and index) or a level outside (0, 1).
 * @example
 * pairedDifference([10, 12, 11], [11, 14, 12]); // mean 1.333…, sd 0.577…, effectSize 2.309…
 */
export function pairedDifference(a: ArrayLike<number>, b: ArrayLike<number>, level = 0.95): PairedDifference {
  checkLevel(level, 'pairedDifference');
  requireFiniteSample(a, 'pairedDifference', 'a');
  requireFiniteSample(b, 'pairedDifference', 'b');
  if (a.length !== b.length) {
    throw new PpsimError('invalid_argument', {
      path: 'pairedDifference(b)',
      expected: `as many values as a (${a.length}), one per paired replicate`,
      received: b,
      hint: 'pass results of the same seeds in the same order for both scenarios',
    });
  }
  requireNonEmpty(a, 'pairedDifference', 'a');
  const differences = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) differences[i] = (b[i] as number) - (a[i] as number);
  // Two huge values of opposite sign can overflow their difference.
  requireFiniteSample(differences, 'pairedDifference', 'b − a');
  const interval = intervalOf(differences, level);
  return Object.freeze({ ...interval, effectSize: interval.mean / interval.sd });
}
