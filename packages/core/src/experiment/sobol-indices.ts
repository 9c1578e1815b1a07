/**
 * First-order and total Sobol' indices from a Saltelli design, with Jansen's (1999) estimators as
 * recommended by Saltelli et al. (2010, table 2), and percentile-bootstrap intervals.
 */
import { invalidArgument, assertOutputs } from './internal/validate.ts';
import { bootstrapIntervals, checkBootstrap, type BootstrapOptions } from './internal/bootstrap.ts';
import type { SaltelliDesign } from './saltelli-design.ts';

/** One row of the Sobol' table, ready to plot (S1 and ST bars with error bars). */
export interface SobolIndexRow {
  /** The parameter path. */
  readonly parameter: string;
  /** First-order index S_i: the share of output variance due to the parameter alone. */
  readonly S1: number;
  /** Lower bound of the bootstrap interval for S1. */
  readonly S1Lo: number;
  /** Upper bound of the bootstrap interval for S1. */
  readonly S1Hi: number;
  /** Total index S_Ti: the share due to the parameter including all its interactions. */
  readonly ST: number;
  /** Lower bound of the bootstrap interval for ST. */
  readonly STLo: number;
  /** Upper bound of the bootstrap interval for ST. */
  readonly STHi: number;
}

/** Options of {@link sobolIndices}. */
export interface SobolIndicesOptions {
  /** Resamples, stream and level (default 0.95) of the intervals. */
  readonly bootstrap: BootstrapOptions;
}

// Writes [S1_0, …, S1_(k−1), ST_0, …, ST_(k−1)] for the base rows `pick` into `out`.
function estimate(y: ArrayLike<number>, n: number, k: number, pick: Int32Array, out: Float64Array): void {
  // V(Y) from the 2n values f(A) and f(B), sample variance about their mean.
  let sum = 0;
  for (let j = 0; j < n; j++) sum += (y[pick[j] as number] as number) + (y[n + (pick[j] as number)] as number);
  const m = sum / (2 * n);
  let squares = 0;
  for (let j = 0; j < n; j++) {
    const fa = (y[pick[j] as number] as number) - m;
    const fb = (y[n + (pick[j] as number)] as number) - m;
    squares += fa * fa + fb * fb;
  }
  const v = squares / (2 * n - 1);
  for (let i = 0; i < k; i++) {
    const block = (2 + i) * n;
    let first = 0;
    let total = 0;
    for (let j = 0; j < n; j++) {
      const row = pick[j] as number;
      const fab = y[block + row] as number;
      const dB = (y[n + row] as number) - fab;
      const dA = (y[row] as number) - fab;
      first += dB * dB;
      total += dA * dA;
    }
    // Jansen: V_i = V − ½E[(f(B) − f(A_B^i))²]; E_(~i) = ½E[(f(A) − f(A_B^i))²].
    out[i] = v > 0 ? (v - first / (2 * n)) / v : 0;
    out[k + i] = v > 0 ? total / (2 * n) / v : 0;
  }
}

/**
 * `sobolIndices(design: SaltelliDesign, outputs: ArrayLike<number>, options: SobolIndicesOptions): SobolIndexRow[]`
 * — first-order S_i and total S_Ti of each parameter.
 *
 * With f_A, f_B, f_AB^(i) the outputs of the blocks and V the variance of f_A and f_B together:
 * S_i = (V − (1/2n) Σ_j (f_B,j − f_AB^(i),j)²) / V and S_Ti = (1/2n) Σ_j (f_A,j − f_AB^(i),j)² / V
 * (Jansen 1999; Saltelli et al. 2010). Estimates can stray slightly below 0 or above 1 at small n;
 * they are not clipped. Interval: the n base rows j are resampled with replacement (every block
 * together; n draws of `stream.int(n)` per resample) and both indices recomputed.
 *
 * @param outputs - one finite output per row of `design.points`, in row order.
 * @returns one row per parameter, in design-column order.
 * @throws PpsimError `invalid_argument` for a malformed design, outputs of the wrong length, a
 * non-finite output (naming its index), outputs with no variance, or bad bootstrap options.
 * @example
 * const table = sobolIndices(design, outputs, { bootstrap: { samples: 1000, stream: rng.stream('bootstrap') } });
 */
export function sobolIndices(design: SaltelliDesign, outputs: ArrayLike<number>, options: SobolIndicesOptions): SobolIndexRow[] {
  const level = checkBootstrap('sobolIndices', options?.bootstrap);
  const { parameters, n } = design;
  const k = parameters.length;
  if (!(Number.isSafeInteger(n) && n >= 2 && design.points.length === n * (k + 2))) {
    throw invalidArgument('sobolIndices(design)', 'a design from saltelliDesign', design.points?.length, 'pass the object saltelliDesign returned, unchanged');
  }
  assertOutputs('sobolIndices(outputs)', outputs, n * (k + 2));
  const all = Int32Array.from({ length: n }, (_, j) => j);
  const point = new Float64Array(2 * k);
  estimate(outputs, n, k, all, point);
  let constant = true;
  for (let j = 1; j < 2 * n && constant; j++) constant = outputs[j] === outputs[0];
  if (constant) {
    throw invalidArgument(
      'sobolIndices(outputs)',
      'outputs that vary across the A and B blocks',
      outputs[0],
      'check that the model reads the varied parameters; a constant output has no variance to apportion',
    );
  }
  const intervals = bootstrapIntervals(n, (pick, out) => estimate(outputs, n, k, pick, out), 2 * k, options.bootstrap, level);
  return parameters.map((parameter, i) => {
    const [S1Lo, S1Hi] = intervals[i] as [number, number];
    const [STLo, STHi] = intervals[k + i] as [number, number];
    return { parameter, S1: point[i] as number, S1Lo, S1Hi, ST: point[k + i] as number, STLo, STHi };
  });
}
