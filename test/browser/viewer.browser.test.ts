/**
 * The viewer in a real browser (Debian's Chromium through playwright-core), served by `ppsim view`'s
 * own server: explore a case, compare two variants, open CLI results of every kind, switch language,
 * export, and read the cases and the glossary. Charts must hold marks for the data they were given,
 * and no page may log an error. Screenshots go to test-artifacts/screenshots/.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { METRICS } from '@ppsim/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultFolder, serveViewer, type ViewServer } from '../../packages/cli/src/commands/view.ts';
import { mapReport } from '../../packages/cli/src/map/report.ts';
import { rankParameters, treeRules } from '../../packages/viz/src/data/map-tree.ts';
import { readResult } from '../../packages/viz/src/data/results.ts';
import { buildOnce, launchChromium, screenshot } from './harness.ts';
import { writeResultFolders, type ResultFolders } from './results-fixtures.ts';

let browser: Browser;
let dist: string;
let folders: ResultFolders;
const servers: ViewServer[] = [];
let plain: ViewServer;

beforeAll(async () => {
  [browser, dist, folders] = await Promise.all([launchChromium(), buildOnce(), writeResultFolders()]);
  plain = await serveViewer(dist, 0);
  servers.push(plain);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  for (const s of servers) await s.close();
  if (folders !== undefined) rmSync(folders.root, { recursive: true, force: true });
  if (dist !== undefined) rmSync(dist, { recursive: true, force: true });
});

/** Opens a page and records everything that went wrong on it. */
async function open(url: string, width = 1400, requested: string[] = []): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 1000 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

const finished = (page: Page) => page.waitForFunction(() => document.body.dataset['running'] === 'false', null, { timeout: 90_000 });
/** Points in a line's path (M and L commands). */
const linePoints = (page: Page, chart: string, i = 0) =>
  page
    .locator(`figure[data-chart="${chart}"] path.ppsim-line`)
    .nth(i)
    .getAttribute('d')
    .then((d) => (d ?? '').split(/[ML]/).filter((x) => x.trim() !== '').length);

const SMALL = 'reps=3&years=3&set=population.scale%3D0.05';

