import { describe, expect, it } from 'vitest';
import { PpsimError } from '../../errors.ts';
import { pairedDifference, tInterval } from './interval.ts';

/** mulberry32, a tiny seeded generator for this test only (the engine's RNG lives elsewhere). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Box–Muller normals from a uniform source. */
function normals(uniform: () => number, mu: number, sigma: number, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 2) {
    const u1 = 1 - uniform();
    const u2 = uniform();
    const r = Math.sqrt(-2 * Math.log(u1));
    out[i] = mu + sigma * r * Math.cos(2 * Math.PI * u2);
    if (i + 1 < n) out[i + 1] = mu + sigma * r * Math.sin(2 * Math.PI * u2);
  }
  return out;
}

describe('tInterval(xs, level)', () => {
  it('gives x̄ ± t·s/√n with a known t', () => {
    const interval = tInterval([4.1, 3.9, 4.4, 4.0]);
    const sd = Math.sqrt((0 ** 2 + 0.2 ** 2 + 0.3 ** 2 + 0.1 ** 2) / 3);
    expect(interval.n).toBe(4);
    expect(interval.mean).toBeCloseTo(4.1, 14);
    expect(interval.sd).toBeCloseTo(sd, 14);
    expect(interval.halfWidth).toBeCloseTo((3.182446305283708 * sd) / 2, 14);
    expect(interval.lo).toBeCloseTo(interval.mean - interval.halfWidth, 15);
    expect(interval.hi).toBeCloseTo(interval.mean + interval.halfWidth, 15);
    expect(Object.isFrozen(interval)).toBe(true);
  });

  it('uses the level: a 90 % interval is narrower than a 99 % one', () => {
    const xs = [1, 2, 3, 4, 5];
    expect(tInterval(xs, 0.9).halfWidth).toBeCloseTo((2.131846786326649 * Math.sqrt(2.5)) / Math.sqrt(5), 14);
    expect(tInterval(xs, 0.99).halfWidth).toBeGreaterThan(tInterval(xs, 0.9).halfWidth);
  });

  it('gives NaN bounds with one value, and a zero-width interval without spread', () => {
    expect(tInterval([3])).toEqual({ mean: 3, lo: Number.NaN, hi: Number.NaN, sd: Number.NaN, n: 1, halfWidth: Number.NaN });
    expect(tInterval([2, 2, 2])).toEqual({ mean: 2, lo: 2, hi: 2, sd: 0, n: 3, halfWidth: 0 });
  });

  it('covers the true mean about 95 % of the time (2,000 seeded samples of 10 normals)', () => {
    const uniform = mulberry32(20090701);
    let covered = 0;
    for (let i = 0; i < 2000; i++) {
      const { lo, hi } = tInterval(normals(uniform, 3, 2, 10));
      if (lo <= 3 && 3 <= hi) covered++;
    }
    expect(covered / 2000).toBeGreaterThanOrEqual(0.935);
    expect(covered / 2000).toBeLessThanOrEqual(0.965);
  });

  it('rejects an empty sample, NaN and a level outside (0, 1)', () => {
    expect(() => tInterval([])).toThrow(PpsimError);
    expect(() => tInterval([1, Number.NaN])).toThrow(/^tInterval\(xs\[1\]\)/);
    expect(() => tInterval([1, 2], 95)).toThrowErrorMatchingInlineSnapshot(
      `[PpsimError: tInterval(level): expected a confidence level strictly between 0 and 1, received 95. Fix: pass e.g. 0.95 for a 95 % interval]`,
    );
  });
});

describe('pairedDifference(a, b, level)', () => {
  it('summarises b − a with a t interval and Cohen’s d_z', () => {
    // d = [1, 2, 1]: mean 4/3, variance 1/3, t(0.975, 2) = 4.302652729749464.
    const diff = pairedDifference([10, 12, 11], [11, 14, 12]);
    expect(diff.n).toBe(3);
    expect(diff.mean).toBeCloseTo(4 / 3, 15);
    expect(diff.sd).toBeCloseTo(Math.sqrt(1 / 3), 15);
    expect(diff.halfWidth).toBeCloseTo(4.302652729749464 / 3, 14);
    expect(diff.effectSize).toBeCloseTo(4 / 3 / Math.sqrt(1 / 3), 14);
    expect(pairedDifference([11, 14, 12], [10, 12, 11]).effectSize).toBeCloseTo(-diff.effectSize, 14);
  });

  it('gives effect size NaN for no difference at all and ±Infinity for a constant one', () => {
    expect(pairedDifference([1, 2, 3], [1, 2, 3]).effectSize).toBeNaN();
    expect(pairedDifference([1, 2, 3], [2, 3, 4]).effectSize).toBe(Infinity);
    expect(pairedDifference([1, 2, 3], [0, 1, 2]).effectSize).toBe(-Infinity);
    expect(pairedDifference([1], [2]).effectSize).toBeNaN();
  });

  it('rejects arrays of different lengths and NaN, naming the array', () => {
    expect(() => pairedDifference([1, 2, 3], [1, 2])).toThrowErrorMatchingInlineSnapshot(
      `[PpsimError: pairedDifference(b): expected as many values as a (3), one per paired replicate, received an array of length 2. Fix: pass results of the same seeds in the same order for both scenarios]`,
    );
    expect(() => pairedDifference([1, 2], [1, Number.NaN])).toThrow(/^pairedDifference\(b\[1\]\)/);
    expect(() => pairedDifference([], [])).toThrow(PpsimError);
  });
});
