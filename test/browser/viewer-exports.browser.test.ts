/// <reference lib="dom" />
/**
 * The viewer's exports in Chromium, ready for a memo (issue 18, point 2): PNG and SVG carry the
 * title, the scenarios, what the band means and the run's size; differences of shares read in
 * percentage points; CSV opens in columns in each locale's spreadsheets (Norwegian: semicolons and
 * decimal commas); the final-year table downloads as CSV; file names keep ø and å.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { METRICS } from '@ppsim/core';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultFolder, serveViewer } from '../../packages/cli/src/commands/view.ts';
import { openViewer, SCREENSHOTS, screenshot, viewerFixture } from './harness.ts';
import { writeResultFolders, type ResultFolders } from './results-fixtures.ts';

const viewer = viewerFixture();
let folders: ResultFolders;

beforeAll(async () => {
  folders = await writeResultFolders();
}, 180_000);

afterAll(() => {
  if (folders !== undefined) rmSync(folders.root, { recursive: true, force: true });
});

const SMALL = 'reps=3&years=3&set=population.scale%3D0.05';
const open = (query: string, width = 1280) => openViewer(viewer, query, width);

/** Clicks the button named `name` in the figure of chart `id` (or in `scope`) and waits for its download. */
async function download(page: Page, scope: string, name: RegExp): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(scope).getByRole('button', { name }).first().click()]);
  return file;
}

/** The text of an SVG file's <text> elements, in document order. */
const svgTexts = (page: Page, svg: string) => page.evaluate((text) => Array.from(new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('text'), (t) => t.textContent ?? ''), svg);

/** Width and height of a PNG file, from its header. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the viewer in Chromium: exports for a memo', () => {
  it('downloadSvg(svg, name, memoCaption(…)): an explored chart carries its title, scenario, band and run', async () => {
    const { page, errors } = await open(`case=bergen&${SMALL}`);
    const fig = 'figure[data-chart="need-met"]';
    const svg = await download(page, fig, /as SVG/);
    const texts = await svgTexts(page, readFileSync(await svg.path(), 'utf8'));
    expect(texts[0]).toBe('Need met');
    const caption = texts.join(' ');
    expect(caption).toMatch(/Scenario: Bergen/);
    expect(caption).toMatch(/means over 3 replications; bands: 95\u00a0% t-intervals of the mean/);
    expect(caption).toContain('Run: 3 replications · population scale 0.05 · master seed 1 · years 2005–2007');
    // The PNG is the same picture: taller than the chart by its caption.
    const box = await page
      .locator(`${fig} svg.ppsim-chart, ${fig} svg`)
      .first()
      .evaluate((s) => (s as SVGSVGElement).viewBox.baseVal.height);
    const file = await download(page, fig, /as PNG/);
    await file.saveAs(join(SCREENSHOTS, 'viewer-export-need-met.png'));
    const png = pngSize(readFileSync(await file.path()));
    expect(png.height).toBeGreaterThan(2 * (box + 60));
    // English CSV: commas between fields, a full stop in numbers.
    const csv = readFileSync(await (await download(page, fig, /as CSV/)).path(), 'utf8').replace(/^\ufeff/, '');
    const [head, first] = csv.split('\r\n');
    expect(head).toBe('series,label,x,mean,lo,hi');
    expect(first).toMatch(/^needMet,Need met,2005,0\.\d+,/);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('compare in Norwegian: percentage points, both scenarios, the paired band, semicolon CSV, the table as CSV, ø in file names', async () => {
    const query = `lang=nb&view=compare&a=bergen&b=bergen%3Aintegrated&metric=market.commercialShare&${SMALL}`;
    const { page, errors } = await open(query);
    const fig = 'figure[data-chart="compare-difference"]';
    // Ticks of a difference of shares read in percentage points (p.p. in Norwegian, as the table), never as a percentage.
    const ticks = await page.locator(`${fig} .ppsim-axis--y .tick text`).allTextContents();
    expect(ticks.length).toBeGreaterThan(1);
    for (const tick of ticks) expect(tick).toMatch(/\dp\.p\.$|\d\u00a0p\.p\.$/);
    expect(await page.locator(`${fig} .ppsim-axis-title`).first().textContent()).toMatch(/prosentpoeng/);

    const svg = await download(page, fig, /som SVG/);
    expect(svg.suggestedFilename()).toBe('private-leverandørers-markedsandel-b-a-paret-per-frø.svg');
    const caption = (await svgTexts(page, readFileSync(await svg.path(), 'utf8'))).join(' ');
    expect(caption).toMatch(/A: Bergen — .* · B: Bergen — .* — Bergen integrert/);
    expect(caption).toMatch(/paret forskjell/);
    expect(caption).toContain('befolkningsskala 0,05 · hovedfrø 1 · år 2005–2007');
    expect(caption).not.toMatch(/[−-]\d+(,\d+)? %/);

    await (await download(page, fig, /som PNG/)).saveAs(join(SCREENSHOTS, 'viewer-export-difference-nb.png'));
    const csv = await download(page, fig, /som CSV/);
    expect(csv.suggestedFilename()).toBe('private-leverandørers-markedsandel-b-a-paret-per-frø.csv');
    const lines = readFileSync(await csv.path(), 'utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('series;label;x;mean;lo;hi');
    expect(lines[1]).toMatch(/^difference;bergen:integrated − bergen;2005;-?\d+(,\d+)?(e-?\d+)?;/);
    expect(lines.join('\n')).not.toMatch(/\d\.\d/);

    const table = await download(page, '.table-block', /CSV/);
    expect(table.suggestedFilename()).toMatch(/\.csv$/);
    const rows = readFileSync(await table.path(), 'utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(rows).toHaveLength(1 + METRICS.length);
    expect(rows[0]).toMatch(/^navn;Mål;Enhet;A: bergen: Gjennomsnitt;A: bergen: nedre 95 %;/);
    expect(rows[0]).toMatch(/B − A: Gjennomsnitt;B − A: nedre 95 %;B − A: øvre 95 %;d_z$/);
    const needMet = rows.find((r) => r.startsWith('needMet;'))?.split(';') ?? [];
    expect(needMet).toHaveLength(3 + 3 * 2 + 4);
    expect(needMet[3]).toMatch(/^0,\d+$/);
    for (const width of [390, 1280, 1920]) {
      await page.setViewportSize({ width, height: 1000 });
      await screenshot(page, `viewer-exports-compare-nb-${width}`);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('memoLines(title, facts): a chart of opened command-line results carries the run from its provenance', async () => {
    const opened = await serveViewer(viewer.dist, 0, resultFolder(folders.compare));
    const page = await viewer.browser.newPage({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
    try {
      await page.goto(opened.openUrl, { waitUntil: 'load' });
      await page.waitForSelector('figure[data-chart="open-difference-1"] path.ppsim-line');
      const svg = await download(page, 'figure[data-chart="open-difference-1"]', /as SVG/);
      const caption = (await svgTexts(page, readFileSync(await svg.path(), 'utf8'))).join(' ');
      expect(caption).toMatch(/A: bergen · B: bergen:frame-funding/);
      expect(caption).toMatch(/paired difference B − A/);
      expect(caption).toMatch(/Run: 3 replications · population scale 0\.\d+ · master seed \d+ · years 2005–2007/);
    } finally {
      await page.close();
      await opened.close();
    }
  }, 120_000);
});
