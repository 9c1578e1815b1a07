/**
 * The Sobol' low-discrepancy sequence (Sobol' 1967) with the direction numbers of Joe & Kuo (2008),
 * generated in Gray-code order (Antonov & Saleev 1979) in 32-bit integer arithmetic.
 *
 * Every coordinate is an unsigned 32-bit integer x divided by 2^32, which a double holds exactly, so
 * the points are the same bits on every engine. Unscrambled: the first point is the origin, and the
 * first 2^m points of each dimension fall one in each interval [i/2^m, (i+1)/2^m).
 */
import { JOE_KUO } from './internal/joe-kuo.ts';
import { invalidArgument, assertWhole } from './internal/validate.ts';
import { checkRanges, scaleValue, type ParamRange } from './param-range.ts';

/** The largest dimension {@link sobolSequence} supports (the rows of the direction-number table). */
export const SOBOL_MAX_DIMENSION = JOE_KUO.length;

const BITS = 32;
const TWO32 = 4294967296;

/** Options of {@link sobolSequence} and {@link sobolDesign}. */
export interface SobolOptions {
  /** Points to drop from the start of the sequence (default 0: start at the origin). */
  readonly skip?: number;
}

// directions[d][b] is the direction integer v_(b+1) of dimension d + 1, as an unsigned 32-bit value.
const directionCache: Uint32Array[] = [];

function directions(d: number): Uint32Array {
  const cached = directionCache[d];
  if (cached !== undefined) return cached;
  const row = JOE_KUO[d] as readonly number[];
  const s = row[0] as number;
  const a = row[1] as number;
  const v = new Uint32Array(BITS);
  if (s === 0) {
    // Dimension 1: the van der Corput sequence, v_b = 2^(32−b).
    for (let b = 0; b < BITS; b++) v[b] = (1 << (BITS - 1 - b)) >>> 0;
  } else {
    for (let b = 0; b < BITS; b++) {
      if (b < s) {
        v[b] = ((row[2 + b] as number) << (BITS - 1 - b)) >>> 0;
        continue;
      }
      // v_b = v_(b−s) ⊕ (v_(b−s) >> s) ⊕ a₁v_(b−1) ⊕ … ⊕ a_(s−1)v_(b−s+1) (Bratley & Fox 1988).
      let x = (v[b - s] as number) ^ ((v[b - s] as number) >>> s);
      for (let k = 1; k < s; k++) {
        if (((a >>> (s - 1 - k)) & 1) === 1) x ^= v[b - k] as number;
      }
      v[b] = x >>> 0;
    }
  }
  directionCache[d] = v;
  return v;
}

/**
 * `sobolSequence(dim: number, n: number, options?: SobolOptions): number[][]` — n points of the
 * `dim`-dimensional Sobol' sequence in [0, 1)^dim, starting after `skip` points.
 *
 * Point i (0-based, counting skipped ones) is the XOR of the direction integers selected by the bits
 * of its Gray code i ⊕ ⌊i/2⌋; consecutive points differ by one XOR. Deterministic and exact. For
 * the best balance take n a power of 2 and skip = 0 (Owen 2022, "On dropping the first Sobol'
 * point").
 *
 * @param dim - 1 ≤ dim ≤ {@link SOBOL_MAX_DIMENSION}.
 * @param n - number of points, ≥ 1; skip + n ≤ 2^32.
 * @param options - `skip` (default 0).
 * @returns rows = points, columns = dimensions.
 * @throws PpsimError `invalid_argument` for a bad dim, n or skip.
 * @example
 * sobolSequence(2, 4); // [[0, 0], [0.5, 0.5], [0.75, 0.25], [0.25, 0.75]]
 */
export function sobolSequence(dim: number, n: number, options: SobolOptions = {}): number[][] {
  assertWhole('sobolSequence(dim)', dim, 1, `pass the number of coordinates, at most ${SOBOL_MAX_DIMENSION}`);
  if (dim > SOBOL_MAX_DIMENSION) {
    throw invalidArgument('sobolSequence(dim)', `a dimension ≤ ${SOBOL_MAX_DIMENSION}`, dim, 'vary fewer parameters at once, or use latinHypercube for more');
  }
  assertWhole('sobolSequence(n)', n, 1, 'pass the number of points, preferably a power of 2, e.g. 1024');
  const skip = options.skip ?? 0;
  assertWhole('sobolSequence(options.skip)', skip, 0, 'pass the number of leading points to drop, e.g. 0');
  if (skip + n > TWO32) throw invalidArgument('sobolSequence(n, skip)', 'skip + n ≤ 2^32', skip + n, 'ask for fewer points');
  const v: Uint32Array[] = [];
  for (let d = 0; d < dim; d++) v.push(directions(d));
  // The state of point `skip`, straight from its Gray code.
  const x = new Uint32Array(dim);
  const gray = skip ^ Math.floor(skip / 2);
  for (let b = 0, g = gray; g > 0; b++, g = Math.floor(g / 2)) {
    if (g % 2 === 1) for (let d = 0; d < dim; d++) x[d] = (x[d] as number) ^ ((v[d] as Uint32Array)[b] as number);
  }
  const points: number[][] = [];
  for (let i = skip; ; i++) {
    const row = new Array<number>(dim);
    for (let d = 0; d < dim; d++) row[d] = (x[d] as number) / TWO32;
    points.push(row);
    if (points.length === n) return points;
    // Gray codes of i and i + 1 differ in the lowest set bit of i + 1.
    const next = i + 1;
    const bit = 31 - Math.clz32(next & -next);
    for (let d = 0; d < dim; d++) x[d] = (x[d] as number) ^ ((v[d] as Uint32Array)[bit] as number);
  }
}

/**
 * `sobolDesign(ranges: readonly ParamRange[], n: number, options?: SobolOptions): number[][]` — n
 * Sobol' points scaled to the ranges (column j is `ranges[j]`, see {@link scaleValue}).
 *
 * @throws PpsimError `invalid_argument` for invalid ranges, n or skip.
 * @example
 * sobolDesign([{ path: 'referral.rate', lo: 0, hi: 0.2 }, { path: 'staff', lo: 1, hi: 4, integer: true }], 256);
 */
export function sobolDesign(ranges: readonly ParamRange[], n: number, options: SobolOptions = {}): number[][] {
  checkRanges('sobolDesign', ranges);
  return sobolSequence(ranges.length, n, options).map((row) => row.map((u, j) => scaleValue(u, ranges[j] as ParamRange)));
}
