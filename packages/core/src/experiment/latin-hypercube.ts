/**
 * Latin hypercube sampling (McKay, Beckman & Conover 1979): n points such that, in every dimension,
 * each of the n strata [i/n, (i+1)/n) holds exactly one point.
 */
import type { RandomStream } from '../engine/rng/index.ts';
import { assertWhole } from './internal/validate.ts';
import { checkRanges, scaleValue, type ParamRange } from './param-range.ts';

/**
 * `latinHypercubeUnit(k: number, n: number, stream: RandomStream): number[][]` — a Latin hypercube of
 * n points in [0, 1)^k.
 *
 * Draw order (fixed, so a seed reproduces the design): for each dimension in turn, a random
 * permutation of the strata (`stream.shuffle`, n − 1 draws), then one `stream.random()` per point
 * for its position inside its stratum.
 *
 * @throws PpsimError `invalid_argument` when k or n is not a whole number ≥ 1.
 * @example latinHypercubeUnit(3, 10, createRng(1).stream('design'));
 */
export function latinHypercubeUnit(k: number, n: number, stream: RandomStream): number[][] {
  assertWhole('latinHypercube(k)', k, 1, 'pass the number of parameters, e.g. 3');
  assertWhole('latinHypercube(n)', n, 1, 'pass the number of points, e.g. 64');
  const points: number[][] = Array.from({ length: n }, () => new Array<number>(k));
  const strata = new Int32Array(n);
  for (let j = 0; j < k; j++) {
    for (let i = 0; i < n; i++) strata[i] = i;
    stream.shuffle(strata);
    for (let i = 0; i < n; i++) (points[i] as number[])[j] = ((strata[i] as number) + stream.random()) / n;
  }
  return points;
}

/**
 * `latinHypercube(ranges: readonly ParamRange[], n: number, stream: RandomStream): number[][]` — a
 * Latin hypercube of n points scaled to the ranges (see {@link latinHypercubeUnit} for the draws
 * and {@link scaleValue} for integer parameters).
 *
 * @returns rows = points, columns = parameters in the order of `ranges`, in parameter units.
 * @throws PpsimError `invalid_argument` for invalid ranges or n.
 * @example
 * const design = latinHypercube([{ path: 'referral.rate', lo: 0.01, hi: 0.2 }], 50, createRng(7).stream('design'));
 */
export function latinHypercube(ranges: readonly ParamRange[], n: number, stream: RandomStream): number[][] {
  checkRanges('latinHypercube', ranges);
  return latinHypercubeUnit(ranges.length, n, stream).map((row) => row.map((u, j) => scaleValue(u, ranges[j] as ParamRange)));
}
