import { describe, expect, it } from 'vitest';
import { METRICS, parseParams, replicationSeeds, runReplications, summarise, yearlyRun, type YearlyRun } from '@ppsim/core';
import { ensembleBand, pairedBand } from './digest.ts';
import { runOne, type EnsembleSpec, type RunnerEvent } from './runner.ts';

const params = parseParams({ horizon: { years: 3 }, population: { scale: 0.05 } });
const spec: EnsembleSpec = { params, timeline: [], seed: 7, reps: 3 };

async function runAll(s: EnsembleSpec): Promise<{ runs: YearlyRun[]; partials: number }> {
  const runs: YearlyRun[] = [];
  let partials = 0;
  for (let i = 0; i < s.reps; i++) {
    await runOne(s, i, (e: RunnerEvent) => { if (e.kind === 'run') runs.push(e.digest); else partials++; }, async () => {}, () => false);
  }
  return { runs, partials };
}

describe('the viewer runs the model as the CLI does', () => {
  it('gives, year by year, the same digests as runReplications with the same seeds', async () => {
    const { runs, partials } = await runAll(spec);
    const reference = runReplications({ params, seeds: replicationSeeds(7, 3) }).map((r) => yearlyRun(r.table, r.seed as number));
    expect(runs).toEqual(reference);
    // Each 3-year run (157 weekly steps) reports after 52, 104 and 156 steps while it goes.
    expect(partials).toBe(3 * 3);
  });

  it('reports the final full year as summarise does', async () => {
    const { runs } = await runAll(spec);
    const summary = summarise(runReplications({ params, seeds: replicationSeeds(7, 3) }));
    for (const m of METRICS) {
      const band = ensembleBand(runs, m.name);
      const last = band[band.length - 1];
      expect(last?.x).toBe(summary.finalYear);
      expect(last?.mean).toBeCloseTo(summary.metrics[m.name]?.mean ?? Number.NaN, 9);
      if (Number.isFinite(summary.metrics[m.name]?.ci95[0])) expect(last?.lo).toBeCloseTo(summary.metrics[m.name]?.ci95[0] ?? Number.NaN, 6);
    }
  });

  it('stops between years when told to', async () => {
    const events: string[] = [];
    let calls = 0;
    const finished = await runOne(spec, 0, (e) => events.push(e.kind), async () => { calls++; }, () => calls >= 1);
    expect(finished).toBe(false);
    expect(events).toEqual(['partial']);
  });

  it('pairs differences by seed, and a scenario against itself differs by exactly zero', async () => {
    const { runs } = await runAll(spec);
    const band = pairedBand(runs, [...runs].reverse(), 'cost.total');
    expect(band.length).toBeGreaterThan(0);
    for (const p of band) { expect(p.mean).toBe(0); expect(p.lo).toBe(0); expect(p.hi).toBe(0); }
  });

  it('leaves out the few days of a last, partial calendar year', async () => {
    const { runs } = await runAll(spec);
    expect(runs[0]?.years).toEqual([2005, 2006, 2007]);
    expect(Object.keys(runs[0]?.values ?? {})).toContain('ledger.documentation');
  });
});
