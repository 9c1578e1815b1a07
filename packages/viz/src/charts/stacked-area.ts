/**
 * Stacked areas: a cost breakdown over time, the first layer (production) at the bottom and each
 * transaction-cost item stacked on it, with a legend, event markers and a tooltip per year that
 * lists every layer and the total.
 */
import { described } from './internal/describe.ts';
import { area, bisectCenter, extent, max, min, scaleLinear, stack, stackOffsetDiverging, stackOffsetNone, type Series } from 'd3';
import { formatValue, formatYear } from './format.ts';
import { chartBase, chartHandle } from './internal/base.ts';
import { csvTable } from './internal/csv.ts';
import { drawMarkers } from './internal/markers.ts';
import { attachCursor } from './internal/tooltip.ts';
import type { G } from './internal/base.ts';
import { drawYearFrame, MID_YEAR, YEAR_HINT, yearDomain, yearLayers } from './internal/year-frame.ts';
import { areaColour } from './palette.ts';
import type { ChartHandle, ChartOptions, StackedData } from './types.ts';

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
  const layers = yearLayers(chart, ['areas']);
  const [areasG] = layers.plot as [G];
  const { markers: markersG, focus: focusG } = layers;
  let current = data;
  let x = scaleLinear();
  let y = scaleLinear();
  const value = (layer: number, j: number) => current.layers[layer]?.values[j] ?? NaN;
  /** Where an x is drawn: mid-year for yearly values. */
  let shift = 0;
  const px = (v: number) => x(v + shift);
  const colourOf = (k: number) => current.layers[k]?.colour ?? areaColour(k);

  const cursor = attachCursor(
    chart,
    {
      count: () => current.xs.length,
      pick: (at) => (current.xs.length === 0 ? undefined : bisectCenter(current.xs, x.invert(at) - shift)),
      show: (j) => {
        const at = current.xs[j] ?? 0;
        const vals = current.layers.map((_, k) => value(k, j));
        const total = vals.reduce((s, v) => s + (Number.isFinite(v) ? v : 0), 0);
        focusG
          .selectAll('line')
          .data([at])
          .join('line')
          .attr('class', 'ppsim-guide')
          .attr('x1', px(at))
          .attr('x2', px(at))
          .attr('y1', y.range()[1] ?? 0)
          .attr('y2', y.range()[0] ?? 0);
        const unit = current.y.unit;
        const lines = current.layers.map((l, k) => `${l.label}: ${formatValue(vals[k] ?? NaN, unit, locale)}`).reverse();
        const totalLabel = locale === 'nb' ? 'Sum' : 'Total';
        return {
          x: px(at),
          y: y(total),
          text: [formatYear(at, locale), ...lines, `${totalLabel}: ${formatValue(total, unit, locale)}`].join('\n'),
          swatches: [undefined, ...current.layers.map((_, k) => colourOf(k)).reverse(), undefined],
        };
      },
      clear: () => focusG.selectAll('*').remove(),
    },
    options.keyboardHint ?? YEAR_HINT,
  );

  function draw(d: StackedData): void {
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
    shift = d.yearly === true ? MID_YEAR : 0;
    x = scaleLinear().domain(yearDomain(d.xs, d.yearly === true));
    y = scaleLinear().domain([lo, hi]);
    const items = d.layers.map((l, k) => ({ key: l.key, label: l.label, swatch: 'box' as const, colour: colourOf(k) }));
    const { top, bottom, left, right, stripTop, placed } = drawYearFrame(
      chart,
      layers,
      x,
      y,
      { items, yLabel: d.y.label, xLabel: d.x?.label, unit: d.y.unit, markers: d.markers ?? [], yearly: d.yearly },
      locale,
    );

    const shape = area<Series<Row, number>[number]>()
      .x((p) => px(p.data.x))
      .y0((p) => y(p[0]))
      .y1((p) => y(p[1]));
    areasG
      .selectAll<SVGPathElement, Series<Row, number>>('path')
      .data(series)
      .join('path')
      .attr('class', 'ppsim-area')
      .attr('fill', (s) => colourOf(s.key))
      .attr('stroke', '#fff')
      .attr('stroke-width', 0.6)
      .attr('d', (s) => shape(s) ?? '');
    drawMarkers(markersG, placed, x, stripTop, bottom);
    cursor.place({ x: left, y: top, width: right - left, height: bottom - top });
    cursor.refresh();
    chart.describe(described(locale, 'stack', { y: d.y.label, from: formatYear(x0, locale), to: formatYear(x1, locale), n: d.layers.length, layers: d.layers.map((l) => l.label).join(', ') }));
  }

  return chartHandle(chart, data, draw, () =>
    csvTable(
      ['x', 'layer', 'label', 'value'],
      current.xs.flatMap((xv, j) => current.layers.map((l) => [xv, l.key, l.label, l.values[j]])),
    ),
  );
}
