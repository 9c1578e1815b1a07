/**
 * The harness of the browser tests: builds the viewer once per test file, serves it from a small
 * static server on 127.0.0.1, and drives Debian's Chromium through playwright-core. Playwright
 * never downloads a browser here: the tests use /usr/bin/chromium and fail, saying how to install
 * it, when it is missing.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveViewer, type ViewServer } from '../../packages/cli/src/commands/view.ts';
import { buildViewer } from '../../packages/viz/build/viewer.ts';

/** Where Debian's chromium package puts the browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags for a quiet, offline, headless run as root in a container. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] as const;

/** Where screenshots go (ignored by git). */
export const SCREENSHOTS = resolve(import.meta.dirname, '../../test-artifacts/screenshots');

export { mimeType, resolveInside } from '../../packages/cli/src/commands/view.ts';

/** A running static server and its base URL (`http://127.0.0.1:<port>/`). */
export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves the files under `root` on 127.0.0.1 at a free port, with `ppsim view`'s own server. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const { url, close } = await serveViewer(root, 0);
  return { url, close };
}

let built: Promise<string> | undefined;

/**
 * What the build logged (Vite's and Rolldown's warnings, e.g. plugin timing hints), kept here
 * rather than printed: tests stay silent, and a failed build reports it in its error.
 */
export const buildLog: string[] = [];

/** Runs `build` with console output collected into `buildLog`. */
async function quietly(build: () => Promise<string>): Promise<string> {
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const saved = methods.map((m) => console[m]);
  for (const m of methods) console[m] = (...args: unknown[]) => void buildLog.push(args.map(String).join(' '));
  try {
    return await build();
  } catch (error) {
    const log = buildLog.length > 0 ? `\nbuild log:\n${buildLog.join('\n')}` : '';
    throw new Error(`building the viewer failed: ${error instanceof Error ? error.message : String(error)}${log}`, { cause: error });
  } finally {
    methods.forEach((m, i) => (console[m] = saved[i] ?? console[m]));
  }
}

/** Builds the viewer into a fresh temporary folder, once per test file (module); returns the folder. */
export function buildOnce(): Promise<string> {
  built ??= quietly(() => buildViewer(mkdtempSync(join(tmpdir(), 'ppsim-viewer-'))));
  return built;
}

/**
 * Launches Debian's Chromium headless (`executable`, default /usr/bin/chromium); throws with the
 * install command when it is missing, so that browser tests fail rather than skip.
 */
export async function launchChromium(executable: string = CHROMIUM): Promise<Browser> {
  if (!existsSync(executable)) {
    throw new Error(
      `browser tests need Debian's Chromium at ${executable}, which is missing; install it with \`apt-get update && apt-get install -y chromium\` (playwright must not download a browser)`,
    );
  }
  return chromium.launch({ executablePath: executable, headless: true, args: [...CHROMIUM_ARGS] });
}

/** A page and what went wrong on it: console errors, uncaught exceptions and failed requests. */
export interface OpenedPage {
  readonly page: Page;
  readonly errors: string[];
}

/** One browser, one built viewer and one server for a test file. */
export interface Session {
  readonly dir: string;
  readonly url: string;
  /** Opens `path` (relative to the viewer root, e.g. "gallery.html") in a new page of `width` px. */
  openPage(path: string, width?: number): Promise<OpenedPage>;
  close(): Promise<void>;
}

/** Builds (once), serves and launches; call `close()` in afterAll. */
export async function startSession(): Promise<Session> {
  const browser = await launchChromium();
  try {
    const dir = await buildOnce();
    const server = await serveStatic(dir);
    return {
      dir,
      url: server.url,
      async openPage(path, width = 1400) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
        // Fail a step well before the test's own timeout, with Playwright's account of what it awaited.
        page.setDefaultTimeout(10_000);
        const errors: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
        });
        page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
        page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? '?'})`));
        page.on('response', (r) => {
          if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
        });
        await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
        return { page, errors };
      },
      async close() {
        await browser.close();
        await server.close();
        rmSync(dir, { recursive: true, force: true });
        built = undefined;
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Saves a PNG of `target` as test-artifacts/screenshots/<name>.png (a page: the whole page; a
 * locator: that element); returns the file's path.
 */
export async function screenshot(target: Page | Locator, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  if ('goto' in target) await target.screenshot({ path, fullPage: true });
  else await target.screenshot({ path });
  return path;
}

/** Chromium and a fresh viewer build served by `ppsim view`'s own server, for one test file. */
export interface ViewerFixture {
  readonly browser: Browser;
  readonly server: ViewServer;
  /** The built viewer's folder (to serve it again with results). */
  readonly dist: string;
}

/**
 * `viewerFixture()`: registers the test file's beforeAll (launch Chromium, build and serve the
 * viewer) and afterAll (close and remove them); the fixture's fields are there once tests run.
 */
export function viewerFixture(): ViewerFixture {
  const fixture = {} as { browser: Browser; server: ViewServer; dist: string };
  beforeAll(async () => {
    [fixture.browser, fixture.dist] = await Promise.all([launchChromium(), buildOnce()]);
    fixture.server = await serveViewer(fixture.dist, 0);
  }, 180_000);
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.server?.close();
    if (fixture.dist !== undefined) rmSync(fixture.dist, { recursive: true, force: true });
  });
  return fixture;
}

/**
 * `openViewer(fixture, query, width?)`: a page of the served viewer at `?query`, with the console
 * errors and uncaught exceptions it logs, once its runs have finished.
 */
export async function openViewer(fixture: ViewerFixture, query: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
  const page = await fixture.browser.newPage({ viewport: { width, height: 1000 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  await page.goto(`${fixture.server.url}?${query}`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.body.dataset['running'] === 'false', null, { timeout: 90_000 });
  return { page, errors };
}
