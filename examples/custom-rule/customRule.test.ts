import { describe, expect, it } from 'vitest';
import { compareRules, shieldedPreventionShare } from './customRule.ts';

describe('examples/custom-rule', () => {
  it('shieldedPreventionShare(ctx) keeps more prevention than the default for motivated staff under per-unit pay', () => {
    const ctx = { motivation: 0.8, profitWeight: 0.8, paidPerUnit: true, autonomy: 0.6, baseShare: 0.15 };
    expect(shieldedPreventionShare(ctx)).toBeGreaterThan(0.15 * 0.8 * (1 - 0.8) * 0.8);
  });

  it('compareRules() runs both models with the same seeds and the shielded rule gives more prevention', () => {
    const r = compareRules(3, 0.05, 3);
    expect(r.shielded.mean).toBeGreaterThan(r.standard.mean);
  });
});
