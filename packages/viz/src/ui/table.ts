/** The final-year table of estimates and paired differences, every metric. */
import { getLang, label, t, unitText } from '../i18n.ts';
import { downloadCsv } from '../charts/export.ts';
import { csvTable } from '../charts/internal/csv.ts';
import { slug } from './card.ts';
import { fmt, h } from './dom.ts';
import { metricRank, unitOf } from '../metrics.ts';

export interface TableRow {
  readonly metric: string;
  /** Estimates per scenario: mean and 95 % interval. */
  readonly estimates: readonly { readonly mean: number; readonly lo: number; readonly hi: number }[];
  /** Paired difference of the last scenario against the first, when there are two or more. */
  readonly difference?: { readonly mean: number; readonly lo: number; readonly hi: number; readonly effectSize?: number };
}

const ci = (lo: number, hi: number, lang: string) => (Number.isFinite(lo) && Number.isFinite(hi) ? `[${fmt(lo, lang)}, ${fmt(hi, lang)}]` : '–');

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
              { class: `num${excludesZero ? ' signif' : ''}`, title: excludesZero ? t('table.signif') : '' },
              ...(d === undefined ? ['–'] : [fmt(d.mean, lang), ' ', h('span', { class: 'ci' }, `${ci(d.lo, d.hi, lang)}${excludesZero ? ' *' : ''}`)]),
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
