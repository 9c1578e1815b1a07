/**
 * The scaffold every chart shares: a wrapper <div class="ppsim-chart"> inside the caller's host
 * (the host itself is left untouched), an <svg> sized by its viewBox so it fills the width it is
 * given, its accessible <title> and <desc>, named layers drawn in a fixed order, and text
 * measurement for laying out margins before drawing.
 */
import { select, type Selection } from 'd3';
import type { ChartHandle, ChartOptions } from '../types.ts';
import type { ChartLocale } from '../format.ts';

/** A d3 selection of one <g> (a layer). */
export type G = Selection<SVGGElement, unknown, null, undefined>;
/** A d3 selection of the chart's <svg>. */
export type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

let counter = 0;

/** An id unique on the page (gradients, patterns, title/desc references). */
export function uid(prefix: string): string {
  counter += 1;
  return `ppsim-${prefix}-${counter}`;
}

export interface ChartBase {
  readonly root: HTMLDivElement;
  readonly svg: Svg;
  readonly defs: Selection<SVGDefsElement, unknown, null, undefined>;
  /** The viewBox width: `options.width`, else the width the chart is shown at (so text keeps its size). */
  readonly width: number;
  /** The viewBox height: `options.height`, else from the width (0.55 of it, 260 to 420). */
  readonly height: number;
  readonly locale: ChartLocale;
  /** The persistent <g class="ppsim-{name}">; layers are stacked in the order first asked for. */
  layer(name: string): G;
  /** Sets the <desc> (a one-sentence summary of what is drawn) unless the caller gave one. */
  describe(text: string): void;
  /**
   * Grows the height (unless `options.height` fixes it) so that the layout gets `needed` viewBox
   * units, or shrinks it back to the default; with `exact`, makes it `needed` even when that is
   * below the default (charts whose height follows their rows). Returns the height to lay out with.
   */
  fit(needed: number, exact?: boolean): number;
  /**
   * Calls `redraw` after the shown width changes (unless `options.width` fixes it), and once the
   * chart is first shown if it was drawn detached or hidden (text measured by estimate).
   */
  onResize(redraw: () => void): void;
  /** The widest of `texts` in viewBox units when drawn with `className`. */
  measure(texts: readonly string[], className?: string): number;
  destroy(): void;
}

/** The viewBox width when the host has no layout yet (hidden, detached). */
const FALLBACK_WIDTH = 720;
/** Below this the layout (legends, margins) cannot fit; narrower hosts scale the chart down. */
const MIN_WIDTH = 360;

/** Builds the scaffold of one chart of kind `kind` (a CSS class suffix) in `host`. */
export function chartBase(host: HTMLElement, options: ChartOptions, kind: string): ChartBase {
  const root = host.ownerDocument.createElement('div');
  root.className = `ppsim-chart ppsim-chart--${kind}`;
  host.appendChild(root);
  const shown = () => {
    const w = Math.round(root.getBoundingClientRect().width);
    return w > 0 ? Math.max(MIN_WIDTH, w) : FALLBACK_WIDTH;
  };
  const heightFor = (w: number) => options.height ?? Math.round(Math.min(420, Math.max(260, w * 0.55)));
  let width = options.width ?? shown();
  let height = heightFor(width);
  let observer: ResizeObserver | undefined;
  // Set when text was measured without layout (a detached or hidden host): redraw once shown.
  let estimated = false;
  /** Measured widths by class and text. */
  const widths = new Map<string, number>();
  const titleId = uid('title');
  const descId = uid('desc');
  const svg = select(root)
    .append('svg')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('preserveAspectRatio', 'xMidYMid meet')
    .attr('role', 'group')
    .attr('aria-labelledby', titleId)
    .attr('aria-describedby', descId);
  svg.append('title').attr('id', titleId).text(options.title);
  const desc = svg
    .append('desc')
    .attr('id', descId)
    .text(options.description ?? '');
  const defs = svg.append('defs');
  const layers = new Map<string, G>();

  return {
    root,
    svg,
    defs,
    get width() {
      return width;
    },
    get height() {
      return height;
    },
    locale: options.locale ?? 'en',
    fit(needed, exact = false) {
      const h = options.height ?? (exact ? Math.ceil(needed) : Math.max(heightFor(width), Math.ceil(needed)));
      if (h !== height) {
        height = h;
        svg.attr('viewBox', `0 0 ${width} ${height}`);
      }
      return height;
    },
    onResize(redraw) {
      const view = host.ownerDocument.defaultView;
      if (!view || !('ResizeObserver' in view)) return;
      observer = new view.ResizeObserver(() => {
        // A hidden chart (width 0) keeps its last layout; small jitters do not redraw.
        if (root.getBoundingClientRect().width === 0) return;
        const w = options.width ?? shown();
        if (!estimated && Math.abs(w - width) < 2) return;
        estimated = false;
        width = w;
        height = heightFor(w);
        svg.attr('viewBox', `0 0 ${width} ${height}`);
        redraw();
      });
      observer.observe(root);
    },
    layer(name) {
      let g = layers.get(name);
      if (!g) {
        g = svg.append('g').attr('class', `ppsim-${name}`);
        layers.set(name, g);
      }
      return g;
    },
    describe(text) {
      if (options.description === undefined) desc.text(text);
    },
    measure(texts, className = '') {
      // Measuring forces the browser to lay out the page, so widths are cached (text and class do not
      // change their width) and the new texts of one call are measured in one layout, not one each.
      let max = 0;
      const fresh = [...new Set(texts)].filter((t) => {
        const known = widths.get(`${className}\u0000${t}`);
        if (known !== undefined) max = Math.max(max, known);
        return known === undefined;
      });
      if (fresh.length > 0) {
        const probes = svg.append('g').attr('visibility', 'hidden');
        const nodes = fresh.map((t) => probes.append('text').attr('class', className).text(t).node());
        fresh.forEach((t, i) => {
          const node = nodes[i];
          const w = node?.isConnected ? node.getComputedTextLength() : 0;
          // Detached or hidden (no layout yet): estimate from the font size, and measure again when shown.
          if (w <= 0 && t.length > 0) estimated = true;
          else widths.set(`${className}\u0000${t}`, w);
          max = Math.max(max, w > 0 ? w : t.length * 7);
        });
        probes.remove();
      }
      return Math.ceil(max);
    },
    destroy() {
      observer?.disconnect();
      root.remove();
    },
  };
}

/**
 * The handle every chart returns: draws `data` now, redraws in place on `update(data)` and, with
 * the data drawn last, whenever `chart` is resized; `csv()` is the chart's own export.
 */
export function chartHandle<D>(chart: ChartBase, data: D, draw: (d: D) => void, csv: () => string): ChartHandle<D> {
  let drawn = data;
  const update = (d: D): void => {
    drawn = d;
    draw(d);
  };
  update(data);
  chart.onResize(() => draw(drawn));
  return { svg: chart.svg.node() as SVGSVGElement, update, csv, destroy: chart.destroy };
}
