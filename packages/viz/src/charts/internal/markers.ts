/**
 * Event markers (a reform, an abolition): a dashed vertical rule across the plot and a label in a
 * strip above it. Labels that would collide go onto further rows of the strip, and a label near the
 * right edge is drawn to the left of its rule.
 */
import type { ScaleLinear } from 'd3';
import type { EventMarker } from '../types.ts';
import type { ChartBase, G } from './base.ts';

export const MARKER_ROW = 16;

/** A marker with its label's row and anchor, ready to draw. */
export interface PlacedMarker {
  readonly marker: EventMarker;
  readonly row: number;
  readonly anchor: 'start' | 'end';
}

/** Assigns rows to the markers inside the x domain; `right` is the plot's right edge. */
export function layoutMarkers(chart: ChartBase, markers: readonly EventMarker[], x: ScaleLinear<number, number>, right: number): PlacedMarker[] {
  const [d0, d1] = x.domain() as [number, number];
  const ends: number[] = [];
  return markers
    .filter((m) => m.x >= Math.min(d0, d1) && m.x <= Math.max(d0, d1))
    .sort((a, b) => a.x - b.x)
    .map((marker) => {
      const px = x(marker.x);
      const w = chart.measure([marker.label], 'ppsim-marker-text');
      const anchor = px + 4 + w > right ? 'end' : 'start';
      const from = anchor === 'start' ? px : px - 4 - w;
      const to = anchor === 'start' ? px + 4 + w : px;
      let row = ends.findIndex((end) => end + 8 < from);
      if (row < 0) row = ends.length;
      ends[row] = to;
      return { marker, row, anchor };
    });
}

/** The height of the strip the labels need. */
export function markerStripHeight(placed: readonly PlacedMarker[]): number {
  return placed.length === 0 ? 0 : (Math.max(...placed.map((p) => p.row)) + 1) * MARKER_ROW + 4;
}

/** Draws the rules from the strip row down to the plot bottom, and the labels. */
export function drawMarkers(g: G, placed: readonly PlacedMarker[], x: ScaleLinear<number, number>, stripTop: number, plotBottom: number): void {
  const items = g
    .selectAll<SVGGElement, PlacedMarker>('g.ppsim-marker')
    .data(placed, (d) => `${d.marker.x}|${d.marker.label}`)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'ppsim-marker');
      e.append('line');
      e.append('text').attr('class', 'ppsim-marker-text');
      return e;
    });
  items
    .select('line')
    .attr('x1', (d) => x(d.marker.x))
    .attr('x2', (d) => x(d.marker.x))
    .attr('y1', (d) => stripTop + d.row * MARKER_ROW + 2)
    .attr('y2', plotBottom)
    .attr('stroke', '#555')
    .attr('stroke-dasharray', '4 3');
  items
    .select('text')
    .attr('x', (d) => x(d.marker.x) + (d.anchor === 'start' ? 4 : -4))
    .attr('y', (d) => stripTop + d.row * MARKER_ROW + 11)
    .attr('text-anchor', (d) => d.anchor)
    .text((d) => d.marker.label);
}
