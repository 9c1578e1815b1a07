/**
 * The need-class metrics (SSB's classes little, medium to large, extensive; thresholds 4 and 20
 * hours a week of need, totals.ts): the class series add up to the totals, and the mean granted
 * hours per user-week is the share-weighted mean of the class means.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, run } from '../engine/index.ts';
import { metricsByYear, modelReporters, parseParams, purchaserProviderModel } from './index.ts';

const CLASSES = ['Little', 'Medium', 'Extensive'] as const;

describe('need-class metrics over a small run', () => {
  const params = parseParams({ population: { scale: 0.05 }, horizon: { years: 2 } });
  const clock = { start: params.horizon.start, unit: 'week' } as const;
  const result = run(createSimulation(purchaserProviderModel, { params: { params }, seed: 7, clock }), { until: 104, collect: { model: modelReporters } });
  const series = result.table.series;
  const column = (name: string) => Array.from(series[name] ?? []);

  it('servedLittle + servedMedium + servedExtensive = served, and likewise granted hours, every step', () => {
    const served = column('served');
    const granted = column('grantedHours');
    served.forEach((n, k) => {
      expect(CLASSES.reduce((s, c) => s + (column(`served${c}`)[k] as number), 0)).toBe(n);
      expect(CLASSES.reduce((s, c) => s + (column(`granted${c}`)[k] as number), 0)).toBeCloseTo(granted[k] as number, 6);
    });
  });

  it('users.share* add up to 1; hours.grantedPerUserWeek is their weighted mean of the class means', () => {
    const { years, values } = metricsByYear(result.table);
    expect(years).toEqual([2005, 2006]);
    years.forEach((_, i) => {
      const at = (name: string) => values[name]?.[i] as number;
      expect(CLASSES.reduce((s, c) => s + at(`users.share${c}`), 0)).toBeCloseTo(1, 12);
      const weighted = CLASSES.reduce((s, c) => s + at(`users.share${c}`) * at(`hours.grantedPerUserWeek${c}`), 0);
      expect(at('hours.grantedPerUserWeek')).toBeCloseTo(weighted, 9);
      expect(at('hours.grantedPerUserWeek')).toBeCloseTo(at('hours.granted') / (at('users.served') * 52), 1);
    });
  });
});
