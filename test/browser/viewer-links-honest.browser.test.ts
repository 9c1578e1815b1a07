/**
 * A link that names a case, variant, scenario or metric the viewer does not have says so on the
 * page, with what it shows instead (issue 18, point 4: a mistyped link in a memo must not silently
 * show another scenario), in English and Norwegian; a link that names what exists says nothing.
 */
import { describe, expect, it } from 'vitest';
import { viewerFixture } from './harness.ts';

const viewer = viewerFixture();
const SMALL = 'reps=1&years=1&set=population.scale%3D0.02';

async function notices(query: string): Promise<string[]> {
  const page = await viewer.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${viewer.server.url}?${query}&${SMALL}`, { waitUntil: 'load' });
  await page.waitForSelector('aside.controls, main');
  const texts = await page.locator('.link-notice').allTextContents();
  await page.close();
  expect(errors).toEqual([]);
  return texts;
}

describe('links to what the viewer does not have', () => {
  it('Explore: an unknown case, or an unknown variant of a known case, is named with what is shown instead', async () => {
    expect(await notices('view=explore&case=bergn')).toEqual(['The link asks for the case "bergn", which this viewer does not have; showing reference instead.']);
    expect(await notices('view=explore&case=bergen&variant=frame-fundin')).toEqual([
      'The link asks for the variant "frame-fundin", which this viewer does not have; showing the case without a variant instead.',
    ]);
    expect(await notices('view=explore&case=bergen&variant=frame-funding')).toEqual([]);
    expect(await notices('view=explore&case=bergen&section=staf')).toEqual(['The link asks for the chart section "staf", which this viewer does not have; showing Overview instead.']);
    expect(await notices('view=explore&case=bergen&section=staff')).toEqual([]);
  }, 60_000);

  it('Compare: unknown scenarios and metric, each named; in Norwegian too', async () => {
    const [text] = await notices('view=compare&a=bergen&b=bergen%3Aframe-fundin&metric=needMett');
    expect(text?.split('\n')).toEqual([
      'The link asks for scenario B "bergen:frame-fundin", which this viewer does not have; showing bergen:frame-funding instead.',
      'The link asks for the metric "needMett", which this viewer does not have; showing cost.total instead.',
    ]);
    expect(await notices('view=compare&lang=nb&a=osloo&b=bergen')).toEqual(['Lenken ber om scenario A «osloo», som visningen ikke har; viser bergen i stedet.']);
    expect(await notices('view=compare&a=bergen&b=bergen%3Aframe-funding&metric=needMet')).toEqual([]);
  }, 60_000);
});

describe('switching case', () => {
  it('says which changed parameters the switch cleared (and says nothing when there were none)', async () => {
    const page = await viewer.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${viewer.server.url}?view=explore&case=bergen&${SMALL}&set=governance.controlIntensity%3D0.5`, { waitUntil: 'load' });
    await page.selectOption('select#case', 'reference');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('case') === null || new URLSearchParams(location.search).get('case') === 'reference');
    expect(await page.locator('.link-notice').allTextContents()).toEqual([
      'Switching to reference cleared the 2 changed parameter(s) of the case before: population scale (population.scale), control intensity (governance.controlIntensity). Set them again to keep them.',
    ]);
    await page.selectOption('select#case', 'bergen');
    expect(await page.locator('.link-notice').count()).toBe(0);
    await page.close();
  }, 60_000);
});
