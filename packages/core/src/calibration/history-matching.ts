/**
 * History matching (Craig et al. 1997; Vernon, Goldstein & Bower 2010; Andrianakis et al. 2015): in
 * waves, rule out the regions of parameter space where the model cannot match what was observed.
 * Each wave runs the model at a space-filling design inside what earlier waves left, fits an
 * emulator per target, and keeps a point only if every target's implausibility,
 *
 *   I(x) = |observed − E[f(x)]| / √(Var_emulator(x) + Var_observation + Var_discrepancy + Var_run),
 *
 * is at most the cut-off (3, after Pukelsheim's three-sigma rule). Var_run is the model's own
 * run-to-run spread at a point (the world is one realisation, the emulator predicts the mean);
 * Var_discrepancy is what the model cannot be expected to match however it is set. A target whose
 * emulator fails its leave-one-out check in a wave rules nothing out in that wave.
 *
 * All points are in the unit cube; callers scale them to parameter units (`scaleDesign`).
 */
import { PpsimError } from '../errors.ts';
import type { RandomStream } from '../engine/rng/index.ts';
import { fitEmulator, validationShare, type Emulator } from './emulator.ts';
import type { MatchTarget } from './targets.ts';

export type { MatchTarget } from './targets.ts';

/** What a wave ran: points in the unit cube and each target's value on each replication: `values[point][target][rep]`. */
export interface WaveRuns {
  readonly points: readonly (readonly number[])[];
  readonly values: readonly (readonly (readonly number[])[])[];
}

/** A wave's emulators and their checks. */
export interface WaveFit {
  readonly emulators: readonly Emulator[];
  /** Each target's run-to-run variance at a point, averaged over the wave's points. */
  readonly runVariance: readonly number[];
  /** Each target's share of leave-one-out errors within ±3. */
  readonly validation: readonly number[];
  /** Whether the target rules anything out in this wave (its emulator passed its check). */
  readonly used: readonly boolean[];
}

/** Options of history matching. */
export interface MatchOptions {
  /** Implausibility cut-off (default 3). */
  readonly cutoff?: number;
  /** Share of leave-one-out errors within ±3 an emulator needs to rule anything out (default 0.8). */
  readonly minValidation?: number;
}

/** `fitWave(runs, targets, options?)`: an emulator per target from a wave's runs, with their checks. */
export function fitWave(runs: WaveRuns, targets: readonly MatchTarget[], options: MatchOptions = {}): WaveFit {
  const emulators: Emulator[] = [];
  const runVariance: number[] = [];
  const validation: number[] = [];
  const used: boolean[] = [];
  targets.forEach((_, t) => {
    const perPoint = runs.values.map((v) => v[t] ?? []);
    const means = perPoint.map((xs) => xs.reduce((s, v) => s + v, 0) / xs.length);
    const variances = perPoint.map((xs, p) => (xs.length < 2 ? 0 : xs.reduce((s, v) => s + (v - (means[p] as number)) ** 2, 0) / (xs.length - 1)));
    const emulator = fitEmulator({ x: runs.points, y: means, noise: variances.map((v, p) => v / ((perPoint[p] as number[]).length || 1)) });
    const share = validationShare(emulator);
    emulators.push(emulator);
    runVariance.push(variances.reduce((s, v) => s + v, 0) / Math.max(1, variances.length));
    validation.push(share);
    used.push(share >= (options.minValidation ?? 0.8));
  });
  return { emulators, runVariance, validation, used };
}

/** `implausibility(fit, targets, x)`: each target's implausibility at `x` under one wave's emulators (0 for targets the wave does not use). */
export function implausibility(fit: WaveFit, targets: readonly MatchTarget[], x: readonly number[]): number[] {
  return targets.map((target, t) => {
    if (fit.used[t] !== true) return 0;
    const p = (fit.emulators[t] as Emulator).predict(x);
    const variance = p.variance + target.observationVariance + target.discrepancyVariance + (fit.runVariance[t] as number);
    return Math.abs(target.observed - p.mean) / Math.sqrt(variance);
  });
}

