/**
 * Colours, dash patterns and mark shapes the charts share. The categorical palette is Okabe & Ito's
 * ("Color Universal Design", 2008): eight colours that stay distinct under the common forms of
 * colour blindness. Lines also get distinct dash patterns, and point marks distinct shapes, so that
 * series differ without colour too (print in grey, deuteranopia, projectors).
 */
import { interpolateRgb, interpolateViridis, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3';

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

/**
 * Colour `base` in round `round` of the palette: as is, then lighter, then darker, so that a ninth
 * series does not repeat the first one's colour.
 */
function shade(base: string, round: number): string {
  const r = round % 3;
  return r === 0 ? base : r === 1 ? interpolateRgb(base, '#ffffff')(0.5) : interpolateRgb(base, '#000000')(0.4);
}

/** The line colour of series `i` (after eight: the same colours lighter, then darker). */
export function lineColour(i: number): string {
  return shade(PALETTE[LINE_ORDER[i % LINE_ORDER.length] ?? 0] ?? '#000000', Math.floor(i / LINE_ORDER.length));
}

/** The dash pattern of series `i` out of `n`: solid when a chart has one line; shifted per round of eight. */
export function lineDash(i: number, n: number): string {
  return n <= 1 ? '' : (DASHES[(i + Math.floor(i / DASHES.length)) % DASHES.length] ?? '');
}

/** The fill of area or bar `i` (after eight: the same colours lighter, then darker). */
export function areaColour(i: number): string {
  return shade(PALETTE[i % PALETTE.length] ?? '#000000', Math.floor(i / PALETTE.length));
}

/** Shapes of point marks, in the order classes take them; paired with `lineColour(i)`. */
export const SHAPES: readonly SymbolType[] = [symbolCircle, symbolTriangle, symbolSquare, symbolDiamond, symbolCross, symbolStar, symbolWye];

/** The shape of class `i` (after seven the shapes repeat, the colours having moved on). */
export function markShape(i: number): SymbolType {
  return SHAPES[i % SHAPES.length] ?? symbolCircle;
}
