import { METRICS } from '@ppsim/core';
import { afterEach, describe, expect, it } from 'vitest';
import { label, setLang, unitText } from './i18n.ts';
import { METRIC_NAMES, metricRank, unitOf } from './metrics.ts';
import { SECTIONS } from './ui/chartDefs.ts';

afterEach(() => setLang('en'));

describe("the viewer's metrics, from core's registry", () => {
  it('METRIC_NAMES: every metric of METRICS, in its order', () => {
    expect(METRIC_NAMES).toEqual(METRICS.map((m) => m.name));
    expect(metricRank('ledger.travel')).toBe(METRICS.length);
  });

  it("label(name) and unitOf(name): the registry's label in the page's language and its unit", () => {
    const m = METRICS[0] as (typeof METRICS)[number];
    expect(label(m.name)).toBe(m.label.en);
    setLang('nb');
    expect(label(m.name)).toBe(m.label.nb);
    expect(unitOf(m.name)).toBe(m.unit);
    expect(unitOf('ledger.travel')).toBe(unitOf('cost.resources'));
  });

  it('unitText(unit) in Norwegian: every unit the registry uses has its word', () => {
    setLang('nb');
    const missing = [...new Set(METRICS.map((m) => m.unit))].filter((u) => unitText(u) === u);
    expect(missing, 'add the Norwegian word for these units to UNITS_NB in packages/viz/src/i18n-units.ts').toEqual([]);
  });

  it('SECTIONS: every metric a chart draws is declared in the registry', () => {
    const drawn = SECTIONS.flatMap((s) => s.charts.flatMap((c) => c.metrics));
    expect(drawn.filter((m) => !METRIC_NAMES.includes(m))).toEqual([]);
  });
});
