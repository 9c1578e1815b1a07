/**
 * The Student t distribution for whole degrees of freedom ν, computed from +, −, ×, ÷ and √ only.
 *
 * Why: ECMAScript lets engines approximate Math.log, Math.exp, Math.pow and Math.atan as they like,
 * but requires the four operations and Math.sqrt to be correctly rounded. Built from those alone,
 * every probability here, and so every confidence interval, is bit-identical on every engine.
 *
 * Method: for t ≥ 0 let x = ν/(ν + t²) and y = 1 − x = t²/(ν + t²). Then
 *   P(T > t) = ½·I_x(ν/2, ½)        and        P(0 < T < t) = ½·I_y(½, ν/2),
 * with I the regularised incomplete beta function (Abramowitz & Stegun 26.7.1, 26.5.2), evaluated by
 * its continued fraction (A&S 26.5.8; Numerical Recipes, 3rd ed., §6.4), using whichever of the two
 * converges fast (the rule of Numerical Recipes) and is accurate in its own range. The prefactor
 * x^a·y^½/B(a, ½) needs no logarithm because 2a = ν is a whole number.
 */

/** √π, correctly rounded. */
const SQRT_PI = 1.7724538509055159;
/** Two successive continued-fraction values this close (relatively) mean it has converged. */
const CF_TOLERANCE = 1e-15;
/** A safety stop; the fractions used here converge within a few hundred terms even for ν = 10¹². */
const CF_MAX_TERMS = 1 << 24;

/**
 * Γ(a + ½)/Γ(a) for a = ν/2: by the recurrence R(a + 1) = R(a)·(a + ½)/a from R(½) = 1/√π and
 * R(1) = √π/2 for a < 100, else by its asymptotic series √a·(1 − 1/(8a) + 1/(128a²) + …)
 * (coefficients checked against 50-digit values; the omitted terms are below 1e-17 at a = 100).
 */
export function gammaHalfRatio(a: number): number {
  if (a >= 100) {
    const r = 1 / a;
    const series = 1 + r * (-1 / 8 + r * (1 / 128 + r * (5 / 1024 + r * (-21 / 32768 + r * (-399 / 262144 + r * (869 / 4194304))))));
    return Math.sqrt(a) * series;
  }
  let b = Number.isInteger(a) ? 1 : 0.5;
  let ratio = b === 1 ? SQRT_PI / 2 : 1 / SQRT_PI;
  for (; b < a; b += 1) ratio = (ratio * (b + 0.5)) / b;
  return ratio;
}

/**
 * (1 + u)^k − 1 for 0 ≤ u ≤ 1 and a whole k ≥ 0, by binary powering of the excess over 1:
 * (1 + b)² − 1 = b(2 + b) and (1 + r)(1 + b) − 1 = r + b + rb. Powering 1 + u itself would round
 * 1 + u first and multiply that rounding error by k, losing ~log₁₀(ν) digits for large ν.
 */
export function powOnePlusMinusOne(u: number, k: number): number {
  let result = 0;
  let base = u;
  let rest = k;
  while (rest > 0) {
    const bit = rest % 2;
    if (bit === 1) result = result + base + result * base;
    rest = (rest - bit) / 2;
    if (rest > 0) base = base * (2 + base);
  }
  return result;
}

/** x^k for 0 < x < 1 and a whole k ≥ 0, by binary powering (used only where x ≤ ½, so no 1 + u trouble). */
function powWhole(x: number, k: number): number {
  let result = 1;
  let base = x;
  let rest = k;
  while (rest > 0) {
    const bit = rest % 2;
    if (bit === 1) result *= base;
    rest = (rest - bit) / 2;
    if (rest > 0) base *= base;
  }
  return result;
}

/**
 * The continued fraction 1/(1 + d₁/(1 + d₂/(1 + …))) of I_x(a, b), with 2M + 1 terms, evaluated
 * backwards (from the last term to the first), which is stabler than the forward Lentz recurrence.
 *
 * With `excess`, each odd level is formed as (F − 1 + e)/F with e = 1 + d₂ₘ₊₁ from its closed form
 * [a(2m + 1 − b) + m(3m + 2 − b) + (a + m)(a + b + m)·y] / ((a + 2m)(a + 2m + 1)), all terms ≥ 0
 * when b ≤ 1. Near x = 1 with large a, 1 + d₂ₘ₊₁ is a tiny difference of numbers close to 1, and
 * computing it directly loses about log₁₀(a) digits (1e-9 relative at ν = 1e8, against ~1e-16 here).
 */
