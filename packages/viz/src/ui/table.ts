/** The final-year table of estimates and paired differences, every metric. */
import { pairedDifference, tInterval, type YearlyRun } from '@ppsim/core';
import { getLang, label, t, unitText } from '../i18n.ts';
import { METRIC_NAMES } from '../metrics.ts';
import { finalValues, pairBySeed, valueAt } from '../sim/digest.ts';
import { downloadCsv } from '../charts/export.ts';
import { csvTable } from '../charts/internal/csv.ts';
import { slug } from './card.ts';
import { fmt, h } from './dom.ts';
import { metricRank, unitOf } from '../metrics.ts';
import { POINTS } from '../charts/format.ts';
import { differenceUnit } from './series.ts';

export interface TableRow {
  readonly metric: string;
  /** Estimates per scenario: mean and 95 % interval. */
  readonly estimates: readonly { readonly mean: number; readonly lo: number; readonly hi: number }[];
  /** Paired difference of the last scenario against the first, when there are two or more. */
  readonly difference?: { readonly mean: number; readonly lo: number; readonly hi: number; readonly effectSize?: number };
}

/** Final-year rows: each ensemble's mean and interval, and the paired difference last − first. */
export function finalRows(ensembles: readonly (readonly YearlyRun[])[]): TableRow[] {
  return METRIC_NAMES.map((metric) => {
    const finals = ensembles.map((runs) => finalValues(runs, metric));
    const estimates = finals.map((f) => {
      const xs = (f?.values ?? []).filter(Number.isFinite);
      if (xs.length === 0) return { mean: Number.NaN, lo: Number.NaN, hi: Number.NaN };
      const i = tInterval(xs);
      return { mean: i.mean, lo: i.lo, hi: i.hi };
    });
    const a = ensembles[0] ?? [];
    const b = ensembles[ensembles.length - 1] ?? [];
    let difference: TableRow['difference'];
    if (ensembles.length > 1) {
      const fa = finals[0];
      const fb = finals[finals.length - 1];
      if (fa !== undefined && fb !== undefined && fa.year === fb.year) {
        const pairs = pairBySeed(a, b)
          .map(([x, y]) => [valueAt(x, metric, fa.year), valueAt(y, metric, fa.year)] as const)
          .filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
        if (pairs.length > 0) {
          const d = pairedDifference(
            pairs.map(([x]) => x),
            pairs.map(([, y]) => y),
          );
          difference = { mean: d.mean, lo: d.lo, hi: d.hi, ...(Number.isFinite(d.effectSize) ? { effectSize: d.effectSize } : {}) };
        }
      }
    }
    return { metric, estimates, ...(difference === undefined ? {} : { difference }) };
  });
}

const ci = (lo: number, hi: number, lang: string) => (Number.isFinite(lo) && Number.isFinite(hi) ? `[${fmt(lo, lang)}, ${fmt(hi, lang)}]` : '–');

/**
 * `differenceParts(d, metric)`: a paired difference as the table shows it, its mean and its
 * interval; a difference of shares in percentage points ("−1.2 pp", "[−2.05, −0.4]"; nb "p.p."), as
 * the charts show it, never as a fraction that reads like the share itself. undefined for none.
 */
export function differenceParts(d: TableRow['difference'], metric: string): { readonly mean: string; readonly interval: string } | undefined {
  if (d === undefined) return undefined;
  const lang = getLang();
  if (differenceUnit(metric) !== POINTS) return { mean: fmt(d.mean, lang), interval: ci(d.lo, d.hi, lang) };
  return { mean: `${fmt(d.mean * 100, lang)} ${t('table.points')}`, interval: ci(d.lo * 100, d.hi * 100, lang) };
}

/**
 * `differenceText(d, metric)`: {@link differenceParts} in one line, "–" when there is none.
 *
 * @example
 * differenceText({ mean: -0.012, lo: -0.02, hi: -0.004 }, 'needMet'); // "-1.2 pp [-2, -0.4]"
 */
