import { describe, expect, it } from 'vitest';
import { createRng } from '../engine/rng/index.ts';
import { fitEmulator, validationShare } from './emulator.ts';
import { fitWave, maxImplausibility, nonImplausibleSpace, spaceFilling, type MatchTarget, type WaveRuns } from './history-matching.ts';
import { nelderMead } from './optimise.ts';
import { matchTargets, observationSd, parseTargets, targetValue } from './targets.ts';

describe('nelderMead', () => {
  it('finds the minimum of a shifted quadratic bowl', () => {
    const r = nelderMead((x) => (x[0]! - 1) ** 2 + 3 * (x[1]! + 2) ** 2, [0, 0], { tolerance: 1e-12, maxIterations: 2000 });
    expect(r.x[0]).toBeCloseTo(1, 4);
    expect(r.x[1]).toBeCloseTo(-2, 4);
  });
});

describe('fitEmulator', () => {
  const s = createRng(5).stream('emulator-test');
  const f = (x: readonly number[]) => Math.sin(3 * x[0]!) + 2 * x[1]! ** 2;
  const x = Array.from({ length: 30 }, () => [s.random(), s.random(), s.random()]);
  const y = x.map((p) => f(p) + 0.02 * s.normal());
  const em = fitEmulator({ x, y, noise: y.map(() => 0.0004) });

  it('predicts a smooth function away from its points, with variances that cover the errors', () => {
    let z2 = 0;
    let worst = 0;
    for (let i = 0; i < 200; i++) {
      const p = [s.random(), s.random(), s.random()];
      const pr = em.predict(p);
      worst = Math.max(worst, Math.abs(pr.mean - f(p)));
      z2 += (pr.mean - f(p)) ** 2 / (pr.variance + 0.0004);
    }
    expect(worst).toBeLessThan(0.3);
    expect(z2 / 200).toBeLessThan(3);
    expect(validationShare(em)).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the input that does nothing: its length scale is the longest', () => {
    expect(em.lengthScales[2]).toBeGreaterThan(Math.max(em.lengthScales[0]!, em.lengthScales[1]!));
  });

  it('is deterministic, and refuses too few points', () => {
    expect(JSON.stringify(fitEmulator({ x, y }).predict([0.3, 0.3, 0.3]))).toBe(JSON.stringify(fitEmulator({ x, y }).predict([0.3, 0.3, 0.3])));
    expect(() => fitEmulator({ x: [[0], [1]], y: [0, 1] })).toThrow(/at least 3 points/);
  });
});

describe('history matching on a known function', () => {
  // The "model": output = 10·a + noise, with b irrelevant; observed 4 ± 0.2 → a near 0.4 only.
  const targets: MatchTarget[] = [{ name: 'out', observed: 4, observationVariance: 0.04, discrepancyVariance: 0 }];
  const s = createRng(11).stream('hm-test');
  const run = (points: readonly (readonly number[])[]): WaveRuns => ({ points, values: points.map((p) => [[10 * p[0]! + 0.1 * s.normal(), 10 * p[0]! + 0.1 * s.normal()]]) });
  const wave1 = run(Array.from({ length: 20 }, () => [s.random(), s.random()]));
  const fit = fitWave(wave1, targets);

  it('rules out what cannot match and keeps the truth', () => {
    expect(fit.used).toEqual([true]);
    expect(maxImplausibility([fit], targets, [0.4, 0.9])).toBeLessThan(3);
    expect(maxImplausibility([fit], targets, [0.9, 0.4])).toBeGreaterThan(3);
    const space = nonImplausibleSpace([fit], targets, 2, s, { wanted: 200, maxTried: 5000 });
    expect(space.share).toBeGreaterThan(0.05);
    expect(space.share).toBeLessThan(0.3);
    for (const p of space.points) expect(Math.abs(p[0]! - 0.4)).toBeLessThan(0.12);
    const design = spaceFilling(space.points, 10, s);
    expect(design).toHaveLength(10);
    // b is irrelevant, so the kept points spread along it.
    expect(Math.max(...design.map((p) => p[1]!)) - Math.min(...design.map((p) => p[1]!))).toBeGreaterThan(0.6);
  });

  it('says when nothing matches, with the closest point', () => {
    const impossible: MatchTarget[] = [{ name: 'out', observed: 40, observationVariance: 0.04, discrepancyVariance: 0 }];
    const space = nonImplausibleSpace([fitWave(wave1, impossible)], impossible, 2, s, { wanted: 50, maxTried: 2000 });
    expect(space.points).toHaveLength(0);
    expect(space.closest.point[0]).toBeGreaterThan(0.8);
  });
});

describe('targets files', () => {
  const file = {
    format: 'ppsim-targets/v1',
    title: 'test',
    discrepancy: 0.1,
    targets: [
      { metric: 'directTimeShare', year: 2018, observed: 0.42, sd: 0.03, source: 'Kristiansand 2018', grade: 'M' },
      { metric: 'needMet', year: 2010, observed: 0.8, interval: [0.7, 0.9], source: 'x', grade: 'A' },
    ],
  };

  it('parses, reads an interval as ±1.96 sd, and gives match variances with the discrepancy share', () => {
    const t = parseTargets(file);
    expect(observationSd(t.targets[1]!)).toBeCloseTo(0.1 / 1.96, 4);
    expect(matchTargets(t)[0]).toEqual({ name: 'directTimeShare@2018', observed: 0.42, observationVariance: 0.03 ** 2, discrepancyVariance: (0.1 * 0.42) ** 2 });
    expect(targetValue({ seed: 1, years: [2017, 2018], values: { directTimeShare: [0.5, 0.6] } }, t.targets[0]!)).toBe(0.6);
  });

  it('names the path of an unknown metric, a missing error and a bad interval', () => {
    const bad = (edit: (f: Record<string, unknown>) => void) => {
      const copy = JSON.parse(JSON.stringify(file)) as Record<string, unknown>;
      edit(copy);
      return () => parseTargets(copy, 'targets.yaml');
    };
    expect(bad((f) => ((f.targets as Record<string, unknown>[])[0]!.metric = 'needmet'))).toThrow(/targets\.yaml: targets\.0\.metric: expected a result metric, received "needmet"/);
    expect(bad((f) => delete (f.targets as Record<string, unknown>[])[0]!.sd)).toThrow(/give the observation error as sd or as interval/);
    expect(bad((f) => ((f.targets as Record<string, unknown>[])[1]!.interval = [0.9, 0.7]))).toThrow(/interval \[lo, hi\] needs lo < hi/);
  });
});
