import { describe, expect, it } from 'vitest';
import { createRng, detExp, detLog } from './index.ts';
import { ksCritical, ksStatistic, moments, normalCdf, sample, zScores } from './internal/sample-checks.ts';

const N = 200_000;
const Z_LIMIT = 4;

function expectMoments(xs: Float64Array, mean: number, variance: number): void {
  const z = zScores(moments(xs), mean, variance);
  expect(Math.abs(z.mean), `mean off by ${z.mean} standard errors`).toBeLessThan(Z_LIMIT);
  expect(Math.abs(z.variance), `variance off by ${z.variance} standard errors`).toBeLessThan(Z_LIMIT);
}

function minMax(xs: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of xs) {
    lo = Math.min(lo, x);
    hi = Math.max(hi, x);
  }
  return [lo, hi];
}

describe('RandomStream.random()', () => {
  it('is uniform on [0, 1): moments, range and Kolmogorov–Smirnov', () => {
    const stream = createRng(101).stream('random');
    const xs = sample(N, () => stream.random());
    expectMoments(xs, 1 / 2, 1 / 12);
    const [lo, hi] = minMax(xs);
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThan(1);
    expect(ksStatistic(xs, (x) => x)).toBeLessThan(ksCritical(N));
  });
});

describe('RandomStream.uniform(lo, hi)', () => {
  it('is uniform on [lo, hi)', () => {
    const stream = createRng(102).stream('uniform');
    const xs = sample(N, () => stream.uniform(-3, 5));
    expectMoments(xs, 1, 64 / 12);
    const [lo, hi] = minMax(xs);
    expect(lo).toBeGreaterThanOrEqual(-3);
    expect(hi).toBeLessThan(5);
    expect(stream.uniform(2, 2)).toBe(2);
  });

  it('is exactly lo + (hi − lo)·random() on the same draw', () => {
    const a = createRng(102).stream('twin');
    const b = createRng(102).stream('twin');
    for (let i = 0; i < 1_000; i++) expect(a.uniform(-3, 5)).toBe(-3 + 8 * b.random());
  });
});

describe('RandomStream.normal(mean, sd)', () => {
  it('is standard normal by default: moments and Kolmogorov–Smirnov', () => {
    const stream = createRng(103).stream('normal');
    const xs = sample(N, () => stream.normal());
    expectMoments(xs, 0, 1);
    expect(ksStatistic(xs, normalCdf)).toBeLessThan(ksCritical(N));
  });

  it('shifts and scales: normal(10, 3) has mean 10 and variance 9; sd 0 gives the mean', () => {
    const stream = createRng(104).stream('normal');
    expectMoments(
      sample(N, () => stream.normal(10, 3)),
      10,
      9,
    );
    expect(stream.normal(4, 0)).toBe(4);
  });

  it('uses one uniform per draw, so normal(m, s) and normal() see the same uniforms', () => {
    const a = createRng(105).stream('n');
    const b = createRng(105).stream('n');
    for (let i = 0; i < 1_000; i++) expect(a.normal(2, 5)).toBe(2 + 5 * b.normal());
  });
});

describe('RandomStream.exponential(rate)', () => {
  it('has mean 1/rate and variance 1/rate², and passes Kolmogorov–Smirnov', () => {
    const stream = createRng(106).stream('exponential');
    const xs = sample(N, () => stream.exponential(2));
    expectMoments(xs, 0.5, 0.25);
    expect(minMax(xs)[0]).toBeGreaterThan(0);
    expect(ksStatistic(xs, (x) => 1 - detExp(-2 * x))).toBeLessThan(ksCritical(N));
  });

  it('defaults to rate 1', () => {
    const stream = createRng(107).stream('exponential');
    expectMoments(
      sample(N, () => stream.exponential()),
      1,
      1,
    );
  });
});

describe('RandomStream.lognormal(mu, sigma)', () => {
  it('has a normal logarithm with mean mu and sd sigma', () => {
    const stream = createRng(108).stream('lognormal');
    const logs = sample(N, () => detLog(stream.lognormal(1.5, 0.4)));
    expectMoments(logs, 1.5, 0.16);
    expect(ksStatistic(logs, (x) => normalCdf((x - 1.5) / 0.4))).toBeLessThan(ksCritical(N));
  });
});

describe('RandomStream.gamma(shape, scale)', () => {
  it.each([0.05, 0.3, 0.99, 1, 2.5, 10, 300])('gamma(%s, 2) has mean 2·shape and variance 4·shape', (shape) => {
    const stream = createRng(109).stream(`gamma-${shape}`);
    const xs = sample(N, () => stream.gamma(shape, 2));
    expectMoments(xs, 2 * shape, 4 * shape);
    expect(minMax(xs)[0]).toBeGreaterThanOrEqual(0);
  });

  it('defaults to scale 1, and gamma(1) is exponential (Kolmogorov–Smirnov)', () => {
    const stream = createRng(110).stream('gamma');
    const xs = sample(N, () => stream.gamma(1));
    expect(ksStatistic(xs, (x) => 1 - detExp(-x))).toBeLessThan(ksCritical(N));
  });
});

describe('RandomStream.beta(a, b)', () => {
  it.each([
    [0.5, 0.5],
    [0.2, 0.7],
    [0.05, 0.05],
    [1, 1],
    [2, 5],
    [0.3, 4],
    [40, 15],
  ])('beta(%s, %s) has mean a/(a+b) and variance ab/((a+b)²(a+b+1))', (a, b) => {
    const stream = createRng(111).stream(`beta-${a}-${b}`);
    const xs = sample(N, () => stream.beta(a, b));
    const s = a + b;
    expectMoments(xs, a / s, (a * b) / (s * s * (s + 1)));
    const [lo, hi] = minMax(xs);
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThanOrEqual(1);
  });

  it('beta(0.5, 0.5) is the arcsine law (Kolmogorov–Smirnov)', () => {
    const stream = createRng(112).stream('beta');
    const xs = sample(N, () => stream.beta(0.5, 0.5));
    // The arcsine law's distribution function; a test oracle need not be bit-reproducible.
    expect(ksStatistic(xs, (x) => (2 / Math.PI) * Math.asin(Math.sqrt(x)))).toBeLessThan(ksCritical(N));
  });
});
