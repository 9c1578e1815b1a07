/**
 * Exporting a chart: a standalone SVG file (computed styles inlined, so it looks the same outside
 * the page and needs no stylesheet; the font is the page's system font stack, named not embedded),
 * a PNG drawn from that SVG on a white canvas, and CSV text as a file.
 *
 * Framing (a title, a note, the download buttons) is left to the app: it knows the translated
 * button texts and its own layout. The gallery page shows one way to do it.
 */

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
 * The chart as a standalone SVG document: `xmlns` set, width and height from the viewBox, a white
 * background, every element's computed presentation styles written into its `style`, and the
 * interactive parts (focus overlay, hover highlight) left out.
 *
 * @example
 * const text = svgString(handle.svg); // '<?xml version="1.0" …><svg xmlns="http://www.w3.org/2000/svg" …'
 */
export function svgString(svg: SVGSVGElement): string {
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
  const { width, height } = size(svg);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const background = svg.ownerDocument.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  const after = clone.querySelector(':scope > defs')?.nextSibling ?? clone.firstChild;
  clone.insertBefore(background, after);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
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

/** Downloads the chart as `<name>.svg` (see `svgString`). */
export function downloadSvg(svg: SVGSVGElement, name: string): void {
  download(new Blob([svgString(svg)], { type: 'image/svg+xml' }), `${name}.svg`);
}

/**
 * The chart as a PNG: the standalone SVG drawn by an Image onto a canvas `scale` times the
 * viewBox size, over white.
 *
 * @param scale pixels per viewBox unit; default 2 (sharp on high-density screens and in print).
 * @example
 * const blob = await svgToPngBlob(handle.svg); // blob.type === 'image/png'
 */
export async function svgToPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = size(svg);
  const url = URL.createObjectURL(new Blob([svgString(svg)], { type: 'image/svg+xml' }));
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

/** Downloads the chart as `<name>.png` (see `svgToPngBlob`). */
export async function downloadPng(svg: SVGSVGElement, name: string, scale = 2): Promise<void> {
  download(await svgToPngBlob(svg, scale), `${name}.png`);
}

/** Downloads CSV text (e.g. `handle.csv()`) as `<name>.csv`, UTF-8 with a byte-order mark for spreadsheets. */
export function downloadCsv(text: string, name: string): void {
  download(new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
}
