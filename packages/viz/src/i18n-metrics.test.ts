import { METRICS } from '@ppsim/core';
import { describe, expect, it } from 'vitest';
import { DESCRIBED_METRICS, metricDescription } from './i18n-metrics.ts';

describe("the metrics' descriptions in Norwegian, against core's registry", () => {
  it('metricDescription(name, "nb"): every metric of METRICS has its Norwegian sentence, and no other name does', () => {
    const names = METRICS.map((m) => m.name);
    expect(
      names.filter((n) => !DESCRIBED_METRICS.includes(n)),
      'add these metrics to packages/viz/src/i18n-metrics.ts',
    ).toEqual([]);
    expect(DESCRIBED_METRICS.filter((n) => !names.includes(n))).toEqual([]);
  });

  it("metricDescription(name, lang): English is the registry's own", () => {
    expect(metricDescription('needMet', 'en')).toBe(METRICS.find((m) => m.name === 'needMet')?.description);
    expect(metricDescription('needMet', 'nb')).toMatch(/^Andel av brukernes reelle behov/);
    expect(metricDescription('no.such', 'nb')).toBe('');
  });
});
