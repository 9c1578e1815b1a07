/**
 * The scaffold every chart shares: a wrapper <div class="ppsim-chart"> inside the caller's host
 * (the host itself is left untouched), an <svg> sized by its viewBox so it fills the width it is
 * given, its accessible <title> and <desc>, named layers drawn in a fixed order, and text
 * measurement for laying out margins before drawing.
 */
import { select, type Selection } from 'd3';
import type { ChartOptions } from '../types.ts';
import type { ChartLocale } from '../format.ts';

export type G = Selection<SVGGElement, unknown, null, undefined>;
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
  readonly width: number;
  readonly height: number;
  readonly locale: ChartLocale;
  /** The persistent <g class="ppsim-{name}">; layers are stacked in the order first asked for. */
  layer(name: string): G;
  /** Sets the <desc> (a one-sentence summary of what is drawn) unless the caller gave one. */
  describe(text: string): void;
  /** The widest of `texts` in viewBox units when drawn with `className`. */
  measure(texts: readonly string[], className?: string): number;
  destroy(): void;
}

/** Builds the scaffold of one chart of kind `kind` (a CSS class suffix) in `host`. */
export function chartBase(host: HTMLElement, options: ChartOptions, kind: string): ChartBase {
  const width = options.width ?? 720;
  const height = options.height ?? 360;
  const root = host.ownerDocument.createElement('div');
  root.className = `ppsim-chart ppsim-chart--${kind}`;
  host.appendChild(root);
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
  const desc = svg.append('desc').attr('id', descId).text(options.description ?? '');
  const defs = svg.append('defs');
  const layers = new Map<string, G>();

  return {
    root,
    svg,
    defs,
    width,
    height,
    locale: options.locale ?? 'en',
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
      const probe = svg.append('text').attr('class', className).attr('visibility', 'hidden');
      let max = 0;
      for (const t of texts) {
        const node = probe.text(t).node();
        const w = node && node.isConnected ? node.getComputedTextLength() : 0;
        // Detached or unstyled (no layout yet): estimate from the 12px font.
        max = Math.max(max, w > 0 ? w : t.length * 6.6);
      }
      probe.remove();
      return Math.ceil(max);
    },
    destroy() {
      root.remove();
    },
  };
}
