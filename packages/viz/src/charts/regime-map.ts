/**
 * A slice of a regime map: the design's points over two parameters, each marked in the colour
 * (Okabe–Ito) and the shape of the regime that wins there, filled when the verdict is decided and
 * hollow when it is not, with thresholds (a classification tree's splits) as dashed, labelled
 * rules. Heading lines above the plot (a title, the run's size) are part of the svg, so exported
 * files say what they show.
 */
import { described } from './internal/describe.ts';
import { extent, scaleLinear, symbol, symbolCircle } from 'd3';
import { axisFormat } from './format.ts';
import { drawTitle, drawXAxis, drawYAxis, fitText, PAD, titleLines, TITLE_LINE } from './internal/axes.ts';
import { chartBase, chartHandle } from './internal/base.ts';
import { csvTable } from './internal/csv.ts';
import { drawHeading } from './internal/heading.ts';
import { drawLegend, type LegendItem } from './internal/legend.ts';
import { attachCursor } from './internal/tooltip.ts';
import { lineColour, markShape } from './palette.ts';
import type { ChartHandle, ChartOptions, RegimeMapData, RegimeMapPoint, ThresholdRule } from './types.ts';

const DEFAULT_HINT = 'Data: use the arrow keys to move between points';
/** Area of a mark in square viewBox units. */
const MARK = 80;
const RULE_DASH = '6 4';
const RULE_LINE = 14;

const markPath = (cls: number) => symbol(markShape(cls), MARK)() ?? '';

/** `[lo, hi]` widened by 4 % each side (so marks at the ends stay inside), or around a single value. */
function padded(domain: readonly [number, number] | undefined, values: readonly number[]): [number, number] {
  const [lo = 0, hi = 1] = domain ?? extent(values);
  if (lo === hi) return [lo - 0.5, hi + 0.5];
  const pad = (hi - lo) * 0.04;
  return [lo - pad, hi + pad];
}

/**
 * Draws one slice of a regime map into `host`.
 *
 * @returns a handle whose `csv()` is `data.table` (e.g. the map's points.csv) or, without one, a
 *   row per point (`key,x,y,class,solid`).
 * @example
 * regimeMapChart(el, { classes: [{ key: 'a', label: 'integrated' }, { key: 'b', label: 'competitive' }],
 *   points: [{ key: '0', x: 0.2, y: 0.7, cls: 1, solid: true, tooltip: [{ text: 'Point 0' }] }],
 *   rules: [{ axis: 'x', at: 0.43, label: 'controlIntensity = 0.43' }],
 *   x: { label: 'Control intensity', unit: '', domain: [0, 1] }, y: { label: 'Motivation', unit: '' },
 *   legend: { solid: 'decided', hollow: 'not decided', rule: 'tree threshold' } }, { title: 'Regime map' });
 */
