/**
 * One named stream of random numbers, and every sampler the engine draws from it.
 *
 * Hot-path rules: no allocation per draw, one negated comparison per argument check (it also
 * rejects NaN), and no engine-dependent `Math` function — logarithms and exponentials come from
 * `detmath.ts`. Algorithms and their references are in the files under `internal/` and in
 * docs/random-numbers.md.
 */
import { detExp, detLog } from './detmath.ts';
import { deriveStreamKey, type Seed } from './seed.ts';
import { type Generator, type RandomStreamState, generatorFromKey, restoreGenerator, saveGenerator } from './stream-state.ts';
import { BinomialSampler } from './internal/binomial.ts';
import { sampleBeta, sampleGamma } from './internal/gamma.ts';
import { normalQuantile } from './internal/normal-quantile.ts';
import { PoissonSampler } from './internal/poisson.ts';
import { assertFinite, assertPositive, invalidArgument } from './internal/validate.ts';
import { categoricalFallback, categoricalTotalError, sumWeights } from './internal/categorical.ts';

const TWO32 = 4294967296;
const TWO_M32 = 1 / TWO32;
const TWO53 = 9007199254740992;
// Up to 2^21 the product of a 32-bit word and n stays below 2^53, so int(n) can use it exactly.
const INT_PRODUCT_MAX = 2097152;
const POISSON_MAX_MEAN = 1e15;

/**
 * A named, reproducible stream of random numbers (seedrandom `xor4096` underneath).
 *
 * `new RandomStream(seed: Seed, name: string)` starts the stream keyed by
 * `deriveStreamKey(seed, name)`. Prefer `rng.stream(name)`, which returns one shared stream per
 * name. Each method notes how many 32-bit generator words it consumes: "fixed" samplers always use
 * the same number, so a changed parameter does not shift later draws on the stream.
 *
 * @example
 * const referral = createRng(42).stream('referral');
 * if (referral.bernoulli(0.03)) waiting.push(referral.int(providers.length));
 */
export class RandomStream {
  /** The stream's name, as passed to `rng.stream(name)`. */
  readonly name: string;
  private generator: Generator;
  private readonly poissonSampler = new PoissonSampler();
  private readonly binomialSampler = new BinomialSampler();

  constructor(seed: Seed, name: string) {
    this.generator = generatorFromKey(deriveStreamKey(seed, name));
    this.name = name;
  }

  /**
   * `random(): number` — uniform on [0, 1), in steps of 2^−32; never returns 1. Fixed: 1 word.
   * @example const u = stream.random();
   */
  random(): number {
    return this.generator();
  }

  /**
   * `uniform(lo: number, hi: number): number` — uniform on [lo, hi), computed as lo + (hi − lo)·u.
   * When hi − lo is tiny relative to |lo|, rounding can return hi. Fixed: 1 word.
   * @example const minutes = stream.uniform(10, 25);
   */
  uniform(lo: number, hi: number): number {
    const span = hi - lo;
    if (!(span >= 0 && span < Infinity)) throw uniformBoundsError(lo, hi);
    return lo + span * this.generator();
  }

  /**
   * `int(n: number): number` — an integer in 0..n−1, each with probability exactly 1/n
   * (rejection, no modulo bias); n is a safe integer ≥ 1. Uses 1 word for n ≤ 2^21 and 2 above,
   * plus a redraw with probability below n/2^32 (n/2^53 above 2^21).
   * @example const provider = providers[stream.int(providers.length)];
   */
  int(n: number): number {
    if (!(n >= 1 && n <= Number.MAX_SAFE_INTEGER && Math.floor(n) === n)) {
      throw invalidArgument('int(n)', 'a whole number ≥ 1 (and ≤ 2^53 − 1)', n, 'pass the number of choices, e.g. int(6) for a die');
    }
    return this.below(n);
  }

  /**
   * `bernoulli(p: number): boolean` — `true` with probability p, 0 ≤ p ≤ 1, resolved to 2^−64: a
   * second word is drawn only when the first lands on the 2^−32 cell containing p (probability
   * 2^−32), so it is fixed at 1 word in practice.
   * @example if (stream.bernoulli(dailyRisk)) events.push(agent);
   */
  bernoulli(p: number): boolean {
    if (!(p >= 0 && p <= 1)) {
      throw invalidArgument('bernoulli(p)', 'a probability in [0, 1]', p, 'convert rates to probabilities first, e.g. 1 - detExp(-rate * dt)');
    }
    // u < p with u = (w + f)/2^32 is decided by the word w alone unless w = ⌊p·2^32⌋; then by the
    // fraction f from a second word. The rare branch keeps the common result branch-free.
    const scaled = p * TWO32;
    const w = this.generator.int32() >>> 0;
    if (w === Math.floor(scaled)) return (this.generator.int32() >>> 0) * TWO_M32 < scaled - w;
    return w < scaled;
  }

