/**
 * Dot-and-interval rows: two estimates per row (e.g. a target's observed value with its 95 % band,
 * and the simulated mean with the runs' central 95 %), one above the other, each row on its own
 * scale and in its own unit (targets differ in both), with a dashed guide at the first estimate's
 * value through both. Flagged rows (a band that misses the observed value) are shaded and their
 * label marked. Labels sit left of the rows when there is room, above them when not.
 */
import { described } from './internal/describe.ts';
import { extent, scaleLinear, select, symbol, symbolCircle, symbolDiamond } from 'd3';
import { axisFormat, formatEstimate } from './format.ts';
import { drawXAxis, fitText, PAD } from './internal/axes.ts';
import { chartBase, chartHandle } from './internal/base.ts';
import { csvTable } from './internal/csv.ts';
import { drawHeading } from './internal/heading.ts';
import { drawLegend, type LegendItem } from './internal/legend.ts';
import { attachCursor } from './internal/tooltip.ts';
import { PALETTE } from './palette.ts';
import type { ChartHandle, ChartOptions, DotInterval, DotIntervalData } from './types.ts';

const DEFAULT_HINT = 'Data: use the arrow keys to move between rows';
const COLOURS = ['#222222', PALETTE[4]] as const;
const FLAG = '#fbe3d6';
const MARK = 64;
const SHAPES = [symbol(symbolDiamond, MARK)() ?? '', symbol(symbolCircle, MARK)() ?? ''] as const;
/** Offsets within a row: the two estimates, the axis, and the row's full height. */
const FIRST = 10;
const SECOND = 26;
const AXIS = 38;
const ROW = 64;
const LABEL_ROW = 18;
/** The layers of a row's <g>, bottom to top. */
const PARTS = ['ppsim-grid', 'ppsim-axis ppsim-axis--x', 'ppsim-guides', 'ppsim-intervals', 'ppsim-dots', 'ppsim-label'] as const;

type Row = DotIntervalData['rows'][number];

/** A row's scale domain: every end of both estimates, widened so that the marks stay inside. */
function domainOf(row: Row): [number, number] {
  const [lo = 0, hi = 1] = extent(row.estimates.flatMap((e) => [e.value, e.lo, e.hi]).filter(Number.isFinite));
  if (lo === hi) return lo === 0 ? [-1, 1] : [lo - Math.abs(lo) * 0.1, hi + Math.abs(hi) * 0.1];
  const pad = (hi - lo) * 0.08;
  // A row of values none of which is negative (shares, counts, costs) does not reach below zero.
  return [lo >= 0 ? Math.max(0, lo - pad) : lo - pad, hi + pad];
}

/**
 * Draws `data` as dot-and-interval rows into `host`.
 *
 * @returns a handle whose `csv()` is `data.table` or, without one, a row per row of the chart
 *   (`key,label,unit,value1,lo1,hi1,value2,lo2,hi2,flagged`).
 * @example
 * dotIntervalChart(el, { rows: [{ key: 'directTimeShare@2005', label: 'directTimeShare@2005 (M)', unit: 'share',
 *   estimates: [{ value: 0.42, lo: 0.38, hi: 0.46 }, { value: 0.63, lo: 0.6, hi: 0.66 }], flagged: true }],
 *   legend: ['observed, 95 % band', 'simulated mean, central 95 % of runs', 'band misses the observed value'] },
 *   { title: 'Targets against the calibrated model' });
 */
