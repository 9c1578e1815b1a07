/**
 * An opened calibration in Chromium (Debian's, through playwright-core): a small `ppsim calibrate`
 * made in the test, served by `ppsim view DIR`'s own server or chosen as a folder. The targets chart
 * holds a row per target with both estimates, the pairs plot a mark per sample and pair, the tables
 * a row per target, parameter and wave, in English and Norwegian, at a phone's, a laptop's and a
 * wide screen's width; the charts export; damaged files are named in the page. No page may log an
 * error. Screenshots go to test-artifacts/screenshots/.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultFolder, serveViewer, type ViewServer } from '../../packages/cli/src/commands/view.ts';
import { readResult, type CalibrationResult } from '../../packages/viz/src/data/results.ts';
import { buildOnce, launchChromium, screenshot } from './harness.ts';
import { writeCalibrationFolder } from './results-fixtures.ts';

let browser: Browser;
let dist: string;
let folder: string;
let served: ViewServer;
let plain: ViewServer;
let r: CalibrationResult;

const text = (name: string) => readFileSync(join(folder, name), 'utf8');

beforeAll(async () => {
  [browser, dist, folder] = await Promise.all([launchChromium(), buildOnce(), writeCalibrationFolder()]);
  [served, plain] = await Promise.all([serveViewer(dist, 0, resultFolder(folder)), serveViewer(dist, 0)]);
  const read = readResult(
    readdirSync(folder)
      .filter((n) => /\.(json|csv)$/.test(n))
      .map((name) => ({ name, text: text(name) })),
  );
  if (read.kind !== 'calibration') throw new Error(`read as ${read.kind}`);
  r = read;
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await plain?.close();
  if (folder !== undefined) rmSync(dirname(folder), { recursive: true, force: true });
  if (dist !== undefined) rmSync(dist, { recursive: true, force: true });
});

/** Opens a page `width` px wide and records everything that went wrong on it. */
async function open(url: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

const targets = '[data-chart="calibration-targets"]';
const pairs = '[data-chart="calibration-pairs"]';
const drawn = (page: Page) => Promise.all([page.waitForSelector(`${targets} path.ppsim-dot`), page.waitForSelector(`${pairs} circle.ppsim-sample`)]);
const count = (page: Page, selector: string) => page.locator(selector).count();

const WORDS = {
  en: {
    observed: 'observed, 95 % band',
    simulated: 'simulated mean, central 95 % of the runs',
    bands: "Black diamond: the observed value; its line is the observation's 95 % band",
    grade: 'Grade A: made up for the tests',
    space: '%',
  },
  nb: {
    observed: 'observert, 95 %-bånd',
    simulated: 'simulert gjennomsnitt, midtre 95 % av kjøringene',
    bands: 'Svart rute: den observerte verdien; linjen er observasjonens 95 %-bånd',
    grade: 'Grad A: made up for the tests',
    space: '\u00a0%',
  },
} as const;

describe('a calibration in the viewer', () => {
  it.each(['en', 'nb'] as const)(
    '`ppsim view DIR` opens a calibration (%s): a row per target, a mark per sample and pair, the tables and the reading',
    async (lang) => {
      const { page, errors } = await open(`${served.openUrl}&lang=${lang}`);
      await drawn(page);
      expect(await page.textContent('#open-status')).toContain('ppsim calibrate');
      const words = WORDS[lang];
      // Targets against the check: both estimates per target, flagged where the runs miss.
      const n = r.targets.length;
      expect(await count(page, `${targets} g.ppsim-interval-row`)).toBe(n);
      expect(await count(page, `${targets} path.ppsim-dot--first`)).toBe(n);
      expect(await count(page, `${targets} path.ppsim-dot--second`)).toBe(n);
      expect(await count(page, `${targets} path.ppsim-interval`)).toBe(2 * n);
      expect(await page.locator(`${targets} g.ppsim-interval-row`).evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-key'), g.getAttribute('data-flagged')]))).toEqual(
        r.targets.map((x) => [x.name, String(!x.covered)]),
      );
      expect(await page.locator(`${targets} .ppsim-row-label`).allTextContents()).toEqual(r.targets.map((x) => `${x.covered ? '' : '✗ '}${x.name} (${x.grade})`));
      expect(await page.locator(`${targets} .ppsim-legend-text`).allTextContents()).toEqual(expect.arrayContaining([words.observed, words.simulated]));
      expect(await page.textContent(`${targets} .band-note`)).toContain(words.bands);
      // The pairs plot: two parameters, one scatter with a mark per sample, a histogram each.
      const samples = r.samples?.implausibility.length ?? 0;
      expect(samples).toBe(40);
      expect(await count(page, `${pairs} circle.ppsim-sample`)).toBe(samples);
      expect(await count(page, `${pairs} .ppsim-pairs-label`)).toBe(2);
      expect(await count(page, `${pairs} rect.ppsim-hist-bar`)).toBe(2 * 6);
      expect(await page.locator(`${pairs} .ppsim-corr`).allTextContents()).toEqual([expect.stringMatching(/^r = −?\d[.,]\d+$|^r = −?\d$/)]);
      // Tables: a row per target, parameter and wave, as the files say.
      expect(await page.locator('#calibration-targets-table tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-target')))).toEqual(r.targets.map((x) => x.name));
      expect(await page.locator('#calibration-targets-table td.grade').allTextContents()).toEqual(r.targets.map((x) => x.grade));
      expect(await page.locator('#calibration-parameters tbody th').allTextContents()).toEqual(r.parameters.map((p) => p.path));
      expect(await count(page, '#calibration-waves tbody tr')).toBe(r.waves.length);
      const left = await page.locator('#calibration-waves tbody tr td:nth-child(4)').allTextContents();
      // One decimal of a percentage: the share in thousandths.
      expect(left.map((x) => Math.round(Number(x.replace(words.space, '').replace(',', '.')) * 10))).toEqual(r.waves.map((w) => Math.round(w.share * 1000)));
      expect(await page.textContent('#calibration-reading')).toBe(r.reading);
      // The tooltip of a target gives its grade and source.
      const tip = page.locator(`${targets} .ppsim-tooltip`);
      await page.locator(`${targets} .ppsim-overlay`).focus();
      await tip.waitFor({ state: 'visible' });
      expect(await tip.textContent()).toContain(words.grade);
      await page.keyboard.press('ArrowDown');
      expect(await tip.textContent()).toContain(r.targets[1]?.name);
      await page.keyboard.press('Escape');
      // A sample's tooltip: its number, each parameter, its implausibility.
      const ptip = page.locator(`${pairs} .ppsim-tooltip`);
      await page.locator(`${pairs} .ppsim-overlay`).focus();
      await ptip.waitFor({ state: 'visible' });
      expect(await ptip.textContent()).toMatch(lang === 'en' ? /^Sample 0governance\.controlIntensity: / : /^Trekk 0governance\.controlIntensity: /);
      await screenshot(page.locator(pairs), `viewer-calibration-pairs-keyboard-${lang}`);
      await page.keyboard.press('Escape');
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      for (const width of [390, 1280, 1920]) {
        await page.setViewportSize({ width, height: 900 });
        await page.waitForFunction(() =>
          Array.from(document.querySelectorAll<SVGSVGElement>('figure[data-chart] svg')).every(
            (svg) => Math.abs(svg.viewBox.baseVal.width - Math.max(360, Math.round(svg.getBoundingClientRect().width))) < 2,
          ),
        );
        // Nothing wider than the screen but the tables, which scroll in their own box.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await screenshot(page, `viewer-calibration-${width}px-${lang}`);
      }
      expect(errors).toEqual([]);
      await page.close();
    },
    90_000,
  );

  it('exports both charts as SVG and PNG, and their data as CSV: ppc.csv and samples.csv', async () => {
    const { page, errors } = await open(served.openUrl);
    await drawn(page);
    const download = async (chart: string, format: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page
          .locator(chart)
          .getByRole('button', { name: new RegExp(`as ${format}`) })
          .click(),
      ]);
      return readFileSync(await file.path());
    };
    const lines = (b: Buffer) =>
      b
        .toString('utf8')
        .replace(/^\ufeff/, '')
        .trimEnd()
        .split(/\r?\n/);
    expect(lines(await download(targets, 'CSV'))).toEqual(lines(Buffer.from(text('ppc.csv'))));
    expect(lines(await download(pairs, 'CSV'))).toEqual(lines(Buffer.from(text('samples.csv'))));
    const svg = (await download(targets, 'SVG')).toString('utf8');
    expect(svg).toContain('Calibration of reference to two made-up targets for tests');
    expect(svg).toContain('observed, 95 % band');
    expect((await download(pairs, 'SVG')).toString('utf8')).toContain('implausibility (cut-off 3)');
    for (const chart of [targets, pairs]) expect((await download(chart, 'PNG')).subarray(1, 4).toString()).toBe('PNG');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('opens a chosen calibration folder, its waves and check below it ignored', async () => {
    const { page, errors } = await open(`${plain.url}?view=open`);
    await page.setInputFiles('#open-dir', folder);
    await drawn(page);
    // The sweeps of the waves and the check were given too, and left aside.
    expect(await page.textContent('#open-status')).toMatch(/^Opened ppsim calibrate from .*calibration\/wave-1\/summary\.json/);
    expect(await count(page, `${pairs} circle.ppsim-sample`)).toBe(40);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('names a damaged samples.csv in the page and shows the rest; a damaged summary.json refuses the whole', async () => {
    const { page, errors } = await open(`${plain.url}?view=open`);
    const file = (name: string, body = text(name)) => ({ name, mimeType: name.endsWith('.json') ? 'application/json' : 'text/csv', buffer: Buffer.from(body) });
    const damaged = text('samples.csv').trimEnd().split('\n').slice(0, -1).join('\n');
    await page.setInputFiles('#open-files', [file('summary.json'), file('samples.csv', damaged), file('ppc.csv'), file('waves.csv')]);
    await page.waitForSelector('#calibration-problems');
    expect(await page.textContent('#calibration-problems')).toContain('samples.csv: expected 40 samples (as summary.json says), received 39 rows.');
    expect(await count(page, `${targets} path.ppsim-dot`)).toBe(2 * r.targets.length);
    expect(await count(page, `${pairs} circle`)).toBe(0);
    expect(await page.textContent(pairs)).toContain('No pairs plot');
    await screenshot(page, 'viewer-calibration-damaged');
    await page.setInputFiles('#open-files', [file('summary.json', text('summary.json').replace('"parameters"', '"parameter"')), file('samples.csv')]);
    await page.waitForSelector('#open-error:not([hidden])');
    expect(await page.textContent('#open-error')).toMatch(/summary\.json: expected the summary\.json of ppsim calibrate, received a document that differs at parameters/);
    expect(await count(page, '#open-result figure')).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
