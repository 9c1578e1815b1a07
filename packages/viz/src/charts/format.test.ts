import { describe, expect, it } from 'vitest';
import { axisFormat, formatEstimate, formatNumber, formatValue, formatYear, isShare } from './format.ts';

const NBSP = '\u00a0';

describe('chart number formats', () => {
  it("axisFormat(ticks, 'pp', locale): percentage points, short as the final-year table writes them", () => {
    expect(axisFormat([-0.02, 0, 0.02], 'pp', 'en')(-0.02)).toBe('−2\u00a0pp');
    expect(axisFormat([-0.02, 0, 0.02], 'pp', 'nb')(0.02)).toBe('2\u00a0p.p.');
  });

  it("axisFormat(ticks, 'NOK/year', 'en'): grouped below a million, scaled (M, bn) above", () => {
    expect([0, 20000, 40000].map(axisFormat([0, 20000, 40000], 'NOK/year', 'en'))).toEqual(['0', '20,000', '40,000']);
    expect([0, 5e5, 1e6, 1.5e6].map(axisFormat([0, 5e5, 1e6, 1.5e6], 'NOK', 'en'))).toEqual(['0', '0.5M', '1.0M', '1.5M']);
    expect(axisFormat([1.4e9, 1.6e9], 'NOK', 'en')(1.6e9)).toBe('1.6bn');
    expect(axisFormat([-2e7, 0, 2e7], 'NOK', 'en')(-2e7)).toBe('−20M');
  });

  it("axisFormat(ticks, unit, 'nb'): space-grouped thousands, comma decimals, mill./mrd.", () => {
    expect(axisFormat([0, 20000, 40000], 'kr', 'nb')(40000)).toBe(`40${NBSP}000`);
    expect(axisFormat([0, 5e5, 1e6, 1.5e6], 'kr', 'nb')(1.5e6)).toBe(`1,5${NBSP}mill.`);
    expect(axisFormat([1e9, 2e9], 'kr', 'nb')(2e9)).toBe(`2${NBSP}mrd.`);
  });

  it("axisFormat(ticks, 'share', locale): percentages with the precision the step needs", () => {
    expect(axisFormat([0.6, 0.62, 0.64], 'share', 'en')(0.62)).toBe('62%');
    expect(axisFormat([0.6, 0.62, 0.64], 'share', 'nb')(0.62)).toBe(`62${NBSP}%`);
    expect(axisFormat([0.6, 0.605], 'share', 'en')(0.605)).toBe('60.5%');
  });

  it('formatValue(value, unit, locale): three significant digits with the unit, shares in %, NaN as no data', () => {
    expect(formatValue(1234567, 'NOK/year', 'en')).toBe('1.23M NOK/year');
    expect(formatValue(2e9, 'NOK/year', 'en')).toBe('2.00bn NOK/year');
    expect(formatValue(23456, 'NOK', 'en')).toBe('23,456 NOK');
    expect(formatValue(23456, 'kr', 'nb')).toBe(`23${NBSP}456 kr`);
    expect(formatValue(0.125, 'share', 'nb')).toBe(`12,5${NBSP}%`);
    expect(formatValue(0.0734, '', 'en')).toBe('0.0734');
    expect(formatValue(NaN, 'NOK', 'en')).toBe('no data');
    expect(formatValue(NaN, 'NOK', 'nb')).toBe('ingen data');
  });

  it('formatEstimate(value, lo, hi, unit, locale): the value with its unit, then the interval', () => {
    expect(formatEstimate(2.04e9, 2.01e9, 2.07e9, 'NOK/year', 'en')).toBe('2.04bn NOK/year [2.01bn – 2.07bn]');
    expect(formatEstimate(0.7, 0.65, 0.75, 'share', 'nb')).toBe(`70,0${NBSP}% [65,0${NBSP}% – 75,0${NBSP}%]`);
    expect(formatEstimate(3, 3, 3, 'weeks', 'en')).toBe('3 weeks');
    expect(formatEstimate(3, undefined, 4, 'weeks', 'en')).toBe('3 weeks');
  });

  it('formatYear(x) and formatNumber(x): years without grouping, other numbers in the locale', () => {
    expect(formatYear(2009, 'en')).toBe('2009');
    expect(formatYear(2009.5, 'nb')).toBe('2009,5');
    expect(formatNumber(5, 'en')).toBe('5');
    expect(formatNumber(0.15, 'nb')).toBe('0,15');
    expect(formatNumber(125000, 'en')).toBe('125,000');
  });

  it('isShare(unit): share, fraction and % are fractions of one', () => {
    expect(['share', 'fraction', '%', 'NOK'].map(isShare)).toEqual([true, true, true, false]);
  });
});
