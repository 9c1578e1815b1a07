/**
 * A pairs plot of samples over k variables: a k × k grid with a scatter of each pair below the
 * diagonal, a histogram of each variable on the diagonal (its name written in the cell) and the
 * pair's correlation above it. Every axis spans the variable's given range (e.g. the searched box
 * of a calibration), framed, so the plot shows how much of the range the samples fill. Marks may
 * be coloured by a value per sample (viridis). A sample under the pointer, or chosen with the arrow
 * keys, is ringed in every scatter.
 */
import { described } from './internal/describe.ts';
import { scaleLinear } from 'd3';
import { formatNumber } from './format.ts';
import { PAD } from './internal/axes.ts';
import { chartBase, chartHandle } from './internal/base.ts';
import { csvTable } from './internal/csv.ts';
import { drawHeading } from './internal/heading.ts';
import { correlation, drawColourBar, drawGridAxes, histogram, pairsStep, sampleColour, type PairsGrid } from './internal/pairs-grid.ts';
import { attachCursor } from './internal/tooltip.ts';
import { PALETTE } from './palette.ts';
import type { ChartHandle, ChartOptions, PairsData } from './types.ts';

export { PAIRS_MAX_MARKS, pairsStep } from './internal/pairs-grid.ts';

const DEFAULT_HINT = 'Data: use the arrow keys to move between samples';
const BAR = PALETTE[4];

/**
 * Draws `data` as a pairs plot into `host`.
 *
 * @returns a handle whose `csv()` is `data.table` or, without one, a row per sample (its name and
 *   its values, then the colour value).
 * @example
 * pairsChart(el, { variables: [{ key: 'a', label: 'governance.controlIntensity', domain: [0, 1] },
 *   { key: 'b', label: 'staff.motivation.mean', domain: [0.3, 0.9] }], values: [[0.2, 0.5], [0.6, 0.7]] },
 *   { title: 'Calibrated parameters' });
 */
