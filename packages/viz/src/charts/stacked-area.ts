/**
 * Stacked areas: a cost breakdown over time, the first layer (production) at the bottom and each
 * transaction-cost item stacked on it, with a legend, event markers and a tooltip per year that
 * lists every layer and the total.
 */
import { area, bisectCenter, extent, max, min, scaleLinear, stack, stackOffsetDiverging, stackOffsetNone, type Series } from 'd3';
import { axisFormat, formatValue, formatYear } from './format.ts';
import { drawTitle, drawXAxis, drawYAxis, titleLines, TITLE_LINE, yearTicks, yTickCount } from './internal/axes.ts';
import { chartBase } from './internal/base.ts';
import { csvTable } from './internal/csv.ts';
import { drawLegend } from './internal/legend.ts';
import { drawMarkers, layoutMarkers, markerStripHeight } from './internal/markers.ts';
import { attachCursor } from './internal/tooltip.ts';
import { areaColour } from './palette.ts';
import type { ChartHandle, ChartOptions, StackedData } from './types.ts';

const PAD = 8;
/** The least plot height; a narrow chart with a tall legend grows rather than squashing its plot. */
const MIN_PLOT = 150;
const DEFAULT_HINT = 'Data: use the arrow keys to move between years';

interface Row {
  readonly x: number;
  readonly v: readonly number[];
}

/**
 * Draws `data` as stacked areas into `host`.
 *
 * @returns a handle whose `update(data)` redraws in place and whose `csv()` has one row per layer
 *   and x (`x,layer,label,value`).
 * @example
 * stackedAreaChart(el, { xs: [2005, 2006], layers: [{ key: 'production', label: 'Production',
 *   values: [10, 11] }], y: { label: 'Cost (NOK m)', unit: 'NOK m' } }, { title: 'Cost breakdown' });
 */
