/**
 * Open results: the --out folder (or files) of a CLI command, dropped on the page, chosen, or
 * served by `ppsim view DIR` (which the page finds through `?open=`). Each kind gets its charts:
 * ensembles their bands and paired differences, sweeps a heatmap, sensitivity analyses bars,
 * regime maps their winners over two parameters (ui/map.ts), calibrations their targets against the
 * check and a pairs plot of the samples (ui/calibration.ts).
 */
import { barsChart, heatmapChart, stackedAreaChart, timeSeriesChart } from '../charts/index.ts';
import type { BandSeries, BarsData, HeatmapData, TimeSeriesData } from '../charts/types.ts';
import { readResult, ResultError, type EnsembleResult, type InputFile, type LoadedResult, type SensitivityResult, type SweepResult } from '../data/results.ts';
import { eventLabelText } from '../data/cases.ts';
import { paramNamed } from '../i18n-params.ts';
import { getLang, label, t } from '../i18n.ts';
import { METRIC_NAMES, unitOf } from '../metrics.ts';
import { tInterval, type YearlyRun } from '@ppsim/core';
import { card } from './card.ts';
import { finalRows } from './compare.ts';
import type { AppContext, Cleanup } from './context.ts';
import { append, h, replace, select } from './dom.ts';
import { metricMenu } from './metric-menu.ts';
import { bandNote } from './session.ts';
import { renderCalibration } from './calibration.ts';
import { renderMap } from './map.ts';
import { memoLines, type MemoKind } from './memo.ts';
import { resultCaption, scaleOf } from './memo-results.ts';
import { axisTitle, costStack, differenceSeries, scenarioSeries, seriesNote } from './series.ts';
import { resultsTable } from './table.ts';

/** The file listing `ppsim view DIR` serves next to the result files. */
export const LISTING = 'ppsim-files.json';

/** The files of a drop: folders are walked (their parts/ skipped); plain files are taken as they are. */
async function filesFromDrop(transfer: DataTransfer): Promise<File[]> {
  const items = transfer.items;
  const out: File[] = [];
  const walk = async (entry: FileSystemEntry, prefix: string): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      out.push(new File([file], `${prefix}${file.name}`));
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      let batch: FileSystemEntry[];
      do {
        batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        for (const e of batch) if (e.name !== 'parts') await walk(e, `${prefix}${entry.name}/`);
      } while (batch.length > 0);
    }
  };
  const entries = [...items].map((i) => i.webkitGetAsEntry()).filter((e): e is FileSystemEntry => e !== null);
  if (entries.length === 0) return [...transfer.files];
  for (const e of entries) await walk(e, '');
  return out;
}

