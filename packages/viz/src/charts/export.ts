/**
 * Exporting a chart: a standalone SVG file (computed styles inlined, so it looks the same outside
 * the page and needs no stylesheet; the font is the page's system font stack, named not embedded),
 * a PNG drawn from that SVG on a white canvas, and CSV text as a file.
 *
 * Framing (a title, a note, the download buttons) is left to the app: it knows the translated
 * button texts and its own layout. The gallery page shows one way to do it.
 */
import { addCaption, type ExportCaption } from './internal/caption.ts';
import { csvForLocale } from './internal/csv.ts';

export type { ExportCaption } from './internal/caption.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The presentation properties copied from computed style onto every exported element. */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'shape-rendering',
  'visibility',
] as const;

/** Width and height of the svg's viewBox (what the file's width and height become). */
function size(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  const rect = svg.getBoundingClientRect();
  return { width: Math.max(1, Math.round(rect.width)), height: Math.max(1, Math.round(rect.height)) };
}

/**
 * The chart as a standalone SVG document and its size: `xmlns` set, width and height from the
 * viewBox (taller by the caption when there is one), a white background, every element's computed
 * presentation styles written into its `style`, and the interactive parts (focus overlay, hover
 * highlight) left out.
 */
function standalone(svg: SVGSVGElement, caption: ExportCaption | undefined): { text: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const view = svg.ownerDocument.defaultView;
  const originals = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const copies = [clone, ...Array.from(clone.querySelectorAll('*'))];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy || !view) return;
    const computed = view.getComputedStyle(original);
    const style = PROPERTIES.map((p) => [p, computed.getPropertyValue(p)] as const)
      .filter(([, v]) => v !== '' && v !== 'normal' && v !== 'auto')
      .map(([p, v]) => `${p}:${v}`)
      .join(';');
    if (style) copy.setAttribute('style', style);
    copy.removeAttribute('tabindex');
  });
  for (const skip of Array.from(clone.querySelectorAll('[data-export="skip"]'))) skip.remove();
  const { width, height: chartHeight } = size(svg);
  const font = view?.getComputedStyle(svg).getPropertyValue('font-family') || 'sans-serif';
  const height = caption === undefined ? chartHeight : addCaption(clone, caption, width, chartHeight, font);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const background = svg.ownerDocument.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  const after = clone.querySelector(':scope > defs')?.nextSibling ?? clone.firstChild;
  clone.insertBefore(background, after);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`, width, height };
}

/**
 * The chart as a standalone SVG document (see `standalone`); with `caption`, its title above it
 * and its lines (scenarios, what the band means, the run's size) below, so that it reads alone.
 *
 * @example
 * const text = svgString(handle.svg); // '<?xml version="1.0" …><svg xmlns="http://www.w3.org/2000/svg" …'
 */
export function svgString(svg: SVGSVGElement, caption?: ExportCaption): string {
  return standalone(svg, caption).text;
}

/** Offers `blob` as a download named `filename`. */
function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the chart as `<name>.svg`, with `caption` when given (see `svgString`). */
export function downloadSvg(svg: SVGSVGElement, name: string, caption?: ExportCaption): void {
  download(new Blob([svgString(svg, caption)], { type: 'image/svg+xml' }), `${name}.svg`);
}

/**
 * The chart as a PNG: the standalone SVG drawn by an Image onto a canvas `scale` times the
 * viewBox size (taller by `caption` when given), over white.
 *
 * @param scale pixels per viewBox unit; default 2 (sharp on high-density screens and in print).
 * @example
 * const blob = await svgToPngBlob(handle.svg); // blob.type === 'image/png'
 */
export async function svgToPngBlob(svg: SVGSVGElement, scale = 2, caption?: ExportCaption): Promise<Blob> {
  const { text, width, height } = standalone(svg, caption);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.width = width;
    image.height = height;
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('svgToPngBlob: this browser gives no 2D canvas context; export as SVG instead');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('svgToPngBlob: the canvas gave no PNG; export as SVG instead'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Downloads the chart as `<name>.png`, with `caption` when given (see `svgToPngBlob`). */
export async function downloadPng(svg: SVGSVGElement, name: string, scale = 2, caption?: ExportCaption): Promise<void> {
  download(await svgToPngBlob(svg, scale, caption), `${name}.png`);
}

/**
 * Downloads CSV text (e.g. `handle.csv()`) as `<name>.csv`, UTF-8 with a byte-order mark for
 * spreadsheets, written for `locale`'s spreadsheets (see `csvForLocale`: Norwegian gets semicolons
 * and decimal commas; default English, as given).
 */
export function downloadCsv(text: string, name: string, locale: 'en' | 'nb' = 'en'): void {
  download(new Blob(['\ufeff', csvForLocale(text, locale)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
}
