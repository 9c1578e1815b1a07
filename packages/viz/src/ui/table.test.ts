import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n.ts';
import { differenceText } from './table.ts';

afterEach(() => setLang('en'));

describe('differenceText(d, metric)', () => {
  it('differenceText(d, "needMet"): a difference of shares reads in percentage points, its interval too', () => {
    expect(differenceText({ mean: -0.012, lo: -0.0205, hi: -0.004 }, 'needMet')).toBe('-1.2 pp [-2.05, -0.4]');
    setLang('nb');
    expect(differenceText({ mean: -0.012, lo: -0.0205, hi: -0.004 }, 'needMet')).toBe('−1,2 p.p. [−2,05, −0,4]');
  });

  it('differenceText(d, "cost.total"): other differences keep their own unit and numbers', () => {
    expect(differenceText({ mean: -1234567, lo: -2e6, hi: -5e5 }, 'cost.total')).toBe('-1,234,567 [-2,000,000, -500,000]');
  });

  it('differenceText(undefined, metric): no difference is a dash', () => {
    expect(differenceText(undefined, 'needMet')).toBe('–');
  });
});