/** Reads result files that the page was given; only the files the viewer knows are read. */
async function readFiles(files: readonly File[]): Promise<InputFile[]> {
  const wanted = /(^|\/)(summary\.json|series\.csv|results\.csv|points\.csv|samples\.csv|waves\.csv|ppc\.csv|sensitivity\.json|sensitivity\.csv|[^/]+\.json)$/;
  const picked = files.filter((f) => wanted.test(f.webkitRelativePath || f.name) && !/(^|\/)parts\//.test(f.webkitRelativePath || f.name));
  return Promise.all(picked.map(async (f) => ({ name: f.webkitRelativePath || f.name, text: await f.text() })));
}

/**
 * The folder `?open=` names, as an address on this page's own origin. A link may name any address, but
 * results are read only from the server that serves the viewer (`ppsim view DIR`): another site's
 * files could be crafted to mislead, and reading them would tell that site who opened the link.
 */
export function sameOriginFolder(open: string, page: string = location.href): URL {
  const here = new URL(page);
  let url: URL;
  try {
    url = new URL(open.endsWith('/') ? open : `${open}/`, here);
  } catch {
    throw new ResultError(`?open=${open}`, 'a result folder served by this viewer', 'an address that cannot be read', 'start the viewer with `pnpm ppsim view <folder>` and use the address it prints');
  }
  if (url.origin !== here.origin) {
    throw new ResultError(
      `?open=${open}`,
      `a result folder on this viewer's own address (${here.origin})`,
      `another origin (${url.origin})`,
      "results are read only from the viewer's own server: download them and drop the folder here, or serve them with `pnpm ppsim view <folder>`",
    );
  }
  return url;
}

export function renderOpen(root: HTMLElement, ctx: AppContext, given?: LoadedResult): Cleanup {
  const s = ctx.state;
  const status = h('p', { role: 'status', class: 'open-status', id: 'open-status' });
  const alert = h('div', { class: 'alert', role: 'alert', hidden: true, id: 'open-error' });
  const view = h('div', { class: 'open-result', id: 'open-result' });
  const fileInput = h('input', { type: 'file', id: 'open-files', multiple: true, accept: '.json,.csv' });
  const dirInput = h('input', { type: 'file', id: 'open-dir' });
  dirInput.setAttribute('webkitdirectory', '');
  const show = (result: LoadedResult, from: string) => {
    alert.hidden = true;
    const command = result.kind === 'ensembles' ? result.command : result.kind === 'calibration' ? 'calibrate' : result.kind;
    status.textContent = t('open.loaded', { what: `ppsim ${command}`, files: from });
    renderResult(view, result, ctx);
  };
  const fail = (error: unknown) => {
    status.textContent = '';
    alert.replaceChildren(h('strong', {}, t('open.error')), h('br'), error instanceof ResultError ? error.message : String(error instanceof Error ? error.message : error));
    alert.hidden = false;
    replace(view);
  };
  const load = async (files: readonly File[]) => {
    try {
      const inputs = await readFiles(files);
      show(readResult(inputs.length === 0 ? files.map((f) => ({ name: f.name, text: '' })) : inputs), inputs.map((f) => f.name).join(', ') || files.map((f) => f.name).join(', '));
    } catch (error) {
      fail(error);
    }
  };
  fileInput.addEventListener('change', () => {
    void load([...(fileInput.files ?? [])]);
  });
  dirInput.addEventListener('change', () => {
    void load([...(dirInput.files ?? [])]);
  });
  const zone = h(
    'div',
    { class: 'drop-zone', id: 'drop-zone', tabindex: 0, role: 'button', 'aria-label': t('open.choose') },
    h('p', {}, t('open.drop')),
    h(
      'div',
      { class: 'row' },
      h('label', { class: 'file-button', for: 'open-files' }, t('open.choose'), fileInput),
      h('label', { class: 'file-button', for: 'open-dir' }, t('open.chooseDir'), dirInput),
    ),
  );
  zone.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      fileInput.click();
    }
  });
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    const transfer = e.dataTransfer;
    if (transfer === null) return;
    void filesFromDrop(transfer).then(load, fail);
  });
  replace(root, h('div', { class: 'open' }, h('h2', {}, t('open.title')), h('p', {}, t('open.help')), zone, status, alert, view));
  if (given !== undefined) show(given, given.files.join(', '));
  else if (s.open !== '') {
    void (async () => {
      try {
        const base = sameOriginFolder(s.open);
        const listing = await fetch(new URL(LISTING, base));
        if (!listing.ok) throw new ResultError(`${base.pathname}${LISTING}`, 'the file list `ppsim view` serves', `HTTP ${listing.status}`, 'start the viewer with `pnpm ppsim view <folder>`');
        const names = (await listing.json()) as string[];
        const inputs = await Promise.all(names.map(async (n) => ({ name: n, text: await (await fetch(new URL(encodeURIComponent(n), base))).text() })));
        show(readResult(inputs), `${s.open} (${names.join(', ')})`);
      } catch (error) {
        fail(error);
      }
    })();
  }
  return () => {};
}

