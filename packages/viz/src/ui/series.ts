/** From run digests to the charts' data: bands per metric or per scenario, and the cost stack. */
import { METRICS } from '@ppsim/core';
import type { BandSeries, EventMarker, StackedData, TimeSeriesData } from '../charts/types.ts';
import { label, t } from '../i18n.ts';
import { LEDGER_COLUMNS, commonYears, ensembleBand, pairedBand, type RunDigest } from '../sim/digest.ts';

const UNITS = new Map(METRICS.map((m) => [m.name, m.unit]));

/** The unit of a metric or ledger column. */
export function unitOf(name: string): string {
  return UNITS.get(name) ?? (name.startsWith('ledger.') ? 'currency/year' : '');
}

/** Axis title "Label (unit)". */
export function axisTitle(names: readonly string[]): string {
  const units = [...new Set(names.map(unitOf))];
  const head = names.length === 1 ? label(names[0] as string) : '';
  const unit = units.length === 1 ? (units[0] as string) : '';
  return head === '' ? unit : unit === '' ? head : `${head} (${unit})`;
}

const X = () => ({ label: t('units.years'), unit: 'year' });

/** Several metrics of one ensemble, each with its band. */
export function metricsSeries(runs: readonly RunDigest[], metrics: readonly string[], markers: readonly EventMarker[]): TimeSeriesData {
  const series: BandSeries[] = metrics.map((m) => ({ key: m, label: label(m), points: ensembleBand(runs, m) }));
  return { series, markers, y: { label: axisTitle(metrics), unit: unitOf(metrics[0] ?? '') }, x: X() };
}

/** One metric across several ensembles (scenarios), each with its band. */
export function scenarioSeries(ensembles: readonly (readonly RunDigest[])[], labels: readonly string[], metric: string, markers: readonly EventMarker[]): TimeSeriesData {
  const series: BandSeries[] = ensembles.map((runs, i) => ({ key: labels[i] ?? String(i), label: labels[i] ?? String(i), points: ensembleBand(runs, metric) }));
  return { series, markers, y: { label: axisTitle([metric]), unit: unitOf(metric) }, x: X() };
}

/** The paired difference b − a of one metric, by seed, with its band. */
export function differenceSeries(a: readonly RunDigest[], b: readonly RunDigest[], labelText: string, metric: string, markers: readonly EventMarker[]): TimeSeriesData {
  return {
    series: [{ key: 'difference', label: labelText, points: pairedBand(a, b, metric) }],
    markers, zeroLine: true, y: { label: `${label(metric)}: B − A (${unitOf(metric)})`, unit: unitOf(metric) }, x: X(),
  };
}

/** Mean yearly cost per ledger item: production items first, then transaction costs. */
export function costStack(runs: readonly RunDigest[], markers: readonly EventMarker[]): StackedData {
  const years = commonYears(runs);
  const layers = LEDGER_COLUMNS.map((name) => ({
    key: name,
    label: label(name),
    values: years.map((y) => {
      let sum = 0;
      for (const r of runs) sum += (r.values[name] ?? [])[r.years.indexOf(y)] ?? 0;
      return runs.length === 0 ? 0 : sum / runs.length;
    }),
  })).filter((l) => l.values.some((v) => v !== 0));
  return { xs: years, layers, markers, y: { label: `${label('cost.resources')} (currency/year)`, unit: 'currency/year' }, x: X() };
}
