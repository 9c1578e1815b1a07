import { describe, expect, it } from 'vitest';
import type { PpsimError } from '../errors.ts';
import { GRID_MAX_POINTS, gridDesign, gridLevels } from './index.ts';

describe('gridLevels(range)', () => {
  it('spaces `steps` levels from lo to hi inclusive, 5 by default', () => {
    expect(gridLevels({ path: 'a', lo: 0, hi: 1, steps: 3 })).toEqual([0, 0.5, 1]);
    expect(gridLevels({ path: 'a', lo: 0, hi: 1 })).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(gridLevels({ path: 'a', lo: 0.1, hi: 0.7, steps: 7 }).at(-1)).toBe(0.7);
    expect(gridLevels({ path: 'a', lo: 2, hi: 9, steps: 1 })).toEqual([2]);
  });

  it('rounds integer levels and drops repeats', () => {
    expect(gridLevels({ path: 'staff', lo: 1, hi: 3, steps: 5, integer: true })).toEqual([1, 2, 3]);
    expect(gridLevels({ path: 'staff', lo: 0, hi: 10, steps: 3, integer: true })).toEqual([0, 5, 10]);
  });
});

describe('gridDesign(ranges)', () => {
  it('lists every combination, first parameter slowest', () => {
    expect(
      gridDesign([
        { path: 'a', lo: 0, hi: 1, steps: 2 },
        { path: 'b', lo: 10, hi: 30, steps: 3 },
      ]),
    ).toEqual([
      [0, 10],
      [0, 20],
      [0, 30],
      [1, 10],
      [1, 20],
      [1, 30],
    ]);
  });

  it('has the product of the level counts as its size', () => {
    const design = gridDesign([
      { path: 'a', lo: 0, hi: 1 },
      { path: 'b', lo: 0, hi: 1, steps: 4 },
      { path: 'c', lo: 0, hi: 2, steps: 3, integer: true },
    ]);
    expect(design).toHaveLength(5 * 4 * 3);
    expect(new Set(design.map((p) => p.join(','))).size).toBe(60);
  });

  it('refuses grids above GRID_MAX_POINTS with limit_exceeded', () => {
    const ranges = Array.from({ length: 9 }, (_, i) => ({ path: `p${i}`, lo: 0, hi: 1, steps: 5 }));
    expect(5 ** 9).toBeGreaterThan(GRID_MAX_POINTS);
    let caught: unknown;
    try {
      gridDesign(ranges);
    } catch (error) {
      caught = error;
    }
    expect((caught as PpsimError).code).toBe('limit_exceeded');
  });

  it('names the bad entry of an invalid range', () => {
    expect(() => gridDesign([])).toThrow(/gridDesign\(ranges\): expected a non-empty array/);
    expect(() =>
      gridDesign([
        { path: 'a', lo: 0, hi: 1 },
        { path: 'b', lo: 1, hi: 0 },
      ]),
    ).toThrow(/gridDesign\(ranges\[1\]\.hi\)/);
    expect(() =>
      gridDesign([
        { path: 'a', lo: 0, hi: 1 },
        { path: 'a', lo: 0, hi: 2 },
      ]),
    ).toThrow(/ranges\[1\]\.path/);
    expect(() => gridDesign([{ path: 'a', lo: 0, hi: 1, steps: 0 }])).toThrow(/steps/);
    expect(() => gridDesign([{ path: 'a', lo: 0.5, hi: 3, integer: true }])).toThrow(/whole bounds/);
    let caught: unknown;
    try {
      gridDesign([{ path: 'referral.rate', lo: 0.2, hi: Number.NaN }]);
    } catch (error) {
      caught = error;
    }
    expect((caught as PpsimError).message).toMatchInlineSnapshot(
      `"gridDesign(ranges[0].hi): expected a finite number ≥ lo (0.2), received NaN. Fix: give the upper bound in parameter units, not less than lo"`,
    );
  });
});