/** Draws an opened result into `host`. */
export function renderResult(host: HTMLElement, result: LoadedResult, ctx: AppContext): void {
  if (result.kind === 'ensembles') renderEnsembles(host, { ...result, markers: result.markers.map((m) => ({ ...m, label: eventLabelText(m.label) })) }, ctx);
  else if (result.kind === 'sweep') renderSweep(host, result, ctx);
  else if (result.kind === 'map') {
    renderMap(host, result);
    append(host, provenanceBlock(result.provenance));
  } else if (result.kind === 'calibration') {
    renderCalibration(host, result);
    append(host, provenanceBlock(result.provenance));
  } else renderSensitivity(host, result, ctx);
}

function provenanceBlock(provenance: unknown): HTMLElement | null {
  if (provenance === undefined) return null;
  return h('details', { class: 'provenance' }, h('summary', {}, t('open.provenance')), h('p', {}, t('open.rerun')), h('pre', {}, JSON.stringify(provenance, null, 2)));
}

function renderEnsembles(host: HTMLElement, r: EnsembleResult, ctx: AppContext): void {
  const s = ctx.state;
  const lang = getLang();
  const metrics = METRIC_NAMES.filter((m) => r.units[m] !== undefined || r.runs !== undefined);
  if (!metrics.includes(s.metric)) s.metric = metrics[0] ?? 'cost.total';
  const charts = h('div', { class: 'charts', id: 'charts' });
  const draw = () => {
    const m = s.metric;
    const title = label(m);
    const cards: HTMLElement[] = [];
    if (r.runs !== undefined) {
      const runs = r.runs;
      // What the result's provenance says of the run, for the exports' captions.
      const prov = r.provenance as { readonly seed?: number; readonly scenarios?: readonly { readonly params?: unknown }[] } | undefined;
      const memo = (heading: string, kind: MemoKind, names: readonly string[], ensembles: readonly (readonly YearlyRun[])[]) => () =>
        memoLines(heading, { names, ensembles, kind, scales: (prov?.scenarios ?? []).map((sc) => scaleOf(sc.params)), seed: prov?.seed });
      cards.push(
        card<TimeSeriesData>(
          'open-metric',
          title,
          seriesNote(bandNote(Math.min(...runs.map((x) => x.length))), [m]),
          (el) => timeSeriesChart(el, scenarioSeries(runs, r.labels, m, r.markers), { title, locale: lang }),
          undefined,
          memo(title, 'band', r.labels, runs),
        ).element,
      );
      runs.slice(1).forEach((other, i) => {
        const dt = t('compare.diffTitle', { metric: `${title} (${r.labels[i + 1]} − ${r.labels[0]})` });
        cards.push(
          card<TimeSeriesData>(
            `open-difference-${i + 1}`,
            dt,
            t('compare.same'),
            (el) => timeSeriesChart(el, differenceSeries(runs[0] ?? [], other, `${r.labels[i + 1]} − ${r.labels[0]}`, m, r.markers), { title: dt, locale: lang }),
            undefined,
            memo(dt, 'difference', [r.labels[0] ?? '', r.labels[i + 1] ?? ''], [runs[0] ?? [], other]),
          ).element,
        );
      });
      runs.forEach((rs, i) => {
        const st = `${label('cost.resources')}: ${r.labels[i]}`;
        cards.push(
          card(
            `open-stack-${i}`,
            st,
            lang === 'nb' ? 'Ressursbruk per post i kostnadsregnskapet.' : 'Resources used per cost-ledger item.',
            (el) => stackedAreaChart(el, costStack(rs, r.markers), { title: st, locale: lang }),
            undefined,
            memo(st, 'mean', [r.labels[i] ?? ''], [rs]),
          ).element,
        );
      });
    } else {
      const series: BandSeries[] = r.labels
        .map((l, i) => {
          const by = r.byYear[m]?.[i] ?? {};
          return { key: l, label: l, points: Object.entries(by).map(([y, v]) => ({ x: Number(y), mean: v, lo: v, hi: v })) };
        })
        .filter((x) => x.points.length > 0);
      if (series.length > 0)
        cards.push(
          card<TimeSeriesData>('open-metric', title, t('open.noSeries'), (el) =>
            timeSeriesChart(el, { series, markers: r.markers, y: { label: axisTitle([m]), unit: unitOf(m) }, x: { label: t('units.years'), unit: 'year' }, yearly: true }, { title, locale: lang }),
          ).element,
        );
      const est = r.estimates[m];
      if (est !== undefined) {
        const bars: BarsData = {
          rows: r.labels.map((l, i) => ({ key: l, label: l, value: est[i]?.mean ?? Number.NaN, lo: est[i]?.lo ?? Number.NaN, hi: est[i]?.hi ?? Number.NaN })),
          value: { label: axisTitle([m]), unit: unitOf(m) },
        };
        const bt = `${title}, ${r.finalYear ?? ''}`;
        cards.push(
          card('open-final', bt, lang === 'nb' ? 'Siste hele år: gjennomsnitt med 95 %-intervall per scenario.' : 'Final full year: mean with 95 % interval per scenario.', (el) =>
            barsChart(el, bars, { title: bt, locale: lang }),
          ).element,
        );
      }
    }
    replace(charts, ...cards);
  };
  const rows =
    r.runs !== undefined
      ? finalRows(r.runs)
      : Object.keys(r.estimates).map((m) => ({ metric: m, estimates: r.estimates[m] ?? [], ...(r.differences[m]?.[0] === undefined ? {} : { difference: r.differences[m]?.[0] }) }));
  replace(
    host,
    metricMenu(metrics, ctx, draw),
    charts,
    resultsTable(`${t('section.table')}${r.finalYear === undefined ? '' : ` (${r.finalYear})`}`, r.labels, rows as Parameters<typeof resultsTable>[2]),
    provenanceBlock(r.provenance),
  );
  draw();
}

