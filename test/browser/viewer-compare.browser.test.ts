/**
 * Compare is enough on its own (issue 18, point 1): the dated events of either scenario are drawn,
 * parameter fields change both scenarios or B alone, the final-year table's columns are in view at
 * 1280 px with the metric column kept in view when it scrolls, the notes say as much as Explore's,
 * and each scenario opens in Explore. And the page is honest about its run controls (point 4): a
 * value Run would not use turns Run off and says what the charts still show.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openViewer, SCREENSHOTS, viewerFixture } from './harness.ts';

const viewer = viewerFixture();
const SMALL = 'reps=2&years=6&set=population.scale%3D0.02';

const done = (page: import('playwright-core').Page) =>
  page.waitForFunction(() => document.body.dataset['running'] === 'false' && document.querySelector('.results-table') !== null, undefined, { timeout: 60_000 });

describe('Compare on its own', () => {
  it('draws an event only one scenario has, labelled with its side, and an event both have once', async () => {
    const { page, errors } = await openViewer(viewer, `view=compare&a=sarpsborg%3Akept-split&b=sarpsborg&${SMALL}`);
    await done(page);
    const labels = await page.locator('figure[data-chart="compare-metric"] .ppsim-marker text').allTextContents();
    expect(labels).toEqual(['B: Split abolished']);
    await page.goto(`${viewer.server.url}?view=compare&a=sarpsborg&b=sarpsborg%3Aabolished-with-lighter-steering&${SMALL}`, { waitUntil: 'load' });
    await done(page);
    expect(await page.locator('figure[data-chart="compare-metric"] .ppsim-marker text').allTextContents()).toEqual(['Split abolished', 'B: Lighter steering after the abolition']);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('changes a parameter for both scenarios, or for B alone, from fields on the page', async () => {
    const { page, errors } = await openViewer(viewer, `view=compare&a=bergen&b=bergen%3Aframe-funding&${SMALL}`);
    await done(page);
    // For both: the field starts from A's value and the change goes into set=.
    await page.locator('details[data-group="governance"] > summary').click();
    await page.fill('#p-governance-controlIntensity', '0.55');
    await page.press('#p-governance-controlIntensity', 'Enter');
    await page.waitForFunction(() => new URLSearchParams(location.search).getAll('set').includes('governance.controlIntensity=0.55'));
    // For B alone: the change goes into setb= and the fields start from B with the shared changes.
    await page.check('#scope-b');
    await page.waitForSelector('#scope-b:checked');
    expect(await page.inputValue('#p-governance-controlIntensity')).toBe('0.55');
    await page.locator('details[data-group="staff"] > summary').click();
    const path = 'staff.motivation.crowding';
    await page.fill('#p-staff-motivation-crowding', '0.3');
    await page.press('#p-staff-motivation-crowding', 'Enter');
    await page.waitForFunction((p) => new URLSearchParams(location.search).getAll('setb').includes(`${p}=0.3`), path);
    expect(new URL(page.url()).searchParams.getAll('set')).not.toContain(`${path}=0.3`);
    // Back to "A and B": the change for B alone is listed, and can be reset.
    await page.check('#scope-both');
    await expect.poll(() => page.locator('.b-only').textContent()).toContain(`(${path}) = 0.3`);
    await page.screenshot({ path: join(SCREENSHOTS, 'compare-b-only-1280.png'), fullPage: true });
    await page.locator('.b-only button').click();
    await page.waitForFunction(() => new URLSearchParams(location.search).getAll('setb').length === 0);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('a link with changes for B alone runs B with them and A without (the paired difference moves)', async () => {
    const { page } = await openViewer(viewer, `view=compare&a=bergen&b=bergen&${SMALL}&setb=governance.controlIntensity%3D0.9&metric=orderer.officeHours`);
    await done(page);
    const row = await page.locator('.results-table tr[data-metric="orderer.officeHours"] td.num').allTextContents();
    // A and B are the same case: only B's own change can make the difference other than zero.
    expect(row[2]).not.toMatch(/^0 /);
    await page.goto(`${viewer.server.url}?view=compare&a=bergen&b=bergen&${SMALL}&metric=orderer.officeHours`, { waitUntil: 'load' });
    await done(page);
    const same = await page.locator('.results-table tr[data-metric="orderer.officeHours"] td.num').allTextContents();
    expect(same[2]).toMatch(/^0 /);
    await page.close();
  }, 120_000);

  it('the final-year table shows B − A and d_z at 1280 px, and keeps the metric column in view when it scrolls at 390 px', async () => {
    const { page } = await openViewer(viewer, `view=compare&a=oslo-district&b=oslo-district%3Aintegrated&${SMALL}`);
    await done(page);
    const fits = await page.locator('.table-wrap').evaluate((w) => {
      const right = w.getBoundingClientRect().right;
      return Array.from(w.querySelectorAll('thead th')).every((th) => th.getBoundingClientRect().right <= right + 1);
    });
    expect(fits).toBe(true);
    await page.setViewportSize({ width: 390, height: 844 });
    const wrap = page.locator('.table-wrap');
    await wrap.evaluate((w) => {
      w.scrollLeft = w.scrollWidth;
    });
    const [wrapLeft, thLeft] = await wrap.evaluate((w) => [w.getBoundingClientRect().left, (w.querySelector('tbody th') as HTMLElement).getBoundingClientRect().left]);
    expect(Math.abs((thLeft ?? 0) - (wrapLeft ?? 0))).toBeLessThan(2);
    await page.close();
  }, 120_000);

  it("the notes say as much as Explore's for the same metric", async () => {
    const { page } = await openViewer(viewer, `view=compare&a=bergen&b=bergen%3Aframe-funding&metric=needMet&${SMALL}`);
    await page.waitForSelector('figure[data-chart="compare-metric"]');
    const compareNote = (await page.locator('figure[data-chart="compare-metric"] figcaption details').textContent()) ?? '';
    await page.goto(`${viewer.server.url}?view=explore&case=bergen&${SMALL}`, { waitUntil: 'load' });
    await page.waitForSelector('figure[data-chart="need-met"]');
    const exploreNote = (await page.locator('figure[data-chart="need-met"] figcaption details').textContent()) ?? '';
    expect(compareNote.length).toBeGreaterThanOrEqual(exploreNote.length);
    expect(compareNote).toContain("users' true need met by effective care");
    await page.close();
  }, 120_000);

  it('going to Explore keeps the scenario: the menu shows B, each side opens with its own changes', async () => {
    const { page } = await openViewer(viewer, `view=compare&a=sarpsborg&b=sarpsborg%3Akept-split&${SMALL}&setb=governance.controlIntensity%3D0.6`);
    await page.waitForSelector('a.to-explore');
    const hrefA = new URLSearchParams((await page.locator('a.to-explore[data-side="A"]').getAttribute('href')) ?? '');
    expect([hrefA.get('view') ?? 'explore', hrefA.get('case'), hrefA.get('variant'), hrefA.getAll('set')]).toEqual(['explore', 'sarpsborg', null, ['population.scale=0.02']]);
    const hrefB = new URLSearchParams((await page.locator('a.to-explore[data-side="B"]').getAttribute('href')) ?? '');
    expect([hrefB.get('case'), hrefB.get('variant'), hrefB.getAll('set')]).toEqual(['sarpsborg', 'kept-split', ['governance.controlIntensity=0.6', 'population.scale=0.02']]);
    await page.locator('nav.views a', { hasText: 'Explore' }).click();
    await page.waitForSelector('select#case');
    expect(await page.inputValue('select#case')).toBe('sarpsborg');
    expect(await page.inputValue('select#variant')).toBe('kept-split');
    await page.close();
  }, 120_000);
});

describe('run controls', () => {
  for (const [field, bad, words] of [
    ['reps', '0', 'Expected a whole number from 1 to 200; given 0.'],
    ['years', '-3', 'Expected a whole number from 0 to 60; given -3.'],
  ] as const) {
    it(`${field} = ${bad} turns Run off, says why and what the charts still show; a good value turns it on`, async () => {
      const { page, errors } = await openViewer(viewer, `view=explore&case=bergen&${SMALL}`);
      await page.waitForFunction(() => document.body.dataset['running'] === 'false', undefined, { timeout: 60_000 });
      await page.fill(`#${field}`, bad);
      expect(await page.locator(`#${field}-invalid`).textContent()).toBe(words);
      expect(await page.isDisabled('#run')).toBe(true);
      const stale = (await page.locator('#stale-note').textContent()) ?? '';
      expect(stale).toContain('Run is off until the marked field is mended');
      expect(stale).toContain('2 replications done');
      expect(await page.evaluate(() => document.body.dataset['stale'])).toBe('true');
      await page.screenshot({ path: join(SCREENSHOTS, `explore-invalid-${field}-390.png`), clip: { x: 0, y: 0, width: 1280, height: 900 } });
      await page.fill(`#${field}`, '1');
      expect(await page.isDisabled('#run')).toBe(false);
      expect(await page.locator('#stale-note').isHidden()).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    }, 120_000);
  }

  it('in Compare and in Norwegian too', async () => {
    const { page } = await openViewer(viewer, `view=compare&lang=nb&a=bergen&b=bergen%3Aframe-funding&${SMALL}`);
    await page.waitForFunction(() => document.body.dataset['running'] === 'false', undefined, { timeout: 60_000 });
    await page.fill('#reps', '0');
    expect(await page.isDisabled('#run')).toBe(true);
    expect(await page.locator('#stale-note').textContent()).toContain('Kjør er slått av');
    await page.close();
  }, 120_000);
});
