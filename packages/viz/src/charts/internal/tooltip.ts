/**
 * Tooltips that work with a mouse and with a keyboard. Each chart lays one transparent, focusable
 * overlay over its plot: the pointer picks the nearest item, Tab focuses the overlay and shows the
 * first item, the arrow keys (and Home/End) move between items, Escape hides. The tooltip is an
 * HTML <div role="status"> beside the svg, so screen readers announce it; its text is always set
 * with textContent, never parsed as HTML.
 */
import { pointer } from 'd3';
import type { ChartBase } from './base.ts';

/** What a chart tells the cursor about its items. */
export interface CursorSpec {
  /** How many items there are now (read on every event, so `update` may change it). */
  count(): number;
  /** Items per row when the items form a grid (heat maps): Up/Down then move by a row. */
  columns?(): number;
  /** The item nearest a point in viewBox coordinates, or undefined if none is near. */
  pick(x: number, y: number): number | undefined;
  /** Highlights item `i` and says where (viewBox coordinates) and what the tooltip shows. */
  show(i: number): TooltipContent;
  /** Removes the highlight. */
  clear(): void;
}

/** A tooltip: its anchor in viewBox coordinates, its lines (the first one bold) and their swatches. */
export interface TooltipContent {
  readonly x: number;
  readonly y: number;
  /** Plain text, lines separated by \n. */
  readonly text: string;
  /** A colour per line (a swatch drawn before it), undefined for none. */
  readonly swatches?: readonly (string | undefined)[];
  /** `above` the anchor (default) or to its `right`, centred on it (bars, cells). */
  readonly placement?: 'above' | 'right';
  /** Where the tooltip's right edge goes when there is no room right of `x` (a cell's left edge); default `x`. */
  readonly flipX?: number;
}

/** Where the overlay sits, in viewBox coordinates. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The overlay's handle: call `place` after each layout, `refresh` after new data. */
export interface Cursor {
  place(box: Box): void;
  refresh(): void;
}

/** Adds the tooltip and the focusable overlay to `chart`, driven by `spec`. */
export function attachCursor(chart: ChartBase, spec: CursorSpec, hint: string): Cursor {
  const doc = chart.root.ownerDocument;
  const tip = doc.createElement('div');
  tip.className = 'ppsim-tooltip';
  tip.setAttribute('role', 'status');
  tip.hidden = true;
  chart.root.appendChild(tip);
  const group = chart.layer('interaction').attr('data-export', 'skip');
  const overlay = group.append('rect').attr('class', 'ppsim-overlay').attr('tabindex', 0).attr('role', 'application').attr('aria-label', hint).attr('fill', 'transparent');
  let current: number | undefined;

  function show(i: number | undefined): void {
    const n = spec.count();
    if (i === undefined || n === 0) {
      hide();
      return;
    }
    current = Math.max(0, Math.min(n - 1, i));
    const at = spec.show(current);
    // Plain text only: each line becomes a <div> whose textContent is set; the first is bold.
    tip.replaceChildren(
      ...at.text.split('\n').map((line, k) => {
        const div = doc.createElement('div');
        div.textContent = line;
        if (k === 0) div.className = 'ppsim-tooltip-head';
        const colour = at.swatches?.[k];
        if (colour !== undefined) {
          const swatch = doc.createElement('span');
          swatch.className = 'ppsim-tooltip-swatch';
          swatch.style.backgroundColor = colour;
          div.prepend(swatch);
        }
        return div;
      }),
    );
    tip.hidden = false;
    position(at.x, at.y, at.placement ?? 'above', at.flipX ?? at.x);
  }

  function hide(): void {
    spec.clear();
    tip.hidden = true;
  }

  function position(x: number, y: number, placement: 'above' | 'right', flipX: number): void {
    const svg = chart.svg.node();
    const ctm = svg?.getScreenCTM();
    if (!svg || !ctm) return;
    const p = new DOMPoint(x, y).matrixTransform(ctm);
    const flip = new DOMPoint(flipX, y).matrixTransform(ctm);
    const box = chart.root.getBoundingClientRect();
    const px = p.x - box.left;
    const py = p.y - box.top;
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const left = px + 14 + w > box.width ? Math.max(0, flip.x - box.left - 14 - w) : px + 14;
    const wanted = placement === 'right' ? py - h / 2 : py - 10 - h < 0 ? py + 14 : py - 10 - h;
    const top = Math.max(0, Math.min(wanted, box.height - h));
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(top)}px`;
  }

  function key(event: KeyboardEvent): void {
    const n = spec.count();
    const cols = spec.columns?.() ?? n;
    const i = current ?? 0;
    const moves: Record<string, number> = {
      ArrowRight: i + 1,
      ArrowLeft: i - 1,
      ArrowDown: spec.columns ? i + cols : i + 1,
      ArrowUp: spec.columns ? i - cols : i - 1,
      Home: 0,
      End: n - 1,
    };
    if (event.key === 'Escape') {
      hide();
      return;
    }
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    show(Math.max(0, Math.min(n - 1, next)));
  }

  overlay
    .on('pointermove', (event: PointerEvent) => {
      const [x, y] = pointer(event, chart.svg.node());
      const i = spec.pick(x, y);
      if (i === undefined) hide();
      // Within one item the tooltip stays as it is: no rebuilding and re-measuring per pixel moved.
      else if (i !== current || tip.hidden) show(i);
    })
    .on('pointerleave', hide)
    .on('focus', () => show(current ?? 0))
    .on('blur', hide)
    .on('keydown', key);

  return {
    place(box) {
      group.raise();
      overlay.attr('x', box.x).attr('y', box.y).attr('width', Math.max(0, box.width)).attr('height', Math.max(0, box.height));
    },
    refresh() {
      if (!tip.hidden && current !== undefined) show(current);
    },
  };
}
