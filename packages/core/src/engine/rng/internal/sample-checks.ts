/**
 * Goodness-of-fit helpers for the seeded statistical tests of the samplers (used by the `*.test.ts`
 * files next to them; nothing in the engine calls them).
 *
 * Each test draws a fixed-seed sample and compares it with theory at a tolerance wide enough that a
 * correct sampler passes for all but a tiny fraction of seeds (4 standard errors, or the 0.1 %
 * critical value), and narrow enough that a wrong constant in an algorithm fails.
 */
import { detExp } from '../detmath.ts';

/**
 * `sample(n, draw): Float64Array` — `n` draws into a typed array.
 *
 * @example
 * const xs = sample(200_000, () => stream.normal());
 */
export function sample(n: number, draw: () => number): Float64Array {
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = draw();
  return xs;
}

/** The summary `moments` returns: sample size, mean, variance and fourth central moment. */
export interface Moments {
  readonly n: number;
  readonly mean: number;
  readonly variance: number;
  /** Fourth central moment, for the standard error of the variance. */
  readonly m4: number;
}

/**
 * `moments(xs): Moments` — sample mean, (biased) variance and fourth central moment, by two passes.
 *
 * @example
 * const { mean, variance } = moments(xs);
 */
export function moments(xs: Float64Array): Moments {
  const n = xs.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += xs[i] as number;
  const mean = sum / n;
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d = (xs[i] as number) - mean;
    const d2 = d * d;
    m2 += d2;
    m4 += d2 * d2;
  }
  return { n, mean, variance: m2 / n, m4: m4 / n };
}

/**
 * How many standard errors the sample mean and variance lie from theory. The variance's standard
 * error √((m4 − s⁴)/n) uses the sample's own fourth moment, so no distribution-specific formula is
 * needed.
 *
 * @example
 * expect(Math.abs(zScores(moments(xs), 0, 1).mean)).toBeLessThan(4);
 */
export function zScores(m: Moments, mean: number, variance: number): { mean: number; variance: number } {
  const seMean = Math.sqrt(variance / m.n);
  const seVariance = Math.sqrt((m.m4 - m.variance * m.variance) / m.n);
  return {
    mean: variance === 0 ? (m.mean === mean ? 0 : Infinity) : (m.mean - mean) / seMean,
    variance: seVariance === 0 ? (m.variance === variance ? 0 : Infinity) : (m.variance - variance) / seVariance,
  };
}

/**
 * `ksStatistic(xs, cdf): number` — the two-sided Kolmogorov–Smirnov statistic D = sup |F_n(x) − F(x)|.
 * Sorts `xs` in place.
 *
 * @example
 * expect(ksStatistic(xs, normalCdf)).toBeLessThan(ksCritical(xs.length));
 */
export function ksStatistic(xs: Float64Array, cdf: (x: number) => number): number {
  xs.sort();
  const n = xs.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(xs[i] as number);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return d;
}

/**
 * `ksCritical(n): number` — the 0.1 % critical value of D for large n (Smirnov's asymptotic 1.95/√n).
 *
 * @example
 * ksCritical(200_000); // 0.00436
 */
export function ksCritical(n: number): number {
  return 1.95 / Math.sqrt(n);
}

/**
 * `chiSquare(observed, expected): number` — Pearson's statistic Σ(observed − expected)²/expected.
 *
 * @example
 * chiSquare([48, 52], [50, 50]); // 0.16
 */
export function chiSquare(observed: ArrayLike<number>, expected: ArrayLike<number>): number {
  let x2 = 0;
  for (let i = 0; i < observed.length; i++) {
    const e = expected[i] as number;
    const d = (observed[i] as number) - e;
    x2 += (d * d) / e;
  }
  return x2;
}

/**
 * `chiSquareCritical(df): number` — the upper 0.1 % point of χ² with `df` degrees of freedom
 * (Wilson–Hilferty; slightly conservative for df < 3).
 *
 * @example
 * chiSquareCritical(9); // ≈ 28.06 (exact 27.88)
 */
export function chiSquareCritical(df: number): number {
  const c = 2 / (9 * df);
  const cube = 1 - c + 3.090232 * Math.sqrt(c);
  return df * cube * cube * cube;
}

/**
 * `normalCdf(x): number` — the standard normal distribution function, |error| < 1.2e-7
 * (Numerical Recipes' erfc Chebyshev fit).
 *
 * @example
 * normalCdf(1.96); // ≈ 0.975
 */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const poly = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const erfc = t * detExp(-z * z + poly);
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}
