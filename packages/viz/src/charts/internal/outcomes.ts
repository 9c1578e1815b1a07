/**
 * Outcome marks: years in which the runs produced an event of their own (a tender round held, the
 * municipality taking over a failed firm's users), as opposed to the case's scheduled events. They
 * sit in a row along the foot of the plot, one symbol per kind, so they never hide a line, and are
 * named in the legend and in the year's tooltip.
 */
import { symbol, symbolDiamond, symbolTriangle } from 'd3';
import type { OutcomeGroup } from '../types.ts';
import type { LegendItem } from './legend.ts';
import type { G } from './base.ts';

/** Grey-brown, apart from every line colour: the marks report, they are not a series. */
const COLOUR = '#6b4e16';
const SHAPES = [symbolTriangle, symbolDiamond];
const shape = (i: number, size: number) => symbol(SHAPES[i % SHAPES.length], size)() ?? '';

/** The legend entries of the groups that have marks. */
export function outcomeLegend(groups: readonly OutcomeGroup[]): LegendItem[] {
  return groups.map((g, i) => ({ key: `\u0000outcome-${g.key}`, label: g.legend, swatch: 'symbol', colour: COLOUR, symbol: shape(i, 48) }));
}

/** The tooltip lines of year `x`: what happened in it, group by group. */
export function outcomeLines(groups: readonly OutcomeGroup[], x: number): string[] {
  return groups.flatMap((g) => g.points.filter((p) => p.x === x).map((p) => p.text));
}

/** Draws each group's marks at `px(x)`, in rows above the plot's foot `bottom`. */
export function drawOutcomes(g: G, groups: readonly OutcomeGroup[], px: (x: number) => number, bottom: number): void {
  const marks = groups.flatMap((group, i) => group.points.map((p) => ({ key: `${group.key}|${p.x}`, i, p })));
  g.selectAll<SVGPathElement, (typeof marks)[number]>('path.ppsim-outcome')
    .data(marks, (m) => m.key)
    .join((enter) => {
      const e = enter.append('path').attr('class', 'ppsim-outcome');
      e.append('title');
      return e;
    })
    .attr('d', (m) => shape(m.i, 40))
    .attr('transform', (m) => `translate(${px(m.p.x)},${bottom - 7 - m.i * 11})`)
    .attr('fill', COLOUR)
    .attr('fill-opacity', 0.85)
    .attr('stroke', '#fff')
    .attr('stroke-width', 0.8)
    .select('title')
    .text((m) => m.p.text);
}
