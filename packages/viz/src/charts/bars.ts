/**
 * Horizontal bars with interval whiskers: Morris μ*, Sobol first order (S1) with total order (ST)
 * as a lighter second bar, or, in signed mode, a tornado centred at zero (positive effects blue,
 * negative vermillion). Rows keep the caller's order.
 */
import { described } from './internal/describe.ts';
import { max, scaleBand, scaleLinear } from 'd3';
import { axisFormat, formatEstimate } from './format.ts';
import { drawTitle, drawXAxis, fitText, PAD, titleLines, TITLE_LINE } from './internal/axes.ts';
import { chartBase, chartHandle } from './internal/base.ts';
import { csvTable } from './internal/csv.ts';
import { drawLegend, type LegendItem } from './internal/legend.ts';
import { attachCursor } from './internal/tooltip.ts';
import { PALETTE } from './palette.ts';
import type { BarsData, ChartHandle, ChartOptions } from './types.ts';

const DEFAULT_HINT = 'Data: use the arrow keys to move between rows';
const PRIMARY = PALETTE[4];
const SECONDARY = PALETTE[1];
const NEGATIVE = PALETTE[5];

type Row = BarsData['rows'][number];

/** One drawn bar: a row's first or second value. */
interface Bar {
  readonly row: Row;
  readonly which: 0 | 1;
  readonly value: number;
  readonly lo: number | undefined;
  readonly hi: number | undefined;
}

function barsOf(rows: readonly Row[]): Bar[] {
  return rows.flatMap((row) => {
    const first: Bar = { row, which: 0, value: row.value, lo: row.lo, hi: row.hi };
    const s = row.secondary;
    return s ? [first, { row, which: 1 as const, value: s.value, lo: s.lo, hi: s.hi }] : [first];
  });
}

/**
 * Draws `data` as horizontal bars into `host`.
 *
 * @returns a handle whose `csv()` has one row per bar (`key,label,bar,value,lo,hi`; `bar` is the
 *   legend name, or `first`/`second` without a legend).
 * @example
 * barsChart(el, { rows: [{ key: 'k', label: 'Contract length', value: 0.4, lo: 0.3, hi: 0.5,
 *   secondary: { value: 0.55 } }], value: { label: 'Sobol index', unit: '' }, legend: ['S1', 'ST'] },
 *   { title: 'Sobol indices' });
 */
