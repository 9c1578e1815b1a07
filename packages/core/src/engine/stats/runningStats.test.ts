import { describe, expect, it } from 'vitest';
import { PpsimError } from '../../errors.ts';
import { RunningStats } from './runningStats.ts';
import { mean, variance } from './summary.ts';

const relativeError = (got: number, want: number): number => Math.abs(got - want) / Math.abs(want);

/** Deterministic values with a large offset, which naive sums-of-squares formulas get wrong. */
const values = Array.from({ length: 1000 }, (_, i) => 1e6 + ((i * 7919) % 1009) / 10);

const of = (xs: readonly number[]): RunningStats => {
  const stats = new RunningStats();
  for (const x of xs) stats.push(x);
  return stats;
};

describe('RunningStats', () => {
  it('push(x) tracks n, mean and sample variance', () => {
    const stats = of([3, 5, 7]);
    expect(stats.n).toBe(3);
    expect(stats.mean).toBe(5);
    expect(stats.variance).toBe(4);
    expect(stats.sd).toBe(2);
  });

  it('agrees with the batch mean and variance', () => {
    const stats = of(values);
    expect(relativeError(stats.mean, mean(values))).toBeLessThan(1e-15);
    expect(relativeError(stats.variance, variance(values))).toBeLessThan(1e-10);
  });

  it('is NaN before enough values', () => {
    const stats = new RunningStats();
    expect(stats.n).toBe(0);
    expect(stats.mean).toBeNaN();
    expect(stats.variance).toBeNaN();
    stats.push(4);
    expect(stats.mean).toBe(4);
    expect(stats.variance).toBeNaN();
  });

  it('merge(other) equals pushing everything into one accumulator, and changes neither input', () => {
    const left = of(values.slice(0, 300));
    const right = of(values.slice(300));
    const merged = left.merge(right);
    expect(merged.n).toBe(1000);
    expect(relativeError(merged.mean, mean(values))).toBeLessThan(1e-15);
    expect(relativeError(merged.variance, variance(values))).toBeLessThan(1e-10);
    expect(left.n).toBe(300);
    expect(right.n).toBe(700);
  });

  it('merge(other) with an empty side copies the other side exactly', () => {
    const full = of([1.1, 2.2, 3.3]);
    const empty = new RunningStats();
    for (const merged of [full.merge(empty), empty.merge(full)]) {
      expect([merged.n, merged.mean, merged.variance]).toEqual([full.n, full.mean, full.variance]);
    }
    expect(empty.merge(new RunningStats()).n).toBe(0);
  });

  it('push(x) rejects NaN, saying where in the stream', () => {
    const stats = of([1, 2]);
    expect(() => stats.push(Number.NaN)).toThrowErrorMatchingInlineSnapshot(
      `[PpsimError: RunningStats.push(x): expected a finite number (value #2 of the stream), received NaN. Fix: skip or impute missing values before pushing; a NaN usually comes from a division by zero upstream]`,
    );
    expect(stats.n).toBe(2);
    expect(() => stats.merge({} as RunningStats)).toThrow(PpsimError);
  });
});
