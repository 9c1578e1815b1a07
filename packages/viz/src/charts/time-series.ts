/**
 * Time series with bands: one line per series (the mean over replications) over a shaded 95 %
 * interval, dated event markers, an optional zero rule for paired differences (B − A), a legend,
 * and a tooltip per year listing every series.
 */
import { described } from './internal/describe.ts';
import { area, bisectCenter, line, scaleLinear } from 'd3';
import { formatEstimate, formatValue, formatYear } from './format.ts';
import { chartBase, chartHandle } from './internal/base.ts';
import { csvTable } from './internal/csv.ts';
import type { LegendItem } from './internal/legend.ts';
import { drawMarkers } from './internal/markers.ts';
import { drawOutcomes, outcomeLegend, outcomeLines } from './internal/outcomes.ts';
import { attachCursor } from './internal/tooltip.ts';
import type { G } from './internal/base.ts';
import { drawYearFrame, MID_YEAR, valueDomain, YEAR_HINT, yearDomain, yearLayers } from './internal/year-frame.ts';
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
  const layers = yearLayers(chart, ['zero', 'bands', 'lines', 'outcomes']);
  const [zeroG, bandsG, linesG, outcomesG] = layers.plot as [G, G, G, G];
  const { markers: markersG, focus: focusG } = layers;
  let current = data;
  let xs: number[] = [];
  let x = scaleLinear();
  let y = scaleLinear();
  /** Where a point's x is drawn: mid-year for yearly values. */
  let shift = 0;
  const px = (v: number) => x(v + shift);
  const colourOf = (i: number) => current.series[i]?.colour ?? lineColour(i);
  const lowOf = (p: BandPoint) => (current.floor === undefined ? p.lo : Math.max(current.floor, p.lo));
  const highOf = (p: BandPoint) => (current.ceiling === undefined ? p.hi : Math.min(current.ceiling, p.hi));

  const cursor = attachCursor(
    chart,
    {
      count: () => xs.length,
      pick: (at) => (xs.length === 0 ? undefined : bisectCenter(xs, x.invert(at) - shift)),
      show: (i) => {
        const at = xs[i] ?? 0;
        const rows = current.series.map((s) => ({ s, p: s.points.find((p) => p.x === at) }));
        const ys = rows.flatMap((r) => (r.p && Number.isFinite(r.p.mean) ? [y(r.p.mean)] : []));
        focusG
          .selectAll('line')
          .data([at])
          .join('line')
          .attr('x1', px(at))
          .attr('x2', px(at))
          .attr('y1', y.range()[1] ?? 0)
          .attr('y2', y.range()[0] ?? 0)
          .attr('class', 'ppsim-guide');
        focusG
          .selectAll('circle')
          .data(rows.filter((r) => r.p && Number.isFinite(r.p.mean)))
          .join('circle')
          .attr('r', 4)
          .attr('cx', px(at))
          .attr('cy', (r) => y(r.p?.mean ?? 0))
          .attr('fill', (r) => colourOf(current.series.indexOf(r.s)))
          .attr('stroke', '#fff');
        const lines = rows.map((r) => `${r.s.label}: ${r.p ? pointText(r.p) : formatValue(NaN, '', locale)}`);
        const happened = outcomeLines(current.outcomes ?? [], at);
        return {
          x: px(at),
          y: ys.length > 0 ? Math.min(...ys) : (y.range()[1] ?? 0),
          text: [formatYear(at, locale), ...lines, ...happened].join('\n'),
          swatches: [undefined, ...current.series.map((_, k) => colourOf(k)), ...happened.map(() => undefined)],
        };
      },
      clear: () => focusG.selectAll('*').remove(),
    },
    options.keyboardHint ?? YEAR_HINT,
  );

  function pointText(p: BandPoint): string {
    return formatEstimate(p.mean, lowOf(p), highOf(p), current.y.unit, locale);
  }

  function draw(d: TimeSeriesData): void {
    current = d;
    const points = d.series.flatMap((s) => s.points);
    xs = [...new Set(points.map((p) => p.x))].sort((a, b) => a - b);
    shift = d.yearly === true ? MID_YEAR : 0;
    const [x0 = 0, x1 = 1] = [xs[0], xs[xs.length - 1]];
    x = scaleLinear().domain(yearDomain(xs, d.yearly === true));
    y = scaleLinear().domain(
      valueDomain(
        points.flatMap((p) => [lowOf(p), highOf(p), p.mean]),
        d.y.unit,
        d.zeroLine === true,
      ),
    );
    const n = d.series.length;
    const items: LegendItem[] = d.series.map((s, i) => ({ key: s.key, label: s.label, swatch: 'line', colour: colourOf(i), dash: lineDash(i, n) }));
    if (d.bandLabel) items.push({ key: '\u0000band', label: d.bandLabel, swatch: 'band', colour: '#555' });
    items.push(...outcomeLegend(d.outcomes ?? []));
    const { top, bottom, left, right, stripTop, placed } = drawYearFrame(
      chart,
      layers,
      x,
      y,
      { items, yLabel: d.y.label, xLabel: d.x?.label, unit: d.y.unit, markers: d.markers ?? [], yearly: d.yearly },
      locale,
    );
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
      .x((p) => px(p.x))
      .y0((p) => y(lowOf(p)))
      .y1((p) => y(highOf(p)));
    const path = line<BandPoint>()
      .defined((p) => Number.isFinite(p.mean))
      .x((p) => px(p.x))
      .y((p) => y(p.mean));
    // Sorted once for both the band and the line of each series (in `d.series` order, as joined).
    const sorted = d.series.map((s) => [...s.points].sort((a, b) => a.x - b.x));
    bandsG
      .selectAll<SVGPathElement, BandSeries>('path')
      .data(d.series, (s) => s.key)
      .join('path')
      .attr('class', 'ppsim-band')
      .attr('fill', (_, i) => colourOf(i))
      .attr('fill-opacity', 0.18)
      .attr('d', (_, i) => band(sorted[i] ?? []) ?? '');
    linesG
      .selectAll<SVGPathElement, BandSeries>('path')
      .data(d.series, (s) => s.key)
      .join('path')
      .attr('class', 'ppsim-line')
      .attr('fill', 'none')
      .attr('stroke', (_, i) => colourOf(i))
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', (_, i) => lineDash(i, n) || null)
      .attr('d', (_, i) => path(sorted[i] ?? []) ?? '');
    // A point with no neighbour (a one-year run, a gap) draws no line or band: a dot with a whisker.
    const lone = sorted.flatMap((ps, i) => ps.filter((p, j) => ok(p) && !(ps[j - 1] && ok(ps[j - 1] as BandPoint)) && !(ps[j + 1] && ok(ps[j + 1] as BandPoint))).map((p) => ({ p, i })));
    linesG
      .selectAll('line.ppsim-whisker')
      .data(lone)
      .join('line')
      .attr('class', 'ppsim-whisker')
      .attr('x1', (l) => px(l.p.x))
      .attr('x2', (l) => px(l.p.x))
      .attr('y1', (l) => y(lowOf(l.p)))
      .attr('y2', (l) => y(highOf(l.p)))
      .attr('stroke', (l) => colourOf(l.i))
      .attr('stroke-width', 1.5);
    linesG
      .selectAll('circle.ppsim-point')
      .data(lone)
      .join('circle')
      .attr('class', 'ppsim-point')
      .attr('r', 4)
      .attr('cx', (l) => px(l.p.x))
      .attr('cy', (l) => y(l.p.mean))
      .attr('fill', (l) => colourOf(l.i));
    drawMarkers(markersG, placed, x, stripTop, bottom);
    drawOutcomes(outcomesG, d.outcomes ?? [], px, bottom);
    cursor.place({ x: left, y: top, width: right - left, height: bottom - top });
    cursor.refresh();

    const marks = [...(d.markers ?? []).map((m) => m.label), ...(d.outcomes ?? []).map((g) => `${g.legend} (${g.points.map((p) => formatYear(p.x, locale)).join(', ')})`)].join(', ');
    chart.describe(
      described(locale, 'lines', {
        y: d.y.label,
        from: formatYear(x0, locale),
        to: formatYear(x1, locale),
        series: d.series.map((s) => s.label).join(', ') || described(locale, 'noSeries'),
        events: marks ? described(locale, 'events', { list: marks }) : '',
      }),
    );
  }

  return chartHandle(chart, data, draw, () =>
    csvTable(
      ['series', 'label', 'x', 'mean', 'lo', 'hi'],
      current.series.flatMap((s) => s.points.map((p) => [s.key, s.label, p.x, p.mean, p.lo, p.hi])),
    ),
  );
}
