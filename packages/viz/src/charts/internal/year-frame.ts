/**
 * The frame the charts over years share (time series, stacked areas): the y scale's ticks and the
 * left margin they need, then top to bottom the legend, the y-axis title, the strip of event
 * markers, the plot (at least MIN_PLOT high: a narrow chart with a tall legend grows rather than
 * squashing its plot), the axes and the x-axis title.
 */
import type { ScaleLinear } from 'd3';
import { axisFormat, formatYear, isPoints, isShare, type ChartLocale } from '../format.ts';
import type { EventMarker } from '../types.ts';
import { drawTitle, drawXAxis, drawYAxis, PAD, titleLines, TITLE_LINE, yearTicks, yTickCount } from './axes.ts';
import type { ChartBase, G } from './base.ts';
import { drawLegend, type LegendItem } from './legend.ts';
import { layoutMarkers, markerStripHeight, type PlacedMarker } from './markers.ts';

const MIN_PLOT = 150;
/** What the arrow keys move between, for screen readers. */
export const YEAR_HINT = 'Data: use the arrow keys to move between years';

/** The layers the frame draws into. */
export interface FrameLayers {
  readonly grid: G;
  readonly axisX: G;
  readonly axisY: G;
  readonly titles: G;
  readonly legend: G;
}

/** Every layer of a chart over years, made by {@link yearLayers}. */
export interface YearLayers extends FrameLayers {
  /** The chart's own plot layers (bands, lines, areas…), in the order asked for. */
  readonly plot: readonly G[];
  readonly markers: G;
  /** The cursor's guide and dots, left out of exports. */
  readonly focus: G;
}

/**
 * `yearLayers(chart, plot)`: the layers of a chart over years, bottom to top: the grid, the chart's
 * own `plot` layers, the event markers, the axes, the titles, the legend and the focus.
 */
export function yearLayers(chart: ChartBase, plot: readonly string[]): YearLayers {
  const grid = chart.layer('grid');
  const own = plot.map((name) => chart.layer(name));
  const markers = chart.layer('markers');
  const axisX = chart.layer('axis ppsim-axis--x');
  const axisY = chart.layer('axis ppsim-axis--y');
  const titles = chart.layer('titles');
  const legend = chart.layer('legend');
  const focus = chart.layer('focus').attr('data-export', 'skip');
  return { grid, plot: own, markers, axisX, axisY, titles, legend, focus };
}

/** Where the plot ended up. */
export interface Frame {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  /** Top of the event-marker strip, and the markers placed in it. */
  readonly stripTop: number;
  readonly placed: PlacedMarker[];
}

/**
 * Lays out and draws the frame: sets `x`'s range and `y`'s range (its domain is niced to the
 * ticks), draws legend, titles and axes, and returns where the plot is.
 */
export function drawYearFrame(
  chart: ChartBase,
  layers: FrameLayers,
  x: ScaleLinear<number, number>,
  y: ScaleLinear<number, number>,
  text: {
    readonly items: readonly LegendItem[];
    readonly yLabel: string;
    readonly xLabel: string | undefined;
    readonly unit: string;
    readonly markers: readonly EventMarker[];
    readonly yearly?: boolean | undefined;
  },
  locale: ChartLocale,
): Frame {
  const { width: W, height: H } = chart;
  y.nice(yTickCount(H));
  const yTicks = y.ticks(yTickCount(H));
  const yFormat = axisFormat(yTicks, text.unit, locale);
  const left = Math.max(44, PAD + chart.measure(yTicks.map(yFormat), 'ppsim-tick') + 12);
  const right = W - 22;
  x.range([left, right]);
  let top = PAD + drawLegend(chart, layers.legend, text.items, PAD, PAD, right - PAD);
  top += text.items.length > 0 ? 14 : 0;
  const yTitle = titleLines(chart, text.yLabel, W - 2 * PAD);
  drawTitle(chart, layers.titles, yTitle, PAD, top + 4, 'start');
  top += TITLE_LINE * Math.max(1, yTitle.length);
  const placed = layoutMarkers(chart, text.markers, x, right);
  const stripTop = top;
  top += markerStripHeight(placed) + 4;
  const xTitle = titleLines(chart, text.xLabel, W - 2 * PAD);
  const below = PAD + 22 + (xTitle.length > 0 ? 20 + TITLE_LINE * (xTitle.length - 1) : 0);
  const bottom = chart.fit(top + MIN_PLOT + below) - below;
  y.range([bottom, top]);
  drawYAxis(layers.axisY, layers.grid, y, yTicks, yFormat, left, right - left);
  const [x0 = 0, x1 = 1] = x.domain();
  const xTicks = yearTicks([x0, x1], Math.max(2, Math.floor((right - left) / 60)), (k) => x.ticks(k), text.yearly === true);
  drawXAxis(layers.axisX, undefined, x, xTicks, (v) => formatYear(v, locale), bottom, top);
  drawTitle(chart, chart.layer('x-title'), xTitle, (left + right) / 2, bottom + 40, 'middle', W);
  return { top, bottom, left, right, stripTop, placed };
}

/** Where a yearly value is drawn: mid-year (1 July), half a year after the year's start. */
export const MID_YEAR = 0.5;

/**
 * `yearDomain(xs, yearly)`: the x domain of a chart over years. Yearly values span whole calendar
 * years, from 1 January of the first to the end of the last (a one-year run: one year wide); other
 * x the points' extent, a lone point with a unit either side.
 */
export function yearDomain(xs: readonly number[], yearly: boolean): [number, number] {
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  if (!Number.isFinite(x0) || !Number.isFinite(x1)) return [0, 1];
  if (yearly) return [Math.floor(x0), Math.floor(x1) + 1];
  return x0 === x1 ? [x0 - 1, x1 + 1] : [x0, x1];
}

/**
 * `valueDomain(values, unit, centred)`: the y domain of a chart's values, their extent. Flat values
 * get an axis that reads: all zero 0…1 (0…100 % for shares), a constant share 0…100 %, another
 * constant from zero to twice it; about a zero line (`centred`, a difference) all zero is ±1 (±1
 * percentage point for shares), so that nothing is drawn as a −100…100 % swing.
 */
export function valueDomain(values: readonly number[], unit: string, centred: boolean): [number, number] {
  const finite = values.filter(Number.isFinite);
  const y0 = Math.min(...finite, ...(centred ? [0] : []));
  const y1 = Math.max(...finite, ...(centred ? [0] : []));
  if (finite.length === 0 && !centred) return [0, 1];
  if (y0 < y1) return [y0, y1];
  const share = isShare(unit);
  if (centred && y0 === 0) return share || isPoints(unit) ? [-0.01, 0.01] : [-1, 1];
  if (y0 === 0 || (share && y0 > 0 && y0 <= 1)) return [0, 1];
  return y0 > 0 ? [0, 2 * y0] : [2 * y0, 0];
}
