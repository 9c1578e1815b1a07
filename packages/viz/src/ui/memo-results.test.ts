import { describe, expect, it } from 'vitest';
import type { SensitivityResult, SweepResult } from '../data/results.ts';
import { flagValues, resultCaption } from './memo-results.ts';

const provenance = {
  command: ['sweep', 'reference', '--param', 'a.b=0:1:3', '--set', 'population.scale=0.05', '--set', 'governance.autonomy=0.8', '--reps', '2'],
  seed: 7,
  reps: 2,
  scenario: { id: 'reference', variant: null, params: { horizon: { start: '2005-01-03', years: 2 }, population: { scale: 0.05 } } },
};

describe('resultCaption(title, result)', () => {
  it('resultCaption(title, sweep): the scenario, the grid read from the rows, and the run from the provenance', () => {
    const row = (point: number, a: number) => Float64Array.from([point, 0, 1, 2006, a, 10]);
    const sweep: SweepResult = {
      kind: 'sweep',
      params: ['a.b'],
      metrics: ['cost.total'],
      columns: ['point', 'rep', 'seed', 'year', 'a.b', 'cost.total'],
      rows: [row(0, 0), row(1, 0.5), row(2, 1), row(2, 1)],
      years: [2006],
      provenance,
      files: [],
    };
    expect(resultCaption('Total cost, 2006', sweep)).toEqual({
      title: 'Total cost, 2006',
      lines: [
        'Scenario: reference',
        'Grid: a.b 0–1 (3 values); 3 points, each on every seed',
        'Run: 2 replications · population scale 0.05 · master seed 7 · years 2005–2006 · ppsim',
        'Changed parameters: governance.autonomy = 0.8',
      ],
    });
  });

  it('resultCaption(title, sensitivity): the design and the ranges of the command; no provenance, the title alone', () => {
    const rows = [{ metric: 'cost.total', method: 'morris' as const, parameter: 'a.b' }];
    const sens: SensitivityResult = { kind: 'sensitivity', rows, provenance: { ...provenance, design: 'morris(r=2)' }, files: [] };
    expect(resultCaption('Morris', sens).lines[1]).toBe('Design: morris(r=2) over a.b 0–1');
    expect(resultCaption('Morris', { ...sens, provenance: undefined })).toEqual({ title: 'Morris', lines: [] });
  });

  it('flagValues(command, flag): every value of a repeated flag, spaced or with =', () => {
    expect(flagValues(['x', '--set', 'a=1', '--set=b=2', '--reps', '3'], '--set')).toEqual(['a=1', 'b=2']);
  });
});
