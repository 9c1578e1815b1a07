/**
 * Poisson variates: the multiplication method for small means, Hörmann's PTRS for large ones.
 *
 * Each stream owns one `PoissonSampler`, which remembers the constants of the last mean it saw.
 * Simulations tend to draw many variates with the same mean in a row, so the setup (an `exp`, or a
 * `sqrt`, `log` and a few divisions) is usually skipped. The cache holds only values computed from
 * the mean, so it never changes which numbers are drawn.
 */
import { detExp, detLgamma, detLog } from '../detmath.ts';
import type { Generator } from '../stream-state.ts';

// Below this mean, multiplication; from it on, PTRS (the switch point used by NumPy).
const POISSON_PTRS_MIN_MEAN = 10;

/**
 * `new PoissonSampler()` — the per-stream Poisson sampler with its cache of mean-dependent
 * constants; `sample(generator, mean)` returns one variate.
 *
 * @example
 * const poisson = new PoissonSampler();
 * const arrivals = poisson.sample(generatorFromKey(deriveStreamKey(1, 'arrivals')), 3.2);
 */
export class PoissonSampler {
  private mean = Number.NaN;
  // Multiplication method: e^−λ.
  private expNegMean = 0;
  // PTRS constants, named as in Hörmann's paper.
  private logMean = 0;
  private a = 0;
  private b = 0;
  private logInvAlpha = 0;
  private vr = 0;

  /** A Poisson(mean) variate; `mean` is finite and ≥ 0 (checked by the caller). */
  sample(generator: Generator, mean: number): number {
    if (mean !== this.mean) this.setUp(mean);
    return mean < POISSON_PTRS_MIN_MEAN ? this.multiply(generator) : this.ptrs(generator, mean);
  }

  private setUp(mean: number): void {
    this.mean = mean;
    if (mean < POISSON_PTRS_MIN_MEAN) {
      this.expNegMean = detExp(-mean);
      return;
    }
    const b = 0.931 + 2.53 * Math.sqrt(mean);
    this.logMean = detLog(mean);
    this.b = b;
    this.a = -0.059 + 0.02483 * b;
    this.logInvAlpha = detLog(1.1239 + 1.1328 / (b - 3.4));
    this.vr = 0.9277 - 3.6224 / (b - 2);
  }

  /**
   * Knuth's multiplication method (The Art of Computer Programming, vol. 2, 3.4.1): the count of
   * uniforms whose running product stays above e^−λ. Uses λ + 1 uniforms on average; they are the
   * 32-bit ones, whose 2^−32 granularity shifts each factor by less than 1e-9 relative, which is far
   * below what λ + 1 products can show.
   */
  private multiply(generator: Generator): number {
    let k = 0;
    let product = generator();
    while (product > this.expNegMean) {
      k++;
      product *= generator();
    }
    return k;
  }

  /**
   * PTRS, "transformed rejection with squeeze": W. Hörmann, "The transformed rejection method for
   * generating Poisson random variables", Insurance: Mathematics and Economics 12(1), 39–45, 1993.
   * A pair (u, v) is mapped through the inverse of a hat function to a candidate k; most candidates
   * are accepted by a box test without logarithms, the rest by comparing ln of the hat ratio with
   * ln p(k) = −λ + k ln λ − ln k!. About 1.1 to 1.3 pairs per variate.
   */
  private ptrs(generator: Generator, mean: number): number {
    const { a, b, vr } = this;
    for (;;) {
      const u = generator.double() - 0.5;
      const v = generator.double();
      const us = 0.5 - (u < 0 ? -u : u);
      const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      const lhs = detLog(v) + this.logInvAlpha - detLog(a / (us * us) + b);
      if (lhs <= -mean + k * this.logMean - detLgamma(k + 1)) return k;
    }
  }
}
