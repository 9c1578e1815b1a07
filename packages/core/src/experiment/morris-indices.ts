/**
 * Morris elementary-effects indices: μ (Morris 1991), μ* (Campolongo, Cariboni & Saltelli 2007) and
 * σ, with percentile-bootstrap intervals for μ* over trajectories.
 */
import { invalidArgument, assertOutputs } from './internal/validate.ts';
import { bootstrapIntervals, checkBootstrap, type BootstrapOptions } from './internal/bootstrap.ts';
import type { MorrisDesign } from './morris-design.ts';

/** One row of the Morris table, ready to plot (μ* against σ, with μ* error bars). */
export interface MorrisIndexRow {
  /** The parameter path. */
  readonly parameter: string;
  /** μ: the mean elementary effect; effects of opposite sign cancel. */
  readonly mu: number;
  /** μ*: the mean absolute elementary effect, the ranking measure. */
  readonly muStar: number;
  /** σ: the sample standard deviation of the effects (n − 1); large means non-linear or interacting. */
  readonly sigma: number;
  /** Lower bound of the bootstrap interval for μ*. */
  readonly muStarLo: number;
  /** Upper bound of the bootstrap interval for μ*. */
  readonly muStarHi: number;
}

/** Options of {@link morrisIndices}. */
export interface MorrisIndicesOptions {
  /** Resamples, stream and level (default 0.95) of the interval for μ*. */
  readonly bootstrap: BootstrapOptions;
}

/**
 * `morrisIndices(design: MorrisDesign, outputs: ArrayLike<number>, options: MorrisIndicesOptions): MorrisIndexRow[]`
 * — the elementary effects EE_i = (y(x + e_i·Δ) − y(x)) / Δ of every trajectory, summarised per
 * parameter as μ = mean EE, μ* = mean |EE| and σ = sd EE.
 *
 * Effects are per unit of the *normalised* range (Δ in [0, 1] coordinates), so they compare across
 * parameters of different units: an effect of 2 means "the output rises by about 2 over the whole
 * range". Interval: trajectories are resampled with replacement (`bootstrap.samples` times; r draws
 * of `stream.int(r)` each) and μ* recomputed; the bounds are quantiles (type 7) of the replicates.
 *
 * @param outputs - one finite output per row of `design.points`, in row order.
 * @returns one row per parameter, in design-column order.
 * @throws PpsimError `invalid_argument` for a malformed design, outputs of the wrong length or a
 * non-finite output (naming its index), or bad bootstrap options.
 * @example
 * const table = morrisIndices(design, outputs, { bootstrap: { samples: 1000, stream: rng.stream('bootstrap') } });
 */
export function morrisIndices(design: MorrisDesign, outputs: ArrayLike<number>, options: MorrisIndicesOptions): MorrisIndexRow[] {
  const level = checkBootstrap('morrisIndices', options?.bootstrap);
  const { parameters, trajectories: r, moved, direction, delta } = design;
  const k = parameters.length;
  if (!(r >= 1 && moved.length === r && direction.length === r && design.points.length === r * (k + 1))) {
    throw invalidArgument('morrisIndices(design)', 'a design from morrisDesign', design.points?.length, 'pass the object morrisDesign returned, unchanged');
  }
  assertOutputs('morrisIndices(outputs)', outputs, r * (k + 1));
  // effects[i * r + t]: the effect of parameter i in trajectory t.
  const effects = new Float64Array(k * r);
  for (let t = 0; t < r; t++) {
    const first = t * (k + 1);
    for (let s = 0; s < k; s++) {
      const i = (moved[t] as number[])[s] as number;
      const dy = (outputs[first + s + 1] as number) - (outputs[first + s] as number);
      effects[i * r + t] = dy / (((direction[t] as number[])[s] as number) * delta);
    }
  }
  const intervals = bootstrapIntervals(
    r,
    (pick, out) => {
      for (let i = 0; i < k; i++) {
        let sum = 0;
        for (let j = 0; j < r; j++) sum += Math.abs(effects[i * r + (pick[j] as number)] as number);
        out[i] = sum / r;
      }
    },
    k,
    options.bootstrap,
    level,
  );
  return parameters.map((parameter, i) => {
    const ee = effects.subarray(i * r, (i + 1) * r);
    let sum = 0;
    let sumAbs = 0;
    for (const e of ee) {
      sum += e;
      sumAbs += Math.abs(e);
    }
    const mu = sum / r;
    let squares = 0;
    for (const e of ee) squares += (e - mu) * (e - mu);
    const [muStarLo, muStarHi] = intervals[i] as [number, number];
    return { parameter, mu, muStar: sumAbs / r, sigma: r > 1 ? Math.sqrt(squares / (r - 1)) : Number.NaN, muStarLo, muStarHi };
  });
}
