/**
 * Axes and grid lines: d3 axes with the locale's tick formats, light horizontal (or vertical) grid
 * lines behind the marks, and axis titles placed where they cannot be clipped (the y title sits
 * horizontally above the y axis, the x title centred under the ticks).
 */
import { axisBottom, axisLeft, type AxisScale } from 'd3';
import type { G } from './base.ts';

/** Draws a left axis at x = `left` with tick labels from `format` and horizontal grid lines. */
export function drawYAxis<T extends number | string>(
  axis: G,
  grid: G | undefined,
  scale: AxisScale<T>,
  ticks: readonly T[],
  format: (v: T) => string,
  left: number,
  gridWidth: number,
): void {
  axis
    .attr('transform', `translate(${left},0)`)
    .call(axisLeft(scale).tickValues(ticks).tickFormat(format).tickSizeOuter(0).tickPadding(6));
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
export function drawXAxis<T extends number | string>(
  axis: G,
  grid: G | undefined,
  scale: AxisScale<T>,
  ticks: readonly T[],
  format: (v: T) => string,
  top: number,
  gridTop: number,
): void {
  axis
    .attr('transform', `translate(0,${top})`)
    .call(axisBottom(scale).tickValues(ticks).tickFormat(format).tickSizeOuter(0).tickPadding(5));
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

/**
 * Writes an axis title into `g` (one <text>), or removes it when `text` is empty. A centred title
 * wider than its axis is shifted to stay inside `[0, width]` of the chart.
 */
export function drawTitle(g: G, text: string | undefined, x: number, y: number, anchor: 'start' | 'middle' | 'end', width = Infinity): void {
  const title = g
    .selectAll<SVGTextElement, string>('text')
    .data(text ? [text] : [])
    .join('text')
    .attr('class', 'ppsim-axis-title')
    .attr('x', x)
    .attr('y', y)
    .attr('text-anchor', anchor)
    .text((d) => d);
  const node = title.node();
  if (anchor !== 'middle' || !node || !node.isConnected || !Number.isFinite(width)) return;
  const half = node.getComputedTextLength() / 2;
  title.attr('x', half * 2 > width - 16 ? width / 2 : Math.min(Math.max(x, 8 + half), width - 8 - half));
}

/** Whole-number ticks for years: at most `max`, never fractional when the span allows integers. */
export function yearTicks(domain: readonly [number, number], max: number, ticks: (n: number) => number[]): number[] {
  const span = Math.abs(domain[1] - domain[0]);
  if (span < 2) return ticks(max);
  return ticks(Math.min(max, span)).filter((t) => Number.isInteger(t));
}
