/**
 * Time series with bands: one line per series (the mean over replications) over a shaded 95 %
 * interval, dated event markers, an optional zero rule for paired differences (B − A), a legend,
 * and a tooltip per year listing every series.
 */
import { area, bisectCenter, extent, line, scaleLinear } from 'd3';
import { formatEstimate, formatValue, formatYear } from './format.ts';
import { chartBase, chartHandle } from './internal/base.ts';
import { csvTable } from './internal/csv.ts';
import type { LegendItem } from './internal/legend.ts';
import { drawMarkers } from './internal/markers.ts';
import { attachCursor } from './internal/tooltip.ts';
import type { G } from './internal/base.ts';
import { drawYearFrame, YEAR_HINT, yearLayers } from './internal/year-frame.ts';
import { lineColour, lineDash } from './palette.ts';
import type { BandPoint, BandSeries, ChartHandle, ChartOptions, TimeSeriesData } from './types.ts';

/**
 * Draws `data` as lines with bands into `host`.
 *
 * @returns a handle whose `update(data)` redraws in place and whose `csv()` has one row per point
 *   (`series,label,x,mean,lo,hi`).
 * @example
 * const chart = timeSeriesChart(el, { series, y: { label: 'Cost (NOK/year)', unit: 'NOK/year' },
 *   markers: [{ x: 2009, label: 'abolition 2009' }] }, { title: 'Total cost', locale: 'nb' });
 * chart.update(moreReplications);
 */
export function timeSeriesChart(host: HTMLElement, data: TimeSeriesData, options: ChartOptions): ChartHandle<TimeSeriesData> {
  const chart = chartBase(host, options, 'time-series');
  const { locale } = chart;
  const layers = yearLayers(chart, ['zero', 'bands', 'lines']);
  const [zeroG, bandsG, linesG] = layers.plot as [G, G, G];
  const { markers: markersG, focus: focusG } = layers;
  let current = data;
  let xs: number[] = [];
  let x = scaleLinear();
  let y = scaleLinear();

  const cursor = attachCursor(
    chart,
    {
      count: () => xs.length,
      pick: (px) => (xs.length === 0 ? undefined : bisectCenter(xs, x.invert(px))),
      show: (i) => {
        const at = xs[i] ?? 0;
        const rows = current.series.map((s) => ({ s, p: s.points.find((p) => p.x === at) }));
        const ys = rows.flatMap((r) => (r.p && Number.isFinite(r.p.mean) ? [y(r.p.mean)] : []));
        focusG
          .selectAll('line')
          .data([at])
          .join('line')
          .attr('x1', x(at))
          .attr('x2', x(at))
          .attr('y1', y.range()[1] ?? 0)
          .attr('y2', y.range()[0] ?? 0)
          .attr('class', 'ppsim-guide');
        focusG
          .selectAll('circle')
          .data(rows.filter((r) => r.p && Number.isFinite(r.p.mean)))
          .join('circle')
          .attr('r', 4)
          .attr('cx', x(at))
          .attr('cy', (r) => y(r.p?.mean ?? 0))
          .attr('fill', (r) => lineColour(current.series.indexOf(r.s)))
          .attr('stroke', '#fff');
        const lines = rows.map((r) => `${r.s.label}: ${r.p ? pointText(r.p) : formatValue(NaN, '', locale)}`);
        return {
          x: x(at),
          y: ys.length > 0 ? Math.min(...ys) : (y.range()[1] ?? 0),
          text: [formatYear(at, locale), ...lines].join('\n'),
          swatches: [undefined, ...current.series.map((_, k) => lineColour(k))],
        };
      },
      clear: () => focusG.selectAll('*').remove(),
    },
    options.keyboardHint ?? YEAR_HINT,
  );

  function pointText(p: BandPoint): string {
    return formatEstimate(p.mean, p.lo, p.hi, current.y.unit, locale);
  }

  function draw(d: TimeSeriesData): void {
    current = d;
    const points = d.series.flatMap((s) => s.points);
    xs = [...new Set(points.map((p) => p.x))].sort((a, b) => a - b);
    const [x0 = 0, x1 = 1] = extent(xs);
    const values = points.flatMap((p) => [p.lo, p.hi, p.mean]).filter(Number.isFinite);
    if (d.zeroLine) values.push(0);
    const [y0 = 0, y1 = 1] = extent(values);
    x = scaleLinear().domain(x0 === x1 ? [x0 - 1, x1 + 1] : [x0, x1]);
    y = scaleLinear().domain(y0 === y1 ? [y0 - 1, y1 + 1] : [y0, y1]);
    const n = d.series.length;
    const items: LegendItem[] = d.series.map((s, i) => ({ key: s.key, label: s.label, swatch: 'line', colour: lineColour(i), dash: lineDash(i, n) }));
    if (d.bandLabel) items.push({ key: '\u0000band', label: d.bandLabel, swatch: 'band', colour: '#555' });
    const { top, bottom, left, right, stripTop, placed } = drawYearFrame(chart, layers, x, y, { items, yLabel: d.y.label, xLabel: d.x?.label, unit: d.y.unit, markers: d.markers ?? [] }, locale);
    zeroG
      .selectAll('line')
      .data(d.zeroLine ? [0] : [])
      .join('line')
      .attr('x1', left)
      .attr('x2', right)
      .attr('y1', y(0))
      .attr('y2', y(0))
      .attr('stroke', '#333')
      .attr('stroke-width', 1.2);

    const ok = (p: BandPoint) => Number.isFinite(p.mean) && Number.isFinite(p.lo) && Number.isFinite(p.hi);
    const band = area<BandPoint>()
      .defined(ok)
      .x((p) => x(p.x))
      .y0((p) => y(p.lo))
      .y1((p) => y(p.hi));
    const path = line<BandPoint>()
      .defined((p) => Number.isFinite(p.mean))
      .x((p) => x(p.x))
      .y((p) => y(p.mean));
    // Sorted once for both the band and the line of each series (in `d.series` order, as joined).
    const sorted = d.series.map((s) => [...s.points].sort((a, b) => a.x - b.x));
    bandsG
      .selectAll<SVGPathElement, BandSeries>('path')
      .data(d.series, (s) => s.key)
      .join('path')
      .attr('class', 'ppsim-band')
      .attr('fill', (_, i) => lineColour(i))
      .attr('fill-opacity', 0.18)
      .attr('d', (_, i) => band(sorted[i] ?? []) ?? '');
    linesG
      .selectAll<SVGPathElement, BandSeries>('path')
      .data(d.series, (s) => s.key)
      .join('path')
      .attr('class', 'ppsim-line')
      .attr('fill', 'none')
      .attr('stroke', (_, i) => lineColour(i))
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', (_, i) => lineDash(i, n) || null)
      .attr('d', (_, i) => path(sorted[i] ?? []) ?? '');
    drawMarkers(markersG, placed, x, stripTop, bottom);
    cursor.place({ x: left, y: top, width: right - left, height: bottom - top });
    cursor.refresh();

    const marks = (d.markers ?? []).map((m) => m.label).join(', ');
    chart.describe(
      `Line chart of ${d.y.label} from ${formatYear(x0, locale)} to ${formatYear(x1, locale)}: ` +
        `${d.series.map((s) => s.label).join(', ') || 'no series'}` +
        `${marks ? `; events: ${marks}` : ''}.`,
    );
  }

  return chartHandle(chart, data, draw, () =>
    csvTable(
      ['series', 'label', 'x', 'mean', 'lo', 'hi'],
      current.series.flatMap((s) => s.points.map((p) => [s.key, s.label, p.x, p.mean, p.lo, p.hi])),
    ),
  );
}
