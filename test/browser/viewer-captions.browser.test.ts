/// <reference lib="dom" />
/**
 * What the viewer's tables and exports say (issue 18): the final-year table gives differences of
 * shares in percentage points (en, nb); charts of opened sweeps, sensitivity analyses, regime maps
 * and calibrations export with their run's caption from the result's provenance; production and
 * transaction-cost lines take their cost item's colours.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resultFolder, serveViewer } from '../../packages/cli/src/commands/view.ts';
import { openViewer, screenshot, viewerFixture } from './harness.ts';
import { resultFoldersFixture } from './results-fixtures.ts';

const viewer = viewerFixture();
const written = resultFoldersFixture();

const SMALL = 'reps=3&years=3&set=population.scale%3D0.05';

/** The text of an SVG file's <text> elements, joined by spaces. */
const svgText = (page: Page, svg: string) =>
  page.evaluate((text) => Array.from(new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('text'), (t) => t.textContent ?? '').join(' '), svg);

/** Downloads chart `id` as SVG and returns its text. */
async function exportedText(page: Page, id: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page
      .locator(`figure[data-chart="${id}"]`)
      .getByRole('button', { name: /as SVG/ })
      .first()
      .click(),
  ]);
  return svgText(page, readFileSync(await file.path(), 'utf8'));
}

/** Each legend entry's text and its swatch's colour in chart `id`. */
const legendColours = (page: Page, id: string) =>
  page.evaluate((chart) => {
    const items = document.querySelectorAll(`figure[data-chart="${chart}"] g.ppsim-legend-item`);
    return Object.fromEntries(Array.from(items, (g) => [g.querySelector('text')?.textContent ?? '', g.querySelector('rect, line')?.getAttribute(g.querySelector('rect') ? 'fill' : 'stroke') ?? '']));
  }, id);

describe('the viewer in Chromium: tables and captions', () => {
  it('resultsTable: a difference of shares reads in percentage points (pp; nb p.p.), other differences in their unit', async () => {
    for (const [lang, points] of [
      ['en', / pp \[-?[\d.]+, -?[\d.]+\]/],
      ['nb', / p\.p\. \[[−\d,]+, [−\d,]+\]/],
    ] as const) {
      const { page, errors } = await openViewer(viewer, `view=compare&lang=${lang}&${SMALL}`);
      const diff = (metric: string) => page.locator(`table.results-table tbody tr[data-metric="${metric}"] td`).nth(3).textContent();
      expect(await diff('needMet')).toMatch(points);
      expect(await diff('adminShare')).toMatch(points);
      expect(await diff('cost.total')).not.toMatch(/p\.?p\.?/);
      await page.locator('.table-block .table-wrap').evaluate((w) => w.scrollTo({ left: w.scrollWidth }));
      await screenshot(page.locator('.table-block .table-wrap'), `viewer-captions-table-pp-${lang}`);
      expect(errors).toEqual([]);
      await page.close();
    }
  }, 120_000);

  it('resultCaption(title, result): exports of opened sweeps, sensitivity analyses, maps and calibrations carry their run', async () => {
    const run = 'Run: 2 replications · population scale 0.05 · master seed 1 · years 2005–2006 · ppsim';
    const cases = [
      {
        folder: written.folders.sweep,
        charts: ['sweep-heatmap'],
        says: [/Scenario: reference/, /Grid: staff\.motivation\.crowding 0–1 \(3 values\) × providers\.pricePerHour 900–1,300 \(2 values\); 6 points/, run],
      },
      {
        folder: written.folders.sensitivity,
        charts: ['sensitivity-bars'],
        says: [/Scenario: reference/, /Design: morris\(r=2\) over staff\.motivation\.crowding 0–1, providers\.pricePerHour 900–1300/, run],
      },
      { folder: written.folders.map, charts: ['map-scatter', 'map-wins'], says: [/Scenario: reference/, /Map: 16 points \(\w+\) over .+; regimes integrated, competitive-choice/, run] },
      {
        folder: written.calibration,
        charts: ['calibration-targets', 'calibration-pairs'],
        says: [
          /Scenario: reference/,
          /Targets: two made-up targets for tests \(targets-small\.yaml\), 2 targets · 2 waves of history matching · check: 4 samples × 2 replications/,
          'Run: 2 replications · population scale 0.03 · master seed 1 · years 2005–2006 · ppsim',
        ],
      },
    ];
    for (const c of cases) {
      const served = await serveViewer(viewer.dist, 0, resultFolder(c.folder));
      const page = await viewer.browser.newPage({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
      try {
        await page.goto(served.openUrl, { waitUntil: 'load' });
        await page.waitForSelector(`figure[data-chart="${c.charts[0]}"] svg`);
        for (const id of c.charts) {
          const text = await exportedText(page, id);
          for (const line of c.says) {
            if (typeof line === 'string') expect.soft(text, id).toContain(line);
            else expect.soft(text, id).toMatch(line);
          }
        }
      } finally {
        await page.close();
        await served.close();
      }
    }
  }, 180_000);

  it('costLineColour(metric): production and transaction-cost lines take their cost item colours, as in the stacks', async () => {
    const { page, errors } = await openViewer(viewer, `case=bergen&section=cost&${SMALL}`);
    // Emergent events (Bergen's takeovers) add legend entries of their own: the lines' come first.
    const lines = Object.fromEntries(Object.entries(await legendColours(page, 'cost-parts')).slice(0, 2));
    const stack = await legendColours(page, 'cost-breakdown');
    expect(Object.keys(lines)).toEqual(['Production cost', 'Transaction costs']);
    expect(lines['Production cost']).toBe(stack['Production cost']);
    // All transaction costs together: a colour no item of the stack has.
    expect(Object.values(stack)).not.toContain(lines['Transaction costs']);
    const strokes = await page.locator('figure[data-chart="cost-parts"] path.ppsim-line').evaluateAll((ps) => ps.map((p) => p.getAttribute('stroke')));
    expect(strokes).toEqual(Object.values(lines));
    await screenshot(page.locator('figure[data-chart="cost-parts"]'), 'viewer-captions-cost-parts');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
