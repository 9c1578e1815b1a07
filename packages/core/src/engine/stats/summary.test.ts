import { describe, expect, it } from 'vitest';
import { PpsimError } from '../../errors.ts';
import { mean, quantile, sd, variance } from './summary.ts';

describe('mean(xs)', () => {
  it('averages arrays and typed arrays', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean(new Float64Array([2, 4, 4, 4, 5, 5, 7, 9]))).toBe(5);
    expect(mean([42])).toBe(42);
  });

  it('is exact for large offsets, thanks to compensated summation', () => {
    expect(mean([1e9 + 1, 1e9 + 2, 1e9 + 3])).toBe(1e9 + 2);
    // Plain left-to-right summation gives 0 here: the 1 is lost against 1e16.
    expect(mean([1e16, 1, -1e16])).toBe(1 / 3);
  });

  it('does not overflow when the sum would', () => {
    expect(mean([1.5e308, 1.5e308])).toBe(1.5e308);
  });

  it('rejects NaN and Infinity, naming the index', () => {
    expect(() => mean([1, Number.NaN, 3])).toThrowErrorMatchingInlineSnapshot(
      `[PpsimError: mean(xs[1]): expected a finite number, received NaN. Fix: remove or impute missing values before summarising; a NaN usually comes from a division by zero upstream]`,
    );
    expect(() => mean([1, 2, Infinity])).toThrow(/^mean\(xs\[2\]\)/);
  });

  it('rejects an empty sample', () => {
    expect(() => mean([])).toThrowErrorMatchingInlineSnapshot(
      `[PpsimError: mean(xs): expected at least one value, received an array of length 0. Fix: summarise after at least one replicate has run]`,
    );
  });
});

describe('variance(xs) and sd(xs)', () => {
  it('uses the n − 1 divisor', () => {
    expect(variance([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(32 / 7, 15);
    expect(sd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 15);
    expect(variance([1, 2])).toBe(0.5);
  });

  it('is exact for large offsets and never negative', () => {
    expect(variance([1e9 + 1, 1e9 + 2, 1e9 + 3])).toBe(1);
    expect(variance([0.1, 0.1, 0.1, 0.1])).toBe(0);
    expect(variance([1e15 + 0.1, 1e15 + 0.1, 1e15 + 0.1])).toBe(0);
  });

  it('is NaN with fewer than two values', () => {
    expect(variance([3])).toBeNaN();
    expect(variance([])).toBeNaN();
    expect(sd([3])).toBeNaN();
  });

  it('rejects NaN, naming the index', () => {
    expect(() => variance([1, 2, Number.NaN])).toThrow(PpsimError);
    expect(() => sd([Number.NaN])).toThrow(/^sd\(xs\[0\]\)/);
  });
});

describe('quantile(xs, p)', () => {
  it('matches R type 7 at p = 0, 0.25, 0.5, 0.75, 1', () => {
    // R: quantile(c(1, 2, 3, 4), c(0, .25, .5, .75, 1)) → 1.00 1.75 2.50 3.25 4.00
    expect([0, 0.25, 0.5, 0.75, 1].map((p) => quantile([1, 2, 3, 4], p))).toEqual([1, 1.75, 2.5, 3.25, 4]);
    // R: quantile(c(3, 1, 4, 1, 5, 9, 2, 6), c(0, .1, .25, .5, .75, 1)) → 1.00 1.00 1.75 3.50 5.25 9.00
    const xs = [3, 1, 4, 1, 5, 9, 2, 6];
    expect([0, 0.1, 0.25, 0.5, 0.75, 1].map((p) => quantile(xs, p))).toEqual([1, 1, 1.75, 3.5, 5.25, 9]);
  });

  it('handles a single value and does not mutate the input', () => {
    expect(quantile([7], 0.3)).toBe(7);
    const xs = new Float64Array([3, 1, 2]);
    expect(quantile(xs, 0.5)).toBe(2);
    expect(Array.from(xs)).toEqual([3, 1, 2]);
  });

  it('rejects p outside [0, 1], an empty sample and NaN', () => {
    expect(() => quantile([1, 2], 1.5)).toThrowErrorMatchingInlineSnapshot(
      `[PpsimError: quantile(p): expected a probability from 0 to 1, received 1.5. Fix: pass e.g. 0.5 for the median or 0.975 for the upper 2.5 % point]`,
    );
    expect(() => quantile([], 0.5)).toThrow(PpsimError);
    expect(() => quantile([1, Number.NaN], 0.5)).toThrow(/^quantile\(xs\[1\]\)/);
  });
});
