/**
 * The viewer in Norwegian shows the cases in Norwegian too (issue 18, point 3): case and variant
 * titles, places, summaries, event labels on the charts, evidence notes, parameter names and help,
 * choice values, units with money in kr, and the memo caption's changed parameters in words, in
 * Explore, Compare and Cases; no English text of a case or parameter leaks through. Screenshots at
 * 390, 1280 and 1920 px go to test-artifacts/screenshots/ for a look at the longer words.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openViewer, screenshot, viewerFixture } from './harness.ts';

const viewer = viewerFixture();
const SMALL = 'reps=2&years=6&set=population.scale%3D0.02';

/** English texts of the cases, the parameters and the units that must not show on a Norwegian page. */
const ENGLISH = [
  'home care',
  'Split abolished',
  'Sarpsborg keeping the split',
  'Lighter steering',
  'Standard times cut',
  'Bergen with frame funding',
  'Bergen without user choice',
  'what-if',
  'reference level',
  'Documentation and reporting demands',
  'Multiplier on',
  'currency',
  'valuta',
  'Changed parameters',
  ', Norway',
];

/**
 * The English phrases of {@link ENGLISH} in the page's text (hidden help included) and its hover texts. The sources
 * of the model's defaults ("Kilde: …" in a parameter's help) are citations and stay as written.
 */
async function leaks(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => `${document.body.textContent}\n${Array.from(document.querySelectorAll('[title]'), (e) => e.getAttribute('title')).join('\n')}`);
  const shown = text.replace(/Kilde: [^\n]*/g, '');
  return ENGLISH.filter((phrase) => shown.includes(phrase));
}

async function shots(page: Page, name: string): Promise<void> {
  for (const width of [390, 1280, 1920]) {
    await page.setViewportSize({ width, height: 1000 });
    await screenshot(page, `${name}-${width}`);
  }
}

const svgTexts = (page: Page, svg: string) => page.evaluate((text) => Array.from(new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('text'), (t) => t.textContent ?? ''), svg);

async function download(page: Page, scope: string, name: RegExp): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(scope).getByRole('button', { name }).first().click()]);
  return file;
}

