/// <reference lib="dom" />
/**
 * The viewer's colours and axes in Chromium (issue 18, point 5): one colour per cost item in every
 * chart and in A and B, a sensible axis for an all-zero series, whole years on a one-year axis,
 * yearly means at mid-year, and bands of metrics that cannot be negative cut at zero (the note says
 * so). Screenshots at 390, 1280 and 1920 px go to test-artifacts/screenshots/.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openViewer, screenshot, viewerFixture } from './harness.ts';

const viewer = viewerFixture();
const SMALL = 'reps=3&years=3&set=population.scale%3D0.05';
const open = (query: string, width = 1280) => openViewer(viewer, query, width);

/** Each legend entry's text and its swatch's colour in chart `id`. */
const legendColours = (page: Page, id: string) =>
  page.evaluate((chart) => {
    const items = document.querySelectorAll(`figure[data-chart="${chart}"] g.ppsim-legend-item`);
    return Object.fromEntries(Array.from(items, (g) => [g.querySelector('text')?.textContent ?? '', g.querySelector('rect, line')?.getAttribute(g.querySelector('rect') ? 'fill' : 'stroke') ?? '']));
  }, id);

/** A chart's axis ticks: each tick's value and its position along the axis, in svg units. */
const ticks = (page: Page, id: string, axis: 'x' | 'y') =>
  page.evaluate(
    ([chart, which]) =>
      Array.from(document.querySelectorAll(`figure[data-chart="${chart}"] .ppsim-axis--${which} .tick`), (g) => {
        const [, a = '0', b = '0'] = /translate\(([-\d.e]+),\s*([-\d.e]+)\)/.exec(g.getAttribute('transform') ?? '') ?? [];
        return { value: (g as unknown as { __data__: number }).__data__, at: Number(which === 'x' ? a : b) };
      }),
    [id, axis] as const,
  );

