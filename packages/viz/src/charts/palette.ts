/**
 * Colours and dash patterns the charts share. The categorical palette is Okabe & Ito's
 * ("Color Universal Design", 2008): eight colours that stay distinct under the common forms of
 * colour blindness. Lines also get distinct dash patterns, so that series differ without colour too
 * (print in grey, deuteranopia, projectors).
 */
import { interpolateViridis } from 'd3';

/**
 * Okabe–Ito categorical palette, in the order series take it.
 *
 * @example
 * const colour = PALETTE[i % PALETTE.length];
 */
export const PALETTE = [
  '#E69F00', // orange
  '#56B4E9', // sky blue
  '#009E73', // bluish green
  '#F0E442', // yellow
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#CC79A7', // reddish purple
  '#000000', // black
] as const;

/**
 * The order lines take colours in: strong contrast on white first (yellow, the weakest on white,
 * last but one). Areas take `PALETTE` in its own order.
 */
export const LINE_ORDER = [4, 5, 2, 0, 6, 1, 7, 3] as const;

/** Stroke dash patterns (SVG `stroke-dasharray`), solid first; paired with `lineColour(i)`. */
export const DASHES = ['', '6 3', '2 2', '8 3 2 3', '12 4', '4 4 1 4', '1 3', '10 2 2 2 2 2'] as const;

/** Sequential scale for heat maps: viridis, perceptually uniform and colour-blind safe. */
export const SEQUENTIAL: (t: number) => string = interpolateViridis;

/** The line colour of series `i` (cycles after eight). */
export function lineColour(i: number): string {
  return PALETTE[LINE_ORDER[i % LINE_ORDER.length] ?? 0] ?? '#000000';
}

/** The dash pattern of series `i` out of `n`: solid when a chart has one line. */
export function lineDash(i: number, n: number): string {
  return n <= 1 ? '' : (DASHES[i % DASHES.length] ?? '');
}

/** The fill of area or bar `i` (cycles after eight). */
export function areaColour(i: number): string {
  return PALETTE[i % PALETTE.length] ?? '#000000';
}