describe('the viewer in Norwegian: the cases and parameters in Norwegian too', () => {
  it('Explore, Sarpsborg with a variant: titles, events on the charts, parameter names and help, kr, the memo caption in words', async () => {
    const { page, errors } = await openViewer(viewer, `lang=nb&view=explore&case=sarpsborg&variant=abolished-with-lighter-steering&${SMALL}&set=governance.controlIntensity%3D0.6`);
    expect(await page.locator('.case-summary h2').textContent()).toBe('Sarpsborg — bestiller–utførermodellen i helse og omsorg avviklet midt i 2009 — Avvikling sammen med lettere styring');
    expect(await page.locator('.case-summary p').first().textContent()).toMatch(/^Det uttalte målet var helhetlig styring/);
    expect(await page.locator('select#case option[value="sarpsborg"]').textContent()).toBe('sarpsborg — Sarpsborg, Norge');
    expect(await page.locator('select#variant option[value="kept-split"]').textContent()).toBe('Sarpsborg beholder bestiller–utførermodellen');

    const cost = 'figure[data-chart="cost-total"]';
    const markers = await page.locator(`${cost} .ppsim-marker-text`).allTextContents();
    expect(markers).toEqual(expect.arrayContaining(['Bestiller–utførermodellen avviklet', 'Lettere styring etter avviklingen']));
    expect(await page.locator(`${cost} .ppsim-axis-title`).allTextContents()).toContainEqual(expect.stringContaining('kr/år'));
    // What a screen reader hears of a chart is Norwegian too.
    const described = await page
      .locator(`${cost} svg`)
      .first()
      .evaluate((svg) => document.getElementById(svg.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    expect(described).toMatch(/^Linjediagram av Totalkostnad \(kr\/år\) fra 2005 til \d{4}: .*; hendelser: Bestiller–utførermodellen avviklet/);

    const row = page.locator('.param[data-path="governance.controlIntensity"]');
    expect(await row.locator('label').textContent()).toMatch(/^kontrollintensitet \(andel 0–1\)governance\.controlIntensity$/);
    const help = (await row.getAttribute('title')) ?? '';
    expect(help).toMatch(/^kontrollintensitet \(governance\.controlIntensity\): Krav til dokumentasjon og rapportering/);
    expect(help).toContain('Enhet: andel 0–1');
    expect(help).toContain('sarpsborg: 0,4');
    expect(help).toContain('oppfølging og rapportering under modellen, over referansens 0,3');
    const split = page.locator('.param[data-path="governance.split"]');
    expect(await split.locator('option[value="internal"]').textContent()).toBe('intern bestiller–utfører');
    expect(await split.getAttribute('title')).toContain('integrert (integrated) | intern bestiller–utfører (internal) | konkurranse (competitive)');
    expect(await page.locator('.param[data-path="orderer.wagePerHour"] label small').textContent()).toBe(' (kr/time)');
    // A researcher's path still finds its parameter, and so does its Norwegian name.
    await page.fill('#param-filter', 'orderer.visitHours');
    expect(await page.locator('.param:not([hidden])').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['path']))).toEqual(['orderer.visitHours']);
    await page.fill('#param-filter', 'kontrollintensitet');
    expect(await page.locator('.param:not([hidden])').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['path']))).toContain('governance.controlIntensity');
    await page.fill('#param-filter', '');

    const svg = await download(page, cost, /som SVG/);
    const caption = (await svgTexts(page, readFileSync(await svg.path(), 'utf8'))).join(' ');
    expect(caption).toContain('Scenario: Sarpsborg — bestiller–utførermodellen i helse og omsorg avviklet midt i 2009 — Avvikling sammen med lettere styring');
    expect(caption).toContain('Endrede parametere: kontrollintensitet (governance.controlIntensity) = 0,6');
    expect(caption).toContain('Bestiller–utførermodellen avviklet');

    expect(await leaks(page)).toEqual([]);
    await shots(page, 'viewer-nb-explore-sarpsborg');
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('Compare, Bergen against a variant: both names, the variants in the menus, events, kr in the table, changed parameters in words', async () => {
    const { page, errors } = await openViewer(viewer, `lang=nb&view=compare&a=bergen&b=bergen%3Aframe-funding&metric=cost.total&${SMALL}&set=governance.financing%3Dframe`);
    const heads = await page.locator('.case-summary h2').allTextContents();
    expect(heads).toEqual([
      expect.stringMatching(/^A: Bergen — bestiller–utfører med konkurranse, aktivitetsbasert finansiering \(ABF\), brukervalg og kutt i standardtidene Åpne A/),
      expect.stringMatching(
        /^B: Bergen — bestiller–utfører med konkurranse, aktivitetsbasert finansiering \(ABF\), brukervalg og kutt i standardtidene — Bergen med rammefinansiering i stedet for ABF Åpne B/,
      ),
    ]);
    expect(await page.locator('select#b option[value="bergen:no-user-choice"]').textContent()).toBe('bergen: Bergen uten brukervalg');
    expect(await page.locator('select#a option[value="scotland"]').textContent()).toBe('scotland — Skottland, Storbritannia (ett stort helseforetak)');
    const financing = page.locator('.param.changed[data-path="governance.financing"]');
    expect(await financing.locator('label').textContent()).toBe('finansieringgovernance.financing');
    expect(await financing.locator('option:checked').textContent()).toBe('rammefinansiering');
    const markers = await page.locator('figure[data-chart="compare-metric"] .ppsim-marker-text').allTextContents();
    expect(markers).toContain('Brukervalg i hjemmesykepleien trer i kraft');
    expect(await page.locator('figure[data-chart="compare-metric"] .ppsim-axis-title').allTextContents()).toContainEqual(expect.stringContaining('kr/år'));
    await page.waitForSelector('.table-host table');
    expect(await page.locator('.table-host').textContent()).toContain('kr/år');
    expect(await leaks(page)).toEqual([]);
    await shots(page, 'viewer-nb-compare-bergen');
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('Cases, Bergen: title, place, service, knowledge, events, variants, evidence notes and values in Norwegian; citations as they are', async () => {
    const page = await viewer.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${viewer.server.url}?lang=nb&view=cases&case=bergen`, { waitUntil: 'load' });
    const article = page.locator('article.case');
    expect(await article.locator('h2').textContent()).toBe('Bergen — bestiller–utfører med konkurranse, aktivitetsbasert finansiering (ABF), brukervalg og kutt i standardtidene');
    expect(await article.locator('p.meta').textContent()).toMatch(/^Bergen, Norge · hjemmetjenester · 2005-01-03 \+ 20 år$/);
    expect(await article.locator('dd').first().textContent()).toMatch(/^Organiseringen \(en egen bestiller, Etat for forvaltning/);
    expect(await article.locator('h3 + ul li').first().textContent()).toMatch(/Brukervalg i hjemmesykepleien trer i kraft: brukervalg \(governance\.userChoice\) = ja \(M\)/);
    expect(await article.locator('section.variant h4').allTextContents()).toContain('Bergen med rammefinansiering i stedet for ABF');
    const table = await article.locator('table.evidence').first().textContent();
    expect(table).toContain('konkurranse');
    expect(table).toContain('Bestiller Etat for forvaltning, utfører Etat for hjemmetjenester');
    expect(await article.locator('ul.sources').textContent()).toContain('Senter for omsorgsforskning');
    expect(await page.locator('nav.case-list').textContent()).toContain('Vänersborg, Sverige');
    expect(await leaks(page)).toEqual([]);
    await shots(page, 'viewer-nb-cases-bergen');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