export function barsChart(host: HTMLElement, data: BarsData, options: ChartOptions): ChartHandle<BarsData> {
  const chart = chartBase(host, options, 'bars');
  const { locale } = chart;
  const gridG = chart.layer('grid');
  const highlightG = chart.layer('focus').attr('data-export', 'skip');
  const barsG = chart.layer('bars');
  const whiskersG = chart.layer('whiskers');
  const zeroG = chart.layer('zero');
  const labelsG = chart.layer('row-labels');
  const axisX = chart.layer('axis ppsim-axis--x');
  const titles = chart.layer('titles');
  const legendG = chart.layer('legend');
  let current = data;
  let band = scaleBand<string>();
  let x = scaleLinear();
  let plotLeft = 0;
  let plotRight = 0;
  const names = (d: BarsData): readonly [string, string] => d.legend ?? ['first', 'second'];

  const cursor = attachCursor(
    chart,
    {
      count: () => current.rows.length,
      pick: (_, py) => {
        const i = Math.floor((py - (band.range()[0] ?? 0)) / band.step());
        return i >= 0 && i < current.rows.length ? i : undefined;
      },
      show: (i) => {
        const row = current.rows[i];
        if (!row) return { x: 0, y: 0, text: '' };
        const top = band(row.key) ?? 0;
        highlightG
          .selectAll('rect')
          .data([row])
          .join('rect')
          .attr('class', 'ppsim-row-focus')
          .attr('x', PAD)
          .attr('y', top - (band.step() - band.bandwidth()) / 2)
          .attr('width', plotRight - PAD)
          .attr('height', band.step());
        const unit = current.value.unit;
        const first = formatEstimate(row.value, row.lo, row.hi, unit, locale);
        const s = row.secondary;
        const lines = s ? [row.label, `${names(current)[0]}: ${first}`, `${names(current)[1]}: ${formatEstimate(s.value, s.lo, s.hi, unit, locale)}`] : [row.label, first];
        const ends = [0, row.value, row.lo, row.hi, s?.value, s?.lo, s?.hi].filter((v): v is number => v !== undefined && Number.isFinite(v));
        return {
          // Right of the bar and its whisker, or, without room there, left of them.
          x: Math.min(plotRight, x(Math.max(...ends))),
          flipX: x(Math.min(...ends)),
          y: top + band.bandwidth() / 2,
          text: lines.join('\n'),
          swatches: row.secondary ? [undefined, PRIMARY, SECONDARY] : [],
          placement: 'right' as const,
        };
      },
      clear: () => highlightG.selectAll('*').remove(),
    },
    options.keyboardHint ?? DEFAULT_HINT,
  );

  function draw(d: BarsData): void {
    const { width: W } = chart;
    current = d;
    const bars = barsOf(d.rows);
    const paired = d.rows.some((r) => r.secondary);
    const ends = bars.flatMap((b) => [b.value, b.lo ?? b.value, b.hi ?? b.value]).filter(Number.isFinite);
    const reach = max(ends.map(Math.abs)) ?? 1;
    const lowest = Math.min(0, ...ends);
    const tickCount = Math.max(3, Math.round(W / 110));
    x = scaleLinear()
      .domain(d.signed ? [-reach || -1, reach || 1] : [lowest, Math.max(...ends, 0) || 1])
      .nice(tickCount);
    const ticks = x.ticks(tickCount);
    const format = axisFormat(ticks, d.value.unit, locale);

    const labelWidth = Math.min(
      W * 0.38,
      chart.measure(
        d.rows.map((r) => r.label),
        'ppsim-row-label',
      ),
    );
    const shown = new Map(d.rows.map((r) => [r.key, fitText(chart, r.label, labelWidth, 'ppsim-row-label')]));
    plotLeft = PAD + labelWidth + 10;
    plotRight = W - 22;
    const items: LegendItem[] =
      d.legend && paired
        ? [
            { key: 'first', label: d.legend[0], swatch: 'box', colour: PRIMARY },
            { key: 'second', label: d.legend[1], swatch: 'box', colour: SECONDARY },
          ]
        : [];
    const legendH = drawLegend(chart, legendG, items, plotLeft, PAD, plotRight - plotLeft);
    const top = PAD + legendH + (legendH > 0 ? 10 : 0) + 4;
    const xTitle = titleLines(chart, d.value.label, W - 2 * PAD);
    const below = PAD + 22 + 20 + TITLE_LINE * Math.max(0, xTitle.length - 1);
    const perRow = paired ? 30 : 20;
    const bottom = chart.fit(top + perRow * d.rows.length + below) - below;
    x.range([plotLeft, plotRight]);
    band = scaleBand<string>()
      .domain(d.rows.map((r) => r.key))
      .range([top, bottom])
      .paddingInner(0.25)
      .paddingOuter(0.15);
    const sub = scaleBand<number>()
      .domain(paired ? [0, 1] : [0])
      .range([0, band.bandwidth()])
      .paddingInner(0.1);

    drawXAxis(axisX, gridG, x, ticks, format, bottom, top);
    drawTitle(chart, titles, xTitle, (plotLeft + plotRight) / 2, bottom + 40, 'middle', W);
    const barY = (b: Bar) => (band(b.row.key) ?? 0) + (sub(b.which) ?? 0);
    const zero = x(0);
    barsG
      .selectAll<SVGRectElement, Bar>('rect')
      .data(bars, (b) => `${b.row.key}|${b.which}`)
      .join('rect')
      .attr('class', (b) => `ppsim-bar ppsim-bar--${b.which === 0 ? 'first' : 'second'}`)
      .attr('x', (b) => Math.min(zero, x(Number.isFinite(b.value) ? b.value : 0)))
      .attr('y', barY)
      .attr('width', (b) => Math.abs(x(Number.isFinite(b.value) ? b.value : 0) - zero))
      .attr('height', sub.bandwidth())
      .attr('fill', (b) => (b.which === 1 ? SECONDARY : d.signed && b.value < 0 ? NEGATIVE : PRIMARY));
    const whiskers = bars.filter((b) => b.lo !== undefined && b.hi !== undefined && Number.isFinite(b.lo) && Number.isFinite(b.hi));
    const cap = Math.min(8, sub.bandwidth() * 0.6);
    whiskersG
      .selectAll<SVGPathElement, Bar>('path')
      .data(whiskers, (b) => `${b.row.key}|${b.which}`)
      .join('path')
      .attr('class', 'ppsim-whisker')
      .attr('fill', 'none')
      .attr('stroke', '#222')
      .attr('stroke-width', 1.2)
      .attr('d', (b) => {
        const cy = barY(b) + sub.bandwidth() / 2;
        const l = x(b.lo ?? 0);
        const r = x(b.hi ?? 0);
        return `M${l},${cy - cap / 2}V${cy + cap / 2}M${l},${cy}H${r}M${r},${cy - cap / 2}V${cy + cap / 2}`;
      });
    zeroG
      .selectAll('line')
      .data([0])
      .join('line')
      .attr('x1', zero)
      .attr('x2', zero)
      .attr('y1', top)
      .attr('y2', bottom)
      .attr('stroke', '#333')
      .attr('stroke-width', d.signed ? 1.2 : 1);
    labelsG
      .selectAll<SVGTextElement, Row>('text')
      .data(d.rows, (r) => r.key)
      .join('text')
      .attr('class', 'ppsim-row-label')
      .attr('x', plotLeft - 8)
      .attr('y', (r) => (band(r.key) ?? 0) + band.bandwidth() / 2)
      .attr('dy', '0.35em')
      .attr('text-anchor', 'end')
      .text((r) => shown.get(r.key) ?? r.label);
    cursor.place({ x: PAD, y: top, width: plotRight - PAD, height: bottom - top });
    cursor.refresh();
    chart.describe(
      described(locale, 'bars', {
        value: d.value.label,
        n: d.rows.length,
        centred: d.signed ? described(locale, 'centred') : '',
        beside: items.length > 0 ? described(locale, 'beside', { a: d.legend?.[0] ?? '', b: d.legend?.[1] ?? '' }) : '',
      }),
    );
  }

  return chartHandle(chart, data, draw, () =>
    csvTable(
      ['key', 'label', 'bar', 'value', 'lo', 'hi'],
      barsOf(current.rows).map((b) => [b.row.key, b.row.label, names(current)[b.which], b.value, b.lo, b.hi]),
    ),
  );
}
