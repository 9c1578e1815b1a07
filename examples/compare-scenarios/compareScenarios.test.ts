import { describe, expect, it } from 'vitest';
import { compareScenarios, SHOWN } from './compareScenarios.ts';

describe('examples/compare-scenarios', () => {
  const r = compareScenarios(3, 2, 0.05);

  it('compareScenarios(reps, years, scale) gives both estimates and the paired difference for every shown metric', () => {
    expect(r.finalYear).toBe(2006);
    expect(r.rows.map((m) => m.metric)).toEqual([...SHOWN]);
    for (const m of r.rows) {
      expect(m.difference.mean, m.metric).toBeCloseTo(m.b.mean - m.a.mean, 6);
      expect(m.difference.ci95[0], m.metric).toBeLessThanOrEqual(m.difference.ci95[1]);
    }
  });

  it('the golden run: frame funding lowers transaction costs on these seeds, as when this example was written', () => {
    const tc = r.rows.find((m) => m.metric === 'cost.transaction')!;
    expect(tc.difference.ci95[1]).toBeLessThan(0);
    expect(Math.round(tc.difference.mean)).toMatchInlineSnapshot(`-755285`);
  });
});
