/**
 * The parts of a pairs plot: the grid's layout and axes (each column's ticks under the grid, each
 * row's left of it, kept to their own cell so that neighbours never overlap), histogram bins, the
 * correlation of a pair, the colour of a sample and its colour bar, and how many samples to draw.
 */
import { axisBottom, axisLeft, scaleLinear, select, type ScaleLinear } from 'd3';
import { axisFormat, formatNumber } from '../format.ts';
import { SEQUENTIAL } from '../palette.ts';
import type { PairsData } from '../types.ts';
import { fitText, PAD } from './axes.ts';
import { uid, type ChartBase, type G } from './base.ts';

/** At most this many marks in all the scatters together; more samples are thinned evenly. */
export const PAIRS_MAX_MARKS = 30_000;

/**
 * `pairsStep(n, k)`: every how many of `n` samples the scatters of `k` variables draw (1: all), so
 * that they hold at most {@link PAIRS_MAX_MARKS} marks.
 */
export function pairsStep(n: number, k: number): number {
  const pairs = (k * (k - 1)) / 2;
  return pairs === 0 ? 1 : Math.max(1, Math.ceil((n * pairs) / PAIRS_MAX_MARKS));
}

/** One cell of the grid: row `i`, column `j`, its top-left corner. */
export interface PairsCell {
  readonly i: number;
  readonly j: number;
  readonly left: number;
  readonly top: number;
}

/** The grid as laid out: cells, their size, and where a variable's value lies across or up. */
export interface PairsGrid {
  readonly cells: readonly PairsCell[];
  readonly size: number;
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
  /** The top of row `q`. */
  top(q: number): number;
  /** Where value `v` of variable `j` lies across (in column j). */
  x(j: number, v: number): number;
  /** Where value `v` of variable `i` lies up (in row i). */
  y(i: number, v: number): number;
  /** The frame of cell (i, j): the ranges of variables j (across) and i (up). */
  frame(i: number, j: number): { x: number; y: number; width: number; height: number };
  /** The cell [row, column] under a point, if any. */
  cellAt(px: number, py: number): [number, number] | undefined;
  /** `text` cut to `width` as a variable's label. */
  fit(text: string, width: number): string;
}

/** `[lo, hi]` widened by 4 % each side, so marks at the ends stay inside the cell. */
function padded([lo, hi]: readonly [number, number]): [number, number] {
  const pad = hi > lo ? (hi - lo) * 0.04 : 0.5;
  return [lo - pad, hi + pad];
}

/**
 * Lays out the grid for `variables` below `top` in a chart `width` wide (centred, at most 240 per
 * variable across) and draws its axes into `g`.
 */
