/**
 * A chart card: title, the chart, a "what am I looking at" note, and buttons to download the
 * chart as SVG or PNG and its data as CSV. The chart itself is drawn once and updated in place.
 */
import { downloadCsv, downloadPng, downloadSvg, type ExportCaption } from '../charts/export.ts';
import type { ChartHandle } from '../charts/types.ts';
import { getLang, t } from '../i18n.ts';
import { h } from './dom.ts';

export interface Card<D> {
  readonly element: HTMLElement;
  update(data: D): void;
  readonly handle: ChartHandle<D>;
}

/**
 * A file-name stem from a title: lower case, words joined by hyphens, letters of every script kept
 * as they are (`Behov dekket for små brukere` → `behov-dekket-for-små-brukere`, the ø and å whole).
 */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'chart'
  );
}

/**
 * `card(id, title, note, draw, extra?, caption?)`: a figure whose chart `draw(host)` creates. `id`
 * becomes the figure's `data-chart` attribute (tests and styles find charts by it). `caption()`,
 * asked at each download, is what the exported PNG and SVG carry (title, scenarios, band, run's
 * size); without it they carry the title alone. CSV downloads follow the page's language.
 */
export function card<D>(id: string, title: string, note: string, draw: (host: HTMLElement) => ChartHandle<D>, extra?: Node, caption?: () => ExportCaption): Card<D> {
  const host = h('div', { class: 'chart-host' });
  const titleId = `title-${id}`;
  const figure = h('figure', { class: 'card', 'data-chart': id, 'aria-labelledby': titleId });
  const name = slug(title);
  const memo = () => caption?.() ?? { title, lines: [] };
  const button = (format: string, action: () => void) => h('button', { type: 'button', class: 'export', 'aria-label': t('export.label', { title, format }), onclick: action }, format);
  const heading = h(
    'div',
    { class: 'card-head' },
    h('h3', { id: titleId }, title),
    h(
      'div',
      { class: 'exports', role: 'group', 'aria-label': title },
      button(t('export.svg'), () => downloadSvg(handle.svg, name, memo())),
      button(t('export.png'), () => {
        void downloadPng(handle.svg, name, 2, memo());
      }),
      button(t('export.csv'), () => downloadCsv(handle.csv(), name, getLang())),
    ),
  );
  figure.append(heading, host);
  if (extra !== undefined) figure.append(extra);
  figure.append(h('figcaption', {}, h('details', {}, h('summary', {}, t('note.label')), h('p', {}, note))));
  const handle = draw(host);
  return { element: figure, handle, update: (data: D) => handle.update(data) };
}
