/** From runs' full years to the charts' data: bands per metric or per scenario, and the cost stack. */
import { LEDGER_COLUMNS, type YearlyRun } from '@ppsim/core';
import { isPoints, isShare, POINTS } from '../charts/format.ts';
import { areaColour } from '../charts/palette.ts';
import type { BandSeries, EventMarker, StackedData, TimeSeriesData } from '../charts/types.ts';
import { label, t, unitText } from '../i18n.ts';
import { unitOf } from '../metrics.ts';
import { commonYears, ensembleBand, pairedBand } from '../sim/digest.ts';

/** Axis title "Label (unit)". */
export function axisTitle(names: readonly string[]): string {
  const units = [...new Set(names.map(unitOf))];
  const head = names.length === 1 ? label(names[0] as string) : '';
  const unit = units.length === 1 ? unitText(units[0] as string) : '';
  return head === '' ? unit : unit === '' ? head : `${head} (${unit})`;
}

const X = () => ({ label: t('units.years'), unit: 'year' });

/** A unit as the charts' tooltips show it: in the page's language, except shares and points, which the charts format themselves. */
function shownUnit(unit: string): string {
  return isShare(unit) || isPoints(unit) ? unit : unitText(unit);
}

/** Units no value can fall below zero in: counts, amounts, durations, shares, scores. */
const NON_NEGATIVE = /^(currency|hours|weeks|share|score|ability|per year|persons|firms|bidders|units|sd )/;

/** Metrics in such a unit that can still be negative (over or under a frame). */
const SIGNED = new Set(['budget.deviation']);

/** Whether a metric cannot be negative (its band is cut at zero). */
export function nonNegative(name: string): boolean {
  return !SIGNED.has(name) && NON_NEGATIVE.test(unitOf(name));
}

/** Whether a metric is a share of a whole (0–1: it cannot exceed 100 %; its band is cut there). */
export function wholeShare(name: string): boolean {
  return !SIGNED.has(name) && unitOf(name) === 'share';
}

/**
 * The note under a chart of `metrics` over years: `note`, then that the lines sit at mid-year and
 * that the bands of metrics that cannot be negative stop at zero (and of shares at 100 %).
 */
export function seriesNote(note: string, metrics: readonly string[]): string {
  const cut = metrics.filter(nonNegative);
  const capped = metrics.filter(wholeShare);
  const head = `${note} ${t('band.midyear')}`;
  const floor = cut.length === 0 ? '' : ` ${t('band.floor', { metric: cut.map(label).join(', ') })}`;
  const ceiling = capped.length === 0 ? '' : ` ${t('band.ceiling', { metric: capped.map(label).join(', ') })}`;
  return `${head}${floor}${ceiling}`;
}

/** The least and greatest values every one of `metrics` can take (0; 1 for shares), for cutting bands. */
function floorOf(metrics: readonly string[]): { floor?: number; ceiling?: number } {
  const some = metrics.length > 0;
  return { ...(some && metrics.every(nonNegative) ? { floor: 0 } : {}), ...(some && metrics.every(wholeShare) ? { ceiling: 1 } : {}) };
}

/** Several metrics of one ensemble, each with its band; cost items in their own colours ({@link costColour}). */
export function metricsSeries(runs: readonly YearlyRun[], metrics: readonly string[], markers: readonly EventMarker[]): TimeSeriesData {
  const series: BandSeries[] = metrics.map((m) => {
    const colour = costLineColour(m);
    return { key: m, label: label(m), points: ensembleBand(runs, m), ...(colour === undefined ? {} : { colour }) };
  });
  return { series, markers, y: { label: axisTitle(metrics), unit: shownUnit(unitOf(metrics[0] ?? '')) }, x: X(), yearly: true, ...floorOf(metrics) };
}

/** One metric across several ensembles (scenarios), each with its band. */
export function scenarioSeries(ensembles: readonly (readonly YearlyRun[])[], labels: readonly string[], metric: string, markers: readonly EventMarker[]): TimeSeriesData {
  const series: BandSeries[] = ensembles.map((runs, i) => ({ key: labels[i] ?? String(i), label: labels[i] ?? String(i), points: ensembleBand(runs, metric) }));
  return { series, markers, y: { label: axisTitle([metric]), unit: shownUnit(unitOf(metric)) }, x: X(), yearly: true, ...floorOf([metric]) };
}

/** The unit of a difference of `metric`: percentage points for shares, else the metric's own. */
export function differenceUnit(metric: string): string {
  return isShare(unitOf(metric)) ? POINTS : unitOf(metric);
}