export function stackedAreaChart(host: HTMLElement, data: StackedData, options: ChartOptions): ChartHandle<StackedData> {
  const chart = chartBase(host, options, 'stacked-area');
  const { locale } = chart;
  const gridG = chart.layer('grid');
  const areasG = chart.layer('areas');
  const markersG = chart.layer('markers');
  const axisX = chart.layer('axis ppsim-axis--x');
  const axisY = chart.layer('axis ppsim-axis--y');
  const titles = chart.layer('titles');
  const legendG = chart.layer('legend');
  const focusG = chart.layer('focus').attr('data-export', 'skip');
  let current = data;
  let x = scaleLinear();
  let y = scaleLinear();
  const value = (layer: number, j: number) => current.layers[layer]?.values[j] ?? NaN;

  const cursor = attachCursor(
    chart,
    {
      count: () => current.xs.length,
      pick: (px) => (current.xs.length === 0 ? undefined : bisectCenter(current.xs, x.invert(px))),
      show: (j) => {
        const at = current.xs[j] ?? 0;
        const vals = current.layers.map((_, k) => value(k, j));
        const total = vals.reduce((s, v) => s + (Number.isFinite(v) ? v : 0), 0);
        focusG
          .selectAll('line')
          .data([at])
          .join('line')
          .attr('class', 'ppsim-guide')
          .attr('x1', x(at))
          .attr('x2', x(at))
          .attr('y1', y.range()[1] ?? 0)
          .attr('y2', y.range()[0] ?? 0);
        const unit = current.y.unit;
        const lines = current.layers.map((l, k) => `${l.label}: ${formatValue(vals[k] ?? NaN, unit, locale)}`).reverse();
        const totalLabel = locale === 'nb' ? 'Sum' : 'Total';
        return {
          x: x(at),
          y: y(total),
          text: [formatYear(at, locale), ...lines, `${totalLabel}: ${formatValue(total, unit, locale)}`].join('\n'),
          swatches: [undefined, ...current.layers.map((_, k) => areaColour(k)).reverse(), undefined],
        };
      },
      clear: () => focusG.selectAll('*').remove(),
    },
    options.keyboardHint ?? DEFAULT_HINT,
  );

  function draw(d: StackedData): void {
    const { width: W, height: H } = chart;
    current = d;
    const rows: Row[] = d.xs.map((xv, j) => ({ x: xv, v: d.layers.map((l) => l.values[j] ?? 0) }));
    const keys = d.layers.map((_, k) => k);
    const series = stack<Row, number>()
      .keys(keys)
      .value((r, k) => (Number.isFinite(r.v[k]) ? (r.v[k] ?? 0) : 0))
      // Diverging only when some value is negative: it puts zeros on the baseline, which would draw
      // a layer that is zero in one year as a sliver diving to the axis.
      .offset(rows.some((r) => r.v.some((v) => v < 0)) ? stackOffsetDiverging : stackOffsetNone)(rows);
    const [x0 = 0, x1 = 1] = extent(d.xs);
    const lo = Math.min(0, min(series, (s) => min(s, (p) => p[0])) ?? 0);
    const hi = Math.max(lo + 1, max(series, (s) => max(s, (p) => p[1])) ?? 1);
    x = scaleLinear().domain(x0 === x1 ? [x0 - 1, x1 + 1] : [x0, x1]);
    y = scaleLinear().domain([lo, hi]).nice(yTickCount(H));
    const yTicks = y.ticks(yTickCount(H));
    const yFormat = axisFormat(yTicks, d.y.unit, locale);
    const left = Math.max(44, PAD + chart.measure(yTicks.map(yFormat), 'ppsim-tick') + 12);
    const right = W - 22;
    x.range([left, right]);

    const items = d.layers.map((l, k) => ({ key: l.key, label: l.label, swatch: 'box' as const, colour: areaColour(k) }));
    let top = PAD + drawLegend(chart, legendG, items, PAD, PAD, right - PAD) + 14;
    const yTitle = titleLines(chart, d.y.label, W - 2 * PAD);
    drawTitle(chart, titles, yTitle, PAD, top + 4, 'start');
    top += TITLE_LINE * Math.max(1, yTitle.length);
    const placed = layoutMarkers(chart, d.markers ?? [], x, right);
    const stripTop = top;
    top += markerStripHeight(placed) + 4;
    const xTitle = titleLines(chart, d.x?.label, W - 2 * PAD);
    const below = PAD + 22 + (xTitle.length > 0 ? 20 + TITLE_LINE * (xTitle.length - 1) : 0);
    const bottom = chart.fit(top + MIN_PLOT + below) - below;
    y.range([bottom, top]);

    drawYAxis(axisY, gridG, y, yTicks, yFormat, left, right - left);
    const xTicks = yearTicks([x0, x1], Math.max(2, Math.floor((right - left) / 60)), (k) => x.ticks(k));
    drawXAxis(axisX, undefined, x, xTicks, (v) => formatYear(v, locale), bottom, top);
    drawTitle(chart, chart.layer('x-title'), xTitle, (left + right) / 2, bottom + 40, 'middle', W);

    const shape = area<Series<Row, number>[number]>()
      .x((p) => x(p.data.x))
      .y0((p) => y(p[0]))
      .y1((p) => y(p[1]));
    areasG
      .selectAll<SVGPathElement, Series<Row, number>>('path')
      .data(series)
      .join('path')
      .attr('class', 'ppsim-area')
      .attr('fill', (s) => areaColour(s.key))
      .attr('stroke', '#fff')
      .attr('stroke-width', 0.6)
      .attr('d', (s) => shape(s) ?? '');
    drawMarkers(markersG, placed, x, stripTop, bottom);
    cursor.place({ x: left, y: top, width: right - left, height: bottom - top });
    cursor.refresh();
    chart.describe(
      `Stacked area chart of ${d.y.label} from ${formatYear(x0, locale)} to ${formatYear(x1, locale)}, ` +
        `${d.layers.length} layers: ${d.layers.map((l) => l.label).join(', ')}.`,
    );
  }

  draw(data);
  chart.onResize(() => draw(current));
  return {
    svg: chart.svg.node() as SVGSVGElement,
    update: draw,
    csv: () =>
      csvTable(
        ['x', 'layer', 'label', 'value'],
        current.xs.flatMap((xv, j) => current.layers.map((l) => [xv, l.key, l.label, l.values[j]])),
      ),
    destroy: chart.destroy,
  };
}