export function drawGridAxes(chart: ChartBase, g: G, variables: PairsData['variables'], top: number, width: number): PairsGrid {
  const { locale } = chart;
  const k = Math.max(1, variables.length);
  const base = variables.map((v) => scaleLinear().domain(padded(v.domain)));
  // Room for the row tick labels: the widest of any row's candidate ticks.
  const yTicks = base.map((s) => s.ticks(4));
  const yFormats = yTicks.map((t) => axisFormat(t, '', locale));
  const labelRoom = k > 1 ? Math.max(24, ...yTicks.slice(1).map((t, q) => chart.measure(t.map(yFormats[q + 1] ?? String), 'ppsim-tick'))) + 10 : 0;
  const room = width - 2 * PAD - labelRoom - 6;
  const side = Math.max(120, Math.min(room, 240 * k, 760));
  const gap = side / k < 110 ? 6 : 12;
  const size = (side - gap * (k - 1)) / k;
  const left = PAD + labelRoom + Math.max(0, (room - side) / 2);
  const at = (q: number) => q * (size + gap);
  const xs: ScaleLinear<number, number>[] = base.map((s, q) => s.copy().range([left + at(q), left + at(q) + size]));
  const ys: ScaleLinear<number, number>[] = base.map((s, q) => s.copy().range([top + at(q) + size, top + at(q)]));
  const cells: PairsCell[] = [];
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) cells.push({ i, j, left: left + at(j), top: top + at(i) });
  const bottom = top + side;
  // Ticks whose labels stay within their cell and half the gap: never on a neighbour's.
  const columns = xs.map((s, q) => {
    const ticks = s.ticks(Math.max(3, Math.floor(size / 50)));
    const format = axisFormat(ticks, '', locale);
    // The outer columns' labels may reach to the chart's edges; the others stop halfway into the gap.
    const lo = q === 0 ? PAD : left + at(q) - gap / 2;
    const hi = q === k - 1 ? width - PAD : left + at(q) + size + gap / 2;
    const span = (t: number) => {
      const w = chart.measure([format(t)], 'ppsim-tick') / 2;
      return [s(t) - w, s(t) + w] as const;
    };
    const inside = ticks.filter((t) => span(t)[0] >= lo && span(t)[1] <= hi);
    // Every other tick, every third…, until neighbouring labels keep 6 units apart.
    let every = 1;
    const apart = (kept: number[]) => kept.every((t, r) => r === 0 || span(kept[r - 1] as number)[1] + 6 <= span(t)[0]);
    while (!apart(inside.filter((_, r) => r % every === 0))) every += 1;
    return { q, format, ticks: inside.filter((_, r) => r % every === 0) };
  });
  const rows = ys.slice(1).map((s, r) => {
    const q = r + 1;
    const ticks = s.ticks(Math.max(2, Math.floor(size / 40)));
    const format = axisFormat(ticks, '', locale);
    const lo = top + at(q) - gap / 2;
    return { q, format, ticks: ticks.filter((t) => s(t) - 7 >= lo && s(t) + 7 <= lo + size + gap) };
  });
  g.selectAll<SVGGElement, (typeof columns)[number]>('g.ppsim-axis--x')
    .data(columns)
    .join('g')
    .attr('class', 'ppsim-axis ppsim-axis--x')
    .attr('transform', `translate(0,${bottom})`)
    .each(function (c) {
      axisBottom(xs[c.q] as ScaleLinear<number, number>)
        .tickValues(c.ticks)
        .tickFormat((v) => c.format(v as number))
        .tickSizeOuter(0)
        .tickPadding(4)(select(this));
    });
  g.selectAll<SVGGElement, (typeof rows)[number]>('g.ppsim-axis--y')
    .data(rows)
    .join('g')
    .attr('class', 'ppsim-axis ppsim-axis--y')
    .attr('transform', `translate(${left},0)`)
    .each(function (r) {
      axisLeft(ys[r.q] as ScaleLinear<number, number>)
        .tickValues(r.ticks)
        .tickFormat((v) => r.format(v as number))
        .tickSizeOuter(0)
        .tickPadding(4)(select(this));
    });
  // The axis lines would run across the gaps between cells: the frames draw each cell's edge instead.
  g.selectAll('path.domain').remove();
  return {
    cells,
    size,
    left,
    right: left + side,
    bottom,
    top: (q) => top + at(q),
    x: (j, v) => (xs[j] as ScaleLinear<number, number>)(v),
    y: (i, v) => (ys[i] as ScaleLinear<number, number>)(v),
    frame(i, j) {
      const [x0, x1] = (variables[j]?.domain ?? [0, 1]).map((v) => (xs[j] as ScaleLinear<number, number>)(v)) as [number, number];
      const [y0, y1] = (variables[i]?.domain ?? [0, 1]).map((v) => (ys[i] as ScaleLinear<number, number>)(v)) as [number, number];
      return { x: x0, y: y1, width: x1 - x0, height: y0 - y1 };
    },
    cellAt(px, py) {
      const j = Math.floor((px - left) / (size + gap));
      const i = Math.floor((py - top) / (size + gap));
      if (i < 0 || j < 0 || i >= k || j >= k) return undefined;
      return px - left - at(j) <= size && py - top - at(i) <= size ? [i, j] : undefined;
    },
    fit: (text, w) => fitTail(chart, text, w),
  };
}

/**
 * `text` cut at its start to fit `width` as a variable's label: of a parameter path the end says
 * most (`…motivation.mean`, not `staff.motivation…`).
 */
