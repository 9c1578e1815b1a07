/// <reference lib="dom" />
/**
 * The charts in a real browser, part 1: the gallery page (packages/viz/gallery.html) built by Vite,
 * served locally and opened in Debian's Chromium. Each chart draws a mark per datum; tooltips come
 * on hover and on keyboard focus and take data as text. Screenshots go to test-artifacts/screenshots/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  calibrationSamples,
  costBreakdown,
  costSeries,
  differenceSeries,
  grantedShareSeries,
  morrisBars,
  regimeMapSlice,
  sobolBars,
  sweepGrid,
  targetChecks,
  tornadoBars,
  YEARS,
} from '../../packages/viz/src/gallery-fixtures.ts';
import { BROWSER_SETUP, CHARTS, openGallery, STEP, type GalleryPage, type Hooked } from './gallery-page.ts';
import { screenshot } from './harness.ts';

let gallery: GalleryPage | undefined;
let page: Page;
let chart: GalleryPage['chart'];
let count: GalleryPage['count'];

beforeAll(async () => {
  gallery = await openGallery();
  ({ page, chart, count } = gallery);
}, BROWSER_SETUP);

afterAll(async () => {
  await gallery?.session.close();
});

/** The number of points in an SVG path made of M and L commands. */
const points = (d: string | null) => (d ?? '').match(/[ML]/g)?.length ?? 0;

