import { describe, expect, it } from 'vitest';
import { createRng } from '../engine/rng/index.ts';
import { latinHypercube, latinHypercubeUnit, scaleDesign, scaleValue } from './index.ts';

describe('latinHypercubeUnit(k, n, stream)', () => {
  it('puts exactly one point in each of the n strata of every dimension', () => {
    const points = latinHypercubeUnit(5, 97, createRng(11).stream('design'));
    expect(points).toHaveLength(97);
    for (let j = 0; j < 5; j++) {
      const strata = points.map((p) => Math.floor((p[j] as number) * 97)).sort((x, y) => x - y);
      expect(strata).toEqual(Array.from({ length: 97 }, (_, i) => i));
    }
  });

  it('is reproducible from the seed and differs across seeds', () => {
    const a = latinHypercubeUnit(3, 20, createRng(1).stream('design'));
    expect(latinHypercubeUnit(3, 20, createRng(1).stream('design'))).toEqual(a);
    expect(latinHypercubeUnit(3, 20, createRng(2).stream('design'))).not.toEqual(a);
  });

  it('rejects n < 1', () => {
    expect(() => latinHypercubeUnit(2, 0, createRng(1).stream('design'))).toThrow(/latinHypercube\(n\)/);
  });
});

describe('latinHypercube(ranges, n, stream)', () => {
  it('scales to the ranges; an integer parameter takes each value equally often when n is a multiple', () => {
    const design = latinHypercube(
      [
        { path: 'rate', lo: 0.01, hi: 0.2 },
        { path: 'staff', lo: 1, hi: 4, integer: true },
      ],
      40,
      createRng(3).stream('design'),
    );
    for (const [rate] of design) expect(rate).toBeGreaterThanOrEqual(0.01);
    const counts = [1, 2, 3, 4].map((v) => design.filter((p) => p[1] === v).length);
    expect(counts).toEqual([10, 10, 10, 10]);
  });
});

describe('scaleValue(u, range) and scaleDesign(unit, ranges)', () => {
  it('maps [0, 1] linearly, and to whole values with an equal share each', () => {
    expect(scaleValue(0.5, { path: 'a', lo: 10, hi: 20 })).toBe(15);
    expect([0, 0.24, 0.25, 0.5, 0.99, 1].map((u) => scaleValue(u, { path: 'n', lo: 1, hi: 4, integer: true }))).toEqual([1, 1, 2, 3, 4, 4]);
    expect(
      scaleDesign(
        [
          [0, 1],
          [0.5, 0.5],
        ],
        [
          { path: 'a', lo: 0, hi: 10 },
          { path: 'b', lo: -1, hi: 1 },
        ],
      ),
    ).toEqual([
      [0, 1],
      [5, 0],
    ]);
    expect(() =>
      scaleDesign(
        [[0]],
        [
          { path: 'a', lo: 0, hi: 10 },
          { path: 'b', lo: -1, hi: 1 },
        ],
      ),
    ).toThrow(/scaleDesign\(unit\[0\]\)/);
  });
});
