/**
 * The legend: swatches with labels flowing left to right and wrapping onto new rows, drawn inside
 * the svg so that exported files keep it. Line swatches carry the line's dash pattern.
 */
import { select } from 'd3';
import type { ChartBase, G } from './base.ts';

/** One legend entry. */
export interface LegendItem {
  readonly key: string;
  readonly label: string;
  /** `line`: a stroke (with `dash`); `band`: a pale box; `line+band`: both; `box`: a solid box; `symbol`: a point mark. */
  readonly swatch: 'line' | 'band' | 'line+band' | 'box' | 'symbol';
  readonly colour: string;
  readonly dash?: string;
  /** For `box` swatches: a fill other than the colour, e.g. a pattern url. */
  readonly fill?: string;
  /** For `symbol` swatches: the mark's path (centred on 0,0) and whether it is drawn hollow. */
  readonly symbol?: string;
  readonly hollow?: boolean;
}

const ROW = 18;
const SWATCH = 22;

/**
 * Draws `items` into `g` (translated to x, y), wrapping at `width`; returns the height used
 * (0 for no items).
 */
export function drawLegend(chart: ChartBase, g: G, items: readonly LegendItem[], x: number, y: number, width: number): number {
  const placed: { item: LegendItem; x: number; y: number }[] = [];
  let cx = 0;
  let row = 0;
  for (const item of items) {
    const w = SWATCH + 6 + chart.measure([item.label], 'ppsim-legend-text');
    if (cx > 0 && cx + w > width) {
      cx = 0;
      row += 1;
    }
    placed.push({ item, x: cx, y: row * ROW });
    cx += w + 18;
  }
  g.attr('transform', `translate(${x},${y})`);
  const entries = g
    .selectAll<SVGGElement, (typeof placed)[number]>('g.ppsim-legend-item')
    .data(placed, (d) => d.item.key)
    .join((enter) => enter.append('g').attr('class', 'ppsim-legend-item'))
    .attr('transform', (d) => `translate(${d.x},${d.y})`);
  entries.selectAll('*').remove();
  entries.each(function (d) {
    const e = select(this);
    const { swatch, colour } = d.item;
    if (swatch === 'band' || swatch === 'line+band') {
      e.append('rect').attr('x', 0).attr('y', 3).attr('width', SWATCH).attr('height', 12).attr('fill', colour).attr('fill-opacity', 0.2);
    }
    if (swatch === 'box') {
      e.append('rect')
        .attr('x', 4)
        .attr('y', 2)
        .attr('width', SWATCH - 8)
        .attr('height', 14)
        .attr('fill', d.item.fill ?? colour)
        .attr('stroke', '#666')
        .attr('stroke-width', 0.5);
    }
    if (swatch === 'symbol') {
      e.append('path')
        .attr('d', d.item.symbol ?? '')
        .attr('transform', `translate(${SWATCH / 2},9)`)
        .attr('fill', d.item.hollow === true ? '#ffffff' : colour)
        .attr('stroke', colour)
        .attr('stroke-width', d.item.hollow === true ? 1.6 : 1);
    }
    if (swatch === 'line' || swatch === 'line+band') {
      e.append('line')
        .attr('x1', 0)
        .attr('x2', SWATCH)
        .attr('y1', 9)
        .attr('y2', 9)
        .attr('stroke', colour)
        .attr('stroke-width', 2.5)
        .attr('stroke-dasharray', d.item.dash ?? null);
    }
    e.append('text')
      .attr('class', 'ppsim-legend-text')
      .attr('x', SWATCH + 6)
      .attr('y', 9)
      .attr('dy', '0.35em')
      .text(d.item.label);
  });
  return placed.length === 0 ? 0 : (row + 1) * ROW;
}
