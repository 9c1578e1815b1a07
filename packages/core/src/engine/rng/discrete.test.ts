import { describe, expect, it } from 'vitest';
import { createRng, detExp, detLgamma, detLog, RandomStream, type RandomStreamState } from './index.ts';
import { chiSquare, chiSquareCritical, moments, sample, zScores } from './internal/sample-checks.ts';

const N = 200_000;
const Z_LIMIT = 4;

function expectMoments(xs: Float64Array, mean: number, variance: number): void {
  const z = zScores(moments(xs), mean, variance);
  expect(Math.abs(z.mean), `mean off by ${z.mean} standard errors`).toBeLessThan(Z_LIMIT);
  expect(Math.abs(z.variance), `variance off by ${z.variance} standard errors`).toBeLessThan(Z_LIMIT);
}

function expectAllIntegersIn(xs: Float64Array, lo: number, hi: number): void {
  const bad = xs.filter((x) => !(Number.isInteger(x) && x >= lo && x <= hi));
  expect(bad.length).toBe(0);
}

/**
 * χ² of integer draws against a probability mass function, pooling cells whose expected count is
 * below 5 into their neighbours (the usual rule for the χ² approximation).
 */
function expectPmfFit(xs: Float64Array, pmf: (k: number) => number, lo: number, hi: number): void {
  const observed: number[] = [];
  const expected: number[] = [];
  let o = 0;
  let e = 0;
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let covered = 0;
  for (let k = lo; k <= hi; k++) {
    const p = pmf(k);
    covered += p;
    o += counts.get(k) ?? 0;
    e += p * xs.length;
    if (e >= 5) {
      observed.push(o);
      expected.push(e);
      o = 0;
      e = 0;
    }
  }
  // The tails beyond [lo, hi] join the last cell.
  const outside = xs.filter((x) => x < lo || x > hi).length;
  observed[observed.length - 1] = (observed.at(-1) ?? 0) + o + outside;
  expected[expected.length - 1] = (expected.at(-1) ?? 0) + e + (1 - covered) * xs.length;
  expect(chiSquare(observed, expected)).toBeLessThan(chiSquareCritical(observed.length - 1));
}

const poissonPmf = (lambda: number) => (k: number) => detExp(-lambda + k * detLog(lambda) - detLgamma(k + 1));
const binomialPmf = (n: number, p: number) => (k: number) => detExp(detLgamma(n + 1) - detLgamma(k + 1) - detLgamma(n - k + 1) + k * detLog(p) + (n - k) * detLog(1 - p));

/**
 * A copy of `state` whose next generator word is `word`. xor4096 emits (v + (w′ ^ (w′ >>> 16))) | 0,
 * where v depends only on the word array and index, and w′ = w + 0x61c88647 is the Weyl counter; the
 * map w′ ↦ w′ ^ (w′ >>> 16) is its own inverse on 32 bits, so choosing w chooses the word.
 */
function stateWithNextWord(seed: number, state: RandomStreamState, word: number): RandomStreamState {
  const probe = new RandomStream(seed, state.stream);
  probe.restoreState(state);
  const weyl = (state.w + 0x61c88647) | 0;
  const v = probe.random() * 2 ** 32 - ((weyl ^ (weyl >>> 16)) >>> 0);
  const mix = (word - v) >>> 0;
  return { ...state, w: ((mix ^ (mix >>> 16)) - 0x61c88647) | 0 };
}

