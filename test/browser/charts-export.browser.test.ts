/// <reference lib="dom" />
/**
 * The charts in a real browser, part 2: updating in place, export (a standalone SVG, a PNG, CSV and
 * the download buttons), layout at a wide and a narrow width (no text outside the svg, no labels
 * on top of each other), destroy. Screenshots and exported PNGs go to test-artifacts/screenshots/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { costBreakdown, differenceSeries, morrisBars, regimeMapSlice, sobolBars, sweepGrid, tornadoBars } from '../../packages/viz/src/gallery-fixtures.ts';
import { BROWSER_SETUP, CHARTS, openGallery, STEP, type GalleryPage, type Hooked } from './gallery-page.ts';
import { SCREENSHOTS, screenshot } from './harness.ts';

let gallery: GalleryPage | undefined;
let page: Page;
let chart: GalleryPage['chart'];

beforeAll(async () => {
  gallery = await openGallery();
  ({ page, chart } = gallery);
}, BROWSER_SETUP);

afterAll(async () => {
  await gallery?.session.close();
});

describe('gallery.html in Chromium: update, export, layout', () => {
  it(
    'handle.update(data): redraws in place, the bands narrowing as replications arrive',
    async () => {
      const result = await page.evaluate(() => {
        const svg = (window as unknown as Hooked).ppsimGallery.charts['cost']?.svg;
        const band = svg?.querySelector<SVGPathElement>('path.ppsim-band');
        const line = svg?.querySelector<SVGPathElement>('path.ppsim-line');
        // How far the band reaches beyond its line, in pixels: shrinks as the interval narrows.
        const spread = () => (band?.getBBox().height ?? 0) - (line?.getBBox().height ?? 0);
        const before = spread();
        (window as unknown as Hooked).ppsimGallery.replicate(4000);
        const same = svg?.querySelector('path.ppsim-band') === band && svg?.querySelector('path.ppsim-line') === line;
        return { same: same && svg?.isConnected === true, before, after: spread(), lines: svg?.querySelectorAll('path.ppsim-line').length };
      });
      expect(result.same).toBe(true);
      expect(result.lines).toBe(2);
      expect(result.after).toBeLessThan(result.before / 3);
      await screenshot(chart('cost'), 'cost-4000-replications');
    },
    STEP,
  );

  it(
    'svgString(svg): a standalone SVG document that parses, with xmlns and inlined styles',
    async () => {
      const results = await page.evaluate(
        (ids) => {
          return ids.map((id) => {
            const handle = (window as unknown as Hooked).ppsimGallery.charts[id];
            if (!handle) throw new Error(`no chart ${id}`);
            const text = (window as unknown as Hooked).ppsimGallery.svgString(handle.svg);
            const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
            const root = doc.documentElement;
            return {
              id,
              error: doc.querySelector('parsererror')?.textContent ?? null,
              ns: root.namespaceURI,
              xmlns: root.getAttribute('xmlns'),
              width: root.getAttribute('width'),
              overlay: root.querySelectorAll('.ppsim-overlay, [tabindex]').length,
              styledText: root.querySelector('text')?.getAttribute('style') ?? '',
              title: root.querySelector('title')?.textContent ?? '',
            };
          });
        },
        [...CHARTS],
      );
      for (const r of results) {
        expect(r.error, r.id).toBeNull();
        expect(r.ns).toBe('http://www.w3.org/2000/svg');
        expect(r.xmlns).toBe('http://www.w3.org/2000/svg');
        expect(Number(r.width)).toBeGreaterThan(0);
        expect(r.overlay).toBe(0);
        expect(r.styledText).toMatch(/font-family:.+;?/);
        expect(r.title.length).toBeGreaterThan(0);
      }
    },
    STEP,
  );

  it(
    'svgToPngBlob(svg): a PNG twice the viewBox size, not blank',
    async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const results = await page.evaluate(
        async (ids) => {
          const out = [];
          for (const id of ids) {
            const svg = (window as unknown as Hooked).ppsimGallery.charts[id]?.svg;
            if (!svg) throw new Error(`no chart ${id}`);
            const blob = await (window as unknown as Hooked).ppsimGallery.svgToPngBlob(svg);
            const bitmap = await createImageBitmap(blob);
            const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
            const ctx = canvas.getContext('2d');
            ctx?.drawImage(bitmap, 0, 0);
            const pixels = ctx?.getImageData(0, 0, bitmap.width, bitmap.height).data ?? new Uint8ClampedArray();
            let dark = 0;
            for (let i = 0; i < pixels.length; i += 4) if ((pixels[i] ?? 255) < 128) dark += 1;
            const bytes = Array.from(new Uint8Array(await blob.arrayBuffer()));
            out.push({ id, type: blob.type, size: blob.size, width: bitmap.width, viewBox: svg.viewBox.baseVal.width, dark, bytes });
          }
          return out;
        },
        ['cost', 'sweep', 'sobol', 'regime-map'],
      );
      for (const r of results) {
        // The exported PNG (drawn from svgString alone, without the page's CSS), for a human to compare.
        writeFileSync(join(SCREENSHOTS, `export-${r.id}.png`), Uint8Array.from(r.bytes));
        expect(r.type).toBe('image/png');
        expect(r.size).toBeGreaterThan(1000);
        expect(r.width).toBe(2 * r.viewBox);
        expect(r.dark, `${r.id}: the PNG is blank`).toBeGreaterThan(1000);
      }
    },
    STEP,
  );

  it(
    'handle.csv(): a header and one row per mark',
    async () => {
      const rows = await page.evaluate(
        (ids) => Object.fromEntries(ids.map((id) => [id, (window as unknown as Hooked).ppsimGallery.charts[id]?.csv().trimEnd().split('\r\n') ?? []])),
        ['difference', 'breakdown', 'sweep', 'sobol', 'tornado', 'regime-map'],
      );
      const diff = differenceSeries(40);
      const breakdown = costBreakdown();
      const grid = sweepGrid();
      expect(rows['difference']?.[0]).toBe('series,label,x,mean,lo,hi');
      expect(rows['difference']).toHaveLength(1 + diff.series.reduce((s, x) => s + x.points.length, 0));
      expect(rows['breakdown']).toHaveLength(1 + breakdown.xs.length * breakdown.layers.length);
      expect(rows['sweep']).toHaveLength(1 + grid.xs.length * grid.ys.length);
      expect(rows['sweep']).toContain('4,0.15,');
      expect(rows['sobol']).toHaveLength(1 + 2 * sobolBars().rows.length);
      expect(rows['tornado']).toHaveLength(1 + tornadoBars().rows.length);
      expect(rows['regime-map']?.[0]).toBe('key,x,y,class,solid');
      expect(rows['regime-map']).toHaveLength(1 + regimeMapSlice().points.length);
    },
    STEP,
  );

  it(
    'the CSV button downloads <id>.csv with the chart data',
    async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), chart('sweep').locator('button[data-export="csv"]').click()]);
      expect(download.suggestedFilename()).toBe('sweep.csv');
      const text = readFileSync(await download.path(), 'utf8').replace(/^\ufeff/, '');
      expect(text.trimEnd().split('\r\n')).toHaveLength(1 + 25);
    },
    STEP,
  );

  it(
    'every chart, wide and narrow: all text inside the svg, no overlapping labels',
    async () => {
      for (const width of [1400, 420]) {
        await page.setViewportSize({ width, height: 900 });
        // Charts redraw on resize (ResizeObserver); wait until every svg is as wide as its card.
        await page.waitForFunction(() =>
          Array.from(document.querySelectorAll<SVGSVGElement>('figure[data-chart] svg')).every(
            (svg) => Math.abs(svg.viewBox.baseVal.width - Math.max(360, Math.round(svg.getBoundingClientRect().width))) < 2,
          ),
        );
        const problems = await page.evaluate(() => {
          const out: string[] = [];
          const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
          for (const figure of Array.from(document.querySelectorAll<HTMLElement>('figure[data-chart]'))) {
            const id = figure.dataset['chart'];
            const svg = figure.querySelector('svg');
            if (!svg) continue;
            const box = svg.getBoundingClientRect();
            for (const text of Array.from(svg.querySelectorAll('text'))) {
              const r = text.getBoundingClientRect();
              if (r.width === 0) continue;
              if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
                out.push(`${id}: "${text.textContent}" sticks out of the svg`);
              }
            }
            for (const group of ['.ppsim-legend-item', '.ppsim-marker-text', '.ppsim-axis--x .tick text', '.ppsim-axis--y .tick text', '.ppsim-row-label', '.ppsim-axis-title']) {
              const rects = Array.from(svg.querySelectorAll(group)).map((e) => ({ e, r: e.getBoundingClientRect() }));
              rects.forEach((a, i) =>
                rects.slice(i + 1).forEach((b) => {
                  if (overlap(a.r, b.r)) out.push(`${id}: "${a.e.textContent}" overlaps "${b.e.textContent}"`);
                }),
              );
            }
          }
          return out;
        });
        expect(problems, `at ${width} px`).toEqual([]);
        await screenshot(page, `gallery-${width}px`);
      }
      await page.setViewportSize({ width: 1400, height: 900 });
    },
    STEP,
  );

  it(
    'handle.update(data) with fewer series, then handle.destroy(): marks leave with their data, then the chart',
    async () => {
      const oneSeries = { ...differenceSeries(40), zeroLine: false };
      const counts = await page.evaluate((data) => {
        const g = (window as unknown as Hooked).ppsimGallery;
        const cost = g.charts['cost'];
        const tornado = g.charts['tornado'];
        if (!cost || !tornado) throw new Error('gallery charts missing');
        // No data at all draws empty axes, without throwing.
        cost.update({ series: [], y: { label: 'Nothing yet', unit: '' } });
        const empty = cost.svg.querySelectorAll('path.ppsim-line').length;
        cost.update(data);
        const svg = cost.svg;
        const after = { bands: svg.querySelectorAll('path.ppsim-band').length, lines: svg.querySelectorAll('path.ppsim-line').length, markers: svg.querySelectorAll('.ppsim-marker').length };
        const host = tornado.svg.parentElement?.parentElement;
        tornado.destroy();
        return { empty, ...after, left: host?.querySelectorAll('svg, .ppsim-tooltip, .ppsim-chart').length ?? -1 };
      }, oneSeries);
      expect(counts).toEqual({ empty: 0, bands: 1, lines: 1, markers: 1, left: 0 });
    },
    STEP,
  );

  it(
    'stackedAreaChart, heatmapChart, barsChart: update(empty data) draws empty axes, then data again',
    async () => {
      const marks = await page.evaluate(
        ([breakdown, sweep, sobol]) => {
          const g = (window as unknown as Hooked).ppsimGallery;
          const axis = { label: 'Nothing yet', unit: '' };
          g.charts['breakdown']?.update({ xs: [], layers: [], y: axis });
          g.charts['sweep']?.update({ xs: [], ys: [], values: [], x: axis, y: axis, value: axis });
          g.charts['sobol']?.update({ rows: [], value: axis });
          const count = () => document.querySelectorAll('path.ppsim-area, rect.ppsim-cell, rect.ppsim-bar').length;
          const empty = count();
          g.charts['breakdown']?.update(breakdown);
          g.charts['sweep']?.update(sweep);
          g.charts['sobol']?.update(sobol);
          return { empty, full: count() };
        },
        [costBreakdown(), sweepGrid(), sobolBars()] as const,
      );
      // Morris bars stay drawn throughout (8); the destroyed tornado has none.
      expect(marks.empty).toBe(morrisBars().rows.length);
      expect(marks.full).toBe(marks.empty + costBreakdown().layers.length + 25 + 2 * sobolBars().rows.length);
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
