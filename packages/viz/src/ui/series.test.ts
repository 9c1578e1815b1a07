import { describe, expect, it } from 'vitest';
import { areaColour, lineColour } from '../charts/palette.ts';
import { costColour, costLineColour, metricsSeries } from './series.ts';

describe('costLineColour(metric)', () => {
  it('metricsSeries(runs, ["cost.production", "cost.transaction"]): each line in its cost item colour, not the line palette', () => {
    const [production, transaction] = metricsSeries([], ['cost.production', 'cost.transaction'], []).series;
    expect(production?.colour).toBe(costColour('cost.production'));
    expect(production?.colour).not.toBe(lineColour(0));
    expect(transaction?.colour).toBe(costColour('cost.transaction'));
    expect(transaction?.colour).not.toBe(lineColour(1));
  });

  it('costColour("cost.transaction"): all transaction costs together take no single item colour', () => {
    const items = Array.from({ length: 12 }, (_, i) => areaColour(i));
    expect(items).not.toContain(costColour('cost.transaction'));
  });

  it('costLineColour(metric): other metrics keep the line palette', () => {
    expect(costLineColour('needMet')).toBeUndefined();
    expect(metricsSeries([], ['needMet'], []).series[0]).not.toHaveProperty('colour');
    expect(costLineColour('ledger.invoicing')).toBe(costColour('ledger.invoicing'));
  });
});
