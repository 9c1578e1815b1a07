/**
 * An opened run, compare or demo folder: a metric of every scenario with its bands (from series.csv)
 * or yearly means (summary.json alone), the paired difference against the first scenario, the cost
 * stacks, and the final-year table, with captions read from the result's provenance.
 */
import { barsChart, stackedAreaChart, timeSeriesChart } from '../charts/index.ts';
import type { BandSeries, BarsData, TimeSeriesData } from '../charts/types.ts';
import type { EnsembleResult } from '../data/results.ts';
import { getLang, label, t } from '../i18n.ts';
import { METRIC_NAMES, unitOf } from '../metrics.ts';
import type { YearlyRun } from '@ppsim/core';
import { card } from './card.ts';
import type { AppContext } from './context.ts';
import { h, replace } from './dom.ts';
import { metricMenu } from './metric-menu.ts';
import { bandNote } from './session.ts';
import { provenanceBlock } from './provenance.ts';
import { memoLines, type MemoKind } from './memo.ts';
import { scaleOf } from './memo-results.ts';
import { axisTitle, costStack, differenceSeries, scenarioSeries, seriesNote } from './series.ts';
import { finalRows, resultsTable } from './table.ts';

/** Draws an opened ensemble result (run, compare, demo) into `host`. */
export function renderEnsembles(host: HTMLElement, r: EnsembleResult, ctx: AppContext): void {
  const s = ctx.state;
  const lang = getLang();
  const metrics = METRIC_NAMES.filter((m) => r.units[m] !== undefined || r.runs !== undefined);
  if (!metrics.includes(s.metric)) s.metric = metrics[0] ?? 'cost.total';
  const charts = h('div', { class: 'charts', id: 'charts' });
  const draw = () => {
    const m = s.metric;
    const title = label(m);
    const cards: HTMLElement[] = [];
    if (r.runs !== undefined) {
      const runs = r.runs;
      // What the result's provenance says of the run, for the exports' captions.
      const prov = r.provenance as { readonly seed?: number; readonly scenarios?: readonly { readonly params?: unknown }[] } | undefined;
      const memo = (heading: string, kind: MemoKind, names: readonly string[], ensembles: readonly (readonly YearlyRun[])[]) => () =>
        memoLines(heading, { names, ensembles, kind, scales: (prov?.scenarios ?? []).map((sc) => scaleOf(sc.params)), seed: prov?.seed });
      cards.push(
        card<TimeSeriesData>(
          'open-metric',
          title,
          seriesNote(bandNote(Math.min(...runs.map((x) => x.length))), [m]),
          (el) => timeSeriesChart(el, scenarioSeries(runs, r.labels, m, r.markers), { title, locale: lang }),
          undefined,
          memo(title, 'band', r.labels, runs),
        ).element,
      );
      runs.slice(1).forEach((other, i) => {
        const dt = t('compare.diffTitle', { metric: `${title} (${r.labels[i + 1]} − ${r.labels[0]})` });
        cards.push(
          card<TimeSeriesData>(
            `open-difference-${i + 1}`,
            dt,
            t('compare.same'),
            (el) => timeSeriesChart(el, differenceSeries(runs[0] ?? [], other, `${r.labels[i + 1]} − ${r.labels[0]}`, m, r.markers), { title: dt, locale: lang }),
            undefined,
            memo(dt, 'difference', [r.labels[0] ?? '', r.labels[i + 1] ?? ''], [runs[0] ?? [], other]),
          ).element,
        );
      });
      runs.forEach((rs, i) => {
        const st = `${label('cost.resources')}: ${r.labels[i]}`;
        cards.push(
          card(
            `open-stack-${i}`,
            st,
            lang === 'nb' ? 'Ressursbruk per post i kostnadsregnskapet.' : 'Resources used per cost-ledger item.',
            (el) => stackedAreaChart(el, costStack(rs, r.markers), { title: st, locale: lang }),
            undefined,
            memo(st, 'mean', [r.labels[i] ?? ''], [rs]),
          ).element,
        );
      });
    } else {
      const series: BandSeries[] = r.labels
        .map((l, i) => {
          const by = r.byYear[m]?.[i] ?? {};
          return { key: l, label: l, points: Object.entries(by).map(([y, v]) => ({ x: Number(y), mean: v, lo: v, hi: v })) };
        })
        .filter((x) => x.points.length > 0);
      if (series.length > 0)
        cards.push(
          card<TimeSeriesData>('open-metric', title, t('open.noSeries'), (el) =>
            timeSeriesChart(el, { series, markers: r.markers, y: { label: axisTitle([m]), unit: unitOf(m) }, x: { label: t('units.years'), unit: 'year' }, yearly: true }, { title, locale: lang }),
          ).element,
        );
      const est = r.estimates[m];
      if (est !== undefined) {
        const bars: BarsData = {
          rows: r.labels.map((l, i) => ({ key: l, label: l, value: est[i]?.mean ?? Number.NaN, lo: est[i]?.lo ?? Number.NaN, hi: est[i]?.hi ?? Number.NaN })),
          value: { label: axisTitle([m]), unit: unitOf(m) },
        };
        const bt = `${title}, ${r.finalYear ?? ''}`;
        cards.push(
          card('open-final', bt, lang === 'nb' ? 'Siste hele år: gjennomsnitt med 95 %-intervall per scenario.' : 'Final full year: mean with 95 % interval per scenario.', (el) =>
            barsChart(el, bars, { title: bt, locale: lang }),
          ).element,
        );
      }
    }
    replace(charts, ...cards);
  };
  const rows =
    r.runs !== undefined
      ? finalRows(r.runs)
      : Object.keys(r.estimates).map((m) => ({ metric: m, estimates: r.estimates[m] ?? [], ...(r.differences[m]?.[0] === undefined ? {} : { difference: r.differences[m]?.[0] }) }));
  replace(
    host,
    metricMenu(metrics, ctx, draw),
    charts,
    resultsTable(`${t('section.table')}${r.finalYear === undefined ? '' : ` (${r.finalYear})`}`, r.labels, rows as Parameters<typeof resultsTable>[2]),
    provenanceBlock(r.provenance),
  );
  draw();
}