describe('the viewer in Chromium', () => {
  it('explores a case: runs an ensemble in the worker, fills the charts with bands and event markers', async () => {
    const { page, errors } = await open(`${plain.url}?case=bergen&${SMALL}`);
    await page.waitForSelector('figure[data-chart="cost-total"] svg');
    await finished(page);
    expect(await page.textContent('#progress')).toMatch(/3 replications done/);
    // Three complete years: three points per line and a band around it.
    expect(await linePoints(page, 'cost-total')).toBe(3);
    expect(await page.locator('figure[data-chart="cost-total"] path.ppsim-band').count()).toBe(1);
    expect(await linePoints(page, 'waits', 1)).toBe(3);
    expect(await page.textContent('.band-note')).toMatch(/means over 3 replications/);
    await screenshot(page, 'viewer-explore');
    // A longer run shows Bergen's dated events as markers.
    await page.fill('#years', '6');
    await page.press('#years', 'Enter');
    await page.click('#run');
    await page.waitForFunction(() => document.body.dataset['running'] === 'true');
    await finished(page);
    expect(await linePoints(page, 'cost-total')).toBe(6);
    expect(await page.locator('figure[data-chart="cost-total"] svg').textContent()).toContain('User choice in home nursing takes effect');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('draws the first replication year by year while it runs; Stop cancels between years, Run starts afresh', async () => {
    // Bergen at its own scale and period: each replication takes long enough to watch it grow.
    const { page, errors } = await open(`${plain.url}?case=bergen&reps=2`);
    await page.waitForFunction(() => /year \d{4} of the first run/.test(document.getElementById('progress')?.textContent ?? ''), null, { timeout: 60_000, polling: 10 });
    const growing = await page.evaluate(() => ({
      year: Number(/year (\d{4})/.exec(document.getElementById('progress')?.textContent ?? '')?.[1]),
      points: (document.querySelector('figure[data-chart="cost-total"] path.ppsim-line')?.getAttribute('d') ?? '').split(/[ML]/).filter((x) => x.trim() !== '').length,
    }));
    // The line holds the first run's full years so far (it starts in 2005), short of the case's 20.
    expect(growing.points).toBe(growing.year - 2004);
    expect(growing.points).toBeLessThan(20);
    await page.click('#stop');
    await finished(page);
    const stopped = await page.textContent('#progress');
    expect(stopped).toMatch(/^Stopped after [01] replications\.$/);
    const line = await page.locator('figure[data-chart="cost-total"] path.ppsim-line').first().getAttribute('d');
    // Nothing from the stopped study reaches the page afterwards.
    await page.waitForTimeout(1500);
    expect(await page.textContent('#progress')).toBe(stopped);
    expect(await page.locator('figure[data-chart="cost-total"] path.ppsim-line').first().getAttribute('d')).toBe(line);
    expect(await page.isDisabled('#stop')).toBe(true);
    await page.click('#run');
    await page.waitForFunction(() => document.body.dataset['running'] === 'true');
    await finished(page);
    expect(await page.textContent('#progress')).toMatch(/2 replications done/);
    expect(await linePoints(page, 'cost-total')).toBe(20);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('is driven from the keyboard: section tabs with the arrow keys, parameters in the panel, the address keeps the state', async () => {
    const { page, errors } = await open(`${plain.url}?case=reference&${SMALL}`);
    await finished(page);
    await page.focus('#tab-overview');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('#tab-cost', 'aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-cost');
    // The cost breakdown: one area per ledger layer that is not zero, each over three years.
    const areas = page.locator('figure[data-chart="cost-breakdown"] path.ppsim-area');
    expect(await areas.count()).toBeGreaterThanOrEqual(3);
    // Production is one layer of it; the transaction costs get a chart of their own, without it.
    const transactions = await page.locator('figure[data-chart="transaction-breakdown"] path.ppsim-area').count();
    expect(transactions).toBe((await areas.count()) - 1);
    expect(await page.locator('figure[data-chart="cost-breakdown"] svg').textContent()).toContain('Production cost');
    expect(page.url()).toContain('section=cost');
    // Change a parameter by typing: it is marked, goes into the address, and a new run starts.
    await page.click('details[data-group="staff"] > summary');
    const input = page.locator('#p-staff-motivation-crowding');
    await input.fill('1.2');
    await input.press('Enter');
    await page.waitForSelector('.param.changed[data-path="staff.motivation.crowding"]');
    expect(decodeURIComponent(page.url())).toContain('set=staff.motivation.crowding=1.2');
    // The panel is rebuilt around the change: focus stays on the field, the group stays open.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('p-staff-motivation-crowding');
    expect(await page.getAttribute('details[data-group="staff"]', 'open')).not.toBeNull();
    // An out-of-range value is refused where it was typed, and nothing else changes.
    const again = page.locator('#p-staff-motivation-crowding');
    await again.fill('7');
    await again.press('Enter');
    expect(await page.locator('.param[data-path="staff.motivation.crowding"] .invalid').textContent()).toMatch(/expected 0 – 2/);
    await finished(page);
    // Hover help names the unit, range and source of the default.
    const title = await page.getAttribute('.param[data-path="staff.motivation.crowding"]', 'title');
    expect(title).toMatch(/Unit: motivation per unit control/);
    expect(title).toMatch(/Frey & Jegen 2001/);
    // The link reproduces the view.
    const { page: copy, errors: copyErrors } = await open(page.url());
    await finished(copy);
    expect(await copy.inputValue('#p-staff-motivation-crowding')).toBe('1.2');
    expect(await copy.getAttribute('#tab-cost', 'aria-selected')).toBe('true');
    expect([...errors, ...copyErrors]).toEqual([]);
    await copy.close();
    await page.close();
  }, 120_000);

  it("a link with ?set=__proto__.hasOwnProperty=1 shows why it runs nothing, and leaves the page's Object.prototype whole", async () => {
    const hostile = ['__proto__.hasOwnProperty%3D1', 'constructor.prototype.polluted%3D1'].map((s) => `&set=${s}`).join('');
    const { page, errors } = await open(`${plain.url}?case=reference&${SMALL}${hostile}`);
    await page.waitForSelector('[role="alert"]:not([hidden])');
    expect(await page.textContent('[role="alert"]:not([hidden])')).toMatch(/__proto__\.hasOwnProperty: expected a parameter path; "\(root\)" has "horizon"/);
    const whole = await page.evaluate(() => {
      const fresh: Record<string, unknown> = {};
      const keys: string[] = [];
      for (const key in fresh) keys.push(key);
      return { keys, own: Object.getOwnPropertyNames(Object.prototype).includes('polluted'), methods: [fresh.hasOwnProperty, fresh.valueOf, fresh.toString].map((f) => typeof f) };
    });
    expect(whole).toEqual({ keys: [], own: false, methods: ['function', 'function', 'function'] });
    // The page still works: another case runs.
    await page.selectOption('#case', 'bergen');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('compares two variants on the same seeds, with the paired difference and a final-year table', async () => {
    const { page, errors } = await open(`${plain.url}?view=compare&a=bergen&b=bergen%3Aframe-funding&${SMALL}`);
    await finished(page);
    expect(await page.textContent('#progress')).toMatch(/3 replications of each of the 2 scenarios done, on the same seeds/);
    expect(await linePoints(page, 'compare-metric', 0)).toBe(3);
    expect(await linePoints(page, 'compare-metric', 1)).toBe(3);
    expect(await linePoints(page, 'compare-difference')).toBe(3);
    expect(await page.locator('figure[data-chart="compare-difference"] path.ppsim-band').count()).toBe(1);
    const rows = page.locator('table.results-table tbody tr');
    expect(await rows.count()).toBe(METRICS.length);
    expect(await page.locator('table.results-table tbody tr[data-metric="cost.total"] td').nth(3).textContent()).toMatch(/\[.+, .+\]/);
    await screenshot(page, 'viewer-compare');
    // Another metric redraws the charts from the same runs.
    await page.selectOption('#metric', 'needMet');
    expect(await page.locator('figure[data-chart="compare-metric"] h3').textContent()).toMatch(/Need met/);
    expect(page.url()).toContain('metric=needMet');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('opens a compare folder served by `ppsim view DIR`, with bands from series.csv', async () => {
    const server = await serveViewer(dist, 0, resultFolder(folders.compare));
    servers.push(server);
    const { page, errors } = await open(server.openUrl);
    await page.waitForSelector('figure[data-chart="open-metric"] path.ppsim-line');
    expect(await page.textContent('#open-status')).toMatch(/ppsim compare/);
    expect(await linePoints(page, 'open-metric', 0)).toBe(3);
    expect(await page.locator('figure[data-chart="open-metric"] path.ppsim-band').count()).toBe(2);
    expect(await page.locator('table.results-table tbody tr').count()).toBe(METRICS.length);
    await screenshot(page, 'viewer-open-compare');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('?open= on another origin: loads nothing from it and says why, on the page', async () => {
    const other = await serveViewer(dist, 0, resultFolder(folders.compare));
    servers.push(other);
    const requested: string[] = [];
    const { page, errors } = await open(`${plain.url}?view=open&open=${encodeURIComponent(`${other.url}results/`)}`, 1400, requested);
    await page.waitForSelector('#open-error:not([hidden])');
    expect(await page.textContent('#open-error')).toMatch(
      /expected a result folder on this viewer's own address \(http:\/\/127\.0\.0\.1:\d+\), received another origin \(http:\/\/127\.0\.0\.1:\d+\)\. Fix: results are read only from the viewer's own server/,
    );
    expect(requested.filter((u) => u.startsWith(other.url))).toEqual([]);
    expect(await page.locator('figure[data-chart="open-metric"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('opens a sweep as a heatmap and a sensitivity analysis as bars, from chosen files', async () => {
    const { page, errors } = await open(`${plain.url}?view=open`);
    await page.setInputFiles(
      '#open-files',
      ['summary.json', 'results.csv'].map((f) => join(folders.sweep, f)),
    );
    await page.waitForSelector('figure[data-chart="sweep-heatmap"] rect.ppsim-cell');
    // 3 × 2 design points: six cells.
    expect(await page.locator('figure[data-chart="sweep-heatmap"] rect.ppsim-cell').count()).toBe(6);
    await screenshot(page, 'viewer-open-sweep');
    await page.setInputFiles('#open-files', [join(folders.sensitivity, 'sensitivity.json')]);
    await page.waitForSelector('figure[data-chart="sensitivity-bars"] rect.ppsim-bar');
    expect(await page.locator('figure[data-chart="sensitivity-bars"] rect.ppsim-bar--first').count()).toBe(2);
    await screenshot(page, 'viewer-open-sensitivity');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("opens a regime map served by `ppsim view DIR`: a mark per point coloured by winner, the tree's rules, tooltips, x and y menus, export", async () => {
    const server = await serveViewer(dist, 0, resultFolder(folders.map));
    servers.push(server);
    const { page, errors } = await open(server.openUrl);
    const fig = page.locator('figure[data-chart="map-scatter"]');
    await page.waitForSelector('figure[data-chart="map-scatter"] path.ppsim-point');
    expect(await page.textContent('#open-status')).toMatch(/ppsim map/);
    const text = (name: string) => readFileSync(join(folders.map, name), 'utf8');
    const map = readResult(['summary.json', 'points.csv'].map((name) => ({ name, text: text(name) })));
    if (map.kind !== 'map') throw new Error(map.kind);
    const names = map.regimes.map((g) => g.name);
    // One mark per point, in its winner's colour and shape, hollow where the verdict is not decided.
    const marks = () =>
      fig.locator('path.ppsim-point').evaluateAll((ps) =>
        ps.map((p) => ({
          cls: p.getAttribute('data-class'),
          stroke: p.getAttribute('stroke'),
          d: p.getAttribute('d'),
          hollow: p.classList.contains('ppsim-point--hollow'),
          at: p.getAttribute('transform'),
        })),
      );
    const before = await marks();
    expect(before.map((m) => m.cls)).toEqual(map.points.map((p) => names[p.winner]));
    expect(before.map((m) => m.hollow)).toEqual(map.points.map((p) => !p.decided));
    for (const name of names) expect(new Set(before.filter((m) => m.cls === name).map((m) => `${m.stroke} ${m.d}`)).size).toBeLessThanOrEqual(1);
    expect(new Set(before.map((m) => m.stroke)).size).toBe(new Set(map.points.map((p) => p.winner)).size);
    // The axes start on the two parameters that decide most; the tree's splits on them are dashed rules with labels.
    const [x, y] = rankParameters(map);
    expect(await page.inputValue('#map-x')).toBe(x);
    expect(await page.inputValue('#map-y')).toBe(y);
    expect(await fig.locator('.ppsim-x-title').textContent()).toMatch(new RegExp(`^${(x ?? '').replaceAll('.', '\\.')} \\(.+\\)$`));
    const rules = treeRules(map.tree.root, x ?? '', y ?? '');
    expect(rules.length, "the fixture map's tree splits on its two most important parameters").toBeGreaterThan(0);
    expect(await fig.locator('line.ppsim-rule').count()).toBe(rules.length);
    expect(await fig.locator('.ppsim-rule-text').allTextContents()).toEqual(rules.map((r) => expect.stringContaining(r.parameter) as unknown as string));
    expect(await fig.locator('.ppsim-subheading').allTextContents()).toEqual(['16 points (lhs) × 2 regimes × 2 replications · 2 years · population scale 0.05 · seed 1']);
    // The deciding parameters: the tree in the words of `ppsim map`, the importance table, the floor and the rule.
    const report = mapReport(JSON.parse(text('summary.json')) as Parameters<typeof mapReport>[0], folders.map).split('\n');
    expect(await page.locator('#map-tree li').allTextContents()).toEqual(report.filter((l) => /^ {2}(where|everywhere)/.test(l)).map((l) => l.trim()));
    expect(await page.locator('#map-importance tbody tr').count()).toBe(map.params.length);
    expect(await page.locator('#map-importance tbody tr').first().getAttribute('data-parameter')).toBe(x);
    expect(await page.textContent('#map-floor')).toMatch(/^Need-met floor: .* \(.+ at point \d+\)/);
    expect(await page.textContent('#map-rule')).toContain('cost.perNeedHourMet');
    expect(await page.locator('figure[data-chart="map-wins"] rect.ppsim-bar--first').count()).toBe(2);
    await screenshot(page, 'viewer-open-map');
    // Hover on the first point: its verdict, each regime's cost and need met, the paired difference with its interval.
    const tip = fig.locator('.ppsim-tooltip');
    const box = await fig.locator('path.ppsim-point').first().boundingBox();
    if (!box) throw new Error('the first mark has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await tip.waitFor({ state: 'visible' });
    const first = map.points[0];
    const tipText = await tip.textContent();
    expect(tipText).toContain(`Point 0: ${names[first?.winner ?? 0]} wins, ${first?.decided === true ? 'decided' : 'not decided'}`);
    expect(tipText).toMatch(/integrated: cost per hour of need met [\d,.]+ currency\/hour, need met [\d.]+%/);
    expect(tipText).toMatch(/Paired difference competitive-choice − integrated: −?[\d,.]+ currency\/hour \[−?[\d,.]+ – −?[\d,.]+\]/);
    expect(tipText).toContain(`${x}: `);
    await screenshot(fig, 'viewer-open-map-hover');
    await page.mouse.move(0, 0);
    await tip.waitFor({ state: 'hidden' });
    // From the keyboard: Tab onto the plot, the arrow keys move between points, Escape hides.
    await fig.locator('.ppsim-overlay').focus();
    await tip.waitFor({ state: 'visible' });
    const focused = await tip.textContent();
    await page.keyboard.press('ArrowRight');
    expect(await tip.textContent()).not.toBe(focused);
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
    // Another parameter across: the marks move, the title and the rules follow.
    const other = map.params.find((p) => p !== x && p !== y) ?? '';
    await page.selectOption('#map-x', other);
    expect(await fig.locator('.ppsim-x-title').textContent()).toContain(other);
    expect((await marks()).map((m) => m.at)).not.toEqual(before.map((m) => m.at));
    expect(await fig.locator('line.ppsim-rule').count()).toBe(treeRules(map.tree.root, other, y ?? '').length);
    await page.selectOption('#map-y', x ?? '');
    expect(await fig.locator('.ppsim-titles').textContent()).toContain(x);
    // Export: the CSV is points.csv; the SVG carries the title and the run's size.
    const [csv] = await Promise.all([page.waitForEvent('download'), fig.getByRole('button', { name: /as CSV/ }).click()]);
    expect(
      readFileSync(await csv.path(), 'utf8')
        .replace(/^\ufeff/, '')
        .trimEnd()
        .split(/\r?\n/),
    ).toEqual(text('points.csv').trimEnd().split('\n'));
    const [svg] = await Promise.all([page.waitForEvent('download'), fig.getByRole('button', { name: /as SVG/ }).click()]);
    const svgText = readFileSync(await svg.path(), 'utf8');
    expect(svgText).toContain('Regime map of reference: integrated, competitive-choice');
    expect(svgText).toContain('16 points (lhs) × 2 regimes × 2 replications');
    const [png] = await Promise.all([page.waitForEvent('download'), fig.getByRole('button', { name: /as PNG/ }).click()]);
    expect(
      readFileSync(await png.path())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    // The same map from chosen files.
    const { page: chosen, errors: chosenErrors } = await open(`${plain.url}?view=open`);
    await chosen.setInputFiles(
      '#open-files',
      ['summary.json', 'points.csv'].map((f) => join(folders.map, f)),
    );
    await chosen.waitForSelector('figure[data-chart="map-scatter"] path.ppsim-point');
    expect(await chosen.locator('figure[data-chart="map-scatter"] path.ppsim-point').count()).toBe(16);
    expect([...errors, ...chosenErrors]).toEqual([]);
    await chosen.close();
    await page.close();
  }, 90_000);

  it('opens files dropped on the page', async () => {
    const { page, errors } = await open(`${plain.url}?view=open`);
    const files = ['summary.json', 'series.csv'].map((name) => ({ name, text: readFileSync(join(folders.run, name), 'utf8') }));
    const transfer = await page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name));
      return dt;
    }, files);
    await page.dispatchEvent('#drop-zone', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer: transfer });
    await page.waitForSelector('figure[data-chart="open-metric"] path.ppsim-line');
    expect(await page.textContent('#open-status')).toMatch(/ppsim run/);
    // A six-year run: six points, and Bergen's 2009 event as a marker.
    expect(await linePoints(page, 'open-metric')).toBe(6);
    expect(await page.locator('figure[data-chart="open-metric"] svg').textContent()).toContain('User choice in home nursing takes effect');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('says clearly when a file is not a ppsim result', async () => {
    const { page, errors } = await open(`${plain.url}?view=open`);
    await page.setInputFiles('#open-files', [{ name: 'summary.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') }]);
    await page.waitForSelector('#open-error:not([hidden])');
    expect(await page.textContent('#open-error')).toMatch(/summary\.json: expected a ppsim result .* received an object with keys hello\. Fix:/);
    expect(await page.locator('#open-result figure').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('exports a chart as SVG and PNG and its data as CSV', async () => {
    const { page, errors } = await open(`${plain.url}?case=reference&${SMALL}`);
    await finished(page);
    const fig = page.locator('figure[data-chart="need-met"]');
    const [svg] = await Promise.all([page.waitForEvent('download'), fig.getByRole('button', { name: /as SVG/ }).click()]);
    expect(svg.suggestedFilename()).toMatch(/\.svg$/);
    const svgText = readFileSync(await svg.path(), 'utf8');
    expect(svgText).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svgText).toContain('ppsim-line');
    const [png] = await Promise.all([page.waitForEvent('download'), fig.getByRole('button', { name: /as PNG/ }).click()]);
    expect(
      readFileSync(await png.path())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    const [csv] = await Promise.all([page.waitForEvent('download'), fig.getByRole('button', { name: /as CSV/ }).click()]);
    const lines = readFileSync(await csv.path(), 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('series,label,x,mean,lo,hi');
    expect(lines).toHaveLength(1 + 3);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('speaks Norwegian, and shows the cases with their evidence and the glossary', async () => {
    const { page, errors } = await open(`${plain.url}?view=cases&case=moss&lang=nb`);
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
    expect(await page.textContent('nav.views')).toContain('Utforsk');
    const grades = await page.locator('table.evidence td.grade').allTextContents();
    expect(grades.length).toBeGreaterThan(3);
    expect(new Set(grades).size).toBeGreaterThan(1);
    expect(await page.locator('ul.sources li').count()).toBeGreaterThan(0);
    await screenshot(page, 'viewer-cases-nb');
    await page.click('nav.views a:has-text("Ordliste")');
    await page.waitForSelector('.glossary dt');
    expect(await page.locator('.glossary dt').count()).toBeGreaterThan(20);
    expect(await page.textContent('.glossary')).toContain('bestiller');
    await page.fill('#glossary-filter', 'rammefinansiering');
    expect(await page.locator('.glossary dt:not([hidden])').count()).toBeGreaterThanOrEqual(1);
    await page.goto(`${plain.url}?lang=nb&${SMALL}`);
    await finished(page);
    // Norwegian numbers: comma decimals in the axis ticks of a share.
    expect(await page.locator('figure[data-chart="need-met"] svg').textContent()).toMatch(/\d+,\d|\d\s%/);
    await screenshot(page, 'viewer-explore-nb');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
