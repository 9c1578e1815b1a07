import { describe, expect, it } from 'vitest';
import { OUTPUTS, RANGES, sweep } from './sweep.ts';

describe('examples/sweep', () => {
  const r = sweep(2, 2, 0.05);

  it('sweep(reps, years, scale) gives one tidy row per grid point and replication', () => {
    expect(r.columns).toEqual(['point', 'rep', 'seed', ...RANGES.map((x) => x.path), ...OUTPUTS]);
    expect(r.rows).toHaveLength(3 * 2 * 2);
    expect(r.rows.map((row) => row.values['governance.controlIntensity'])).toEqual([0, 0, 0, 0, 0.5, 0.5, 0.5, 0.5, 1, 1, 1, 1]);
    expect(new Set(r.rows.map((row) => row.seed)).size).toBe(2);
  });

  it('more control leaves less time with users, on every seed and crowding level (common random numbers)', () => {
    const at = (control: number, crowding: number, rep: number) =>
      r.rows.find((row) => row.rep === rep && row.values['governance.controlIntensity'] === control && row.values['staff.motivation.crowding'] === crowding)!.values['directTimeShare']!;
    for (const crowding of [0, 1]) for (const rep of [0, 1]) expect(at(1, crowding, rep)).toBeLessThan(at(0, crowding, rep));
  });
});
