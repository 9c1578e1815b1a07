/**
 * Parameter ranges, and the map from the unit cube [0, 1]^k to them.
 *
 * Every design in this folder is built in the unit cube and scaled here at the end, so the same
 * design (a Sobol sequence, a Latin hypercube, Morris trajectories) serves any set of parameters.
 */
import { invalidArgument } from './internal/validate.ts';

/**
 * One varied parameter: its path in the parameter set (`referral.rate`), its bounds, and for grids
 * the number of levels.
 *
 * - `lo`, `hi`: finite bounds, lo ≤ hi (lo = hi holds the parameter fixed).
 * - `steps`: grid levels for {@link gridDesign}, a whole number ≥ 1 (default 5); ignored elsewhere.
 * - `integer`: the parameter takes whole values lo..hi (both whole); points are mapped so that each
 *   value gets an equal share of [0, 1) (see {@link scaleValue}).
 *
 * @example const rate: ParamRange = { path: 'referral.rate', lo: 0.01, hi: 0.2, steps: 4 };
 */
export interface ParamRange {
  readonly path: string;
  readonly lo: number;
  readonly hi: number;
  readonly steps?: number;
  readonly integer?: boolean;
}

/**
 * `checkRanges(fn, ranges): void` — validates a list of ranges for the function named `fn`: at least
 * one, non-empty distinct paths, finite lo ≤ hi, whole bounds for integer ranges, whole steps ≥ 1.
 *
 * @throws PpsimError `invalid_argument` naming the entry, e.g. `sobolDesign(ranges[2].hi)`.
 * @example checkRanges('gridDesign', [{ path: 'a', lo: 0, hi: 1 }]);
 */
export function checkRanges(fn: string, ranges: readonly ParamRange[]): void {
  const example = 'e.g. [{ path: "referral.rate", lo: 0.01, hi: 0.2 }]';
  if (!Array.isArray(ranges) || ranges.length === 0) {
    throw invalidArgument(`${fn}(ranges)`, 'a non-empty array of parameter ranges', ranges, `pass one range per varied parameter, ${example}`);
  }
  const seen = new Set<string>();
  ranges.forEach((range, i) => {
    const at = `${fn}(ranges[${i}]`;
    if (range === null || typeof range !== 'object') throw invalidArgument(`${at})`, 'a range { path, lo, hi }', range, example);
    const { path, lo, hi, steps, integer } = range;
    if (typeof path !== 'string' || path.length === 0) throw invalidArgument(`${at}.path)`, 'a non-empty parameter path', path, 'name the parameter, e.g. "referral.rate"');
    if (seen.has(path)) throw invalidArgument(`${at}.path)`, 'a path not used by an earlier range', path, 'vary each parameter once; merge or remove the duplicate');
    seen.add(path);
    if (typeof lo !== 'number' || !Number.isFinite(lo)) throw invalidArgument(`${at}.lo)`, 'a finite number', lo, 'give the lower bound in parameter units');
    if (typeof hi !== 'number' || !Number.isFinite(hi) || hi < lo) throw invalidArgument(`${at}.hi)`, `a finite number ≥ lo (${lo})`, hi, 'give the upper bound in parameter units, not less than lo');
    if (integer === true && !(Number.isSafeInteger(lo) && Number.isSafeInteger(hi))) {
      throw invalidArgument(`${at}.lo, hi)`, 'whole bounds for an integer parameter', `${lo}..${hi}`, 'round the bounds, or drop `integer: true`');
    }
    if (steps !== undefined && !(Number.isSafeInteger(steps) && steps >= 1)) {
      throw invalidArgument(`${at}.steps)`, 'a whole number ≥ 1', steps, 'pass the number of grid levels, e.g. steps: 5');
    }
  });
}

/**
 * `scaleValue(u, range): number` — the parameter value at unit coordinate u ∈ [0, 1].
 *
 * Continuous: lo + (hi − lo)·u. Integer: lo + ⌊u·(hi − lo + 1)⌋, capped at hi, so that each of the
 * hi − lo + 1 values covers an equal share of [0, 1) and u = 1 gives hi.
 *
 * @example
 * scaleValue(0.5, { path: 'a', lo: 10, hi: 20 });                // 15
 * scaleValue(0.5, { path: 'n', lo: 1, hi: 4, integer: true });   // 3
 */
export function scaleValue(u: number, range: ParamRange): number {
  const { lo, hi } = range;
  if (range.integer === true) return Math.min(hi, lo + Math.floor(u * (hi - lo + 1)));
  return lo + (hi - lo) * u;
}

/**
 * `scaleDesign(unit, ranges): number[][]` — scales every row of a unit-cube design to parameter
 * units with {@link scaleValue}; column j uses `ranges[j]`. Returns new arrays.
 *
 * @throws PpsimError `invalid_argument` for invalid ranges or a row whose length is not ranges.length.
 * @example scaleDesign([[0, 1], [0.5, 0.5]], [{ path: 'a', lo: 0, hi: 10 }, { path: 'b', lo: -1, hi: 1 }]); // [[0, 1], [5, 0]]
 */
export function scaleDesign(unit: readonly (readonly number[])[], ranges: readonly ParamRange[]): number[][] {
  checkRanges('scaleDesign', ranges);
  return unit.map((row, i) => {
    if (row.length !== ranges.length) {
      throw invalidArgument(`scaleDesign(unit[${i}])`, `a row of ${ranges.length} coordinates, one per range`, row, 'build the unit design with as many columns as there are ranges');
    }
    return row.map((u, j) => scaleValue(u, ranges[j] as ParamRange));
  });
}

/**
 * `parameterPaths(ranges): string[]` — the paths of the ranges, in design-column order.
 * @example parameterPaths([{ path: 'a', lo: 0, hi: 1 }]); // ['a']
 */
export function parameterPaths(ranges: readonly ParamRange[]): string[] {
  return ranges.map((r) => r.path);
}
