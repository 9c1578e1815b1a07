/**
 * The two slow paths of `RandomStream.categorical`: summing and checking weights when the caller
 * gives no total, and resolving a scan that ran off the end.
 *
 * Kept out of the method so the fast path (one uniform, one running sum) stays small enough for
 * the engine to inline.
 */
import type { PpsimError } from '../../../errors.ts';
import { invalidArgument } from './validate.ts';

/**
 * `sumWeights(weights: ArrayLike<number>): number` — the sum of the weights, refusing any weight
 * that is negative, NaN or infinite: a NaN would otherwise make every comparison false and silently
 * give the last category.
 *
 * @example
 * sumWeights([1, 2, 1]); // 4
 */
export function sumWeights(weights: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as number;
    if (!(w >= 0 && w < Infinity)) {
      throw invalidArgument(`categorical(weights[${i}])`, 'a finite number ≥ 0', w, 'weights need not sum to 1, but each must be a finite non-negative number, e.g. categorical([2, 1, 1])');
    }
    sum += w;
  }
  return sum;
}

/**
 * `categoricalTotalError(weights, total): PpsimError` — the error for no weights, or a total that is
 * not a finite number > 0.
 *
 * @example
 * throw categoricalTotalError([0, 0], 0);
 */
export function categoricalTotalError(weights: ArrayLike<number>, total: number): PpsimError {
  const hint = 'give at least one positive weight, e.g. categorical([1, 2, 1])';
  if (weights.length === 0) return invalidArgument('categorical(weights)', 'at least one weight', weights, hint);
  return invalidArgument('categorical(total)', 'a finite sum of weights > 0', total, hint);
}

// A caller's total may be summed in another order than our scan; that moves it by a few ulps per
// weight, never by a billionth.
const ROUNDING_SLACK = 1e-9;

/**
 * `categoricalFallback(weights, cumulative, total): number` — the scan ended with u ≥ Σweights. Either the caller's total differs from our running sum by
 * rounding only — then u fell into the last sliver, and the last category with positive weight is
 * the right answer — or the total is wrong (or a weight is NaN), and we say so.
 *
 * @example
 * categoricalFallback([0.5, 0.5, 0], 1, 1.0000000000000002); // 1
 */
export function categoricalFallback(weights: ArrayLike<number>, cumulative: number, total: number): number {
  if (Math.abs(cumulative - total) <= ROUNDING_SLACK * total) {
    for (let i = weights.length - 1; i >= 0; i--) if ((weights[i] as number) > 0) return i;
  }
  throw invalidArgument('categorical(total)', `the sum of the weights (${cumulative})`, total, 'omit total to have it computed, or recompute it whenever a weight changes');
}
