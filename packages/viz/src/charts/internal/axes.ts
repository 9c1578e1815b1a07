/**
 * Axes and grid lines: d3 axes with the locale's tick formats, light horizontal (or vertical) grid
 * lines behind the marks, and axis titles placed where they cannot be clipped (the y title sits
 * horizontally above the y axis, the x title centred under the ticks).
 */
import { axisBottom, axisLeft, type AxisScale } from 'd3';
import type { ChartBase, G } from './base.ts';

/** Draws a left axis at x = `left` with tick labels from `format` and horizontal grid lines. */
export function drawYAxis<T extends number | string>(axis: G, grid: G | undefined, scale: AxisScale<T>, ticks: readonly T[], format: (v: T) => string, left: number, gridWidth: number): void {
  axis.attr('transform', `translate(${left},0)`).call(axisLeft(scale).tickValues(ticks).tickFormat(format).tickSizeOuter(0).tickPadding(6));
  if (!grid) return;
  grid
    .selectAll('line')
    .data(ticks)
    .join('line')
    .attr('x1', left)
    .attr('x2', left + gridWidth)
    .attr('y1', (d) => scale(d) ?? 0)
    .attr('y2', (d) => scale(d) ?? 0)
    .attr('stroke', '#e4e4e4');
}

/** Draws a bottom axis at y = `top`; vertical grid lines up to `gridTop` when `grid` is given. */
export function drawXAxis<T extends number | string>(axis: G, grid: G | undefined, scale: AxisScale<T>, ticks: readonly T[], format: (v: T) => string, top: number, gridTop: number): void {
  axis.attr('transform', `translate(0,${top})`).call(axisBottom(scale).tickValues(ticks).tickFormat(format).tickSizeOuter(0).tickPadding(5));
  if (!grid) return;
  grid
    .selectAll('line')
    .data(ticks)
    .join('line')
    .attr('x1', (d) => scale(d) ?? 0)
    .attr('x2', (d) => scale(d) ?? 0)
    .attr('y1', gridTop)
    .attr('y2', top)
    .attr('stroke', '#e4e4e4');
}

/** The space kept between a chart's edges and its text, in viewBox units. */
export const PAD = 8;

/** The line height of wrapped titles, in viewBox units. */
export const TITLE_LINE = 16;

/**
 * `text` broken at spaces into lines no wider than `width` when drawn as an axis title, or with
 * `className` (a single word wider than that keeps its own line). Empty text gives no lines.
 */
export function titleLines(chart: ChartBase, text: string | undefined, width: number, className = 'ppsim-axis-title'): string[] {
  if (!text) return [];
  if (chart.measure([text], className) <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const wider = line ? `${line} ${word}` : word;
    if (line && chart.measure([wider], className) > width) {
      lines.push(line);
      line = word;
    } else line = wider;
  }
  if (line) lines.push(line);
  return lines;
}

/** `text` cut with an ellipsis to fit `width` when drawn with `className` (tooltips and CSV keep it whole). */
export function fitText(chart: ChartBase, text: string, width: number, className: string): string {
  if (chart.measure([text], className) <= width) return text;
  let n = text.length - 1;
  while (n > 1 && chart.measure([`${text.slice(0, n)}…`], className) > width) n -= 1;
  return `${text.slice(0, n).trimEnd()}…`;
}

/**
 * Writes an axis title of one or more `lines` into `g` (one <text>, a <tspan> per line, the first
 * line's baseline at `y`). A centred title is kept inside `[0, width]` of the chart.
 */
export function drawTitle(chart: ChartBase, g: G, lines: readonly string[], x: number, y: number, anchor: 'start' | 'middle' | 'end', width = Infinity): void {
  const half = anchor === 'middle' && Number.isFinite(width) ? chart.measure(lines, 'ppsim-axis-title') / 2 : 0;
  const at = half === 0 ? x : half * 2 > width - 16 ? width / 2 : Math.min(Math.max(x, 8 + half), width - 8 - half);
  const title = g
    .selectAll<SVGTextElement, readonly string[]>('text')
    .data(lines.length > 0 ? [lines] : [])
    .join('text')
    .attr('class', 'ppsim-axis-title')
    .attr('x', at)
    .attr('y', y)
    .attr('text-anchor', anchor);
  title
    .selectAll('tspan')
    .data((d) => d)
    .join('tspan')
    .attr('x', at)
    .attr('dy', (_, i) => (i === 0 ? 0 : TITLE_LINE))
    .text((d) => d);
}

/**
 * Whole-number ticks for years: at most `max`, never fractional when the span allows integers; with
 * `whole` (an axis of calendar years) never fractional at all, a one-year span ticking its two ends.
 */
export function yearTicks(domain: readonly [number, number], max: number, ticks: (n: number) => number[], whole = false): number[] {
  const span = Math.abs(domain[1] - domain[0]);
  if (span < 2 && !whole) return ticks(max);
  const integers = ticks(Math.max(1, Math.min(max, Math.floor(span)))).filter((t) => Number.isInteger(t));
  if (!whole || integers.length >= 2) return integers;
  const from = Math.ceil(Math.min(domain[0], domain[1]));
  const to = Math.floor(Math.max(domain[0], domain[1]));
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** How many y ticks to ask d3 for: about one per 45 px of plot (the height less ~110 px of titles and axes). */
export function yTickCount(height: number): number {
  return Math.max(3, Math.round((height - 110) / 45));
}
