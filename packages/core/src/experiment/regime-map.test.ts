import { describe, expect, it } from 'vitest';
import { createRng } from '../engine/rng/index.ts';
import { parameterLeaves } from '../model/index.ts';
import { MAP_DEFAULT_RANGES, mapPoint, regimeMap, type RegimeOutcome, type TreeSplit } from './index.ts';

const outcome = (cost: number[], needMet: number[]): RegimeOutcome => ({ cost, needMet });

describe('mapPoint(outcomes, needTolerance)', () => {
  it('the cheaper regime wins when both meet need alike; decided when the paired interval excludes 0', () => {
    const p = mapPoint([outcome([900, 950, 920], [0.8, 0.81, 0.8]), outcome([800, 860, 815], [0.79, 0.8, 0.8])]);
    expect(p.winner).toBe(1);
    expect(p.decided).toBe(true);
    expect(p.costVsBaseline[0]?.mean).toBeCloseTo(-98.33, 2);
    expect(p.costMean).toEqual([923.3333333333334, 825]);
  });

  it('a cheaper regime that meets clearly less need loses; the tolerance decides what is "clearly"', () => {
    const outcomes = [outcome([900, 900], [0.8, 0.8]), outcome([700, 710], [0.75, 0.75])];
    expect(mapPoint(outcomes).winner).toBe(0);
    expect(mapPoint(outcomes, 0.06).winner).toBe(1);
  });

  it('is not decided when the paired differences straddle 0, nor with one replication; equal costs go to the first regime', () => {
    expect(mapPoint([outcome([900, 800, 850], [0.8, 0.8, 0.8]), outcome([850, 850, 845], [0.8, 0.8, 0.8])]).decided).toBe(false);
    expect(mapPoint([outcome([900], [0.8]), outcome([800], [0.8])])).toMatchObject({ winner: 1, decided: false });
    expect(mapPoint([outcome([800, 800], [0.8, 0.8]), outcome([800, 800], [0.8, 0.8]), outcome([800, 800], [0.8, 0.8])]).winner).toBe(0);
  });

  it('rejects fewer than two regimes and unequal replications', () => {
    expect(() => mapPoint([outcome([1], [1])])).toThrow(/mapPoint\(outcomes\): expected at least two regimes/);
    expect(() => mapPoint([outcome([1, 2], [1, 1]), outcome([1], [1])])).toThrow(/mapPoint\(outcomes\)\[1\]: expected 2 replications/);
  });
});

describe('regimeMap(points, outcomes)', () => {
  it('recovers the parameter and threshold that decide a planted winner, with shares, separation and the need-met floor', () => {
    const stream = createRng(9).stream('map-test');
    const points = Array.from({ length: 80 }, () => [stream.random(), stream.random()]);
    // Regime 1 is cheaper where the second parameter is below 0.4, dearer above.
    const outcomes = points.map(([, b]) => [outcome([1000, 1010, 990], [0.8, 0.8, 0.8]), outcome((b as number) < 0.4 ? [900, 905, 895] : [1100, 1105, 1095], [0.81, 0.79, 0.76])]);
    const map = regimeMap(points, outcomes);
    const root = map.tree.root as TreeSplit;
    expect(root.feature).toBe(1);
    expect(Math.abs(root.threshold - 0.4)).toBeLessThan(0.05);
    const below = points.filter(([, b]) => (b as number) < 0.4).length / points.length;
    expect(map.wins[1]?.share).toBeCloseTo(below, 10);
    expect(map.wins[0]?.share).toBeCloseTo(1 - below, 10);
    expect(map.wins[1]?.decidedShare).toBeCloseTo(below, 10);
    expect(map.separation[1]?.[1]).toBeLessThan(-1);
    expect(Math.abs(map.separation[0]?.[1] as number)).toBeLessThan(0.5);
    expect(map.needMetFloor.run).toMatchObject({ value: 0.76, point: 0, regime: 1, rep: 2 });
    expect(map.needMetFloor.pointMean.value).toBeCloseTo(0.7867, 4);
  });

  it('gives null separation for a regime that wins everywhere or nowhere', () => {
    const map = regimeMap(
      [[0], [1]],
      [
        [outcome([1, 1], [1, 1]), outcome([2, 2], [1, 1])],
        [outcome([1, 1], [1, 1]), outcome([2, 2], [1, 1])],
      ],
    );
    expect(map.separation).toEqual([[null, null]]);
    expect(map.tree.root.kind).toBe('leaf');
  });
});

describe('MAP_DEFAULT_RANGES', () => {
  it('names numeric parameters of the model, within their schema ranges, each with a reason', () => {
    const leaves = new Map(parameterLeaves().map((l) => [l.path, l]));
    for (const r of MAP_DEFAULT_RANGES) {
      const leaf = leaves.get(r.path);
      expect(leaf?.kind, r.path).toMatch(/^(number|integer)$/);
      expect(r.lo).toBeGreaterThanOrEqual(leaf?.min ?? -Infinity);
      expect(r.hi).toBeLessThanOrEqual(leaf?.max ?? Infinity);
      expect(r.lo).toBeLessThan(r.hi);
      expect(r.why.length).toBeGreaterThan(40);
    }
  });
});