function fitTail(chart: ChartBase, text: string, width: number): string {
  if (chart.measure([text], 'ppsim-pairs-label') <= width) return text;
  let n = 1;
  const tail = (k: number) => `…${text.slice(k).replace(/^\./, '')}`;
  while (n < text.length - 1 && chart.measure([tail(n)], 'ppsim-pairs-label') > width) n += 1;
  return tail(n);
}

/** Equal-width bins over `domain` (about √n of them, 5 to 20) and how many `values` fall in each. */
export function histogram(values: ArrayLike<number>, [lo, hi]: readonly [number, number], n: number): { x0: number; x1: number; count: number }[] {
  const count = Math.max(5, Math.min(20, Math.round(Math.sqrt(Math.max(1, n)))));
  const width = (hi - lo) / count;
  const bins = Array.from({ length: count }, (_, b) => ({ x0: lo + b * width, x1: lo + (b + 1) * width, count: 0 }));
  for (let s = 0; s < values.length; s++) {
    const v = values[s] as number;
    if (!Number.isFinite(v) || width <= 0) continue;
    const b = Math.min(count - 1, Math.max(0, Math.floor((v - lo) / width)));
    (bins[b] as { count: number }).count += 1;
  }
  return bins;
}

/** Pearson's correlation of `a` and `b` (NaN when either does not vary). */
export function correlation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  let ma = 0;
  let mb = 0;
  for (let s = 0; s < n; s++) {
    ma += a[s] as number;
    mb += b[s] as number;
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let s = 0; s < n; s++) {
    const da = (a[s] as number) - ma;
    const db = (b[s] as number) - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : Number.NaN;
}

/** The colours' part of viridis: its palest yellow end would vanish on white. */
const VIRIDIS_END = 0.85;

/** Sample `s`'s colour: viridis over the colour's domain (low dark), or `fallback` without one. */
export function sampleColour(colour: PairsData['colour'], s: number, fallback: string): string {
  if (colour === undefined) return fallback;
  const [lo, hi] = colour.domain;
  const t = hi > lo ? ((colour.values[s] ?? lo) - lo) / (hi - lo) : 0;
  return SEQUENTIAL(VIRIDIS_END * Math.min(1, Math.max(0, t)));
}

/** Draws the colour bar (label, low end, gradient, high end) at x, y; returns its height (0 without colour). */
export function drawColourBar(chart: ChartBase, g: G, colour: PairsData['colour'], x: number, y: number, width: number): number {
  g.selectAll('*').remove();
  if (colour === undefined) return 0;
  const id = uid('pairs-gradient');
  const gradient = g.append('defs').append('linearGradient').attr('id', id);
  gradient
    .selectAll('stop')
    .data([0, 0.25, 0.5, 0.75, 1])
    .join('stop')
    .attr('offset', (t) => `${t * 100}%`)
    .attr('stop-color', (t) => SEQUENTIAL(VIRIDIS_END * t));
  const ends = colour.domain.map((v) => formatNumber(v, chart.locale));
  const label = fitText(chart, colour.label, Math.max(60, width - 180), 'ppsim-legend-text');
  const labelW = chart.measure([label], 'ppsim-legend-text');
  const loW = chart.measure([ends[0] ?? ''], 'ppsim-legend-text');
  const bar = Math.min(120, width - labelW - loW - 40);
  g.attr('transform', `translate(${x},${y})`);
  const text = (t: string, at: number) => g.append('text').attr('class', 'ppsim-legend-text').attr('x', at).attr('y', 9).attr('dy', '0.35em').text(t);
  text(label, 0);
  text(ends[0] ?? '', labelW + 10);
  g.append('rect')
    .attr('x', labelW + loW + 16)
    .attr('y', 3)
    .attr('width', Math.max(30, bar))
    .attr('height', 12)
    .attr('fill', `url(#${id})`)
    .attr('stroke', '#888')
    .attr('stroke-width', 0.5);
  text(ends[1] ?? '', labelW + loW + 22 + Math.max(30, bar));
  return 18;
}
