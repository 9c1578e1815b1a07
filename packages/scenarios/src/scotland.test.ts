/**
 * The Scotland case against what was measured (Propper et al. 2008, 2010; Connolly, Bevan & Mays
 * 2010): England, keeping the split and adding waiting-time targets with sanctions, had shorter waits
 * with less money and staff per head. Run at population.scale 0.5 (a tenth of the case) up to 2003, the
 * last year before Scotland's abolition, to stay fast.
 */
import { describe, expect, it } from 'vitest';
import { compareRuns, parseParams, runReplications } from '@ppsim/core';
import { loadScenario } from './index.ts';

const SEEDS = [1, 2, 3];

function runCase(variant?: string) {
  const s = loadScenario('scotland', variant === undefined ? {} : { variant });
  const params = parseParams(s.params, [
    { path: 'population.scale', value: 0.5 },
    { path: 'horizon.years', value: 14 },
  ]);
  return runReplications({ params, timeline: s.timeline, seeds: SEEDS });
}

describe('scotland vs scotland:england-targets', () => {
  it('the England variant starts with less money and staff, sets a start-wait target from 2000 and the full sanction from the star ratings of 2001', () => {
    const scotland = loadScenario('scotland');
    const { params, timeline } = loadScenario('scotland', { variant: 'england-targets' });
    expect(params.budget.framePerYear).toBeLessThan(0.9 * scotland.params.budget.framePerYear);
    expect(params.staff.initialStaff).toBeLessThan(0.9 * scotland.params.staff.initialStaff);
    const at = (path: string) => timeline.flatMap((e) => e.set.filter((c) => c.path === path).map((c) => [e.date, c.value]));
    expect(at('targets.startWeeks')).toEqual([['2000-04-03', 2]]);
    expect(at('targets.sanction')).toEqual([
      ['2000-04-03', 0.3],
      ['2001-09-03', 1],
    ]);
    expect(at('governance.controlIntensity').some(([date]) => (date as string) >= '2000')).toBe(false);
  });

  it("England, with 12 % less money and staff at the start, waits at least a week less for a start in 2003 (before Scotland's abolition)", () => {
    const d = compareRuns(runCase(), runCase('england-targets'));
    expect(d['wait.startWeeks']?.ci95[1]).toBeLessThan(-1);
  }, 60_000);
});