export function dotIntervalChart(host: HTMLElement, data: DotIntervalData, options: ChartOptions): ChartHandle<DotIntervalData> {
  const chart = chartBase(host, options, 'dot-interval');
  const { locale } = chart;
  const headingG = chart.layer('heading-lines');
  const legendG = chart.layer('legend');
  const flagsG = chart.layer('flags');
  const highlightG = chart.layer('focus').attr('data-export', 'skip');
  const rowsG = chart.layer('rows');
  let current = data;
  /** Each row's top (its first estimate lies FIRST below it), and how far its box reaches above that (its label, when above). */
  let tops: number[] = [];
  let above = 0;
  let rowHeight = ROW;
  let plot = { left: 0, right: 0 };
  /** Row `i`'s box: its label, both estimates and its axis. */
  const box = (i: number) => ({ y: (tops[i] ?? 0) - 6 - above, height: rowHeight - 4 });

  const cursor = attachCursor(
    chart,
    {
      count: () => current.rows.length,
      pick: (_, py) => {
        const i = tops.findIndex((_, k) => py >= box(k).y && py < box(k).y + rowHeight);
        return i < 0 ? undefined : i;
      },
      show: (i) => {
        const row = current.rows[i];
        const top = tops[i] ?? 0;
        if (!row) return { x: 0, y: 0, text: '' };
        highlightG
          .selectAll('rect')
          .data([row])
          .join('rect')
          .attr('class', 'ppsim-row-focus')
          .attr('x', PAD)
          .attr('y', box(i).y)
          .attr('width', chart.width - 2 * PAD)
          .attr('height', box(i).height);
        const text = row.estimates.map((e, k) => `${current.legend[k]}: ${formatEstimate(e.value, e.lo, e.hi, row.unit, locale)}`);
        return {
          x: plot.right,
          flipX: plot.left,
          y: top + SECOND,
          text: [row.label, ...text, ...(row.tooltip ?? [])].join('\n'),
          swatches: [undefined, ...COLOURS],
          placement: 'right' as const,
        };
      },
      clear: () => highlightG.selectAll('*').remove(),
    },
    options.keyboardHint ?? DEFAULT_HINT,
  );

  function draw(d: DotIntervalData): void {
    const { width: W } = chart;
    current = d;
    const headH = drawHeading(chart, headingG, d.heading, PAD, PAD, W - 2 * PAD);
    const items: LegendItem[] = [
      ...COLOURS.map((colour, k): LegendItem => ({ key: `estimate-${k}`, label: d.legend[k] ?? '', swatch: 'symbol', colour, symbol: `${SHAPES[k]}M-11,0H11` })),
      ...(d.rows.some((r) => r.flagged === true) ? [{ key: 'flag', label: d.legend[2], swatch: 'box', colour: FLAG, fill: FLAG } as const] : []),
    ];
    const legendH = drawLegend(chart, legendG, items, PAD, PAD + headH, W - 2 * PAD);
    const start = PAD + headH + legendH + (legendH > 0 ? 14 : 4);
    const labels = d.rows.map((r) => `${r.flagged === true ? '✗ ' : ''}${r.label}`);
    // Flagged labels are bold: measured as drawn.
    const labelClass = (r: Row) => `ppsim-row-label${r.flagged === true ? ' ppsim-row-label--flagged' : ''}`;
    const wanted = Math.max(0, ...d.rows.map((r, i) => chart.measure([labels[i] ?? ''], labelClass(r))));
    // Left of the rows when the labels take at most a third of the width; above each row when not.
    const beside = wanted <= (W - 2 * PAD) / 3;
    const labelWidth = beside ? wanted : 0;
    const ticksWanted = Math.max(3, Math.round((W - 2 * PAD - labelWidth - 40) / 110));
    const scales = d.rows.map((row) => {
      const x = scaleLinear().domain(domainOf(row)).nice(ticksWanted);
      const ticks = x.ticks(ticksWanted);
      return { x, ticks, format: axisFormat(ticks, row.unit, locale) };
    });
    // The end ticks' labels, centred on the plot's edges, must stay inside the chart.
    const half = (end: (ticks: number[]) => number | undefined) =>
      Math.max(
        0,
        ...scales.map((sc) => {
          const v = end(sc.ticks);
          return v === undefined ? 0 : chart.measure([sc.format(v)], 'ppsim-tick') / 2;
        }),
      );
    const lastTick = half((t) => t[t.length - 1]);
    plot = { left: PAD + 4 + (beside ? labelWidth + 14 : half((t) => t[0])), right: W - PAD - 2 - Math.max(8, lastTick) };
    above = beside ? 0 : LABEL_ROW;
    rowHeight = ROW + above;
    tops = d.rows.map((_, i) => start + i * rowHeight + above);
    chart.fit(start + d.rows.length * rowHeight + PAD, true);
    flagsG
      .selectAll('rect')
      .data(d.rows.flatMap((r, i) => (r.flagged === true ? [box(i)] : [])))
      .join('rect')
      .attr('class', 'ppsim-flag')
      .attr('x', PAD)
      .attr('y', (b) => b.y)
      .attr('width', W - 2 * PAD)
      .attr('height', (b) => b.height)
      .attr('fill', FLAG);
    const groups = rowsG
      .selectAll<SVGGElement, Row>('g.ppsim-interval-row')
      .data(d.rows, (r) => r.key)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'ppsim-interval-row');
        for (const part of PARTS) g.append('g').attr('class', part);
        return g;
      })
      .attr('data-key', (r) => r.key)
      .attr('data-flagged', (r) => String(r.flagged === true));
    groups.each(function (row, i) {
      const part = (name: string) => select(this.querySelector(`:scope > g.ppsim-${name}`) as SVGGElement);
      const top = tops[i] ?? 0;
      const sc = scales[i] as (typeof scales)[number];
      const x = sc.x.copy().range([plot.left, plot.right]);
      drawXAxis(part('axis'), part('grid'), x, sc.ticks, sc.format, top + AXIS, top - 2);
      const guide = row.estimates[0].value;
      part('guides')
        .selectAll('line')
        .data(Number.isFinite(guide) ? [guide] : [])
        .join('line')
        .attr('class', 'ppsim-guide')
        .attr('x1', (v) => x(v))
        .attr('x2', (v) => x(v))
        .attr('y1', top + FIRST - 7)
        .attr('y2', top + SECOND + 7);
      const estimates = row.estimates.map((e, k) => ({ e, k, y: top + (k === 0 ? FIRST : SECOND) }));
      part('intervals')
        .selectAll('path')
        .data(estimates.filter(({ e }) => Number.isFinite(e.lo) && Number.isFinite(e.hi)))
        .join('path')
        .attr('class', ({ k }) => `ppsim-interval ppsim-interval--${k === 0 ? 'first' : 'second'}`)
        .attr('fill', 'none')
        .attr('stroke', ({ k }) => COLOURS[k] ?? '#222')
        .attr('stroke-width', 2.2)
        .attr('d', ({ e, y }) => `M${x(e.lo)},${y - 5}V${y + 5}M${x(e.lo)},${y}H${x(e.hi)}M${x(e.hi)},${y - 5}V${y + 5}`);
      part('dots')
        .selectAll('path')
        .data(estimates.filter(({ e }) => Number.isFinite(e.value)))
        .join('path')
        .attr('class', ({ k }) => `ppsim-dot ppsim-dot--${k === 0 ? 'first' : 'second'}`)
        .attr('d', ({ k }) => SHAPES[k] ?? '')
        .attr('transform', ({ e, y }) => `translate(${x(e.value)},${y})`)
        .attr('fill', ({ k }) => COLOURS[k] ?? '#222')
        .attr('stroke', '#ffffff')
        .attr('stroke-width', 1);
      const label = labels[i] ?? row.label;
      part('label')
        .selectAll('text')
        .data([label])
        .join('text')
        .attr('class', labelClass(row))
        .attr('x', beside ? PAD + labelWidth : PAD + 4)
        .attr('y', beside ? top + (FIRST + SECOND) / 2 : top - LABEL_ROW + 6)
        .attr('dy', '0.35em')
        .attr('text-anchor', beside ? 'end' : 'start')
        .text((l) => (beside ? l : fitText(chart, l, W - 2 * PAD - 8, labelClass(row))));
    });
    cursor.place({ x: PAD, y: start - 6, width: W - 2 * PAD, height: d.rows.length * rowHeight });
    cursor.refresh();
    const flagged = d.rows.filter((r) => r.flagged === true).length;
    chart.describe(described(locale, 'dots', { n: d.rows.length, a: d.legend[0], b: d.legend[1], flagged, c: d.legend[2] }));
  }

  return chartHandle(chart, data, draw, () =>
    current.table !== undefined
      ? csvTable(current.table.columns, current.table.rows)
      : csvTable(
          ['key', 'label', 'unit', 'value1', 'lo1', 'hi1', 'value2', 'lo2', 'hi2', 'flagged'],
          current.rows.map((r) => [r.key, r.label, r.unit, ...r.estimates.flatMap((e: DotInterval) => [e.value, e.lo, e.hi]), String(r.flagged === true)]),
        ),
  );
}
