/**
 * Summary statistics of a sample: mean, variance, standard deviation and quantiles.
 *
 * Inputs are arrays or typed arrays and are never modified. Every value must be finite: a NaN or
 * ±Infinity throws `invalid_argument` naming its index, so a result never becomes NaN silently.
 */
import { PpsimError } from '../../errors.ts';
import { checkedMean, checkedVariance, requireFiniteSample, requireNonEmpty } from './internal/sample.ts';

/**
 * `mean(xs)`: the arithmetic mean, with compensated summation.
 *
 * Compensation keeps large offsets from eating the digits that matter: the mean of
 * [1e9 + 1, 1e9 + 2, 1e9 + 3] is exactly 1e9 + 2.
 *
 * @param xs - finite numbers, at least one.
 * @returns the mean.
 * @throws PpsimError `invalid_argument` for an empty sample or a non-finite value (naming its index).
 * @example
 * mean([1, 2, 3, 4]); // 2.5
 */
export function mean(xs: ArrayLike<number>): number {
  requireFiniteSample(xs, 'mean', 'xs');
  requireNonEmpty(xs, 'mean', 'xs');
  return checkedMean(xs);
}

/**
 * `variance(xs)`: the sample variance, Σ(x − x̄)² / (n − 1), by a corrected two-pass algorithm.
 *
 * @param xs - finite numbers.
 * @returns the variance, never negative; `NaN` when `xs` has fewer than 2 values (no spread to measure).
 * @throws PpsimError `invalid_argument` for a non-finite value (naming its index).
 * @example
 * variance([2, 4, 4, 4, 5, 5, 7, 9]); // 4.571428571428571 (= 32 / 7)
 */
export function variance(xs: ArrayLike<number>): number {
  requireFiniteSample(xs, 'variance', 'xs');
  return xs.length < 2 ? Number.NaN : checkedVariance(xs, checkedMean(xs));
}

/**
 * `sd(xs)`: the sample standard deviation, √variance(xs).
 *
 * @param xs - finite numbers.
 * @returns the standard deviation; `NaN` when `xs` has fewer than 2 values.
 * @throws PpsimError `invalid_argument` for a non-finite value (naming its index).
 * @example
 * sd([2, 4, 4, 4, 5, 5, 7, 9]); // 2.138089935299395
 */
export function sd(xs: ArrayLike<number>): number {
  requireFiniteSample(xs, 'sd', 'xs');
  return xs.length < 2 ? Number.NaN : Math.sqrt(checkedVariance(xs, checkedMean(xs)));
}

/**
 * `quantile(xs, p)`: the sample quantile of type 7 in Hyndman & Fan (1996), R's default.
 *
 * With the values sorted as x₁ ≤ … ≤ xₙ and h = (n − 1)p, the result interpolates linearly between
 * x₍⌊h⌋₊₁₎ and x₍⌊h⌋₊₂₎. The formula (1 − g)·lo + g·hi is R's own, so results match
 * `quantile(x, p, type = 7)` in R to the last bit. The input is copied into a Float64Array and sorted;
 * it is not modified.
 *
 * @param xs - finite numbers, at least one.
 * @param p - the probability, 0 ≤ p ≤ 1 (0 gives the minimum, 1 the maximum, 0.5 the median).
 * @returns the quantile.
 * @throws PpsimError `invalid_argument` for an empty sample, a non-finite value or p outside [0, 1].
 * @example
 * quantile([1, 2, 3, 4], 0.25); // 1.75
 */
export function quantile(xs: ArrayLike<number>, p: number): number {
  requireFiniteSample(xs, 'quantile', 'xs');
  requireNonEmpty(xs, 'quantile', 'xs');
  if (typeof p !== 'number' || !(p >= 0 && p <= 1)) {
    throw new PpsimError('invalid_argument', { path: 'quantile(p)', expected: 'a probability from 0 to 1', received: p, hint: 'pass e.g. 0.5 for the median or 0.975 for the upper 2.5 % point' });
  }
  const sorted = Float64Array.from(xs).sort();
  // R's 1-based index, rounded exactly as R rounds it, so the weight g matches R's bit for bit.
  const index = 1 + (sorted.length - 1) * p;
  const lo = Math.floor(index);
  const low = sorted[lo - 1] as number;
  const high = sorted[Math.ceil(index) - 1] as number;
  if (index === lo || high === low) return low;
  const g = index - lo;
  return (1 - g) * low + g * high;
}