describe('gallery.html in Chromium: marks and tooltips', () => {
  it(
    'draws every chart, each an <svg> with a viewBox, <title> and <desc>',
    async () => {
      await expect(page.locator('figure[data-chart] svg').count()).resolves.toBe(CHARTS.length);
      for (const id of CHARTS) {
        const svg = chart(id).locator('svg');
        await expect(svg.getAttribute('viewBox')).resolves.toMatch(/^0 0 \d+ \d+$/);
        await expect(svg.locator('title').textContent()).resolves.toBe(await chart(id).locator('h2').textContent());
        await expect(svg.locator('desc').textContent()).resolves.toMatch(/\w+.*\.$/);
      }
      await screenshot(page, 'gallery');
    },
    STEP,
  );

  it(
    'timeSeriesChart(host, costSeries(40)): a band and a line per series, one point per year, markers',
    async () => {
      const data = costSeries(40);
      await expect(count('cost', 'path.ppsim-band')).resolves.toBe(data.series.length);
      const lines = chart('cost').locator('path.ppsim-line');
      await expect(lines.count()).resolves.toBe(data.series.length);
      for (const d of await lines.evaluateAll((ps) => ps.map((p) => p.getAttribute('d')))) expect(points(d)).toBe(YEARS.length);
      await expect(lines.nth(1).getAttribute('stroke-dasharray')).resolves.toBeTruthy();
      await expect(chart('cost').locator('.ppsim-marker-text').allTextContents()).resolves.toEqual(data.markers?.map((m) => m.label));
      await expect(count('cost', '.ppsim-legend-item')).resolves.toBe(data.series.length + 1);
      await screenshot(chart('cost'), 'cost');
    },
    STEP,
  );

  it(
    'timeSeriesChart(host, differenceSeries(40)): a rule at zero under the difference',
    async () => {
      await expect(count('difference', '.ppsim-zero line')).resolves.toBe(1);
      await expect(count('difference', 'path.ppsim-band')).resolves.toBe(differenceSeries(40).series.length);
      await expect(count('cost', '.ppsim-zero line')).resolves.toBe(0);
    },
    STEP,
  );

  it(
    "timeSeriesChart(…, { locale: 'nb' }): ticks as 70 % (no-break space), comma decimals in tooltips",
    async () => {
      const ticks = await chart('share-nb').locator('.ppsim-axis--y .tick text').allTextContents();
      expect(ticks.length).toBeGreaterThan(2);
      for (const t of ticks) expect(t).toMatch(/^\d+\u00a0%$/);
      await chart('share-nb').locator('.ppsim-overlay').focus();
      await expect(chart('share-nb').locator('.ppsim-tooltip').textContent()).resolves.toMatch(/\d,\d\u00a0%/);
      await chart('share-nb').locator('.ppsim-overlay').blur();
      expect(grantedShareSeries(40).series).toHaveLength(2);
    },
    STEP,
  );

  it(
    'stackedAreaChart(host, costBreakdown()): one area and one legend entry per layer',
    async () => {
      const n = costBreakdown().layers.length;
      await expect(count('breakdown', 'path.ppsim-area')).resolves.toBe(n);
      await expect(count('breakdown', '.ppsim-legend-item')).resolves.toBe(n);
      await expect(count('breakdown', '.ppsim-marker')).resolves.toBe(1);
    },
    STEP,
  );

  it(
    'heatmapChart(host, sweepGrid()): a rect per cell, the NaN cell hatched and named "no data"',
    async () => {
      const grid = sweepGrid();
      await expect(count('sweep', 'rect.ppsim-cell')).resolves.toBe(grid.xs.length * grid.ys.length);
      const empty = chart('sweep').locator('rect.ppsim-cell--empty');
      await expect(empty.count()).resolves.toBe(1);
      await expect(empty.getAttribute('fill')).resolves.toMatch(/^url\(#ppsim-hatch-\d+\)$/);
      await expect(chart('sweep').locator('.ppsim-colour-legend').textContent()).resolves.toContain('no data');
    },
    STEP,
  );

  it(
    'barsChart(host, …): a bar per value, whiskers per interval, tornado bars either side of zero',
    async () => {
      await expect(count('morris', 'rect.ppsim-bar')).resolves.toBe(morrisBars().rows.length);
      await expect(count('morris', 'path.ppsim-whisker')).resolves.toBe(morrisBars().rows.length);
      await expect(count('sobol', 'rect.ppsim-bar--first')).resolves.toBe(sobolBars().rows.length);
      await expect(count('sobol', 'rect.ppsim-bar--second')).resolves.toBe(sobolBars().rows.length);
      await expect(count('sobol', '.ppsim-legend-item')).resolves.toBe(2);
      const zero = Number(await chart('tornado').locator('.ppsim-zero line').getAttribute('x1'));
      const bars = await chart('tornado')
        .locator('rect.ppsim-bar')
        .evaluateAll((rs) => rs.map((r) => ({ x: Number(r.getAttribute('x')), w: Number(r.getAttribute('width')) })));
      const values = tornadoBars().rows.map((r) => r.value);
      expect(bars).toHaveLength(values.length);
      bars.forEach((b, i) => expect((values[i] ?? 0) < 0 ? b.x + b.w : b.x).toBeCloseTo(zero, 5));
    },
    STEP,
  );

  it(
    "regimeMapChart(host, regimeMapSlice()): a mark per point in its class's colour and shape, hollow where not decided, labelled rules, the heading in the svg",
    async () => {
      const data = regimeMapSlice();
      const marks = await chart('regime-map')
        .locator('path.ppsim-point')
        .evaluateAll((ps) =>
          ps.map((p) => ({
            cls: p.getAttribute('data-class'),
            d: p.getAttribute('d'),
            stroke: p.getAttribute('stroke'),
            fill: p.getAttribute('fill'),
            hollow: p.classList.contains('ppsim-point--hollow'),
          })),
        );
      expect(marks).toHaveLength(data.points.length);
      expect(marks.map((m) => m.cls)).toEqual(data.points.map((p) => data.classes[p.cls]?.key));
      // One colour and one shape per class, none shared between classes.
      const byClass = data.classes.map((c) => marks.filter((m) => m.cls === c.key));
      for (const group of byClass) {
        expect(new Set(group.map((m) => m.stroke)).size).toBe(1);
        expect(new Set(group.map((m) => m.d)).size).toBe(1);
      }
      expect(new Set(byClass.map((g) => g[0]?.stroke)).size).toBe(data.classes.length);
      expect(new Set(byClass.map((g) => g[0]?.d)).size).toBe(data.classes.length);
      expect(marks.filter((m) => m.hollow)).toHaveLength(data.points.filter((p) => !p.solid).length);
      for (const m of marks) expect(m.fill === '#ffffff').toBe(m.hollow);
      await expect(count('regime-map', 'line.ppsim-rule')).resolves.toBe(data.rules?.length);
      await expect(chart('regime-map').locator('.ppsim-rule-text').allTextContents()).resolves.toEqual(data.rules?.map((r) => r.label));
      await expect(chart('regime-map').locator('.ppsim-heading').allTextContents()).resolves.toEqual([data.heading?.[0]]);
      await expect(count('regime-map', '.ppsim-legend-item')).resolves.toBe(data.classes.length + 3);
      await screenshot(chart('regime-map'), 'regime-map');
    },
    STEP,
  );

  it(
    'dotIntervalChart(host, targetChecks()): both estimates per row, each row its own axis, missed rows shaded and marked',
    async () => {
      const data = targetChecks();
      const n = data.rows.length;
      await expect(count('targets', 'g.ppsim-interval-row')).resolves.toBe(n);
      await expect(count('targets', 'path.ppsim-dot')).resolves.toBe(2 * n);
      await expect(count('targets', 'path.ppsim-interval')).resolves.toBe(2 * n);
      await expect(count('targets', '.ppsim-axis--x')).resolves.toBe(n);
      const flagged = data.rows.filter((r) => r.flagged === true);
      expect(flagged).toHaveLength(2);
      await expect(count('targets', 'rect.ppsim-flag')).resolves.toBe(2);
      await expect(chart('targets').locator('.ppsim-row-label--flagged').allTextContents()).resolves.toEqual(flagged.map((r) => `✗ ${r.label}`));
      // Each row's ticks in its own unit: shares as percentages, hours as plain numbers.
      const ticks = await chart('targets')
        .locator('g.ppsim-interval-row')
        .evaluateAll((gs) => gs.map((g) => Array.from(g.querySelectorAll('.tick text')).map((x) => x.textContent)));
      expect(ticks[2]?.every((x) => x?.endsWith('%'))).toBe(true);
      expect(ticks[0]?.some((x) => x?.endsWith('%'))).toBe(false);
      await expect(count('targets', '.ppsim-legend-item')).resolves.toBe(3);
      await screenshot(chart('targets'), 'targets');
    },
    STEP,
  );

  it(
    'pairsChart(host, calibrationSamples()): a mark per sample in each scatter below the diagonal, a histogram per variable, correlations above, the colour bar',
    async () => {
      const data = calibrationSamples();
      const k = data.variables.length;
      const n = data.values[0]?.length ?? 0;
      await expect(count('pairs', 'circle.ppsim-sample')).resolves.toBe((n * k * (k - 1)) / 2);
      await expect(count('pairs', '.ppsim-pairs-label')).resolves.toBe(k);
      await expect(count('pairs', '.ppsim-corr')).resolves.toBe((k * (k - 1)) / 2);
      // √300 ≈ 17 bins per histogram, holding every sample.
      const heights = await chart('pairs')
        .locator('rect.ppsim-hist-bar')
        .evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('height'))));
      expect(heights).toHaveLength(k * 17);
      await expect(count('pairs', '.ppsim-axis--x')).resolves.toBe(k);
      await expect(count('pairs', '.ppsim-axis--y')).resolves.toBe(k - 1);
      await expect(chart('pairs').locator('.ppsim-colour-legend').textContent()).resolves.toContain('implausibility (cut-off 3)');
      await screenshot(chart('pairs'), 'pairs');
    },
    STEP,
  );

  it(
    'every chart: hovering the plot shows a tooltip, leaving hides it',
    async () => {
      for (const id of CHARTS) {
        const tip = chart(id).locator('.ppsim-tooltip');
        const overlay = chart(id).locator('.ppsim-overlay');
        await overlay.scrollIntoViewIfNeeded();
        const box = await overlay.boundingBox();
        if (!box) throw new Error(`chart ${id}: the overlay has no box`);
        // A pairs plot's scatters are below its diagonal: point into the lowest, leftmost one.
        const [fx, fy] = id === 'pairs' ? [0.2, 0.8] : [0.6, 0.4];
        await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
        await tip.waitFor({ state: 'visible' });
        await expect(tip.textContent()).resolves.toMatch(/\S/);
        if (id === 'cost' || id === 'breakdown' || id === 'sobol' || id === 'regime-map') await screenshot(chart(id), `${id}-hover`);
        await chart(id).locator('h2').hover();
        await tip.waitFor({ state: 'hidden' });
      }
    },
    STEP,
  );

  it(
    'every chart: Tab onto the plot shows a tooltip, arrow keys move it, Escape hides it',
    async () => {
      for (const id of CHARTS) {
        const tip = chart(id).locator('.ppsim-tooltip');
        await chart(id).locator('button[data-export="csv"]').focus();
        await page.keyboard.press('Tab');
        await expect(
          chart(id)
            .locator('.ppsim-overlay')
            .evaluate((el) => el === document.activeElement),
        ).resolves.toBe(true);
        await tip.waitFor({ state: 'visible' });
        const first = await tip.textContent();
        await page.keyboard.press(id === 'morris' || id === 'sobol' || id === 'tornado' ? 'ArrowDown' : 'ArrowRight');
        await expect(tip.textContent()).resolves.not.toBe(first);
        if (id === 'sweep' || id === 'tornado') await screenshot(chart(id), `${id}-keyboard`);
        await page.keyboard.press('Escape');
        await tip.waitFor({ state: 'hidden' });
      }
      await page.locator('body').focus();
    },
    STEP,
  );

  it(
    'tooltips and labels take data as text: markup in a label is shown, never parsed',
    async () => {
      const label = 'x, "y" <img src=nothing onerror="window.__owned=1"><b>bold</b>';
      const result = await page.evaluate((text) => {
        const g = (window as unknown as Hooked).ppsimGallery;
        const handle = g.charts['morris'];
        if (!handle) throw new Error('no morris chart');
        handle.update({ rows: [{ key: 'k', label: text, value: 1, lo: 0.5, hi: 1.5 }], value: { label: 'μ*', unit: '' } });
        const overlay = handle.svg.querySelector<SVGRectElement>('.ppsim-overlay');
        overlay?.focus();
        const tip = handle.svg.parentElement?.querySelector('.ppsim-tooltip');
        return {
          tip: tip?.textContent ?? '',
          elements: handle.svg.parentElement?.querySelectorAll('img, b').length ?? -1,
          owned: (window as unknown as { __owned?: number }).__owned ?? 0,
          csv: handle.csv(),
        };
      }, label);
      expect(result.tip).toContain(label);
      expect(result.elements).toBe(0);
      expect(result.owned).toBe(0);
      expect(result.csv.split('\r\n')[1]).toBe(`k,"x, ""y"" <img src=nothing onerror=""window.__owned=1""><b>bold</b>",first,1,0.5,1.5`);
      await page.evaluate((data) => {
        const handle = (window as unknown as Hooked).ppsimGallery.charts['morris'];
        handle?.svg.querySelector<SVGRectElement>('.ppsim-overlay')?.blur();
        handle?.update(data);
      }, morrisBars());
    },
    STEP,
  );

  it(
    'logs no console errors, page errors or failed requests',
    async () => {
      expect(gallery?.errors).toEqual([]);
    },
    STEP,
  );
});
