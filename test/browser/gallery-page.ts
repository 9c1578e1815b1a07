/**
 * What the two gallery test files share: the page's test hook, the chart ids, and opening the
 * built gallery in Chromium (one build, one server and one browser per file).
 */
import type { Locator, Page } from 'playwright-core';
import type { ChartHandle } from '../../packages/viz/src/charts/types.ts';
import { startSession, type OpenedPage, type Session } from './harness.ts';

/** The gallery's test hook (`window.ppsimGallery`), as the page sees it. */
export interface GalleryHook {
  charts: Record<string, ChartHandle<unknown>>;
  svgString(svg: SVGSVGElement): string;
  svgToPngBlob(svg: SVGSVGElement, scale?: number): Promise<Blob>;
  replicate(reps: number): void;
}

/** The window of the gallery page (use inside page.evaluate only). */
export interface Hooked {
  ppsimGallery: GalleryHook;
}

/** The gallery's charts, in page order (each a `figure[data-chart=id]`). */
export const CHARTS = ['cost', 'difference', 'share-nb', 'breakdown', 'sweep', 'morris', 'sobol', 'tornado', 'regime-map', 'targets', 'pairs'] as const;
/** Time for building the viewer and launching the browser. */
export const BROWSER_SETUP = 180_000;
/** Time for one test step in the page. */
export const STEP = 30_000;

/** The gallery open in Chromium, and what went wrong on the page so far. */
export interface GalleryPage extends OpenedPage {
  readonly session: Session;
  /** The card of chart `id`. */
  chart(id: string): Locator;
  /** How many `selector` elements chart `id` holds. */
  count(id: string, selector: string): Promise<number>;
}

/** Builds and serves the viewer, opens gallery.html and waits until its charts are drawn. */
export async function openGallery(): Promise<GalleryPage> {
  const session = await startSession();
  const opened = await session.openPage('gallery.html');
  const page: Page = opened.page;
  await page.waitForSelector('body[data-ready="true"]');
  const chart = (id: string) => page.locator(`[data-chart="${id}"]`);
  return { ...opened, session, chart, count: (id, selector) => chart(id).locator(selector).count() };
}