describe('the viewer in Chromium: colours and axes', () => {
  it('costColour(key): a cost item keeps its colour across charts and between A and B', async () => {
    const { page, errors } = await open(`view=compare&a=bergen&b=bergen%3Aintegrated&${SMALL}`);
    const a = await legendColours(page, 'compare-stack-a');
    const b = await legendColours(page, 'compare-stack-b');
    const shared = Object.keys(a).filter((k) => k in b);
    expect(shared.length).toBeGreaterThan(1);
    // B leaves out items A has (no orderer office when integrated): the rest must not shift colour.
    expect(Object.keys(a).length).not.toBe(Object.keys(b).length);
    for (const k of shared) expect(b[k], k).toBe(a[k]);
    expect(new Set(Object.values(a)).size).toBe(Object.keys(a).length);
    for (const width of [390, 1280, 1920]) {
      await page.setViewportSize({ width, height: 1000 });
      await screenshot(page.locator('figure[data-chart="compare-stack-b"]'), `viewer-axes-compare-stack-b-${width}`);
    }
    await page.close();

    const explore = await open(`case=bergen&section=cost&${SMALL}`);
    const all = await legendColours(explore.page, 'cost-breakdown');
    const transactions = await legendColours(explore.page, 'transaction-breakdown');
    expect(Object.keys(transactions).length).toBeGreaterThan(1);
    for (const [k, colour] of Object.entries(transactions)) expect(all[k], k).toBe(colour);
    for (const [k, colour] of Object.entries(a)) if (k in all) expect(all[k], k).toBe(colour);
    expect([...errors, ...explore.errors]).toEqual([]);
    await explore.page.close();
  }, 180_000);

  it('valueDomain(values): an all-zero share reads 0…100 %, not −100…100 %', async () => {
    const { page, errors } = await open(`case=reference&section=providers&${SMALL}`);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page
        .locator('figure[data-chart="market-share"]')
        .getByRole('button', { name: /as CSV/ })
        .click(),
    ]);
    const means = readFileSync(await csv.path(), 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((l) => Number(l.split(',')[3]));
    expect(means.length).toBeGreaterThan(0);
    expect(means.every((m) => m === 0)).toBe(true);
    const values = (await ticks(page, 'market-share', 'y')).map((t) => t.value);
    expect(Math.min(...values)).toBe(0);
    expect(Math.max(...values)).toBe(1);
    await screenshot(page.locator('figure[data-chart="market-share"]'), 'viewer-axes-zero-share');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('yearTicks(domain, max, ticks, whole): a one-year run ticks whole years only, its values a dot', async () => {
    const { page, errors } = await open('case=bergen&reps=2&years=1&set=population.scale%3D0.05');
    const values = (await ticks(page, 'need-met', 'x')).map((t) => t.value);
    expect(values).toEqual([2005, 2006]);
    // One point per series has no line to be part of: it is drawn as a dot at mid-year.
    const dot = Number(await page.locator('figure[data-chart="need-met"] circle.ppsim-point').getAttribute('cx'));
    const x = await ticks(page, 'need-met', 'x');
    expect(Math.abs(dot - ((x[0]?.at ?? 0) + (x[1]?.at ?? 0)) / 2)).toBeLessThan(1);
    await screenshot(page.locator('figure[data-chart="need-met"]'), 'viewer-axes-one-year');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('timeSeriesChart({ yearly: true }): a yearly mean is drawn at mid-year, between its year ticks', async () => {
    const { page, errors } = await open(`case=bergen&${SMALL}`);
    const x = await ticks(page, 'need-met', 'x');
    const first = Number(/^M([-\d.e]+)/.exec((await page.locator('figure[data-chart="need-met"] path.ppsim-line').getAttribute('d')) ?? '')?.[1]);
    const at = (year: number) => x.find((t) => t.value === year)?.at ?? Number.NaN;
    // Ticks sit half a unit off the pixel grid (d3's crisp edges): within a unit of halfway.
    expect(Math.abs(first - (at(2005) + at(2006)) / 2)).toBeLessThan(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('timeSeriesChart({ ceiling: 1 }): a band of a share stops at 100 % where its interval reaches above, and the note says so', async () => {
    // Slagelse's need met with two replications: the interval's upper end passes 1 in some years.
    const { page, errors } = await open('case=slagelse&reps=2&years=6', 1280);
    const fig = page.locator('figure[data-chart="need-met"]');
    const drawn = await fig.locator('path.ppsim-band').evaluate((p) => {
      const f = p.closest('figure');
      const ticks = Array.from(f?.querySelectorAll('.ppsim-axis--y .tick') ?? []).map((g) => ({
        v: (g as unknown as { __data__: number }).__data__,
        y: Number(/,\s*([-\d.e]+)\)/.exec(g.getAttribute('transform') ?? '')?.[1] ?? Number.NaN),
      }));
      return { top: (p as SVGPathElement).getBBox().y, most: Math.max(...ticks.map((t) => t.v)), one: ticks.find((t) => t.v === 1)?.y ?? Number.NaN };
    });
    expect(drawn.most).toBeLessThanOrEqual(1);
    expect(drawn.top).toBeGreaterThanOrEqual(drawn.one - 1);
    expect(await fig.locator('figcaption').textContent()).toMatch(/cannot exceed 100 %, so its band is cut there/);
    // The data keep the interval as computed: its upper end passes 1 somewhere.
    const [csv] = await Promise.all([page.waitForEvent('download'), fig.getByRole('button', { name: /as CSV/ }).click()]);
    const highs = readFileSync(await csv.path(), 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((l) => Number(l.split(',').at(-1)));
    expect(Math.max(...highs)).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('timeSeriesChart({ floor: 0 }): a band of counts stops at zero where its interval reaches below, and the note says so', async () => {
    // Two replications: t(1) = 12.7 makes intervals wide, so small counts reach below zero.
    const query = 'case=bergen&section=users&reps=2&years=3&set=population.scale%3D0.05';
    for (const width of [390, 1280, 1920]) {
      const { page, errors } = await open(query, width);
      const charts = await page.locator('figure[data-chart] path.ppsim-band').evaluateAll((paths) =>
        paths.map((p) => {
          const fig = p.closest('figure');
          const ticks = Array.from(fig?.querySelectorAll('.ppsim-axis--y .tick') ?? []);
          const zero = ticks.find((g) => (g as unknown as { __data__: number }).__data__ === 0);
          const least = Math.min(...ticks.map((g) => (g as unknown as { __data__: number }).__data__));
          const y0 = Number(/,\s*([-\d.e]+)\)/.exec(zero?.getAttribute('transform') ?? '')?.[1] ?? Number.NaN);
          const box = (p as SVGPathElement).getBBox();
          return { id: fig?.dataset['chart'] ?? '', bottom: box.y + box.height, y0, least, note: fig?.querySelector('figcaption')?.textContent ?? '' };
        }),
      );
      // d3 puts ticks half a unit off the pixel grid: a band at zero ends within a unit of its tick.
      const cut = charts.filter((c) => Math.abs(c.bottom - c.y0) < 1);
      expect(cut.length, JSON.stringify(charts)).toBeGreaterThan(0);
      for (const c of charts) {
        // No axis goes below zero; where zero is on it, no band reaches past it.
        expect(c.least, c.id).toBeGreaterThanOrEqual(0);
        if (Number.isFinite(c.y0)) expect(c.bottom, c.id).toBeLessThanOrEqual(c.y0 + 1);
        expect(c.note, c.id).toMatch(/cannot be negative, so its band is cut at zero/);
      }
      if (width === 1280) {
        // The data keep the interval as computed: some band drawn to zero had a lower end below it.
        const lows: number[] = [];
        for (const id of new Set(cut.map((c) => c.id))) {
          const [csv] = await Promise.all([
            page.waitForEvent('download'),
            page
              .locator(`figure[data-chart="${id}"]`)
              .getByRole('button', { name: /as CSV/ })
              .click(),
          ]);
          const rows = readFileSync(await csv.path(), 'utf8')
            .trim()
            .split(/\r?\n/)
            .slice(1);
          lows.push(...rows.map((l) => Number(l.split(',').at(-2))));
        }
        expect(Math.min(...lows)).toBeLessThan(0);
      }
      await screenshot(page, `viewer-axes-users-${width}`);
      expect(errors).toEqual([]);
      await page.close();
    }
  }, 240_000);
});