  /**
   * `normal(mean = 0, sd = 1): number` — normal by inversion of its distribution function
   * (Wichura's AS 241) at a 53-bit uniform in (0, 1); |z| ≤ 8.21. Fixed: 2 words.
   * @example const delay = stream.normal(14, 3);
   */
  normal(mean = 0, sd = 1): number {
    assertFinite('normal(mean)', mean, 'pass a finite mean, e.g. normal(0, 1)');
    if (!(sd >= 0 && sd < Infinity)) throw invalidArgument('normal(sd)', 'a finite number ≥ 0', sd, 'pass the standard deviation, e.g. normal(0, 1)');
    return mean + sd * normalQuantile(this.generator.double());
  }

  /**
   * `lognormal(mu: number, sigma: number): number` — e^(mu + sigma·z), z standard normal; mu and
   * sigma are the mean and sd of the logarithm. Fixed: 2 words.
   * @example const cost = stream.lognormal(8, 0.5); // median e^8 ≈ 2981
   */
  lognormal(mu: number, sigma: number): number {
    assertFinite('lognormal(mu)', mu, 'pass the mean of the logarithm, e.g. lognormal(0, 1)');
    if (!(sigma >= 0 && sigma < Infinity)) throw invalidArgument('lognormal(sigma)', 'a finite number ≥ 0', sigma, 'pass the sd of the logarithm, e.g. lognormal(0, 1)');
    return detExp(mu + sigma * normalQuantile(this.generator.double()));
  }

  /**
   * `exponential(rate = 1): number` — exponential with mean 1/rate, by inversion −ln(u)/rate at a
   * 53-bit uniform in (0, 1). Fixed: 2 words.
   * @example const daysToNextReferral = stream.exponential(0.2);
   */
  exponential(rate = 1): number {
    assertPositive('exponential(rate)', rate, 'pass the event rate per time unit, e.g. exponential(0.2) for a mean of 5');
    return -detLog(this.generator.double()) / rate;
  }

  /**
   * `gamma(shape: number, scale = 1): number` — gamma with mean shape·scale (Marsaglia–Tsang;
   * shape < 1 via their boost). Right-skewed durations and costs. Variable: about 4 words or more.
   * @example const lengthOfStay = stream.gamma(2, 3.5); // mean 7
   */
  gamma(shape: number, scale = 1): number {
    assertPositive('gamma(shape)', shape, 'pass a shape > 0, e.g. gamma(2, 3.5)');
    assertPositive('gamma(scale)', scale, 'pass a scale > 0 (mean = shape · scale), e.g. gamma(2, 3.5)');
    return sampleGamma(this.generator, shape) * scale;
  }

  /**
   * `beta(a: number, b: number): number` — beta on [0, 1] with mean a/(a + b) (Jöhnk's method
   * for a, b < 1; a ratio of gammas otherwise). Variable consumption.
   * @example const share = stream.beta(2, 5);
   */
  beta(a: number, b: number): number {
    assertPositive('beta(a)', a, 'pass shapes > 0, e.g. beta(2, 5)');
    assertPositive('beta(b)', b, 'pass shapes > 0, e.g. beta(2, 5)');
    return sampleBeta(this.generator, a, b);
  }

  /**
   * `poisson(lambda: number): number` — Poisson count with mean lambda, 0 ≤ lambda ≤ 1e15
   * (multiplication below 10, Hörmann's PTRS from 10). Variable consumption.
   * @example const arrivals = stream.poisson(3.2);
   */
  poisson(lambda: number): number {
    if (!(lambda >= 0 && lambda <= POISSON_MAX_MEAN)) {
      throw invalidArgument('poisson(lambda)', 'a finite number ≥ 0 and ≤ 1e15', lambda, 'pass the expected count, e.g. poisson(3.2)');
    }
    return this.poissonSampler.sample(this.generator, lambda);
  }

  /**
   * `binomial(n: number, p: number): number` — number of successes in n trials of probability p;
   * n a safe integer ≥ 0, 0 ≤ p ≤ 1 (inversion for n·min(p, 1−p) < 10, Hörmann's BTRS above).
   * Variable consumption.
   * @example const referred = stream.binomial(waiting.length, 0.3);
   */
  binomial(n: number, p: number): number {
    if (!(n >= 0 && n <= Number.MAX_SAFE_INTEGER && Math.floor(n) === n)) {
      throw invalidArgument('binomial(n)', 'a whole number ≥ 0', n, 'pass the number of trials, e.g. binomial(100, 0.3)');
    }
    if (!(p >= 0 && p <= 1)) throw invalidArgument('binomial(p)', 'a probability in [0, 1]', p, 'pass the success probability, e.g. binomial(100, 0.3)');
    return this.binomialSampler.sample(this.generator, n, p);
  }