describe('RandomStream.int(n)', () => {
  it.each([2, 7, 10, 1000])('int(%s) is uniform on 0..n−1 (χ²)', (n) => {
    const stream = createRng(201).stream(`int-${n}`);
    const xs = sample(N, () => stream.int(n));
    expectAllIntegersIn(xs, 0, n - 1);
    const counts = new Array<number>(n).fill(0);
    for (const x of xs) counts[x] = (counts[x] as number) + 1;
    expect(chiSquare(counts, new Array<number>(n).fill(N / n))).toBeLessThan(chiSquareCritical(n - 1));
  });

  it.each([2 ** 21 + 1, 3e9, 2 ** 40 + 3, Number.MAX_SAFE_INTEGER])('int(%s) (53-bit path) has the uniform mean and variance', (n) => {
    const stream = createRng(202).stream(`int-${n}`);
    const xs = sample(N, () => stream.int(n));
    expectAllIntegersIn(xs, 0, n - 1);
    expectMoments(xs, (n - 1) / 2, (n * n - 1) / 12);
  });

  it('int(3) rejects the one word (0) that would favour 0, and draws again', () => {
    // With n = 3, 2^32 mod 3 = 1 word must be rejected; Lemire's test singles out word 0.
    const stream = new RandomStream(215, 'crafted');
    for (let trial = 0; trial < 60; trial++) {
      stream.random();
      const crafted = stateWithNextWord(215, stream.saveState(), 0);
      const twin = new RandomStream(215, 'crafted');
      twin.restoreState(crafted);
      expect(twin.random()).toBe(0);
      const expected = Math.floor(twin.random() * 3);
      const subject = new RandomStream(215, 'crafted');
      subject.restoreState(crafted);
      expect(subject.int(3)).toBe(expected);
    }
  });

  it('int(1) is always 0', () => {
    const stream = createRng(203).stream('int');
    expectAllIntegersIn(
      sample(1_000, () => stream.int(1)),
      0,
      0,
    );
  });
});

describe('RandomStream.bernoulli(p)', () => {
  it.each([0.3, 0.5, 0.999, 1e-3])('bernoulli(%s) is true with probability p', (p) => {
    const stream = createRng(204).stream(`bernoulli-${p}`);
    expectMoments(
      sample(N, () => (stream.bernoulli(p) ? 1 : 0)),
      p,
      p * (1 - p),
    );
  });

  it.each([0.3, 2 ** -40, 1e-13])('bernoulli(%s) resolves p beyond 2^−32: on the word ⌊p·2^32⌋ a second word decides', (p) => {
    const scaled = p * 2 ** 32;
    const cell = Math.floor(scaled);
    const stream = new RandomStream(214, 'crafted');
    let trues = 0;
    for (let trial = 0; trial < 400; trial++) {
      stream.random();
      const crafted = stateWithNextWord(214, stream.saveState(), cell);
      const twin = new RandomStream(214, 'crafted');
      twin.restoreState(crafted);
      expect(twin.random() * 2 ** 32).toBe(cell);
      const expected = twin.random() < scaled - cell;
      const subject = new RandomStream(214, 'crafted');
      subject.restoreState(crafted);
      expect(subject.bernoulli(p)).toBe(expected);
      if (expected) trues++;
    }
    // The second word is uniform, so the answer is true with probability frac(p·2^32).
    const q = scaled - cell;
    expect(Math.abs(trues - 400 * q)).toBeLessThanOrEqual(4 * Math.sqrt(400 * q * (1 - q)) + 1);
  });

  it('bernoulli(0) is never true and bernoulli(1) always', () => {
    const stream = createRng(205).stream('bernoulli');
    let wrong = 0;
    for (let i = 0; i < 100_000; i++) if (stream.bernoulli(0) || !stream.bernoulli(1)) wrong++;
    expect(wrong).toBe(0);
  });
});

describe('RandomStream.poisson(lambda)', () => {
  it.each([0.5, 3, 9.9, 10, 50, 1000])('poisson(%s) has mean and variance lambda, and the Poisson pmf (χ²)', (lambda) => {
    const stream = createRng(206).stream(`poisson-${lambda}`);
    const xs = sample(N, () => stream.poisson(lambda));
    expectAllIntegersIn(xs, 0, Infinity);
    expectMoments(xs, lambda, lambda);
    const sd = Math.sqrt(lambda);
    expectPmfFit(xs, poissonPmf(lambda), Math.max(0, Math.floor(lambda - 6 * sd)), Math.ceil(lambda + 7 * sd + 5));
  });

  it('poisson(0) is always 0, and poisson(1e9) is near its mean', () => {
    const stream = createRng(207).stream('poisson');
    expect(stream.poisson(0)).toBe(0);
    expectMoments(
      sample(20_000, () => stream.poisson(1e9)),
      1e9,
      1e9,
    );
  });
});

