/**
 * Events the runs produce themselves (issue 18: tender rounds and takeovers as events): Explore's
 * charts mark the years in which the runs held a tender round or the municipality took over a
 * failed firm's users, apart from the case's scheduled events, with how many runs had one, in the
 * legend, the tooltip and the note; a case without them shows none.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openViewer, SCREENSHOTS, viewerFixture } from './harness.ts';

const viewer = viewerFixture();

const explore = (query: string) => openViewer(viewer, `view=explore&${query}`);

describe('outcome events on Explore', () => {
  it('Slagelse (tendering): tender rounds and takeovers drawn at the foot, named in legend, tooltip and note', async () => {
    const { page, errors } = await explore('case=slagelse&reps=2&years=6');
    const chart = page.locator('figure[data-chart="cost-total"]');
    const tender = chart.locator('path.ppsim-outcome title', { hasText: /^Tender round in [12] of 2 runs/ });
    expect(await tender.count()).toBeGreaterThan(0);
    expect(await chart.locator('path.ppsim-outcome title', { hasText: /^The municipality took over users from a firm that failed or left in [12] of 2 runs/ }).count()).toBeGreaterThan(0);
    const legend = await chart.locator('.ppsim-legend-item').allTextContents();
    expect(legend).toContain('Tender round (model outcome)');
    expect(legend).toContain('Users taken over by the municipality (model outcome)');
    // The scheduled events stay dashed rules with labels; the outcomes are symbols, not rules.
    expect(await chart.locator('.ppsim-marker text', { hasText: 'Tender' }).count()).toBe(0);
    expect(await page.locator('.band-note').textContent()).toContain('outcomes of the model, which differ from run to run');
    // The year's tooltip (keyboard) lists what happened in it.
    await chart.locator('rect.ppsim-overlay').focus();
    await page.keyboard.press('Home');
    expect(await chart.locator('.ppsim-tooltip').textContent()).toMatch(/Tender round in [12] of 2 runs/);
    await chart.screenshot({ path: join(SCREENSHOTS, 'explore-outcomes-1280.png') });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('in Norwegian', async () => {
    const { page } = await explore('case=slagelse&reps=2&years=3&lang=nb');
    expect(await page.locator('figure[data-chart="cost-total"] .ppsim-legend-item').allTextContents()).toContain('Anbudsrunde (utfall av modellen)');
    await page.close();
  }, 120_000);

  it('a case without tendering or firms shows no outcome marks and says nothing of them', async () => {
    const { page } = await explore('case=reference&reps=2&years=3&set=population.scale%3D0.05');
    expect(await page.locator('path.ppsim-outcome').count()).toBe(0);
    expect(await page.locator('.band-note').textContent()).not.toContain('outcomes of the model');
    await page.close();
  }, 120_000);
});