/** The paired difference b − a of one metric, by seed, with its band. */
export function differenceSeries(a: readonly YearlyRun[], b: readonly YearlyRun[], labelText: string, metric: string, markers: readonly EventMarker[]): TimeSeriesData {
  return {
    series: [{ key: 'difference', label: labelText, points: pairedBand(a, b, metric) }],
    markers,
    zeroLine: true,
    yearly: true,
    y: { label: `${label(metric)}: B − A (${unitText(differenceUnit(metric))})`, unit: shownUnit(differenceUnit(metric)) },
    x: X(),
  };
}

/** The ledger's transaction-cost items, each its own layer; complaints of both sides are one. */
const TRANSACTION_LAYERS: readonly { readonly key: string; readonly items: readonly string[] }[] = [
  { key: 'ledger.ordererOffice', items: ['ledger.ordererOffice'] },
  { key: 'ledger.contracting', items: ['ledger.contracting'] },
  { key: 'ledger.monitoring', items: ['ledger.monitoring'] },
  { key: 'ledger.invoicing', items: ['ledger.invoicing'] },
  { key: 'ledger.documentation', items: ['ledger.documentation'] },
  { key: 'ledger.coordination', items: ['ledger.coordination'] },
  { key: 'ledger.duplicatedAssessment', items: ['ledger.duplicatedAssessment'] },
  { key: 'ledger.complaints', items: ['ledger.complaintsOrderer', 'ledger.complaintsProvider'] },
  { key: 'ledger.accounting', items: ['ledger.accounting'] },
  { key: 'ledger.collegialReview', items: ['ledger.collegialReview'] },
  { key: 'ledger.reorganisation', items: ['ledger.reorganisation'] },
];
const TRANSACTION_ITEMS = new Set(TRANSACTION_LAYERS.flatMap((l) => l.items));
const PRODUCTION_ITEMS = LEDGER_COLUMNS.filter((c) => !TRANSACTION_ITEMS.has(c));
const COST_KEYS = ['cost.production', ...TRANSACTION_LAYERS.map((l) => l.key)];

/**
 * The colour of a cost layer (production or a transaction-cost item): fixed by the item, so that it
 * is the same in every chart, with or without production, in A and in B, whichever items are zero.
 */
export function costColour(key: string): string {
  return key === 'cost.transaction' ? TRANSACTION_TOTAL : areaColour(Math.max(0, COST_KEYS.indexOf(key)));
}

/**
 * All transaction costs together: no single item's colour, since every item has one of its own in
 * the stack; a dark grey that none of them uses.
 */
const TRANSACTION_TOTAL = '#666666';

/**
 * The colour of a line of `metric` when it is a cost item (production, all transaction costs, or
 * one item): the item's, as in the stacks; undefined for other metrics (they take the line palette).
 */
export function costLineColour(metric: string): string | undefined {
  return metric === 'cost.transaction' || COST_KEYS.includes(metric) ? costColour(metric) : undefined;
}

/**
 * Mean yearly resources used, as stacked layers: production (care, prevention, idle time, travel,
 * sick pay, temporary-staff premium, overhead, managers' support) as one layer at the bottom, then each
 * transaction-cost item. Layers that are zero throughout are left out.
 */
export function costStack(runs: readonly YearlyRun[], markers: readonly EventMarker[], transactionOnly = false): StackedData {
  const years = commonYears(runs);
  const meanOf = (items: readonly string[]) =>
    years.map((y) => {
      let sum = 0;
      for (const r of runs) {
        const i = r.years.indexOf(y);
        for (const name of items) sum += (r.values[name] ?? [])[i] ?? 0;
      }
      return runs.length === 0 ? 0 : sum / runs.length;
    });
  const layers = [
    ...(transactionOnly ? [] : [{ key: 'cost.production', label: label('cost.production'), values: meanOf(PRODUCTION_ITEMS), colour: costColour('cost.production') }]),
    ...TRANSACTION_LAYERS.map((l) => ({ key: l.key, label: label(l.key), values: meanOf(l.items), colour: costColour(l.key) })),
  ].filter((l) => l.values.some((v) => v !== 0));
  const total = transactionOnly ? 'cost.transaction' : 'cost.resources';
  return { xs: years, layers, markers, y: { label: `${label(total)} (${unitText(unitOf(total))})`, unit: shownUnit(unitOf(total)) }, x: X(), yearly: true };
}