export function differenceText(d: TableRow['difference'], metric: string): string {
  const parts = differenceParts(d, metric);
  return parts === undefined ? '–' : `${parts.mean} ${parts.interval}`;
}

/** A table with one row per metric: each scenario's mean [interval], and B − A [interval] with d_z. */
export function resultsTable(caption: string, labels: readonly string[], rows: readonly TableRow[]): HTMLElement {
  const lang = getLang();
  const sorted = [...rows].sort((x, y) => metricRank(x.metric) - metricRank(y.metric));
  const paired = rows.some((r) => r.difference !== undefined);
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, t('table.metric')),
    h('th', { scope: 'col' }, t('table.unit')),
    ...labels.map((l) => h('th', { scope: 'col' }, `${l}: ${t('table.mean')} ${t('table.ci')}`)),
    ...(paired ? [h('th', { scope: 'col' }, `${t('table.diff')} ${t('table.ci')}`), h('th', { scope: 'col' }, t('table.dz'))] : []),
  );
  const body = sorted.map((r) => {
    const d = r.difference;
    const excludesZero = d !== undefined && Number.isFinite(d.lo) && (d.lo > 0 || d.hi < 0);
    const parts = differenceParts(d, r.metric);
    return h(
      'tr',
      { 'data-metric': r.metric },
      h('th', { scope: 'row' }, label(r.metric)),
      h('td', {}, unitText(unitOf(r.metric))),
      ...r.estimates.map((e) => h('td', { class: 'num' }, fmt(e.mean, lang), ' ', h('span', { class: 'ci' }, ci(e.lo, e.hi, lang)))),
      ...(paired
        ? [
            h(
              'td',
              {
                class: `num${excludesZero ? ' signif' : ''}`,
                title: [excludesZero ? t('table.signif') : '', d !== undefined && differenceUnit(r.metric) === POINTS ? unitText(POINTS) : ''].filter(Boolean).join('; '),
              },
              ...(parts === undefined ? ['–'] : [parts.mean, ' ', h('span', { class: 'ci' }, `${parts.interval}${excludesZero ? ' *' : ''}`)]),
            ),
            h('td', { class: 'num' }, d?.effectSize === undefined ? '–' : fmt(d.effectSize, lang)),
          ]
        : []),
    );
  });
  const download = h('button', { type: 'button', class: 'export', 'data-export': 'table-csv', onclick: () => downloadCsv(tableCsv(labels, sorted), slug(caption), lang) }, t('export.table'));
  return h(
    'div',
    { class: 'table-block' },
    h('div', { class: 'exports' }, download),
    h(
      'div',
      { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': caption },
      h('table', { class: 'results-table' }, h('caption', {}, caption), h('thead', {}, head), h('tbody', {}, ...body)),
    ),
    paired ? h('p', { class: 'hint' }, `* ${t('table.signif')}`) : null,
  );
}

/**
 * `tableCsv(labels, rows)`: the final-year table as CSV, one row per metric: its name, label and
 * unit, each scenario's mean with the ends of its 95 % interval, and (two scenarios or more) the
 * paired difference with its interval and d_z; headers in the page's language, numbers in full.
 */
export function tableCsv(labels: readonly string[], rows: readonly TableRow[]): string {
  const paired = rows.some((r) => r.difference !== undefined);
  const three = (name: string) => [`${name}: ${t('table.mean')}`, `${name}: ${t('table.lo')}`, `${name}: ${t('table.hi')}`];
  const header = [t('table.name'), t('table.metric'), t('table.unit'), ...labels.flatMap(three), ...(paired ? [...three(t('table.diff')), t('table.dz')] : [])];
  return csvTable(
    header,
    rows.map((r) => [
      r.metric,
      label(r.metric),
      unitText(unitOf(r.metric)),
      ...r.estimates.flatMap((e) => [e.mean, e.lo, e.hi]),
      ...(paired ? [r.difference?.mean, r.difference?.lo, r.difference?.hi, r.difference?.effectSize] : []),
    ]),
  );
}