function renderSweep(host: HTMLElement, r: SweepResult, ctx: AppContext): void {
  const s = ctx.state;
  const lang = getLang();
  if (!r.metrics.includes(s.metric)) s.metric = r.metrics.includes('cost.total') ? 'cost.total' : (r.metrics[0] ?? '');
  const col = (name: string) => r.columns.indexOf(name);
  const years = r.years;
  let year = years[years.length - 1] ?? 0;
  let px = r.params[0] ?? '';
  let py = r.params[1] ?? '';
  const charts = h('div', { class: 'charts', id: 'charts' });
  const draw = () => {
    const m = s.metric;
    const mi = col(m);
    const rows = r.rows.filter((row) => row[3] === year);
    const title = `${label(m)}, ${year}`;
    if (py !== '' && px !== py) {
      const xi = col(px);
      const yi = col(py);
      const xs = [...new Set(rows.map((row) => row[xi] as number))].sort((a, b) => a - b);
      const ys = [...new Set(rows.map((row) => row[yi] as number))].sort((a, b) => a - b);
      const sums = ys.map(() => xs.map(() => 0));
      const counts = ys.map(() => xs.map(() => 0));
      for (const row of rows) {
        const a = ys.indexOf(row[yi] as number);
        const b = xs.indexOf(row[xi] as number);
        const v = row[mi] as number;
        if (!Number.isFinite(v)) continue;
        (sums[a] as number[])[b] = ((sums[a] as number[])[b] as number) + v;
        (counts[a] as number[])[b] = ((counts[a] as number[])[b] as number) + 1;
      }
      const values = sums.map((line, a) => line.map((v, b) => (((counts[a] as number[])[b] as number) === 0 ? Number.NaN : v / ((counts[a] as number[])[b] as number))));
      const data: HeatmapData = { xs, ys, values, x: { label: paramNamed(px, lang), unit: '' }, y: { label: paramNamed(py, lang), unit: '' }, value: { label: axisTitle([m]), unit: unitOf(m) } };
      replace(
        charts,
        card(
          'sweep-heatmap',
          title,
          t('sweep.note'),
          (el) => heatmapChart(el, data, { title, locale: lang }),
          undefined,
          () => resultCaption(title, r),
        ).element,
      );
    } else {
      const xi = col(px);
      const xs = [...new Set(rows.map((row) => row[xi] as number))].sort((a, b) => a - b);
      const points = xs.flatMap((x) => {
        const vals = rows
          .filter((row) => row[xi] === x)
          .map((row) => row[mi] as number)
          .filter(Number.isFinite);
        if (vals.length === 0) return [];
        if (vals.length === 1) return [{ x, mean: vals[0] as number, lo: vals[0] as number, hi: vals[0] as number }];
        const i = tInterval(vals);
        return [{ x, mean: i.mean, lo: i.lo, hi: i.hi }];
      });
      const data: TimeSeriesData = { series: [{ key: m, label: label(m), points }], y: { label: axisTitle([m]), unit: unitOf(m) }, x: { label: paramNamed(px, lang), unit: '' } };
      replace(
        charts,
        card(
          'sweep-line',
          title,
          t('sweep.note'),
          (el) => timeSeriesChart(el, data, { title, locale: lang }),
          undefined,
          () => resultCaption(title, r),
        ).element,
      );
    }
  };
  const paramOptions = r.params.map((p) => ({ value: p, label: paramNamed(p, getLang()) }));
  replace(
    host,
    h(
      'div',
      { class: 'row' },
      metricMenu(r.metrics, ctx, draw),
      select(
        'sweep-year',
        t('sweep.year'),
        years.map((y) => ({ value: String(y), label: String(y) })),
        String(year),
        (v) => {
          year = Number(v);
          draw();
        },
      ),
      r.params.length > 0
        ? select('sweep-x', t('sweep.x'), paramOptions, px, (v) => {
            px = v;
            draw();
          })
        : null,
      r.params.length > 1
        ? select('sweep-y', t('sweep.y'), paramOptions, py, (v) => {
            py = v;
            draw();
          })
        : null,
    ),
    charts,
    provenanceBlock(r.provenance),
  );
  draw();
}

