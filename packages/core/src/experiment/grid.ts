/**
 * Full factorial designs: every combination of every parameter's levels (Agents.jl's `paramscan`).
 */
import { PpsimError } from '../errors.ts';
import { checkRanges, type ParamRange } from './param-range.ts';

/** The default number of levels per parameter in {@link gridDesign}. */
export const GRID_DEFAULT_STEPS = 5;
/** The largest grid {@link gridDesign} builds; beyond it prefer sobolDesign or latinHypercube. */
export const GRID_MAX_POINTS = 1_000_000;

/**
 * `gridLevels(range: ParamRange): number[]` — the levels of one parameter: `steps` (default 5)
 * evenly spaced values from lo to hi inclusive (lo alone when steps = 1). Integer ranges round
 * each level to the nearest whole number and drop repeats, so `{ lo: 1, hi: 3, steps: 5 }` gives
 * [1, 2, 3].
 *
 * @example gridLevels({ path: 'a', lo: 0, hi: 1, steps: 3 }); // [0, 0.5, 1]
 */
export function gridLevels(range: ParamRange): number[] {
  checkRanges('gridLevels', [range]);
  const steps = range.steps ?? GRID_DEFAULT_STEPS;
  const { lo, hi } = range;
  const levels: number[] = [];
  for (let s = 0; s < steps; s++) {
    // Interpolate from both ends so that the last level is exactly hi.
    const t = steps === 1 ? 0 : s / (steps - 1);
    let value = s === steps - 1 && steps > 1 ? hi : lo + (hi - lo) * t;
    if (range.integer === true) value = Math.round(value);
    if (levels.length === 0 || levels[levels.length - 1] !== value) levels.push(value);
  }
  return levels;
}

/**
 * `gridDesign(ranges: readonly ParamRange[]): number[][]` — the full factorial design over the
 * levels of {@link gridLevels}, in lexicographic order: the first parameter varies slowest, the last
 * fastest.
 *
 * @returns rows = points, columns = parameters in the order of `ranges`, in parameter units.
 * @throws PpsimError `invalid_argument` for invalid ranges; `limit_exceeded` above
 * {@link GRID_MAX_POINTS} points.
 * @example
 * gridDesign([{ path: 'a', lo: 0, hi: 1, steps: 2 }, { path: 'b', lo: 10, hi: 30, steps: 3 }]);
 * // [[0, 10], [0, 20], [0, 30], [1, 10], [1, 20], [1, 30]]
 */
export function gridDesign(ranges: readonly ParamRange[]): number[][] {
  checkRanges('gridDesign', ranges);
  const levels = ranges.map(gridLevels);
  const total = levels.reduce((product, l) => product * l.length, 1);
  if (total > GRID_MAX_POINTS) {
    throw new PpsimError('limit_exceeded', {
      path: 'gridDesign(ranges)',
      expected: `at most ${GRID_MAX_POINTS} grid points`,
      received: total,
      hint: 'lower `steps`, vary fewer parameters, or use sobolDesign(ranges, n) for a space-filling design',
    });
  }
  const points: number[][] = [];
  const index = new Array<number>(ranges.length).fill(0);
  for (let p = 0; p < total; p++) {
    points.push(index.map((s, j) => (levels[j] as number[])[s] as number));
    // Odometer: bump the last digit, carrying leftwards.
    for (let j = ranges.length - 1; j >= 0; j--) {
      index[j] = (index[j] as number) + 1;
      if ((index[j] as number) < (levels[j] as number[]).length) break;
      index[j] = 0;
    }
  }
  return points;
}