export function pairsChart(host: HTMLElement, data: PairsData, options: ChartOptions): ChartHandle<PairsData> {
  const chart = chartBase(host, options, 'pairs');
  const { locale } = chart;
  const headingG = chart.layer('heading-lines');
  const legendG = chart.layer('colour-legend');
  const framesG = chart.layer('frames');
  const histG = chart.layer('histograms');
  const pointsG = chart.layer('samples');
  const corrG = chart.layer('correlations');
  const labelsG = chart.layer('variable-labels');
  const axesG = chart.layer('axes');
  const focusG = chart.layer('focus').attr('data-export', 'skip');
  let current = data;
  let grid: PairsGrid | undefined;
  /** The samples drawn, in keyboard order. */
  let shown: number[] = [];
  /** The scatter cell the tooltip points into: [row, column]. */
  let cell: [number, number] = [1, 0];

  const value = (v: number, s: number) => current.values[v]?.[s] ?? Number.NaN;

  const cursor = attachCursor(
    chart,
    {
      count: () => (current.variables.length > 1 ? shown.length : 0),
      pick: (px, py) => {
        const g = grid;
        if (g === undefined) return undefined;
        const at = g.cellAt(px, py);
        if (at === undefined || at[0] <= at[1]) return undefined;
        cell = at;
        const [i, j] = at;
        // The sample nearest the pointer in this scatter, however far.
        let best: number | undefined;
        let distance = Number.POSITIVE_INFINITY;
        shown.forEach((s, n) => {
          const d = (g.x(j, value(j, s)) - px) ** 2 + (g.y(i, value(i, s)) - py) ** 2;
          if (d < distance) {
            distance = d;
            best = n;
          }
        });
        return best;
      },
      show: (n) => {
        const g = grid;
        const s = shown[n];
        if (g === undefined || s === undefined) return { x: 0, y: 0, text: '' };
        const k = current.variables.length;
        const rings = [];
        for (let i = 1; i < k; i++) for (let j = 0; j < i; j++) rings.push({ cx: g.x(j, value(j, s)), cy: g.y(i, value(i, s)) });
        focusG
          .selectAll('circle')
          .data(rings)
          .join('circle')
          .attr('class', 'ppsim-point-focus')
          .attr('cx', (r) => r.cx)
          .attr('cy', (r) => r.cy)
          .attr('r', 6);
        const [i, j] = cell;
        const px = g.x(j, value(j, s));
        const c = current.colour;
        const lines = [
          current.names?.[s] ?? `#${s}`,
          ...current.variables.map((v, q) => `${v.label}: ${formatNumber(value(q, s), locale)}`),
          ...(c === undefined ? [] : [`${c.label}: ${formatNumber(c.values[s] ?? Number.NaN, locale)}`]),
        ];
        return { x: px + 8, flipX: px - 8, y: g.y(i, value(i, s)), text: lines.join('\n'), placement: 'right' as const };
      },
      clear: () => focusG.selectAll('*').remove(),
    },
    options.keyboardHint ?? DEFAULT_HINT,
  );

  function draw(d: PairsData): void {
    const { width: W } = chart;
    current = d;
    const k = d.variables.length;
    const n = d.values[0]?.length ?? 0;
    const step = pairsStep(n, k);
    shown = Array.from({ length: Math.ceil(n / step) }, (_, q) => q * step);
    const headH = drawHeading(chart, headingG, d.heading, PAD, PAD, W - 2 * PAD);
    const legendH = drawColourBar(chart, legendG, d.colour, PAD, PAD + headH, W - 2 * PAD);
    const top = PAD + headH + legendH + (headH + legendH > 0 ? 10 : 0);
    const g = drawGridAxes(chart, axesG, d.variables, top, W);
    grid = g;
    chart.fit(g.bottom + 26 + PAD, true);
    const size = g.size;
    framesG
      .selectAll('rect')
      .data(g.cells.filter((c) => c.i >= c.j))
      .join('rect')
      .attr('class', (c) => `ppsim-pairs-frame${c.i === c.j ? ' ppsim-pairs-frame--diagonal' : ''}`)
      .attr('x', (c) => g.frame(c.i, c.j).x)
      .attr('y', (c) => g.frame(c.i, c.j).y)
      .attr('width', (c) => g.frame(c.i, c.j).width)
      .attr('height', (c) => g.frame(c.i, c.j).height)
      .attr('fill', (c) => (c.i === c.j ? '#f7f7f7' : '#fbfbfb'))
      .attr('stroke', '#bbbbbb');
    const bars = d.variables.flatMap((v, q) => {
      const bins = histogram(d.values[q] ?? [], v.domain, n);
      const most = Math.max(1, ...bins.map((b) => b.count));
      // Bars stand on the frame's floor and leave room for the name at its top.
      const h = scaleLinear()
        .domain([0, most])
        .range([g.y(q, v.domain[0]), g.y(q, v.domain[1]) + 20]);
      return bins.map((b, r) => ({ key: `${v.key}|${r}`, x0: g.x(q, b.x0), x1: g.x(q, b.x1), y: h(b.count), bottom: h(0), count: b.count }));
    });
    histG
      .selectAll<SVGRectElement, (typeof bars)[number]>('rect')
      .data(bars, (b) => b.key)
      .join('rect')
      .attr('class', 'ppsim-hist-bar')
      .attr('x', (b) => b.x0 + 0.5)
      .attr('width', (b) => Math.max(0, b.x1 - b.x0 - 1))
      .attr('y', (b) => b.y)
      .attr('height', (b) => b.bottom - b.y)
      .attr('fill', BAR)
      .attr('fill-opacity', 0.6);
    const radius = Math.max(1.6, Math.min(3.2, size / 60));
    const marks = g.cells
      .filter((c) => c.i > c.j)
      .flatMap((c) => shown.map((s) => ({ key: `${c.i}|${c.j}|${s}`, cx: g.x(c.j, value(c.j, s)), cy: g.y(c.i, value(c.i, s)), fill: sampleColour(d.colour, s, BAR) })));
    pointsG
      .selectAll<SVGCircleElement, (typeof marks)[number]>('circle')
      .data(marks, (m) => m.key)
      .join('circle')
      .attr('class', 'ppsim-sample')
      .attr('cx', (m) => m.cx)
      .attr('cy', (m) => m.cy)
      .attr('r', radius)
      .attr('fill', (m) => m.fill)
      .attr('fill-opacity', 0.75);
    const corr = g.cells
      .filter((c) => c.i < c.j)
      .map((c) => ({ key: `${c.i}|${c.j}`, x: c.left + size / 2, y: c.top + Math.max(size / 2, Math.min(size - 6, 32)), r: correlation(d.values[c.i] ?? [], d.values[c.j] ?? []) }));
    corrG
      .selectAll<SVGTextElement, (typeof corr)[number]>('text')
      .data(corr, (c) => c.key)
      .join('text')
      .attr('class', 'ppsim-corr')
      .attr('x', (c) => c.x)
      .attr('y', (c) => c.y)
      .attr('dy', '0.35em')
      .attr('text-anchor', 'middle')
      .text((c) => `r = ${Number.isFinite(c.r) ? formatNumber(Math.round(c.r * 100) / 100, locale) : '–'}`);
    labelsG
      .selectAll('text')
      // A name may run on to the right, over the row's upper cells: their correlation sits lower down, at their middle.
      .data(d.variables.map((v, q) => ({ label: g.fit(v.label, W - PAD - g.x(q, v.domain[0]) - 4), x: g.x(q, v.domain[0]) + 4, y: g.y(q, v.domain[1]) + 14 })))
      .join('text')
      .attr('class', 'ppsim-pairs-label')
      .attr('x', (l) => l.x)
      .attr('y', (l) => l.y)
      .text((l) => l.label);
    const first = g.cells.find((c) => c.i > c.j);
    cursor.place(first === undefined ? { x: 0, y: 0, width: 0, height: 0 } : { x: g.left, y: g.top(0), width: g.right - g.left, height: g.bottom - g.top(0) });
    cursor.refresh();
    chart.describe(described(locale, 'pairs', { n, k, variables: d.variables.map((v) => v.label).join(', '), thinned: step > 1 ? described(locale, 'thinned', { step }) : '' }));
  }

  return chartHandle(chart, data, draw, () => {
    if (current.table !== undefined) return csvTable(current.table.columns, current.table.rows);
    const n = current.values[0]?.length ?? 0;
    const c = current.colour;
    return csvTable(
      ['sample', ...current.variables.map((v) => v.key), ...(c === undefined ? [] : [c.label])],
      Array.from({ length: n }, (_, s) => [current.names?.[s] ?? String(s), ...current.variables.map((_, q) => value(q, s)), ...(c === undefined ? [] : [c.values[s]])]),
    );
  });
}