  /**
   * `categorical(weights: ArrayLike<number>, total?: number): number` — index i with probability
   * weights[i]/total, by a linear scan (O(k); fine for tens of categories, use an alias table
   * for thousands). Omit `total` and it is summed, checking every weight is finite and ≥ 0; pass a
   * precomputed `total` in hot loops — the weights are then trusted, and a total that does not
   * match their sum is detected only when it is too large. Resolution 2^−32. Fixed: 1 word.
   * @example const choice = stream.categorical([0.5, 0.3, 0.2]);
   */
  categorical(weights: ArrayLike<number>, total?: number): number {
    const k = weights.length;
    const sum = total === undefined ? sumWeights(weights) : total;
    if (!(sum > 0 && sum < Infinity) || k === 0) throw categoricalTotalError(weights, sum);
    const u = this.generator() * sum;
    let cumulative = 0;
    for (let i = 0; i < k; i++) {
      cumulative += weights[i] as number;
      if (u < cumulative) return i;
    }
    return categoricalFallback(weights, cumulative, sum);
  }

  /**
   * `shuffle(a, from = 0, to = a.length): T` — shuffles a[from..to) in place (Fisher–Yates, each
   * of the (to − from)! orders equally likely) and returns `a`; nothing outside the range is
   * touched. Works on arrays and typed arrays. Uses one `int` per element.
   * @example stream.shuffle(order, 0, order.length); // a random visiting order
   */
  shuffle<T extends { length: number; [i: number]: unknown }>(a: T, from = 0, to: number = a.length): T {
    if (!(from >= 0 && from <= to && to <= a.length && Math.floor(from) === from && Math.floor(to) === to)) {
      throw invalidArgument('shuffle(from, to)', `whole numbers with 0 ≤ from ≤ to ≤ ${a.length}`, `${from}..${to}`, 'omit both to shuffle the whole array, e.g. shuffle(agents)');
    }
    for (let i = to - 1; i > from; i--) {
      const j = from + this.below(i - from + 1);
      const held = a[i];
      a[i] = a[j];
      a[j] = held;
    }
    return a;
  }

  /**
   * `saveState(): RandomStreamState` — a JSON-serialisable snapshot of the stream; restoring it
   * makes the stream continue exactly where it was. Caches (of the last Poisson or binomial
   * parameters) are not state: they hold values computed from parameters only.
   * @example const checkpoint = JSON.stringify(stream.saveState());
   */
  saveState(): RandomStreamState {
    return saveGenerator(this.name, this.generator);
  }

  /**
   * `restoreState(state: RandomStreamState): void` — continue from a snapshot taken by
   * `saveState()` on a stream of the same name (any run, any process).
   * @throws PpsimError `invalid_argument` if `state` is malformed or from a stream of another name.
   * @example stream.restoreState(JSON.parse(checkpoint));
   */
  restoreState(state: RandomStreamState): void {
    this.generator = restoreGenerator('restoreState(state)', this.name, state);
  }

  /** Integer in 0..n−1 for a checked n: Lemire's multiply-and-reject with exact doubles, else 53-bit rejection. */
  private below(n: number): number {
    if (n <= INT_PRODUCT_MAX) {
      let product = (this.generator.int32() >>> 0) * n;
      let high = Math.floor(product * TWO_M32);
      let low = product - high * TWO32;
      if (low < n) {
        // Reject the 2^32 mod n words that would favour small results (D. Lemire, "Fast random
        // integer generation in an interval", ACM TOMACS 29(1), 2019).
        const threshold = (TWO32 - n) % n;
        while (low < threshold) {
          product = (this.generator.int32() >>> 0) * n;
          high = Math.floor(product * TWO_M32);
          low = product - high * TWO32;
        }
      }
      return high;
    }
    const limit = TWO53 - (TWO53 % n);
    let x: number;
    do x = (this.generator.int32() >>> 11) * TWO32 + (this.generator.int32() >>> 0);
    while (x >= limit);
    return x % n;
  }
}

// Says which bound is at fault; kept out of `uniform` so the method stays small enough to inline.
function uniformBoundsError(lo: number, hi: number): Error {
  const hint = 'pass finite bounds with lo ≤ hi, e.g. uniform(0, 1)';
  if (!(lo > -Infinity && lo < Infinity)) return invalidArgument('uniform(lo)', 'a finite number', lo, hint);
  if (!(hi > -Infinity && hi < Infinity)) return invalidArgument('uniform(hi)', 'a finite number', hi, hint);
  if (hi < lo) return invalidArgument('uniform(hi)', `a number ≥ lo (${lo})`, hi, hint);
  return invalidArgument('uniform(lo, hi)', 'bounds less than 1.7e308 apart', hi - lo, hint);
}
