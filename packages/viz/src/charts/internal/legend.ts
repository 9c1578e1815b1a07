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
/** The step from one line of a wrapped label to the next. */
const LINE = 15;
const SWATCH = 22;
const TEXT = 'ppsim-legend-text';

/**
 * `label` in lines no wider than `room`: broken after spaces, colons, slashes, hyphens and minus
 * signs, and within a word only when the word alone is wider. The lines joined give the label back.
 */
export function wrapLabel(chart: ChartBase, label: string, room: number): string[] {
  const fits = (text: string) => chart.measure([text.trimEnd()], TEXT) <= room;
  if (fits(label)) return [label];
  const lines: string[] = [];
  let line = '';
  for (const part of label.split(/(?<=[\s:/–−-])/)) {
    if (line !== '' && !fits(line + part)) {
      lines.push(line);
      line = '';
    }
    if (line !== '' || fits(part)) {
      line += part;
      continue;
    }
    // A part wider than the room on its own is cut where it reaches the edge.
    for (const ch of part) {
      if (line !== '' && !fits(line + ch) && !/\s/.test(ch)) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Draws `items` into `g` (translated to x, y), wrapping at `width`; returns the height used
 * (0 for no items). A label too long for one row wraps onto lines of its own.
 */
export function drawLegend(chart: ChartBase, g: G, items: readonly LegendItem[], x: number, y: number, width: number): number {
  const placed: { item: LegendItem; lines: string[]; x: number; y: number }[] = [];
  let cx = 0;
  let rowY = 0;
  let rowHeight = 0;
  for (const item of items) {
    const lines = wrapLabel(chart, item.label, Math.max(40, width - SWATCH - 6));
    const w =
      SWATCH +
      6 +
      chart.measure(
        lines.map((l) => l.trimEnd()),
        TEXT,
      );
    const height = ROW + (lines.length - 1) * LINE;
    if (cx > 0 && cx + w > width) {
      cx = 0;
      rowY += rowHeight;
      rowHeight = 0;
    }
    placed.push({ item, lines, x: cx, y: rowY });
    rowHeight = Math.max(rowHeight, height);
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
    const text = e
      .append('text')
      .attr('class', TEXT)
      .attr('x', SWATCH + 6)
      .attr('y', 9)
      .attr('dy', '0.35em');
    if (d.lines.length === 1) text.text(d.item.label);
    else {
      text.attr('dy', null);
      d.lines.forEach((line, i) =>
        text
          .append('tspan')
          .attr('x', SWATCH + 6)
          .attr('dy', i === 0 ? '0.35em' : LINE)
          .text(line),
      );
    }
  });
  return placed.length === 0 ? 0 : rowY + rowHeight;
}
