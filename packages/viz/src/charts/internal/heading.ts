/**
 * Heading lines above a plot, inside the svg so that exported files say what they show: a title
 * first (bold), then smaller lines (e.g. a run's size), each wrapped to the width given.
 */
import { titleLines } from './axes.ts';
import type { ChartBase, G } from './base.ts';

/** The distance between heading lines' baselines, in viewBox units. */
export const HEADING_LINE = 18;

/**
 * `drawHeading(chart, g, heading, x, top, width)`: writes `heading` into `g` from `top` down,
 * wrapped at `width`; returns the height it takes (0 for none).
 */
export function drawHeading(chart: ChartBase, g: G, heading: readonly string[] | undefined, x: number, top: number, width: number): number {
  const lines = (heading ?? []).flatMap((text, k) => {
    const cls = k === 0 ? 'ppsim-heading' : 'ppsim-subheading';
    return titleLines(chart, text, width, cls).map((line) => ({ line, cls }));
  });
  g.selectAll('text')
    .data(lines)
    .join('text')
    .attr('class', (l) => l.cls)
    .attr('x', x)
    .attr('y', (_, i) => top + 13 + i * HEADING_LINE)
    .text((l) => l.line);
  return lines.length === 0 ? 0 : lines.length * HEADING_LINE + 4;
}
