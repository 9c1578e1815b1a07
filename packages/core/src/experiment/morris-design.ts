/**
 * Morris's elementary-effects screening design (Morris 1991): r trajectories of k + 1 points on a
 * p-level grid in [0, 1]^k, each step moving one parameter by Δ = p / (2(p − 1)).
 */
import type { RandomStream } from '../engine/rng/index.ts';
import { assertWhole, invalidArgument } from './internal/validate.ts';
import { checkRanges, parameterPaths, scaleValue, type ParamRange } from './param-range.ts';

/** Options of {@link morrisDesign}. */
export interface MorrisOptions {
  /** Grid levels p, an even whole number ≥ 2 (default 4, as Morris and Campolongo et al. use). */
  readonly levels?: number;
}

/**
 * A Morris design: the points to run, plus what {@link morrisIndices} needs to turn outputs into
 * elementary effects. Plain data, safe to serialise with `JSON.stringify`.
 */
export interface MorrisDesign {
  /** Parameter paths, in column order. */
  readonly parameters: string[];
  /** Grid levels p. */
  readonly levels: number;
  /** The step Δ = p / (2(p − 1)) in unit-cube coordinates. */
  readonly delta: number;
  /** Number of trajectories r. */
  readonly trajectories: number;
  /** r·(k + 1) rows in parameter units: trajectory t is rows t(k + 1) … t(k + 1) + k. */
  readonly points: number[][];
  /** The same rows in unit-cube coordinates (levels i/(p − 1)). */
  readonly unitPoints: number[][];
  /** moved[t][s]: the column that changes from row s to row s + 1 of trajectory t. */
  readonly moved: number[][];
  /** direction[t][s]: +1 when that column increases by Δ, −1 when it decreases. */
  readonly direction: number[][];
}

/**
 * `morrisDesign(ranges: readonly ParamRange[], r: number, options: MorrisOptions, stream: RandomStream): MorrisDesign`
 * — r random trajectories of Morris (1991).
 *
 * Each trajectory starts at a base point whose coordinates are levels i/(p − 1) with
 * i ∈ {0, …, p/2 − 1} (so that x + Δ ≤ 1), a random direction per parameter, and a random order
 * of the parameters; a parameter moving down starts Δ higher. This is Morris's
 * B* = (J x* + (Δ/2)[(2B − J) D* + J]) P* written out. Draws, per trajectory: k × `stream.int(p/2)`
 * (base levels), k × `stream.int(2)` (directions), then `stream.shuffle` of the k parameters.
 *
 * @param r - trajectories, a whole number ≥ 2 (10–50 is usual).
 * @returns the design; run the model at every row of `points`, in order.
 * @throws PpsimError `invalid_argument` for invalid ranges, r or levels.
 * @example
 * const design = morrisDesign(ranges, 20, { levels: 4 }, createRng(1).stream('morris'));
 * const outputs = design.points.map(runModel);
 * const table = morrisIndices(design, outputs, { bootstrap: { samples: 1000, stream: createRng(1).stream('bootstrap') } });
 */
export function morrisDesign(ranges: readonly ParamRange[], r: number, options: MorrisOptions, stream: RandomStream): MorrisDesign {
  checkRanges('morrisDesign', ranges);
  assertWhole('morrisDesign(r)', r, 2, 'pass the number of trajectories, e.g. 20');
  const p = options.levels ?? 4;
  if (!(Number.isSafeInteger(p) && p >= 2 && p % 2 === 0)) {
    throw invalidArgument('morrisDesign(options.levels)', 'an even whole number ≥ 2', p, 'use 4 levels (the usual choice), or 6 or 8 for finer grids');
  }
  const k = ranges.length;
  const half = p / 2;
  const unitPoints: number[][] = [];
  const moved: number[][] = [];
  const direction: number[][] = [];
  const base = new Array<number>(k);
  const sign = new Array<number>(k);
  const order = Array.from({ length: k }, (_, i) => i);
  for (let t = 0; t < r; t++) {
    for (let i = 0; i < k; i++) base[i] = stream.int(half);
    for (let i = 0; i < k; i++) sign[i] = stream.int(2) === 0 ? 1 : -1;
    for (let i = 0; i < k; i++) order[i] = i;
    stream.shuffle(order);
    // Work in whole grid indices so every coordinate is exactly index/(p − 1).
    const index = base.map((b, i) => (sign[i] === 1 ? b : b + half));
    unitPoints.push(index.map((g) => g / (p - 1)));
    for (const i of order) {
      index[i] = (index[i] as number) + (sign[i] as number) * half;
      unitPoints.push(index.map((g) => g / (p - 1)));
    }
    moved.push(order.slice());
    direction.push(order.map((i) => sign[i] as number));
  }
  return {
    parameters: parameterPaths(ranges),
    levels: p,
    delta: half / (p - 1),
    trajectories: r,
    points: unitPoints.map((row) => row.map((u, j) => scaleValue(u, ranges[j] as ParamRange))),
    unitPoints,
    moved,
    direction,
  };
}
