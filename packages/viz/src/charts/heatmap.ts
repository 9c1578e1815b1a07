/**
 * Heat map of a sweep over two parameters: one cell per grid point coloured on a sequential,
 * colour-blind-safe scale (viridis), a colour bar with the value's axis, and cells without data
 * hatched grey and named in the legend ("no data"). Large cells also print their value.
 */
import { described } from './internal/describe.ts';
import { axisRight, extent, scaleBand, scaleLinear, scaleSequential } from 'd3';
import { axisFormat, formatNumber, formatValue, isShare, noDataText } from './format.ts';
import { drawTitle, drawXAxis, drawYAxis, PAD, titleLines, TITLE_LINE } from './internal/axes.ts';
import { chartBase, chartHandle, uid } from './internal/base.ts';
import { csvTable } from './internal/csv.ts';
import { attachCursor } from './internal/tooltip.ts';
import { SEQUENTIAL } from './palette.ts';
import type { AxisText, ChartHandle, ChartOptions, HeatmapData } from './types.ts';

const BAR = 14;
const DEFAULT_HINT = 'Data: use the arrow keys to move between cells';

interface Cell {
  readonly xi: number;
  readonly yi: number;
  readonly v: number;
}

/** Every `k`-th of `values` so that labels `width` wide fit in `room`. */
function thin<T>(values: readonly T[], width: number, room: number): T[] {
  const k = Math.max(1, Math.ceil((values.length * (width + 8)) / Math.max(1, room)));
  return values.filter((_, i) => i % k === 0);
}

/**
 * Draws `data` as a heat map into `host`; `values[yi][xi]` is the cell at `xs[xi]`, `ys[yi]`.
 *
 * @returns a handle whose `csv()` has one row per cell (`x,y,value`, empty value for no data).
 * @example
 * heatmapChart(el, { xs: [1, 2], ys: [0.1, 0.2], values: [[3, 4], [5, NaN]],
 *   x: { label: 'Contract length (years)', unit: 'years' }, y: { label: 'Staff share', unit: 'share' },
 *   value: { label: 'Cost (NOK m)', unit: 'NOK m' } }, { title: 'Sweep' });
 */
