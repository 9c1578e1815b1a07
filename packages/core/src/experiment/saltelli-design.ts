/**
 * The sampling scheme of Saltelli et al. (2010) for Sobol' indices: two independent quasi-random
 * matrices A and B (the two halves of one 2k-dimensional Sobol' sequence) and, for each parameter i,
 * the matrix A_B^(i): A with column i taken from B.
 */
import { assertWhole, invalidArgument } from './internal/validate.ts';
import { checkRanges, parameterPaths, scaleValue, type ParamRange } from './param-range.ts';
import { SOBOL_MAX_DIMENSION, sobolSequence, type SobolOptions } from './sobol-sequence.ts';

/**
 * A Saltelli design: n·(k + 2) points in blocks of n rows — A, then B, then A_B^(1) … A_B^(k).
 * Plain data, safe to serialise.
 */
export interface SaltelliDesign {
  /** Parameter paths, in column order. */
  readonly parameters: string[];
  /** Base sample size n (rows per block). */
  readonly n: number;
  /** The n·(k + 2) rows to run, in parameter units. */
  readonly points: number[][];
}

/**
 * `saltelliDesign(ranges: readonly ParamRange[], n: number, options?: SobolOptions): SaltelliDesign`
 * — the A, B, A_B^(i) blocks of Saltelli et al. (2010), from the Sobol' sequence of dimension 2k:
 * A is its first k columns, B its last k.
 *
 * Row layout (block b = 0 is A, 1 is B, 2 + i is A_B^(i)): row b·n + j is the j-th point of block b.
 * Cost: n·(k + 2) model runs. Take n a power of 2 (e.g. 1024) for the best balance of the
 * sequence. Deterministic: no random stream is involved.
 *
 * @param ranges - at most {@link SOBOL_MAX_DIMENSION}/2 parameters.
 * @param n - base sample size, a whole number ≥ 2.
 * @param options - `skip` (default 0) leading points of the 2k-dimensional sequence.
 * @throws PpsimError `invalid_argument` for invalid ranges, too many parameters, n or skip.
 * @example
 * const design = saltelliDesign(ranges, 1024);
 * const outputs = design.points.map(runModel);
 * const table = sobolIndices(design, outputs, { bootstrap: { samples: 1000, stream: rng.stream('bootstrap') } });
 */
export function saltelliDesign(ranges: readonly ParamRange[], n: number, options: SobolOptions = {}): SaltelliDesign {
  checkRanges('saltelliDesign', ranges);
  const k = ranges.length;
  if (2 * k > SOBOL_MAX_DIMENSION) {
    throw invalidArgument('saltelliDesign(ranges)', `at most ${SOBOL_MAX_DIMENSION / 2} parameters`, k, 'screen the parameters with morrisDesign first and keep the influential ones');
  }
  assertWhole('saltelliDesign(n)', n, 2, 'pass the base sample size, a power of 2 such as 1024');
  const base = sobolSequence(2 * k, n, options);
  const scale = (u: number, j: number): number => scaleValue(u, ranges[j] as ParamRange);
  const a = base.map((row) => row.slice(0, k).map(scale));
  const b = base.map((row) => row.slice(k).map(scale));
  const points: number[][] = [...a, ...b];
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < n; j++) {
      const row = (a[j] as number[]).slice();
      row[i] = (b[j] as number[])[i] as number;
      points.push(row);
    }
  }
  return { parameters: parameterPaths(ranges), n, points };
}
