/**
 * `pnpm bench:viewer`: the viewer in Chromium, served as `ppsim view` serves it. For a case at its
 * own scale and period (Bergen: about 9,000 users, 20 years, 10 replications by default) it measures
 * on the page's clock from the start of navigation the first chart drawn and the first data in it (the
 * first simulated year of the first replication, from the worker), and from the test's `goto` the
 * first finished replication and the whole ensemble; and the
 * longest task that blocked the page's main thread, over all and once data was arriving (the page
 * stays responsive while the worker runs when the latter is short). Median of R page loads. Usage: pnpm bench:viewer [--case bergen] [--reps 10] [--repeat 5].
 * Writes bench/viewer.json.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildViewer } from '../packages/viz/build/viewer.ts';
import { serveViewer } from '../packages/cli/src/commands/view.ts';
import { machine, summarise } from './harness.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const scenario = opt('case', 'bergen');
const reps = Number(opt('reps', '10'));
const repeat = Number(opt('repeat', '5'));
const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) throw new Error("bench:viewer needs Debian's Chromium: apt-get update && apt-get install -y chromium");

const dist = await buildViewer(mkdtempSync(join(tmpdir(), 'ppsim-viewer-bench-')));
const server = await serveViewer(dist, 0);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

interface Sample {
  firstChart: number;
  firstData: number;
  firstRun: number;
  allRuns: number;
  longestTask: number;
  longestWhileRunning: number;
}

async function once(): Promise<Sample> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.addInitScript(() => {
    const w = window as unknown as { __tasks: [number, number][]; __chartAt?: number | undefined; __dataAt?: number | undefined };
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    // The page's own clock (milliseconds since navigation started) when the chart and its first data appear.
    new MutationObserver((_, observer) => {
      w.__chartAt ??= document.querySelector('figure[data-chart="cost-total"] svg') === null ? undefined : performance.now();
      // Data: the line has at least one point (an empty chart holds an empty path).
      const d = document.querySelector('figure[data-chart="cost-total"] path.ppsim-line')?.getAttribute('d') ?? '';
      w.__dataAt ??= d.includes('M') ? performance.now() : undefined;
      if (w.__dataAt !== undefined) observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  const t0 = performance.now();
  await page.goto(`${server.url}?case=${scenario}&reps=${reps}`);
  await page.waitForFunction(() => (window as unknown as { __dataAt?: number }).__dataAt !== undefined, null, { timeout: 60_000 });
  const { firstChart, firstData } = await page.evaluate(() => {
    const w = window as unknown as { __chartAt: number; __dataAt: number };
    return { firstChart: w.__chartAt, firstData: w.__dataAt };
  });
  const dataAt = firstData;
  await page.waitForFunction(() => /Running replication [2-9]|replications done/.test(document.getElementById('progress')?.textContent ?? ''), null, { timeout: 120_000, polling: 20 });
  const firstRun = performance.now() - t0;
  await page.waitForFunction(() => document.body.dataset['running'] === 'false', null, { timeout: 600_000, polling: 50 });
  const allRuns = performance.now() - t0;
  const tasks = await page.evaluate(() => (window as unknown as { __tasks: [number, number][] }).__tasks);
  const longestTask = Math.max(0, ...tasks.map(([, d]) => d));
  // Tasks that began once data was arriving: the page while the worker runs.
  const longestWhileRunning = Math.max(0, ...tasks.filter(([start]) => start >= dataAt).map(([, d]) => d));
  await page.close();
  return { firstChart, firstData, firstRun, allRuns, longestTask, longestWhileRunning };
}

await once(); // warm-up: caches, JIT
const samples: Sample[] = [];
for (let i = 0; i < repeat; i++) samples.push(await once());
await browser.close();
await server.close();
rmSync(dist, { recursive: true, force: true });

const keys = ['firstChart', 'firstData', 'firstRun', 'allRuns', 'longestTask', 'longestWhileRunning'] as const;
const result = Object.fromEntries(keys.map((k) => [k, summarise(samples.map((s) => s[k]))]));
for (const k of keys) process.stdout.write(`${k.padEnd(20)} ${(result[k]?.median ?? Number.NaN).toFixed(0).padStart(7)} ms (median of ${repeat})\n`);
writeFileSync(new URL('./viewer.json', import.meta.url), `${JSON.stringify({ machine: machine(), scenario, reps, repeat, chromium: browser.version(), results: result }, null, 2)}\n`);