export function heatmapChart(host: HTMLElement, data: HeatmapData, options: ChartOptions): ChartHandle<HeatmapData> {
  const chart = chartBase(host, options, 'heatmap');
  const { locale } = chart;
  const gradientId = uid('gradient');
  const hatchId = uid('hatch');
  const gradient = chart.defs.append('linearGradient').attr('id', gradientId).attr('x1', 0).attr('y1', 1).attr('x2', 0).attr('y2', 0);
  gradient
    .selectAll('stop')
    .data([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1])
    .join('stop')
    .attr('offset', (t) => t)
    .attr('stop-color', (t) => SEQUENTIAL(t));
  const hatch = chart.defs.append('pattern').attr('id', hatchId).attr('patternUnits', 'userSpaceOnUse').attr('width', 6).attr('height', 6);
  hatch.append('rect').attr('width', 6).attr('height', 6).attr('fill', '#eeeeee');
  hatch.append('path').attr('d', 'M0,6L6,0M-1,1L1,-1M5,7L7,5').attr('stroke', '#999999').attr('stroke-width', 1);
  const cellsG = chart.layer('cells');
  const labelsG = chart.layer('cell-labels');
  const axisX = chart.layer('axis ppsim-axis--x');
  const axisY = chart.layer('axis ppsim-axis--y');
  const titles = chart.layer('titles');
  const legendG = chart.layer('colour-legend');
  const focusG = chart.layer('focus').attr('data-export', 'skip');
  let current = data;
  let x = scaleBand<number>();
  let y = scaleBand<number>();
  const cols = () => current.xs.length;
  const rows = () => current.ys.length;
  // Items run left to right, top row first, so that ArrowDown moves down the picture.
  const cellAt = (i: number): Cell => {
    const xi = i % cols();
    const yi = rows() - 1 - Math.floor(i / cols());
    return { xi, yi, v: current.values[yi]?.[xi] ?? NaN };
  };

  const cursor = attachCursor(
    chart,
    {
      count: () => cols() * rows(),
      columns: cols,
      pick: (px, py) => {
        const xi = Math.floor((px - (x.range()[0] ?? 0)) / x.step());
        const r = Math.floor((py - (y.range()[0] ?? 0)) / y.step());
        return xi >= 0 && xi < cols() && r >= 0 && r < rows() ? r * cols() + xi : undefined;
      },
      show: (i) => {
        const c = cellAt(i);
        const xv = current.xs[c.xi] ?? NaN;
        const yv = current.ys[c.yi] ?? NaN;
        const cx = x(xv) ?? 0;
        const cy = y(yv) ?? 0;
        focusG.selectAll('rect').data([c]).join('rect').attr('class', 'ppsim-cell-focus').attr('x', cx).attr('y', cy).attr('width', x.bandwidth()).attr('height', y.bandwidth());
        const text = [`${current.value.label}: ${labelled(current.value, c.v)}`, `${current.x.label}: ${labelled(current.x, xv)}`, `${current.y.label}: ${labelled(current.y, yv)}`].join('\n');
        return { x: cx + x.bandwidth(), y: cy + y.bandwidth() / 2, text, placement: 'right' as const, flipX: cx };
      },
      clear: () => focusG.selectAll('*').remove(),
    },
    options.keyboardHint ?? DEFAULT_HINT,
  );

  /** A value for the tooltip; the unit is left out when the axis title already names it. */
  function labelled(axis: AxisText, v: number): string {
    return formatValue(v, isShare(axis.unit) ? 'share' : axis.label.includes(axis.unit) ? '' : axis.unit, locale);
  }

  function draw(d: HeatmapData): void {
    const { width: W } = chart;
    current = d;
    const cells: Cell[] = d.ys.flatMap((_, yi) => d.xs.map((_, xi) => ({ xi, yi, v: d.values[yi]?.[xi] ?? NaN })));
    const finite = cells.map((c) => c.v).filter(Number.isFinite);
    const hasGap = finite.length < cells.length;
    const [v0 = 0, v1 = 1] = extent(finite);
    const scale = scaleLinear().domain(v0 === v1 ? [v0 - 1, v1 + 1] : [v0, v1]);
    const colour = scaleSequential(SEQUENTIAL).domain(scale.domain() as [number, number]);
    const vTicks = scale.ticks(5);
    const vFormat = axisFormat(vTicks, d.value.unit, locale);
    const shareX = axisFormat(d.xs, 'share', locale);
    const shareY = axisFormat(d.ys, 'share', locale);
    const fmtX = (v: number) => (isShare(d.x.unit) ? shareX(v) : formatNumber(v, locale));
    const fmtY = (v: number) => (isShare(d.y.unit) ? shareY(v) : formatNumber(v, locale));

    const barRoom = BAR + 10 + chart.measure(vTicks.map(vFormat), 'ppsim-tick');
    const noData = noDataText(locale);
    const legendWidth = Math.max(barRoom, hasGap ? BAR + 6 + chart.measure([noData], 'ppsim-legend-text') : 0);
    const right = W - PAD - legendWidth - 18;
    const left = Math.max(44, PAD + chart.measure(d.ys.map(fmtY), 'ppsim-tick') + 12);
    // Titles: y at the left, the value's name right-aligned; a second line when they would meet.
    const yTitleW = chart.measure([d.y.label], 'ppsim-axis-title');
    const vTitleW = chart.measure([d.value.label], 'ppsim-axis-title');
    const twoLines = PAD + yTitleW + 24 + vTitleW > W - PAD;
    drawTitle(chart, titles, [d.y.label], PAD, PAD + 12, 'start');
    drawTitle(chart, chart.layer('value-title'), [d.value.label], W - PAD, PAD + 12 + (twoLines ? 18 : 0), 'end');
    const top = PAD + 24 + (twoLines ? 18 : 0);
    const xTitle = titleLines(chart, d.x.label, W - 2 * PAD);
    const below = PAD + 22 + 20 + TITLE_LINE * Math.max(0, xTitle.length - 1);
    const bottom = chart.fit(top + 22 * d.ys.length + below) - below;
    x = scaleBand<number>().domain(d.xs).range([left, right]).paddingInner(0.04);
    // The last of `ys` is the top row.
    const ysDown = [...d.ys].reverse();
    y = scaleBand<number>().domain(ysDown).range([top, bottom]).paddingInner(0.04);

    const xw = chart.measure(d.xs.map(fmtX), 'ppsim-tick');
    drawXAxis(axisX, undefined, x, thin(d.xs, xw, right - left), fmtX, bottom, top);
    drawYAxis(axisY, undefined, y, thin(ysDown, 12, bottom - top), fmtY, left, 0);
    drawTitle(chart, chart.layer('x-title'), xTitle, (left + right) / 2, bottom + 40, 'middle', W);

    cellsG
      .selectAll<SVGRectElement, Cell>('rect')
      .data(cells, (c) => `${c.xi}|${c.yi}`)
      .join('rect')
      .attr('class', (c) => (Number.isFinite(c.v) ? 'ppsim-cell' : 'ppsim-cell ppsim-cell--empty'))
      .attr('x', (c) => x(d.xs[c.xi] ?? NaN) ?? 0)
      .attr('y', (c) => y(d.ys[c.yi] ?? NaN) ?? 0)
      .attr('width', x.bandwidth())
      .attr('height', y.bandwidth())
      .attr('fill', (c) => (Number.isFinite(c.v) ? colour(c.v) : `url(#${hatchId})`));
    // Cell labels carry as many digits as tell neighbouring cells apart (a fortieth of the range).
    const [c0, c1] = scale.domain() as [number, number];
    const cellText = axisFormat([c0, c0 + (c1 - c0) / 40, c1], isShare(d.value.unit) ? 'share' : '', locale);
    const labelled = cells.filter((c) => Number.isFinite(c.v));
    const widest = chart.measure(
      labelled.map((c) => cellText(c.v)),
      'ppsim-cell-text',
    );
    const roomy = x.bandwidth() >= widest + 8 && y.bandwidth() >= 18;
    labelsG
      .selectAll<SVGTextElement, Cell>('text')
      .data(roomy ? labelled : [], (c) => `${c.xi}|${c.yi}`)
      .join('text')
      .attr('class', 'ppsim-cell-text')
      .attr('x', (c) => (x(d.xs[c.xi] ?? NaN) ?? 0) + x.bandwidth() / 2)
      .attr('y', (c) => (y(d.ys[c.yi] ?? NaN) ?? 0) + y.bandwidth() / 2)
      .attr('dy', '0.35em')
      .attr('text-anchor', 'middle')
      .style('fill', (c) => (scale(c.v) > 0.55 ? '#000' : '#fff'))
      .text((c) => cellText(c.v));

    // Colour bar: the value axis from bottom to top, "no data" swatch beneath it.
    const barLeft = W - PAD - legendWidth;
    const barBottom = hasGap ? bottom - 26 : bottom;
    scale.range([barBottom, top]);
    legendG.selectAll('*').remove();
    legendG
      .append('rect')
      .attr('x', barLeft)
      .attr('y', top)
      .attr('width', BAR)
      .attr('height', barBottom - top)
      .attr('fill', `url(#${gradientId})`);
    legendG
      .append('g')
      .attr('class', 'ppsim-axis')
      .attr('transform', `translate(${barLeft + BAR},0)`)
      .call(
        axisRight(scale)
          .tickValues(vTicks)
          .tickFormat((v) => vFormat(Number(v)))
          .tickSizeOuter(0),
      );
    if (hasGap) {
      legendG
        .append('rect')
        .attr('x', barLeft)
        .attr('y', bottom - 14)
        .attr('width', BAR)
        .attr('height', 14)
        .attr('fill', `url(#${hatchId})`)
        .attr('stroke', '#999');
      legendG
        .append('text')
        .attr('class', 'ppsim-legend-text')
        .attr('x', barLeft + BAR + 6)
        .attr('y', bottom - 7)
        .attr('dy', '0.35em')
        .text(noData);
    }
    scale.range([0, 1]);
    cursor.place({ x: left, y: top, width: right - left, height: bottom - top });
    cursor.refresh();
    chart.describe(
      described(locale, 'heatmap', {
        value: d.value.label,
        x: d.x.label,
        nx: d.xs.length,
        y: d.y.label,
        ny: d.ys.length,
        gaps: hasGap ? described(locale, 'gaps', { n: cells.length - finite.length }) : '',
      }),
    );
  }

  return chartHandle(chart, data, draw, () =>
    csvTable(
      ['x', 'y', 'value'],
      current.ys.flatMap((yv, yi) => current.xs.map((xv, xi) => [xv, yv, current.values[yi]?.[xi]])),
    ),
  );
}