function betaFraction(a: number, b: number, x: number, y: number, excess: boolean, pairs: number): number {
  let f = 1;
  let g = 0;
  for (let m = pairs; m >= 0; m--) {
    const denominator = (a + 2 * m) * (a + 2 * m + 1);
    const odd = excess ? (g + (a * (2 * m + 1 - b) + m * (3 * m + 2 - b) + (a + m) * (a + b + m) * y) / denominator) / f : 1 - ((a + m) * (a + b + m) * x) / denominator / f;
    if (m === 0) return 1 / odd;
    g = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)) / odd;
    f = 1 + g;
  }
  return Number.NaN; // unreachable: the loop returns at m = 0
}

/** {@link betaFraction} with the number of terms doubled until two results agree. */
function betaFractionConverged(a: number, b: number, x: number, y: number, excess: boolean): number {
  let pairs = 8;
  let previous = betaFraction(a, b, x, y, excess, pairs);
  while (pairs < CF_MAX_TERMS) {
    pairs *= 2;
    const next = betaFraction(a, b, x, y, excess, pairs);
    if (Math.abs(next - previous) <= CF_TOLERANCE * Math.abs(next)) return next;
    previous = next;
  }
  return previous;
}

/** Probability and density of Student's t at a point t ≥ 0. */
export interface StudentTPoint {
  /** Whether `probability` is the upper tail P(T > t) (true) or the central part P(0 < T < t) (false). */
  readonly inTail: boolean;
  /** P(T > t) when `inTail`, else P(0 < T < t); each accurate to ~1e-15 relative in its own range. */
  readonly probability: number;
  /** The density at t. */
  readonly density: number;
}

/** Student's t with `df` (a whole number ≥ 1) degrees of freedom at `t` (finite, ≥ 0); unchecked. */
export function studentTPoint(t: number, df: number): StudentTPoint {
  const a = df / 2;
  const whole = Math.floor(a);
  const ratio = gammaHalfRatio(a);
  const sqrtDf = Math.sqrt(df);
  if (t === 0) return { inTail: false, probability: 0, density: ratio / (sqrtDf * SQRT_PI) };
  let x: number;
  let y: number;
  let sqrtX: number;
  let sqrtY: number;
  let xPowA: number;
  if (t <= sqrtDf) {
    // x = 1/(1 + u) is close to 1 here: power the excess u = t²/ν, not x.
    const t2 = t * t;
    const sum = df + t2;
    const root = Math.sqrt(sum);
    x = df / sum;
    y = t2 / sum;
    sqrtX = sqrtDf / root;
    sqrtY = t / root;
    xPowA = 1 / (1 + powOnePlusMinusOne(t2 / df, whole));
  } else {
    // Far tail: scale by s = √ν/t < 1 so that t² cannot overflow.
    const s = sqrtDf / t;
    const sum = 1 + s * s;
    const root = Math.sqrt(sum);
    x = (s * s) / sum;
    y = 1 / sum;
    sqrtX = s / root;
    sqrtY = 1 / root;
    xPowA = powWhole(x, whole);
  }
  if (whole !== a) xPowA *= sqrtX;
  const front = (xPowA * sqrtY * ratio) / SQRT_PI; // x^a·y^½ / B(a, ½), as B(a, ½) = √π / ratio
  const density = (xPowA * sqrtX * ratio) / (sqrtDf * SQRT_PI);
  // Numerical Recipes' rule x < (a + 1)/(a + b + 2) for b = ½, rearranged: t²(ν + 2) > 3ν.
  if (t > sqrtDf || t * t * (df + 2) > 3 * df) {
    return { inTail: true, probability: (0.5 * front * betaFractionConverged(a, 0.5, x, y, true)) / a, density };
  }
  return { inTail: false, probability: front * betaFractionConverged(0.5, a, y, x, false), density };
}
