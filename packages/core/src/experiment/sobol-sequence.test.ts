import { describe, expect, it } from 'vitest';
import { PpsimError } from '../errors.ts';
import { SOBOL_MAX_DIMENSION, sobolDesign, sobolSequence } from './index.ts';

const column = (points: number[][], d: number): number[] => points.map((p) => p[d] as number);

describe('sobolSequence(dim, n, { skip })', () => {
  it('starts with the known points of dimensions 1 and 2', () => {
    const points = sobolSequence(2, 8);
    expect(column(points, 0)).toEqual([0, 0.5, 0.75, 0.25, 0.375, 0.875, 0.625, 0.125]);
    expect(column(points, 1)).toEqual([0, 0.5, 0.25, 0.75, 0.375, 0.875, 0.125, 0.625]);
  });

  it('matches the Joe–Kuo sequence of SciPy (scipy.stats.qmc.Sobol, unscrambled) in 64 dimensions', () => {
    // Reference values: round(x · 2^32) from scipy 1.17 `Sobol(d=64, scramble=False).random(1024)`.
    const points = sobolSequence(64, 1024).map((p) => p.map((u) => u * 2 ** 32));
    expect(points[5]?.slice(0, 8)).toEqual([3758096384, 3758096384, 536870912, 1610612736, 3758096384, 2684354560, 3758096384, 1610612736]);
    expect(points[5]?.slice(56)).toEqual([1610612736, 3758096384, 1610612736, 1610612736, 2684354560, 3758096384, 1610612736, 2684354560]);
    expect(points[1000]?.slice(40)).toEqual([
      3921674240, 1094713344, 4123000832, 3015704576, 3611295744, 398458880, 3745513472, 3946840064, 4290772992, 2059403264, 1514143744, 2218786816, 3233808384, 1883242496, 541065216, 3829399552,
      1950351360, 339738624, 3795845120, 2453667840, 1916796928, 2587885568, 1111490560, 1916796928,
    ]);
    let sum = 0;
    for (const p of points) for (const x of p) sum += x;
    expect(sum).toBe(140600049401856);
  });

  it('puts the first 2^m points of every dimension one in each interval of width 2^-m', () => {
    const m = 10;
    const points = sobolSequence(SOBOL_MAX_DIMENSION, 2 ** m);
    for (let d = 0; d < SOBOL_MAX_DIMENSION; d++) {
      const cells = new Set(column(points, d).map((u) => Math.floor(u * 2 ** m)));
      expect(cells.size).toBe(2 ** m);
    }
  });

  it('makes dimensions 1 and 2 a (0, 8, 2)-net: every elementary box of area 2^-8 holds one point', () => {
    const points = sobolSequence(2, 256);
    for (let a = 0; a <= 8; a++) {
      const cells = new Set(points.map(([x, y]) => `${Math.floor((x as number) * 2 ** a)},${Math.floor((y as number) * 2 ** (8 - a))}`));
      expect(cells.size).toBe(256);
    }
  });

  it('gives the same points with skip as the tail of a longer run', () => {
    const long = sobolSequence(7, 300);
    expect(sobolSequence(7, 100, { skip: 200 })).toEqual(long.slice(200));
    expect(sobolSequence(7, 1, { skip: 255 })).toEqual(long.slice(255, 256));
  });

  it('rejects a dimension outside 1..64, n < 1 and a negative skip', () => {
    expect(() => sobolSequence(0, 4)).toThrow(PpsimError);
    expect(() => sobolSequence(SOBOL_MAX_DIMENSION + 1, 4)).toThrow(/sobolSequence\(dim\)/);
    expect(() => sobolSequence(2, 0)).toThrow(/sobolSequence\(n\)/);
    expect(() => sobolSequence(2, 4, { skip: -1 })).toThrow(/skip/);
  });
});

describe('sobolDesign(ranges, n)', () => {
  it('scales the sequence to the ranges, integer parameters to whole values', () => {
    const design = sobolDesign(
      [
        { path: 'rate', lo: 10, hi: 20 },
        { path: 'staff', lo: 1, hi: 4, integer: true },
      ],
      8,
    );
    expect(column(design, 0)).toEqual([10, 15, 17.5, 12.5, 13.75, 18.75, 16.25, 11.25]);
    expect(column(design, 1)).toEqual([1, 3, 2, 4, 2, 4, 1, 3]);
  });
});
