/**
 * An opened sweep (a heat map over two parameters, or a line with intervals over one) or
 * sensitivity analysis (Morris μ* with σ, Sobol S1 with ST, as bars), each with its run's caption.
 */
import { barsChart, heatmapChart, timeSeriesChart } from '../charts/index.ts';
import type { BarsData, HeatmapData, TimeSeriesData } from '../charts/types.ts';
import type { SensitivityResult, SweepResult } from '../data/results.ts';
import { paramNamed } from '../i18n-params.ts';
import { getLang, label, t } from '../i18n.ts';
import { unitOf } from '../metrics.ts';
import { tInterval } from '@ppsim/core';
import { card } from './card.ts';
import type { AppContext } from './context.ts';
import { h, replace, select } from './dom.ts';
import { metricMenu } from './metric-menu.ts';
import { provenanceBlock } from './provenance.ts';
import { resultCaption } from './memo-results.ts';
import { axisTitle } from './series.ts';

/** Draws an opened sweep into `host`. */
export function renderSweep(host: HTMLElement, r: SweepResult, ctx: AppContext): void {
  const s = ctx.state;
  const lang = getLang();
  if (!r.metrics.includes(s.metric)) s.metric = r.metrics.includes('cost.total') ? 'cost.total' : (r.metrics[0] ?? '');
  const col = (name: string) => r.columns.indexOf(name);
  const years = r.years;
  let year = years[years.length - 1] ?? 0;
  let px = r.params[0] ?? '';
  let py = r.params[1] ?? '';
  const charts = h('div', { class: 'charts', id: 'charts' });
  const draw = () => {
    const m = s.metric;
    const mi = col(m);
    const rows = r.rows.filter((row) => row[3] === year);
    const title = `${label(m)}, ${year}`;
    if (py !== '' && px !== py) {
      const xi = col(px);
      const yi = col(py);
      const xs = [...new Set(rows.map((row) => row[xi] as number))].sort((a, b) => a - b);
      const ys = [...new Set(rows.map((row) => row[yi] as number))].sort((a, b) => a - b);
      const sums = ys.map(() => xs.map(() => 0));
      const counts = ys.map(() => xs.map(() => 0));
      for (const row of rows) {
        const a = ys.indexOf(row[yi] as number);
        const b = xs.indexOf(row[xi] as number);
        const v = row[mi] as number;
        if (!Number.isFinite(v)) continue;
        (sums[a] as number[])[b] = ((sums[a] as number[])[b] as number) + v;
        (counts[a] as number[])[b] = ((counts[a] as number[])[b] as number) + 1;
      }
      const values = sums.map((line, a) => line.map((v, b) => (((counts[a] as number[])[b] as number) === 0 ? Number.NaN : v / ((counts[a] as number[])[b] as number))));
      const data: HeatmapData = { xs, ys, values, x: { label: paramNamed(px, lang), unit: '' }, y: { label: paramNamed(py, lang), unit: '' }, value: { label: axisTitle([m]), unit: unitOf(m) } };
      replace(
        charts,
        card(
          'sweep-heatmap',
          title,
          t('sweep.note'),
          (el) => heatmapChart(el, data, { title, locale: lang }),
          undefined,
          () => resultCaption(title, r),
        ).element,
      );
    } else {
      const xi = col(px);
      const xs = [...new Set(rows.map((row) => row[xi] as number))].sort((a, b) => a - b);
      const points = xs.flatMap((x) => {
        const vals = rows
          .filter((row) => row[xi] === x)
          .map((row) => row[mi] as number)
          .filter(Number.isFinite);
        if (vals.length === 0) return [];
        if (vals.length === 1) return [{ x, mean: vals[0] as number, lo: vals[0] as number, hi: vals[0] as number }];
        const i = tInterval(vals);
        return [{ x, mean: i.mean, lo: i.lo, hi: i.hi }];
      });
      const data: TimeSeriesData = { series: [{ key: m, label: label(m), points }], y: { label: axisTitle([m]), unit: unitOf(m) }, x: { label: paramNamed(px, lang), unit: '' } };
      replace(
        charts,
        card(
          'sweep-line',
          title,
          t('sweep.note'),
          (el) => timeSeriesChart(el, data, { title, locale: lang }),
          undefined,
          () => resultCaption(title, r),
        ).element,
      );
    }
  };
  const paramOptions = r.params.map((p) => ({ value: p, label: paramNamed(p, getLang()) }));
  replace(
    host,
    h(
      'div',
      { class: 'row' },
      metricMenu(r.metrics, ctx, draw),
      select(
        'sweep-year',
        t('sweep.year'),
        years.map((y) => ({ value: String(y), label: String(y) })),
        String(year),
        (v) => {
          year = Number(v);
          draw();
        },
      ),
      r.params.length > 0
        ? select('sweep-x', t('sweep.x'), paramOptions, px, (v) => {
            px = v;
            draw();
          })
        : null,
      r.params.length > 1
        ? select('sweep-y', t('sweep.y'), paramOptions, py, (v) => {
            py = v;
            draw();
          })
        : null,
    ),
    charts,
    provenanceBlock(r.provenance),
  );
  draw();
}

/** Draws an opened sensitivity analysis into `host`. */
export function renderSensitivity(host: HTMLElement, r: SensitivityResult, ctx: AppContext): void {
  const s = ctx.state;
  const lang = getLang();
  const metrics = [...new Set(r.rows.map((row) => row.metric))];
  if (!metrics.includes(s.metric)) s.metric = metrics[0] ?? '';
  const charts = h('div', { class: 'charts', id: 'charts' });
  const num = (row: Record<string, unknown>, k: string) => (typeof row[k] === 'number' ? (row[k] as number) : Number.NaN);
  const draw = () => {
    const rows = r.rows.filter((row) => row.metric === s.metric);
    const morris = rows[0]?.method === 'morris';
    const sorted = [...rows].sort((x, y) => (morris ? num(y, 'muStar') - num(x, 'muStar') : num(y, 'ST') - num(x, 'ST')));
    const data: BarsData = morris
      ? {
          rows: sorted.map((row) => ({
            key: row.parameter,
            label: row.parameter,
            value: num(row, 'muStar'),
            lo: num(row, 'muStarLo'),
            hi: num(row, 'muStarHi'),
            secondary: { value: num(row, 'sigma') },
          })),
          value: { label: `μ*, σ: ${axisTitle([s.metric])}`, unit: unitOf(s.metric) },
          legend: ['μ*', 'σ'],
        }
      : {
          rows: sorted.map((row) => ({
            key: row.parameter,
            label: row.parameter,
            value: num(row, 'S1'),
            lo: num(row, 'S1Lo'),
            hi: num(row, 'S1Hi'),
            secondary: { value: num(row, 'ST'), lo: num(row, 'STLo'), hi: num(row, 'STHi') },
          })),
          value: { label: 'Sobol index', unit: 'index' },
          legend: ['S1', 'ST'],
        };
    const title = `${morris ? 'Morris' : 'Sobol'}: ${label(s.metric)}`;
    replace(
      charts,
      card(
        'sensitivity-bars',
        title,
        t('sens.note'),
        (el) => barsChart(el, data, { title, locale: lang }),
        undefined,
        () => resultCaption(title, r),
      ).element,
    );
  };
  replace(host, metricMenu(metrics, ctx, draw), charts, provenanceBlock(r.provenance));
  draw();
}
