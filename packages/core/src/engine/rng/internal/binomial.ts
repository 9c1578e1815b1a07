/**
 * Binomial variates: inversion for small means, Hörmann's BTRS for large ones.
 *
 * Both algorithms are written for p ≤ ½; for p > ½ the sampler returns n − Binomial(n, 1 − p)
 * (1 − p is exact there). Like the Poisson sampler, each stream owns one `BinomialSampler` that
 * remembers the constants of the last (n, p) it saw; the cache never changes which numbers are drawn.
 */
import { detExp, detLog } from '../detmath.ts';
import type { Generator } from '../stream-state.ts';

// Below this n·min(p, 1−p), inversion; from it on, BTRS (BTRS needs a mean of at least 10).
const BINOMIAL_BTRS_MIN_MEAN = 10;

// fc(k) = ln k! − [(k + ½) ln(k + 1) − (k + 1) + ½ ln 2π], the Stirling remainder, for k = 0..9.
// Computed to 40 digits (mpmath) and rounded; from k = 10 on the series in stirlingTail is exact enough.
const STIRLING_TAIL = [
  0.08106146679532726, 0.0413406959554093, 0.02767792568499834, 0.020790672103765093, 0.016644691189821193, 0.013876128823070748, 0.01189670994589177, 0.010411265261972096, 0.009255462182712733,
  0.00833056343336287,
];

function stirlingTail(k: number): number {
  if (k <= 9) return STIRLING_TAIL[k] as number;
  const kp1 = k + 1;
  const kp1sq = kp1 * kp1;
  return (1 / 12 - (1 / 360 - 1 / 1260 / kp1sq) / kp1sq) / kp1;
}

/**
 * `new BinomialSampler()` — the per-stream binomial sampler with its cache of (n, p)-dependent
 * constants; `sample(generator, n, p)` returns one variate.
 *
 * @example
 * const binomial = new BinomialSampler();
 * const referred = binomial.sample(generatorFromKey(deriveStreamKey(1, 'referral')), 120, 0.3);
 */
export class BinomialSampler {
  private n = -1;
  private p = Number.NaN;
  // Inversion: q^n and the search bound.
  private qn = 0;
  private bound = 0;
  // BTRS constants, named as in Hörmann's paper.
  private a = 0;
  private b = 0;
  private c = 0;
  private vr = 0;
  private alpha = 0;
  private logR = 0;
  private m = 0;
  private hm = 0;

  /** A Binomial(n, p) variate; n is a safe integer ≥ 0 and 0 ≤ p ≤ 1 (checked by the caller). */
  sample(generator: Generator, n: number, p: number): number {
    if (p > 0.5) return n - this.sample(generator, n, 1 - p);
    if (n !== this.n || p !== this.p) this.setUp(n, p);
    return n * p < BINOMIAL_BTRS_MIN_MEAN ? this.invert(generator, n, p) : this.btrs(generator, n);
  }

  private setUp(n: number, p: number): void {
    this.n = n;
    this.p = p;
    const q = 1 - p;
    const np = n * p;
    if (np < BINOMIAL_BTRS_MIN_MEAN) {
      this.qn = detExp(n * detLog(q));
      this.bound = Math.min(n, np + 10 * Math.sqrt(np * q + 1));
      return;
    }
    const spq = Math.sqrt(np * q);
    const b = 1.15 + 2.53 * spq;
    const r = p / q;
    const m = Math.floor((n + 1) * p);
    this.b = b;
    this.a = -0.0873 + 0.0248 * b + 0.01 * p;
    this.c = np + 0.5;
    this.vr = 0.92 - 4.2 / b;
    this.alpha = (2.83 + 5.1 / b) * spq;
    this.logR = detLog(r);
    this.m = m;
    // The part of ln p(k)/p(m) that depends on m only.
    this.hm = (m + 0.5) * detLog((m + 1) / (r * (n - m + 1))) + stirlingTail(m) + stirlingTail(n - m);
  }

  /**
   * Inversion by sequential search from 0 (BINV in V. Kachitvichyanukul and B. W. Schmeiser,
   * "Binomial random variate generation", Communications of the ACM 31(2), 216–222, 1988; as in
   * NumPy): walk the probabilities p(0) = qⁿ, p(k) = p(k−1)·(n−k+1)p/(kq) until they exceed u.
   * Rounding can make the sum fall short of 1, so a walk past mean + 10 sd restarts with a new u.
   */
  private invert(generator: Generator, n: number, p: number): number {
    const q = 1 - p;
    let k = 0;
    let pk = this.qn;
    let u = generator.double();
    while (u > pk) {
      k++;
      if (k > this.bound) {
        k = 0;
        pk = this.qn;
        u = generator.double();
      } else {
        u -= pk;
        pk = ((n - k + 1) * p * pk) / (k * q);
      }
    }
    return k;
  }

  /**
   * BTRS, "transformed rejection with squeeze": W. Hörmann, "The generation of binomial random
   * variates", Journal of Statistical Computation and Simulation 46(1–2), 101–110, 1993. The
   * acceptance test compares ln(v·α/(a/us² + b)) with ln p(k)/p(m), evaluated through Stirling's
   * formula with the remainders fc(·); valid for n·p ≥ 10.
   */
  private btrs(generator: Generator, n: number): number {
    const { a, b, c, vr } = this;
    for (;;) {
      const u = generator.double() - 0.5;
      let v = generator.double();
      const us = 0.5 - (u < 0 ? -u : u);
      const k = Math.floor(((2 * a) / us + b) * u + c);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || k > n) continue;
      v = detLog((v * this.alpha) / (a / (us * us) + b));
      const nk1 = n - k + 1;
      const bound = this.hm + (n + 1) * detLog((n - this.m + 1) / nk1) + (k + 0.5) * (detLog(nk1 / (k + 1)) + this.logR) - stirlingTail(k) - stirlingTail(n - k);
      if (v <= bound) return k;
    }
  }
}