export function regimeMapChart(host: HTMLElement, data: RegimeMapData, options: ChartOptions): ChartHandle<RegimeMapData> {
  const chart = chartBase(host, options, 'regime-map');
  const { locale } = chart;
  const headingG = chart.layer('heading-lines');
  const legendG = chart.layer('legend');
  const gridX = chart.layer('grid-x');
  const gridY = chart.layer('grid-y');
  const rulesG = chart.layer('rules');
  const pointsG = chart.layer('points');
  const ruleTextG = chart.layer('rule-labels');
  const axisX = chart.layer('axis ppsim-axis--x');
  const axisY = chart.layer('axis ppsim-axis--y');
  const titles = chart.layer('titles');
  const xTitleG = chart.layer('x-title');
  const focusG = chart.layer('focus').attr('data-export', 'skip');
  let current = data;
  let x = scaleLinear();
  let y = scaleLinear();
  // Keyboard order: left to right, then bottom to top.
  let order: RegimeMapPoint[] = [];

  const cursor = attachCursor(
    chart,
    {
      count: () => order.length,
      pick: (px, py) => {
        let best: number | undefined;
        let distance = Infinity;
        order.forEach((p, i) => {
          const d = (x(p.x) - px) ** 2 + (y(p.y) - py) ** 2;
          if (d < distance) {
            distance = d;
            best = i;
          }
        });
        return best;
      },
      show: (i) => {
        const p = order[i];
        if (!p) return { x: 0, y: 0, text: '' };
        const px = x(p.x);
        const py = y(p.y);
        focusG.selectAll('circle').data([p]).join('circle').attr('class', 'ppsim-point-focus').attr('cx', px).attr('cy', py).attr('r', 10);
        return {
          x: px + 10,
          y: py,
          flipX: px - 10,
          placement: 'right' as const,
          text: p.tooltip.map((l) => l.text).join('\n'),
          swatches: p.tooltip.map((l) => (l.cls === undefined ? undefined : lineColour(l.cls))),
        };
      },
      clear: () => focusG.selectAll('*').remove(),
    },
    options.keyboardHint ?? DEFAULT_HINT,
  );

  function legendItems(d: RegimeMapData): LegendItem[] {
    const circle = symbol(symbolCircle, MARK)() ?? '';
    return [
      ...d.classes.map((c, i): LegendItem => ({ key: `class-${c.key}`, label: c.label, swatch: 'symbol', colour: lineColour(i), symbol: markPath(i) })),
      { key: 'solid', label: d.legend.solid, swatch: 'symbol', colour: '#555555', symbol: circle },
      { key: 'hollow', label: d.legend.hollow, swatch: 'symbol', colour: '#555555', symbol: circle, hollow: true },
      ...((d.rules ?? []).length > 0 ? [{ key: 'rule', label: d.legend.rule, swatch: 'line', colour: '#333333', dash: RULE_DASH } as const] : []),
    ];
  }

  /** The rules as segments in viewBox units, with their labels placed clear of each other. */
  function drawRules(d: RegimeMapData, box: { left: number; right: number; top: number; bottom: number }): void {
    const [x0, x1] = x.domain() as [number, number];
    const [y0, y1] = y.domain() as [number, number];
    const inside = (r: ThresholdRule) => (r.axis === 'x' ? r.at > x0 && r.at < x1 : r.at > y0 && r.at < y1);
    const segments = (d.rules ?? [])
      .filter(inside)
      .map((r, k) => (r.axis === 'x' ? { r, k, x1: x(r.at), x2: x(r.at), y1: y(r.from ?? y0), y2: y(r.to ?? y1) } : { r, k, x1: x(r.from ?? x0), x2: x(r.to ?? x1), y1: y(r.at), y2: y(r.at) }));
    rulesG
      .selectAll('line')
      .data(segments)
      .join('line')
      .attr('class', 'ppsim-rule')
      .attr('x1', (s) => s.x1)
      .attr('x2', (s) => s.x2)
      .attr('y1', (s) => s.y1)
      .attr('y2', (s) => s.y2)
      .attr('stroke', '#333333')
      .attr('stroke-width', 1.3)
      .attr('stroke-dasharray', RULE_DASH);
    const placed: { l: number; r: number; t: number; b: number }[] = [];
    const labels = segments.map((s) => {
      // A vertical rule's label starts at its top end, on the side with more room; a horizontal one's ends at its right end, under it.
      const roomRight = box.right - s.x1 - 6;
      const roomLeft = s.x1 - box.left - 6;
      const vertical = s.r.axis === 'x';
      const anchor: 'start' | 'end' = vertical ? (roomRight >= roomLeft ? 'start' : 'end') : 'end';
      const text = fitText(chart, s.r.label, vertical ? Math.max(roomRight, roomLeft) : s.x2 - s.x1 - 8, 'ppsim-rule-text');
      const w = chart.measure([text], 'ppsim-rule-text');
      const ax = vertical ? (anchor === 'start' ? s.x1 + 4 : s.x1 - 4) : s.x2 - 4;
      let ay = vertical ? Math.min(s.y1, s.y2) + 12 : s.y1 + 13;
      const l = anchor === 'start' ? ax : ax - w;
      while (ay < box.bottom - RULE_LINE && placed.some((p) => l < p.r && p.l < l + w && ay - 10 < p.b && p.t < ay + 3)) ay += RULE_LINE;
      placed.push({ l, r: l + w, t: ay - 10, b: ay + 3 });
      return { key: `${s.k}`, text, full: s.r.label, x: ax, y: ay, anchor };
    });
    ruleTextG
      .selectAll<SVGTextElement, (typeof labels)[number]>('text')
      .data(labels, (l) => l.key)
      .join('text')
      .attr('class', 'ppsim-rule-text')
      .attr('x', (l) => l.x)
      .attr('y', (l) => l.y)
      .attr('text-anchor', (l) => l.anchor)
      .text((l) => l.text)
      .each(function (l) {
        // The whole label on hover where it had to be cut.
        this.querySelector('title')?.remove();
        if (l.text !== l.full) this.appendChild(this.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'title')).textContent = l.full;
      });
  }

  function draw(d: RegimeMapData): void {
    const { width: W } = chart;
    current = d;
    order = [...d.points].sort((a, b) => a.x - b.x || a.y - b.y);
    const headH = drawHeading(chart, headingG, d.heading, PAD, PAD, W - 2 * PAD);
    const legendH = drawLegend(chart, legendG, legendItems(d), PAD, PAD + headH, W - 2 * PAD);
    const yTitle = titleLines(chart, d.y.label, W - 2 * PAD);
    const titleTop = PAD + headH + legendH + (legendH > 0 ? 10 : 0) + 12;
    drawTitle(chart, titles, yTitle, PAD, titleTop, 'start');
    const top = titleTop + TITLE_LINE * Math.max(0, yTitle.length - 1) + 14;
    x = scaleLinear().domain(
      padded(
        d.x.domain,
        d.points.map((p) => p.x),
      ),
    );
    y = scaleLinear().domain(
      padded(
        d.y.domain,
        d.points.map((p) => p.y),
      ),
    );
    const yTicks = y.ticks(6);
    const yFormat = axisFormat(yTicks, d.y.unit, locale);
    const left = Math.max(44, PAD + chart.measure(yTicks.map(yFormat), 'ppsim-tick') + 12);
    const right = W - PAD - 6;
    const xTitle = titleLines(chart, d.x.label, W - 2 * PAD);
    const below = PAD + 22 + 20 + TITLE_LINE * Math.max(0, xTitle.length - 1);
    const plot = Math.max(240, Math.min(440, 0.55 * (right - left)));
    const bottom = chart.fit(top + plot + below) - below;
    x.range([left, right]);
    y.range([bottom, top]);
    const xTicks = x.ticks(Math.max(3, Math.round((right - left) / 90)));
    drawXAxis(axisX, gridX, x, xTicks, axisFormat(xTicks, d.x.unit, locale), bottom, top);
    drawYAxis(axisY, gridY, y, yTicks, yFormat, left, right - left);
    drawTitle(chart, xTitleG, xTitle, (left + right) / 2, bottom + 40, 'middle', W);
    drawRules(d, { left, right, top, bottom });
    pointsG
      .selectAll<SVGPathElement, RegimeMapPoint>('path')
      .data(d.points, (p) => p.key)
      .join('path')
      .attr('class', (p) => `ppsim-point${p.solid ? '' : ' ppsim-point--hollow'}`)
      .attr('data-class', (p) => d.classes[p.cls]?.key ?? '')
      .attr('d', (p) => markPath(p.cls))
      .attr('transform', (p) => `translate(${x(p.x)},${y(p.y)})`)
      .attr('fill', (p) => (p.solid ? lineColour(p.cls) : '#ffffff'))
      .attr('stroke', (p) => lineColour(p.cls))
      .attr('stroke-width', (p) => (p.solid ? 1 : 1.8));
    cursor.place({ x: left, y: top, width: right - left, height: bottom - top });
    cursor.refresh();
    const wins = d.classes.map((c, i) => `${c.label} ${d.points.filter((p) => p.cls === i).length}`).join(', ');
    chart.describe(described(locale, 'regimeMap', { n: d.points.length, x: d.x.label, y: d.y.label, wins, hollow: d.points.filter((p) => !p.solid).length, rules: (d.rules ?? []).length }));
  }

  return chartHandle(chart, data, draw, () =>
    current.table !== undefined
      ? csvTable(current.table.columns, current.table.rows)
      : csvTable(
          ['key', 'x', 'y', 'class', 'solid'],
          current.points.map((p) => [p.key, p.x, p.y, current.classes[p.cls]?.key, String(p.solid)]),
        ),
  );
}
