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

  it('the golden run: the paired differences on these seeds, as when the model was last changed', () => {
    // A regression pin, not a finding: at this size and horizon frame funding's transaction costs
    // are a little below those of ABF (invoicing and the units' own accounts go; complaints and the
    // office's waiting work grow), while need met falls (by its mean: with three replications its
    // interval reaches zero) and prevention rises clearly.
    const row = (metric: string) => r.rows.find((m) => m.metric === metric)!;
    expect(Math.round(row('cost.transaction').difference.mean)).toMatchInlineSnapshot(`-1334427`);
    expect(row('needMet').difference.mean).toBeLessThan(-0.02);
    expect(row('prevention.share').difference.ci95[0]).toBeGreaterThan(0);
  });
});
