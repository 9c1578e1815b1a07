/**
 * Input checks and compensated sums shared by the statistics functions.
 *
 * Every function validates its whole input before computing, because one NaN would otherwise turn
 * a mean, an interval and every table built from them into NaN without saying where it came from.
 */
import { PpsimError } from '../../../errors.ts';

/**
 * Throws `invalid_argument` unless `xs` is array-like and every element is a finite number.
 * `fn` and `name` build the path: `mean(xs[3])`.
 */
export function requireFiniteSample(xs: ArrayLike<number>, fn: string, name: string): void {
  if (typeof xs !== 'object' || xs === null || typeof xs.length !== 'number') {
    throw new PpsimError('invalid_argument', { path: `${fn}(${name})`, expected: 'an array or typed array of numbers', received: xs, hint: 'pass e.g. [1.2, 3.4] or a Float64Array' });
  }
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      throw new PpsimError('invalid_argument', {
        path: `${fn}(${name}[${i}])`,
        expected: 'a finite number',
        received: x,
        hint: 'remove or impute missing values before summarising; a NaN usually comes from a division by zero upstream',
      });
    }
  }
}

/** Throws `invalid_argument` for an empty sample, which has no mean. */
export function requireNonEmpty(xs: ArrayLike<number>, fn: string, name: string): void {
  if (xs.length === 0) {
    throw new PpsimError('invalid_argument', { path: `${fn}(${name})`, expected: 'at least one value', received: xs, hint: 'summarise after at least one replicate has run' });
  }
}

/**
 * Neumaier's compensated sum (Kahan–Babuška): the running error term recovers the low-order bits
 * that plain addition drops, so the sum is as good as if rounded once. Deterministic: only + and −.
 */
export function compensatedSum(xs: ArrayLike<number>, shift = 0): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = (xs[i] as number) - shift;
    const t = sum + x;
    compensation += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return sum + compensation;
}

/** The mean of a checked, non-empty sample; falls back to summing x/n if the plain sum overflows. */
export function checkedMean(xs: ArrayLike<number>): number {
  const n = xs.length;
  const sum = compensatedSum(xs);
  if (Number.isFinite(sum)) return sum / n;
  let scaled = 0;
  for (let i = 0; i < n; i++) scaled += (xs[i] as number) / n;
  return scaled;
}

/**
 * Sample variance (divisor n − 1) of a checked sample with known mean, by the corrected two-pass
 * algorithm of Chan, Golub & LeVeque (1983): Σd² − (Σd)²/n, where the second term removes the
 * rounding error left in the mean. Clamped at 0 so rounding can never make it negative.
 */
export function checkedVariance(xs: ArrayLike<number>, mean: number): number {
  const n = xs.length;
  if (n < 2) return Number.NaN;
  let sumSquares = 0;
  for (let i = 0; i < n; i++) {
    const d = (xs[i] as number) - mean;
    sumSquares += d * d;
  }
  const sumDeviations = compensatedSum(xs, mean);
  return Math.max(0, (sumSquares - (sumDeviations * sumDeviations) / n) / (n - 1));
}
