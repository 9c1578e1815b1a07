/**
 * The caption an exported chart carries so that it stands on its own in a memo: its title above,
 * and below it the lines that say what it shows (the scenarios, what the band means, the run's
 * size), each wrapped to the chart's width. Only exports get it; the page shows these in its own
 * text around the chart.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 10;
const TITLE = { size: 15, line: 20 } as const;
const LINE = { size: 12, line: 16 } as const;

/** What an exported chart says about itself. */
export interface ExportCaption {
  /** The chart's title, drawn bold above it. */
  readonly title: string;
  /** Lines below the chart, e.g. "A: Bergen, B: Bergen integrated", "Band: 95 % t-interval…". */
  readonly lines: readonly string[];
}

/** `text` broken at spaces into lines no wider than `width` as `measure` sees them. */
function wrap(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const wider = line ? `${line} ${word}` : word;
    if (line && measure(wider) > width) {
      lines.push(line);
      line = word;
    } else line = wider;
  }
  if (line) lines.push(line);
  return lines;
}

/** A text element at (x, y) in `font` of `size` px. */
function text(doc: Document, content: string, y: number, size: number, font: string, bold: boolean): SVGTextElement {
  const t = doc.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(PAD));
  t.setAttribute('y', String(y));
  t.setAttribute('style', `font-family:${font};font-size:${size}px;font-weight:${bold ? 700 : 400};fill:#222222`);
  t.textContent = content;
  return t;
}

/**
 * `addCaption(clone, caption, width, height, font)`: moves the chart in `clone` down below the
 * caption's title, writes its lines under the chart, and sets the clone's viewBox to the new size.
 *
 * @returns the exported file's height (its width stays `width`).
 */
export function addCaption(clone: SVGSVGElement, caption: ExportCaption, width: number, height: number, font: string): number {
  const doc = clone.ownerDocument;
  const ctx = doc.createElement('canvas').getContext('2d');
  const measure = (size: number, bold: boolean) => (s: string) => {
    if (!ctx) return s.length * size * 0.56;
    ctx.font = `${bold ? 'bold ' : ''}${size}px ${font}`;
    return ctx.measureText(s).width;
  };
  const titleLines = wrap(caption.title, width - 2 * PAD, measure(TITLE.size, true));
  const bodyLines = caption.lines.flatMap((l) => wrap(l, width - 2 * PAD, measure(LINE.size, false)));
  const head = PAD + titleLines.length * TITLE.line;
  const chart = doc.createElementNS(SVG_NS, 'g');
  chart.setAttribute('transform', `translate(0,${head})`);
  for (const child of Array.from(clone.childNodes)) if (!(child instanceof Element && child.localName === 'defs')) chart.appendChild(child);
  // The title first in the document too, where a reader of the file (or a screen reader) meets it.
  titleLines.forEach((l, i) => clone.appendChild(text(doc, l, PAD + TITLE.size + i * TITLE.line - 2, TITLE.size, font, true)));
  clone.appendChild(chart);
  const below = head + height + 4;
  bodyLines.forEach((l, i) => clone.appendChild(text(doc, l, below + LINE.size + i * LINE.line, LINE.size, font, false)));
  const total = Math.ceil(below + bodyLines.length * LINE.line + PAD);
  clone.setAttribute('viewBox', `0 0 ${width} ${total}`);
  return total;
}
