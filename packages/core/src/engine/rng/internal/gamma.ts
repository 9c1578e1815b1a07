/**
 * Gamma and beta variates. Arguments are checked by the caller (`RandomStream`); these functions
 * assume finite, strictly positive parameters.
 *
 * All uniforms here are the generator's 53-bit open-interval `double()`, because they go into
 * logarithms and powers where a zero would be fatal and 32-bit granularity would show in the tails.
 */
import { detExp, detLog } from '../detmath.ts';
import type { Generator } from '../stream-state.ts';
import { normalQuantile } from './normal-quantile.ts';

/**
 * Gamma(shape, 1) by G. Marsaglia and W. W. Tsang, "A simple method for generating gamma
 * variables", ACM Transactions on Mathematical Software 26(3), 363–372, 2000.
 *
 * For shape ≥ 1: with d = shape − ⅓ and c = 1/√(9d), draw a standard normal x and v = (1 + cx)³
 * until v > 0, then accept d·v if u < 1 − 0.0331x⁴ (the cheap squeeze) or
 * ln u < x²/2 + d(1 − v + ln v). For shape < 1, the paper's boost: Gamma(shape + 1)·u^(1/shape),
 * with the uniform drawn after the inner variate. For very small shapes u^(1/shape) can underflow,
 * so the result may be exactly 0 when the true value is below the smallest double.
 *
 * @example
 * const lengthOfStay = 3.5 * sampleGamma(generator, 2); // Gamma(2, scale 3.5)
 */
export function sampleGamma(generator: Generator, shape: number): number {
  if (shape < 1) {
    const g = marsagliaTsang(generator, shape + 1);
    return g * detExp(detLog(generator.double()) / shape);
  }
  return marsagliaTsang(generator, shape);
}

function marsagliaTsang(generator: Generator, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normalQuantile(generator.double());
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = generator.double();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (detLog(u) < 0.5 * x2 + d * (1 - v + detLog(v))) return d * v;
  }
}

/**
 * Beta(a, b).
 *
 * If a < 1 and b < 1: Jöhnk's method (M. D. Jöhnk, "Erzeugung von betaverteilten und
 * gammaverteilten Zufallszahlen", Metrika 8, 5–15, 1964): X = u^(1/a), Y = v^(1/b), accept when
 * X + Y ≤ 1 and return X/(X + Y). It is carried out on logarithms, because for small a and b the
 * powers underflow to 0 and X/(X + Y) would become 0/0. Acceptance is at least ½ in this range.
 *
 * Otherwise: X/(X + Y) with X ~ Gamma(a), Y ~ Gamma(b), drawn in that order (the textbook
 * construction; see L. Devroye, Non-Uniform Random Variate Generation, 1986, ch. IX.4). One shape
 * is ≥ 1, so X + Y > 0.
 *
 * @example
 * const share = sampleBeta(generator, 2, 5);
 */
export function sampleBeta(generator: Generator, a: number, b: number): number {
  if (a >= 1 || b >= 1) {
    const x = sampleGamma(generator, a);
    const y = sampleGamma(generator, b);
    return x / (x + y);
  }
  for (;;) {
    const logX = detLog(generator.double()) / a;
    const logY = detLog(generator.double()) / b;
    const logMax = logX > logY ? logX : logY;
    if (logMax === -Infinity) {
      // Both shapes are so small that ln u / shape overflowed: Beta(a, b) is then, to double
      // precision, a coin with P(1) = a/(a+b) (its limit as a, b → 0 at fixed ratio).
      return generator() * (a + b) < a ? 1 : 0;
    }
    const logSum = logMax + detLog(detExp(logX - logMax) + detExp(logY - logMax));
    if (logSum <= 0) return detExp(logX - logSum);
  }
}
