/**
 * Learning loops, each direction alone: off by default (outputs unchanged), practice improving over
 * the years once groups meet, faster with motivated staff, spreading between units, and the time
 * the groups take. Small runs on the same seeds.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, step, type RunResult } from '../engine/index.ts';
import { parseParams, purchaserProviderModel, runMetrics, runReplications, type ModelParamsInput } from './index.ts';

const SEEDS = [1, 2, 3, 4];
const SMALL = { population: { scale: 0.1 }, horizon: { years: 6 } } as const;
// The reference's units are alike: a low divergence lets groups form at this size.
const ON = { timeShare: 0.02, divergence: 0.01 } as const;

function runs(input: ModelParamsInput): RunResult[] {
  return runReplications({ params: parseParams({ ...SMALL, ...input }), seeds: SEEDS });
}

/** Per-year means over runs of one metric. */
function byYear(r: readonly RunResult[], metric: string): number[] {
  const per = runMetrics(r).map((x) => x.values[metric] ?? []);
  return (per[0] ?? []).map((_, y) => per.reduce((a, v) => a + (v[y] as number), 0) / per.length);
}

describe('learning loops', () => {
  it('are off by default: timeShare 0 gives the same outputs as before, byte for byte, whatever the other settings', () => {
    const plain = runs({});
    const idle = runs({ learning: { ratePerYear: 5, spreadPerYear: 5, maxGain: 0.9, includeFirms: true } });
    expect(JSON.stringify(runMetrics(idle))).toBe(JSON.stringify(runMetrics(plain)));
    expect(byYear(plain, 'learning.practice').every((v) => v === 0)).toBe(true);
  });

  it('practice improves over the years once groups meet, and direct time with it', () => {
    const off = runs({});
    const on = runs({ learning: ON });
    const practice = byYear(on, 'learning.practice');
    expect(practice[0]).toBeGreaterThan(0);
    expect(practice[5]).toBeGreaterThan(1.5 * (practice[0] as number));
    const gain = byYear(on, 'directTimeShare').map((v, y) => v - (byYear(off, 'directTimeShare')[y] as number));
    expect(gain[5]).toBeGreaterThan(0.01);
    expect(gain[5]).toBeGreaterThan(gain[0] as number);
  });

  it('faster with motivated staff', () => {
    const knaves = byYear(runs({ staff: { motivation: { mean: 0.3 } }, learning: ON }), 'learning.practice');
    const knights = byYear(runs({ staff: { motivation: { mean: 0.9 } }, learning: ON }), 'learning.practice');
    expect(knights[2]).toBeGreaterThan(1.3 * (knaves[2] as number));
  });

  it('what the best unit knows spreads: without exchange the units stay further apart', () => {
    const spread = (rate: number) => {
      const sim = createSimulation(purchaserProviderModel, {
        params: { params: parseParams({ ...SMALL, learning: { ...ON, spreadPerYear: rate } }) },
        seed: 1,
        clock: { start: '2005-01-03', unit: 'week' },
      });
      for (let i = 0; i < 3 * 52; i++) step(sim);
      const p = sim.state.providers;
      const learned = Array.from(p.learned.slice(0, p.count));
      return Math.max(...learned) - Math.min(...learned);
    };
    expect(spread(5)).toBeLessThan(spread(0));
  });

  it('a group takes its time from care while it meets: a costly group with nothing to learn lowers direct time', () => {
    const off = runs({});
    const costly = runs({ learning: { timeShare: 0.1, maxGain: 0 } });
    const groups = byYear(costly, 'learning.groups');
    expect(Math.max(...groups)).toBeGreaterThan(0);
    expect(byYear(costly, 'directTimeShare')[2]).toBeLessThan(byYear(off, 'directTimeShare')[2] as number);
  });
});