describe('RandomStream.binomial(n, p)', () => {
  it.each([
    [10, 0.3],
    [1000, 0.3],
    [1000, 0.97],
    [40, 0.5],
    [100_000, 0.0002],
    [100_000, 0.4],
  ])('binomial(%s, %s) has mean np, variance np(1−p), and the binomial pmf (χ²)', (n, p) => {
    const stream = createRng(208).stream(`binomial-${n}-${p}`);
    const xs = sample(N, () => stream.binomial(n, p));
    expectAllIntegersIn(xs, 0, n);
    expectMoments(xs, n * p, n * p * (1 - p));
    const sd = Math.sqrt(n * p * (1 - p));
    expectPmfFit(xs, binomialPmf(n, p), Math.max(0, Math.floor(n * p - 6 * sd)), Math.min(n, Math.ceil(n * p + 6 * sd)));
  });

  it('binomial(n, 0) is 0, binomial(n, 1) is n, binomial(0, p) is 0', () => {
    const stream = createRng(209).stream('binomial');
    for (let i = 0; i < 1_000; i++) {
      expect(stream.binomial(1000, 0)).toBe(0);
      expect(stream.binomial(1000, 1)).toBe(1000);
      expect(stream.binomial(0, 0.4)).toBe(0);
    }
  });
});

describe('RandomStream.categorical(weights, total)', () => {
  it('picks index i with probability weights[i]/Σweights (χ²), never a zero weight', () => {
    const stream = createRng(210).stream('categorical');
    const weights = [1, 0, 2, 3, 4];
    const counts = [0, 0, 0, 0, 0];
    for (let i = 0; i < N; i++) {
      const k = stream.categorical(weights);
      counts[k] = (counts[k] as number) + 1;
    }
    expect(counts[1]).toBe(0);
    const observed = [counts[0], counts[2], counts[3], counts[4]] as number[];
    expect(chiSquare(observed, [0.1 * N, 0.2 * N, 0.3 * N, 0.4 * N])).toBeLessThan(chiSquareCritical(3));
  });

  it('gives the same picks with a precomputed total and with typed-array weights', () => {
    const a = createRng(211).stream('c');
    const b = createRng(211).stream('c');
    const weights = new Float64Array([0.25, 0.5, 0.25]);
    for (let i = 0; i < 1_000; i++) expect(a.categorical(weights, 1)).toBe(b.categorical([0.25, 0.5, 0.25]));
  });
});

describe('RandomStream.shuffle(a, from, to)', () => {
  it('puts every element at every position equally often (χ² over 50,000 shuffles)', () => {
    const stream = createRng(212).stream('shuffle');
    const size = 5;
    const shuffles = 50_000;
    const counts = Array.from({ length: size * size }, () => 0);
    for (let s = 0; s < shuffles; s++) {
      // A fresh identity each time: shuffling the previous result would hide a sampler that only
      // reaches some permutations (Sattolo's cycles, say), since their compositions reach them all.
      const a = stream.shuffle([0, 1, 2, 3, 4]);
      for (let position = 0; position < size; position++) counts[position * size + (a[position] as number)]! += 1;
    }
    // Each row and column sums to `shuffles`, leaving (size − 1)² free cells.
    expect(
      chiSquare(
        counts,
        counts.map(() => shuffles / size),
      ),
    ).toBeLessThan(chiSquareCritical((size - 1) ** 2));
  });

  it('touches nothing outside a[from..to) and returns the same array, also for typed arrays', () => {
    const stream = createRng(213).stream('shuffle');
    const a = Int32Array.from({ length: 12 }, (_, i) => i);
    let moved = 0;
    for (let s = 0; s < 1_000; s++) {
      expect(stream.shuffle(a, 3, 9)).toBe(a);
      expect([...a.subarray(0, 3), ...a.subarray(9)]).toEqual([0, 1, 2, 9, 10, 11]);
      expect([...a.subarray(3, 9)].sort((x, y) => x - y)).toEqual([3, 4, 5, 6, 7, 8]);
      if (a[3] !== 3) moved++;
    }
    expect(moved).toBeGreaterThan(700);
  });
});