function renderSensitivity(host: HTMLElement, r: SensitivityResult, ctx: AppContext): void {
  const s = ctx.state;
  const lang = getLang();
  const metrics = [...new Set(r.rows.map((row) => row.metric))];
  if (!metrics.includes(s.metric)) s.metric = metrics[0] ?? '';
  const charts = h('div', { class: 'charts', id: 'charts' });
  const num = (row: Record<string, unknown>, k: string) => (typeof row[k] === 'number' ? (row[k] as number) : Number.NaN);
  const draw = () => {
    const rows = r.rows.filter((row) => row.metric === s.metric);
    const morris = rows[0]?.method === 'morris';
    const sorted = [...rows].sort((x, y) => (morris ? num(y, 'muStar') - num(x, 'muStar') : num(y, 'ST') - num(x, 'ST')));
    const data: BarsData = morris
      ? {
          rows: sorted.map((row) => ({
            key: row.parameter,
            label: row.parameter,
            value: num(row, 'muStar'),
            lo: num(row, 'muStarLo'),
            hi: num(row, 'muStarHi'),
            secondary: { value: num(row, 'sigma') },
          })),
          value: { label: `μ*, σ: ${axisTitle([s.metric])}`, unit: unitOf(s.metric) },
          legend: ['μ*', 'σ'],
        }
      : {
          rows: sorted.map((row) => ({
            key: row.parameter,
            label: row.parameter,
            value: num(row, 'S1'),
            lo: num(row, 'S1Lo'),
            hi: num(row, 'S1Hi'),
            secondary: { value: num(row, 'ST'), lo: num(row, 'STLo'), hi: num(row, 'STHi') },
          })),
          value: { label: 'Sobol index', unit: 'index' },
          legend: ['S1', 'ST'],
        };
    const title = `${morris ? 'Morris' : 'Sobol'}: ${label(s.metric)}`;
    replace(
      charts,
      card(
        'sensitivity-bars',
        title,
        t('sens.note'),
        (el) => barsChart(el, data, { title, locale: lang }),
        undefined,
        () => resultCaption(title, r),
      ).element,
    );
  };
  replace(host, metricMenu(metrics, ctx, draw), charts, provenanceBlock(r.provenance));
  draw();
}