/** The largest implausibility at `x` over every wave and target, stopping early once it passes `stopAbove`. */
export function maxImplausibility(fits: readonly WaveFit[], targets: readonly MatchTarget[], x: readonly number[], stopAbove = Number.POSITIVE_INFINITY): number {
  let max = 0;
  for (const fit of fits) {
    for (const v of implausibility(fit, targets, x)) if (v > max) max = v;
    if (max > stopAbove) return max;
  }
  return max;
}

/** The space not ruled out: points kept, the share of the whole cube they stand for, and the least implausible point seen. */
export interface NonImplausibleSpace {
  readonly points: readonly (readonly number[])[];
  readonly implausibility: readonly number[];
  /** Uniform candidates tried, and the share of them kept: an estimate of the space's volume in the cube. */
  readonly tried: number;
  readonly share: number;
  readonly closest: { readonly point: readonly number[]; readonly implausibility: number };
}

/**
 * `nonImplausibleSpace(fits, targets, dims, stream, { wanted, minTried, maxTried, cutoff })`: candidates
 * drawn uniformly from the cube (at least `minTried`, default 2000, at most `maxTried`, default 20,000,
 * until `wanted` are kept), kept where no wave rules them out. When the space is small, more are
 * drawn close to the points kept (a Gaussian step of a tenth of the cube), so waves can go on;
 * the share is estimated from the uniform draws alone.
 */
export function nonImplausibleSpace(
  fits: readonly WaveFit[],
  targets: readonly MatchTarget[],
  dims: number,
  stream: RandomStream,
  options: MatchOptions & { readonly wanted: number; readonly minTried?: number; readonly maxTried?: number },
): NonImplausibleSpace {
  const cutoff = options.cutoff ?? 3;
  const points: number[][] = [];
  const values: number[] = [];
  let closest = { point: [] as readonly number[], implausibility: Number.POSITIVE_INFINITY };
  const consider = (x: number[]) => {
    const v = maxImplausibility(fits, targets, x, closest.implausibility <= cutoff ? cutoff : Number.POSITIVE_INFINITY);
    if (v < closest.implausibility) closest = { point: x, implausibility: v };
    if (v <= cutoff) {
      points.push(x);
      values.push(v);
    }
  };
  const maxTried = options.maxTried ?? 20_000;
  // At least `minTried` uniform draws, so the share is estimated from enough of them.
  const minTried = Math.min(maxTried, options.minTried ?? 2000);
  let tried = 0;
  while (tried < maxTried && (points.length < options.wanted || tried < minTried)) {
    consider(Array.from({ length: dims }, () => stream.random()));
    tried++;
  }
  const uniformKept = points.length;
  for (let i = 0; points.length > 0 && points.length < options.wanted && i < 20 * options.wanted; i++) {
    const from = points[Math.floor(stream.random() * uniformKept) % Math.max(1, uniformKept)] ?? (points[0] as number[]);
    consider(from.map((v) => Math.min(1, Math.max(0, v + stream.normal(0, 0.1)))));
  }
  return { points, implausibility: values, tried, share: uniformKept / Math.max(1, tried), closest };
}

/**
 * `spaceFilling(points, n, stream)`: `n` of the points, spread out (greedy maximin: each next point
 * the farthest from those chosen), starting from one drawn at random.
 */
export function spaceFilling(points: readonly (readonly number[])[], n: number, stream: RandomStream): number[][] {
  if (points.length === 0) throw new PpsimError('invalid_argument', { path: 'spaceFilling(points)', expected: 'at least one point', received: 0, hint: 'the space is empty: nothing to choose from' });
  const chosen: number[][] = [[...(points[Math.floor(stream.random() * points.length)] as number[])]];
  const nearest = points.map((p) => distance2(p, chosen[0] as number[]));
  while (chosen.length < Math.min(n, points.length)) {
    let best = 0;
    for (let i = 1; i < points.length; i++) if ((nearest[i] as number) > (nearest[best] as number)) best = i;
    const next = [...(points[best] as number[])];
    chosen.push(next);
    points.forEach((p, i) => {
      nearest[i] = Math.min(nearest[i] as number, distance2(p, next));
    });
  }
  return chosen;
}

function distance2(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let j = 0; j < a.length; j++) s += ((a[j] as number) - (b[j] as number)) ** 2;
  return s;
}
