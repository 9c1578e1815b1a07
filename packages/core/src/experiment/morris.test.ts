import { describe, expect, it } from 'vitest';
import { createRng } from '../engine/rng/index.ts';
import { morrisDesign, morrisIndices, type MorrisDesign, type ParamRange } from './index.ts';

const ranges: ParamRange[] = [
  { path: 'a', lo: 0, hi: 1 },
  { path: 'b', lo: -2, hi: 2 },
  { path: 'c', lo: 10, hi: 20 },
  { path: 'd', lo: 0, hi: 5 },
];
const bootstrap = (seed: number): { samples: number; stream: ReturnType<ReturnType<typeof createRng>['stream']> } => ({
  samples: 500,
  stream: createRng(seed).stream('bootstrap'),
});

describe('morrisDesign(ranges, r, { levels }, stream)', () => {
  it('builds r trajectories of k + 1 points, each step moving one parameter by ±Δ on the grid', () => {
    const design = morrisDesign(ranges, 10, { levels: 4 }, createRng(1).stream('morris'));
    const k = ranges.length;
    expect(design.points).toHaveLength(10 * (k + 1));
    expect(design.delta).toBeCloseTo(2 / 3, 15);
    for (let t = 0; t < 10; t++) {
      expect([...(design.moved[t] as number[])].sort()).toEqual([0, 1, 2, 3]);
      for (let s = 0; s < k; s++) {
        const before = design.unitPoints[t * (k + 1) + s] as number[];
        const after = design.unitPoints[t * (k + 1) + s + 1] as number[];
        const i = (design.moved[t] as number[])[s] as number;
        after.forEach((u, j) => {
          expect([0, 1 / 3, 2 / 3, 1]).toContain(u);
          if (j !== i) expect(u).toBe(before[j]);
        });
        expect((after[i] as number) - (before[i] as number)).toBeCloseTo(((design.direction[t] as number[])[s] as number) * design.delta, 12);
      }
    }
    // Points are in parameter units: column c spans [10, 20].
    for (const p of design.points) expect(p[2]).toBeGreaterThanOrEqual(10);
  });

  it('is reproducible from the stream and differs across seeds', () => {
    const make = (seed: number): MorrisDesign => morrisDesign(ranges, 5, {}, createRng(seed).stream('morris'));
    expect(make(3)).toEqual(make(3));
    expect(make(3).points).not.toEqual(make(4).points);
    expect(make(3).levels).toBe(4);
  });

  it('rejects odd levels and fewer than 2 trajectories', () => {
    const stream = createRng(1).stream('morris');
    expect(() => morrisDesign(ranges, 10, { levels: 5 }, stream)).toThrow(/even whole number/);
    expect(() => morrisDesign(ranges, 1, {}, stream)).toThrow(/morrisDesign\(r\)/);
  });
});

describe('morrisIndices(design, outputs, { bootstrap })', () => {
  it('gives μ = μ* = c_i·(hi − lo) and σ = 0 for a linear model', () => {
    const c = [3, -1, 0.5, 0];
    const design = morrisDesign(ranges, 20, { levels: 4 }, createRng(2).stream('morris'));
    const outputs = design.points.map((x) => x.reduce((s, xi, i) => s + (c[i] as number) * xi, 0));
    const rows = morrisIndices(design, outputs, { bootstrap: bootstrap(2) });
    rows.forEach((row, i) => {
      const effect = (c[i] as number) * ((ranges[i] as ParamRange).hi - (ranges[i] as ParamRange).lo);
      expect(row.parameter).toBe((ranges[i] as ParamRange).path);
      expect(row.mu).toBeCloseTo(effect, 10);
      expect(row.muStar).toBeCloseTo(Math.abs(effect), 10);
      expect(row.sigma).toBeCloseTo(0, 10);
      expect(row.muStarLo).toBeCloseTo(Math.abs(effect), 10);
      expect(row.muStarHi).toBeCloseTo(Math.abs(effect), 10);
    });
  });

  it('separates a non-monotonic effect (μ ≈ 0, μ* > 0, σ > 0) from a null one', () => {
    // y = (a − ½)² · 8 + b·d: a non-monotonic, b and d interacting, c without effect.
    const design = morrisDesign(ranges, 40, { levels: 4 }, createRng(3).stream('morris'));
    const outputs = design.points.map(([a, b, , d]) => 8 * ((a as number) - 0.5) ** 2 + (b as number) * (d as number));
    const [a, b, c, d] = morrisIndices(design, outputs, { bootstrap: bootstrap(3) });
    // Moving a by Δ = 2/3 between 0 ↔ 2/3 or 1/3 ↔ 1 changes (a − ½)² by ∓2/9: |EE| = 8·(2/9)/(2/3) = 8/3,
    // with sign + on the upper pair and − on the lower, so μ lies strictly inside (−8/3, 8/3).
    expect(a?.muStar).toBeCloseTo(8 / 3, 10);
    expect(Math.abs(a?.mu as number)).toBeLessThan(8 / 3);
    expect(a?.sigma).toBeGreaterThan(1);
    expect(c).toMatchObject({ mu: 0, muStar: 0, sigma: 0, muStarLo: 0, muStarHi: 0 });
    expect(b?.sigma).toBeGreaterThan(0);
    expect(d?.sigma).toBeGreaterThan(0);
    for (const row of [a, b, d]) {
      expect(row?.muStarLo).toBeLessThanOrEqual(row?.muStar as number);
      expect(row?.muStarHi).toBeGreaterThanOrEqual(row?.muStar as number);
    }
  });

  it('rejects outputs that do not match the design', () => {
    const design = morrisDesign(ranges, 4, {}, createRng(1).stream('morris'));
    expect(() => morrisIndices(design, [1, 2], { bootstrap: bootstrap(1) })).toThrow(/20 outputs/);
    expect(() =>
      morrisIndices(
        { ...design, trajectories: 3 },
        design.points.map(() => 0),
        { bootstrap: bootstrap(1) },
      ),
    ).toThrow(/morrisDesign/);
  });
});
