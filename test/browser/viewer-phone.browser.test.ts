/// <reference lib="dom" />
/**
 * The viewer on a phone (issue 18, point 6): no view scrolls sideways at 390 px, Cases is one
 * column there and two on a desktop, Compare's legend stays inside its chart and its first screen
 * shows the charts' subject, and field help opens by keyboard and by touch. Screenshots of every
 * view at 390, 1280 and 1920 px go to test-artifacts/screenshots/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resultFolder, serveViewer } from '../../packages/cli/src/commands/view.ts';
import { openViewer, SCREENSHOTS, screenshot, viewerFixture } from './harness.ts';
import { resultFoldersFixture } from './results-fixtures.ts';

const viewer = viewerFixture();
const written = resultFoldersFixture();

const SMALL = 'reps=3&years=3&set=population.scale%3D0.05';
const WIDTHS = [390, 1280, 1920] as const;

/** A page of a view that runs nothing (Cases, Glossary), once it has drawn. */
async function openStill(query: string, width: number): Promise<{ page: Page; errors: string[] }> {
  const page = await viewer.browser.newPage({ viewport: { width, height: 1000 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  await page.goto(`${viewer.server.url}?${query}`, { waitUntil: 'load' });
  await page.waitForSelector('main h2');
  return { page, errors };
}

/** How far the page reaches past the window's right edge, in CSS pixels (0: no sideways scroll). */
const overflow = (page: Page) => page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth);

describe('the viewer in Chromium: on a phone', () => {
  it('every view at 390, 1280 and 1920 px: nothing scrolls sideways', async () => {
    const views = { explore: `case=bergen&${SMALL}`, compare: `view=compare&${SMALL}`, cases: 'view=cases&case=bergen', glossary: 'view=glossary' };
    for (const [name, query] of Object.entries(views)) {
      for (const width of WIDTHS) {
        const { page, errors } = name === 'cases' || name === 'glossary' ? await openStill(query, width) : await openViewer(viewer, query, width);
        await screenshot(page, `viewer-phone-${name}-${width}`);
        expect.soft(await overflow(page), `${name} at ${width}`).toBeLessThanOrEqual(0);
        expect(errors).toEqual([]);
        await page.close();
      }
    }
    // Open results: each kind of result folder, with the chart it draws first.
    const results = [
      ['compare', written.folders.compare, 'open-difference-1'],
      ['sweep', written.folders.sweep, 'sweep-heatmap'],
      ['map', written.folders.map, 'map-scatter'],
      ['calibration', written.calibration, 'calibration-pairs'],
    ] as const;
    for (const [name, folder, chart] of results) {
      const opened = await serveViewer(viewer.dist, 0, resultFolder(folder));
      try {
        for (const width of WIDTHS) {
          const page = await viewer.browser.newPage({ viewport: { width, height: 1000 } });
          await page.goto(opened.openUrl, { waitUntil: 'load' });
          await page.waitForSelector(`figure[data-chart="${chart}"] svg`);
          await screenshot(page, `viewer-phone-open-${name}-${width}`);
          expect.soft(await overflow(page), `open ${name} at ${width}`).toBeLessThanOrEqual(0);
          await page.close();
        }
      } finally {
        await opened.close();
      }
    }
  }, 300_000);

  it('renderCases at 390 px: one column, the case under the list; at 1280 px: two, side by side', async () => {
    const boxes = (page: Page) =>
      page.evaluate(() => {
        const box = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().toJSON() as DOMRect;
        return { list: box('nav.case-list'), article: box('article.case') };
      });
    const phone = await openStill('view=cases&case=bergen', 390);
    const narrow = await boxes(phone.page);
    expect(narrow.article.top).toBeGreaterThanOrEqual(narrow.list.bottom - 1);
    expect(narrow.article.left).toBeLessThan(narrow.list.right);
    expect(narrow.article.right).toBeLessThanOrEqual(390);
    await phone.page.screenshot({ path: `${SCREENSHOTS}/viewer-phone-cases-390-first.png` });
    await phone.page.close();
    const desk = await openStill('view=cases&case=bergen', 1280);
    const wide = await boxes(desk.page);
    expect(wide.article.left).toBeGreaterThanOrEqual(wide.list.right);
    expect(Math.abs(wide.article.top - wide.list.top)).toBeLessThan(2);
    await desk.page.close();
  }, 60_000);

  it('renderCompare at 390 px: legends wrap inside their charts, the first screen reaches a chart, the controls cover none', async () => {
    // The longest scenario names there are: their legend entries are wider than a phone's chart.
    const query = `view=compare&a=moss%3Asplit-without-invoicing&b=sarpsborg%3Aabolished-with-lighter-steering&${SMALL}`;
    const { page, errors } = await openViewer(viewer, query, 390);
    await page.setViewportSize({ width: 390, height: 844 });
    const legends = await page.evaluate(() =>
      Array.from(document.querySelectorAll('figure[data-chart] g.ppsim-legend-item'), (g) => {
        const svg = g.closest('svg') as SVGSVGElement;
        const box = svg.getBoundingClientRect();
        const item = g.getBoundingClientRect();
        return {
          chart: (g.closest('figure') as HTMLElement).dataset['chart'],
          text: g.textContent,
          inside: item.left >= box.left - 0.5 && item.right <= box.right + 0.5,
          // Rendered size of the legend's text: the svg is scaled to its box.
          px: (13 * box.width) / svg.viewBox.baseVal.width,
        };
      }),
    );
    expect(legends.filter((l) => l.chart === 'compare-difference').map((l) => l.text)).toEqual(['sarpsborg:abolished-with-lighter-steering − moss:split-without-invoicing']);
    for (const l of legends) {
      expect(l.inside, `${l.chart}: ${l.text}`).toBe(true);
      expect(l.px, `${l.chart}: ${l.text}`).toBeGreaterThanOrEqual(11);
    }
    await screenshot(page.locator('figure[data-chart="compare-difference"]'), 'viewer-phone-compare-difference-390');
    // The first screen shows what is compared and reaches the first chart.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOTS}/viewer-phone-compare-390-first.png` });
    const first = await page.locator('figure[data-chart="compare-metric"]').boundingBox();
    expect(first?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(844 * 0.75);
    await expect.poll(() => page.locator('.case-summary').isVisible()).toBe(true);
    // Scrolled to each chart, the controls are nowhere over it.
    for (const id of ['compare-metric', 'compare-difference', 'compare-stack-b']) {
      await page.locator(`figure[data-chart="${id}"]`).evaluate((f) => f.scrollIntoView({ block: 'start' }));
      const chart = await page.locator(`figure[data-chart="${id}"]`).boundingBox();
      const aside = await page.locator('aside.controls').boundingBox();
      if (chart === null || aside === null) throw new Error(`no box for ${id} or the controls`);
      const overlap = Math.min(chart.y + chart.height, aside.y + aside.height) - Math.max(chart.y, aside.y);
      expect(overlap, id).toBeLessThanOrEqual(0);
    }
    // The folded controls open, and their choices are all there.
    await page.locator('details.fold > summary').click();
    await expect.poll(() => page.locator('#a').isVisible()).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOTS}/viewer-phone-compare-390-unfolded.png` });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('paramsPanel: a field\'s "?" opens its help by keyboard (Enter, Space) and by touch', async () => {
    const path = 'governance.controlIntensity';
    const row = `.param[data-path="${path}"]`;
    const helpShown = (page: Page) =>
      page.locator(row).evaluate((r) => {
        const help = r.querySelector('.param-help') as HTMLElement;
        const box = help.getBoundingClientRect();
        return { visible: box.width > 10 && box.height > 10, text: help.textContent ?? '', expanded: r.querySelector('.help-toggle')?.getAttribute('aria-expanded') };
      });
    const { page, errors } = await openViewer(viewer, `case=bergen&${SMALL}`, 1280);
    await page.locator('details[data-group="governance"] > summary').click();
    const describedBy = await page.locator(`#p-${path.replaceAll('.', '-')}`).getAttribute('aria-describedby');
    const toggle = page.locator(`${row} .help-toggle`);
    expect(await toggle.getAttribute('aria-controls')).toBe(describedBy);
    expect((await helpShown(page)).visible).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    const opened = await helpShown(page);
    expect(opened).toMatchObject({ visible: true, expanded: 'true' });
    expect(opened.text).toMatch(/Range: 0 – 1/);
    await screenshot(page.locator(row), 'viewer-phone-help-open');
    await page.keyboard.press('Space');
    expect(await helpShown(page)).toMatchObject({ visible: false, expanded: 'false' });
    await page.keyboard.press('Space');
    expect((await helpShown(page)).visible).toBe(true);
    expect(errors).toEqual([]);
    await page.close();

    const touch = await viewer.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    try {
      const phone = await touch.newPage();
      await phone.goto(`${viewer.server.url}?case=bergen&${SMALL}`, { waitUntil: 'load' });
      await phone.waitForFunction(() => document.body.dataset['running'] === 'false', null, { timeout: 90_000 });
      // On a phone the controls are folded away at first.
      expect(await phone.locator('details.fold').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      await phone.screenshot({ path: `${SCREENSHOTS}/viewer-phone-explore-390-first.png` });
      await phone.locator('details.fold > summary').tap();
      await phone.locator('details[data-group="governance"] > summary').tap();
      await phone.locator(`${row} .help-toggle`).tap();
      const tapped = await helpShown(phone);
      expect(tapped).toMatchObject({ visible: true, expanded: 'true' });
      expect(tapped.text).toMatch(/Range: 0 – 1/);
      await screenshot(phone.locator(row), 'viewer-phone-help-tapped-390');
    } finally {
      await touch.close();
    }
  }, 180_000);
});
