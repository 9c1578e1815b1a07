/**
 * Opening what the CLI writes: the --out folder (or files) of `ppsim run`, `compare`, `demo`,
 * `sweep`, `sensitivity`, `map` (read in results-map.ts) and `calibrate` (results-calibration.ts). Each file is recognised by its content, checked against the shape the
 * CLI writes, and turned into what the charts need; anything else is refused with a message naming
 * the file, what was expected, what was found and what to do.
 */
import { RESULT_SCHEMAS, sensitivityRowSchema as sensitivityRow, dayNumber, fromSpreadsheetSafe, isLeapYear, parseIsoDate, yearlyRun, type YearlyRun } from '@ppsim/core';
import { isMetric } from '../metrics.ts';
import { csvParseRows } from 'd3';
import type { EventMarker } from '../charts/types.ts';
import { readCalibration, type CalibrationResult } from './results-calibration.ts';
import { readMap, type MapResult } from './results-map.ts';
import { base, bodyRows, describe, parseJson, ResultError, schemaError, type InputFile } from './result-files.ts';

export { ResultError, type InputFile } from './result-files.ts';
export type { MapResult } from './results-map.ts';
export type { CalibrationResult } from './results-calibration.ts';

const { run: runSummary, compare: compareSummary, demo: demoSummary, sweep: sweepSummary, sensitivity: sensitivityDoc } = RESULT_SCHEMAS;

/** One metric's final-year estimate for one scenario, as the CLI summarised it. */
export interface Estimate {
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
}

/** Scenarios (or regimes) side by side: run, compare, demo. */
export interface EnsembleResult {
  readonly kind: 'ensembles';
  readonly command: 'run' | 'compare' | 'demo';
  /** Scenario references (compare), the scenario id (run) or regime ids (demo); the first is the baseline. */
  readonly labels: readonly string[];
  readonly finalYear: number | undefined;
  /** Units of the metrics the summary lists. */
  readonly units: Readonly<Record<string, string>>;
  /** Final-year estimates per metric, one per label (from summary.json). */
  readonly estimates: Readonly<Record<string, readonly Estimate[]>>;
  /** Paired differences label[i] − label[0] per metric, i ≥ 1 (from summary.json). */
  readonly differences: Readonly<Record<string, readonly (Estimate & { readonly effectSize?: number })[]>>;
  /** Yearly means per metric and label (from summary.json), when there is no series. */
  readonly byYear: Readonly<Record<string, readonly Readonly<Record<string, number>>[]>>;
  /** Runs per label, rebuilt from series.csv; undefined when series.csv was not given. */
  readonly runs: readonly (readonly YearlyRun[])[] | undefined;
  readonly markers: readonly EventMarker[];
  readonly provenance: unknown;
  readonly files: readonly string[];
}

/** A sweep's tidy results: one row per run and year. */
export interface SweepResult {
  readonly kind: 'sweep';
  /** Swept parameter paths (the columns between `year` and the first metric). */
  readonly params: readonly string[];
  readonly metrics: readonly string[];
  /** Columns of `rows`: point, rep, seed, year, params…, metrics…. */
  readonly columns: readonly string[];
  readonly rows: readonly Float64Array[];
  /** The full calendar years in results.csv, ascending. */
  readonly years: readonly number[];
  readonly provenance: unknown;
  readonly files: readonly string[];
}

/** One row of sensitivity.json / sensitivity.csv. */
export interface SensitivityRow {
  readonly metric: string;
  readonly method: 'morris' | 'sobol';
  readonly parameter: string;
  readonly [key: string]: string | number;
}

export interface SensitivityResult {
  readonly kind: 'sensitivity';
  readonly rows: readonly SensitivityRow[];
  readonly provenance: unknown;
  readonly files: readonly string[];
}

export type LoadedResult = EnsembleResult | SweepResult | SensitivityResult | MapResult | CalibrationResult;

/** How deep in folders a file's name lies (`out/summary.json`: 1). */
const depth = (name: string): number => name.replaceAll('\\', '/').split('/').length - 1;

/**
 * Recognises and reads a set of result files (a folder's files, or some of them). Files the CLI
 * writes but the viewer does not need (sweep.json, parts/) are ignored.
 * @throws ResultError when no ppsim result is among them or one is malformed.
 */
export function readResult(files: readonly InputFile[]): LoadedResult {
  // A result is one folder's files: those in folders below it (a calibration's wave-1/ and check/
  // sweeps, a sweep's parts/) belong to other results or to none.
  const top = Math.min(...files.map((f) => depth(f.name)));
  const own = files.filter((f) => depth(f.name) === top);
  const byName = new Map<string, InputFile>();
  for (const f of own) byName.set(base(f.name), f);
  const names = [...byName.keys()];
  if (names.length === 0) throw new ResultError('(nothing)', 'a ppsim result file', 'no files', 'choose the --out folder of a ppsim command, or its summary.json');
  const sensitivity = byName.get('sensitivity.json') ?? byName.get('sensitivity.csv');
  if (sensitivity !== undefined) return readSensitivity(sensitivity);
  const summary = byName.get('summary.json') ?? own.find((f) => f.name.endsWith('.json') && base(f.name) !== 'sweep.json');
  const results = byName.get('results.csv');
  const series = byName.get('series.csv');
  const points = byName.get('points.csv');
  if (summary === undefined) {
    if (points !== undefined)
      throw new ResultError(
        'points.csv',
        "a map's points.csv together with its summary.json",
        'points.csv without summary.json',
        'open the whole map folder, or summary.json together with points.csv',
      );
    const samples = byName.get('samples.csv') ?? byName.get('ppc.csv') ?? byName.get('waves.csv');
    if (samples !== undefined)
      throw new ResultError(
        base(samples.name),
        `a calibration's ${base(samples.name)} together with its summary.json`,
        `${base(samples.name)} without summary.json`,
        'open the whole calibration folder, or summary.json together with samples.csv',
      );
    if (results !== undefined) return readSweep(undefined, results);
    if (series !== undefined) return readEnsembles(undefined, series);
    throw new ResultError(
      names.join(', '),
      'summary.json, series.csv, results.csv, points.csv, samples.csv or sensitivity.json from a ppsim --out folder',
      `${names.length} other file(s)`,
      'choose the --out folder of ppsim run, compare, demo, sweep, sensitivity, map or calibrate',
    );
  }
  const doc = parseJson(summary);
  const format = typeof doc === 'object' && doc !== null ? (doc as { format?: unknown }).format : undefined;
  if (format === 'ppsim-sweep-summary/v1') {
    if (results === undefined)
      throw new ResultError(base(summary.name), 'a sweep summary with its results.csv', 'summary.json alone', 'open the whole sweep folder, or summary.json together with results.csv');
    return readSweep(doc, results);
  }
  if (format === 'ppsim-map-summary/v1' || format === 'ppsim-map/v1') return readMap(doc, points, summary.name);
  if (format === 'ppsim-calibration-summary/v1' || format === 'ppsim-calibration/v1')
    return readCalibration(doc, { samples: byName.get('samples.csv'), ppc: byName.get('ppc.csv'), waves: byName.get('waves.csv') }, summary.name);
  return readEnsembles(doc, series, summary.name);
}

const est = (e: { mean: number | null; ci95: readonly [number | null, number | null] }): Estimate => ({ mean: e.mean ?? Number.NaN, lo: e.ci95[0] ?? Number.NaN, hi: e.ci95[1] ?? Number.NaN });
/** A paired difference: its estimate, and the effect size where the file has one. */
const paired = (d: { mean: number | null; ci95: readonly [number | null, number | null]; effectSize?: number | null | undefined }): Estimate & { effectSize?: number } => ({
  ...est(d),
  ...(d.effectSize == null ? {} : { effectSize: d.effectSize }),
});
const years = (b: Readonly<Record<string, number | null>>): Record<string, number> => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v ?? Number.NaN]));

function readEnsembles(doc: unknown, series: InputFile | undefined, summaryName = 'summary.json'): EnsembleResult {
  const file = base(summaryName);
  const files = [...(doc === undefined ? [] : [file]), ...(series === undefined ? [] : ['series.csv'])];
  const command = (doc as { command?: unknown } | undefined)?.command;
  let labels: string[] = [];
  const estimates: Record<string, Estimate[]> = {};
  const differences: Record<string, (Estimate & { effectSize?: number })[]> = {};
  const perYear: Record<string, Record<string, number>[]> = {};
  const units: Record<string, string> = {};
  let finalYear: number | undefined;
  let markers: EventMarker[] = [];
  let prov: unknown;
  let kind: EnsembleResult['command'] = 'run';
  if (doc !== undefined) {
    if (command === 'run') {
      const r = runSummary.safeParse(doc);
      if (!r.success) throw schemaError(file, 'the summary.json of ppsim run', r.error);
      const d = r.data;
      labels = [d.scenario.variant === undefined ? d.scenario.id : `${d.scenario.id}:${d.scenario.variant}`];
      for (const [name, m] of Object.entries(d.metrics)) {
        units[name] = m.unit;
        estimates[name] = [est(m)];
        perYear[name] = [years(m.byYear)];
      }
      finalYear = d.finalYear;
      prov = d.provenance;
      markers = markersOf(d.provenance.scenarios?.[0]?.timeline);
    } else if (command === 'compare') {
      kind = 'compare';
      const r = compareSummary.safeParse(doc);
      if (!r.success) throw schemaError(file, 'the summary.json of ppsim compare', r.error);
      const d = r.data;
      labels = d.scenarios.map((s) => s.ref);
      for (const [name, m] of Object.entries(d.metrics)) {
        units[name] = m.unit;
        estimates[name] = m.scenarios.map(est);
        perYear[name] = m.scenarios.map((s) => years(s.byYear));
        differences[name] = (m.differences ?? []).map(paired);
      }
      finalYear = d.finalYear;
      prov = d.provenance;
      markers = markersOf(d.provenance.scenarios?.[0]?.timeline);
    } else if (command === 'demo') {
      kind = 'demo';
      const r = demoSummary.safeParse(doc);
      if (!r.success) throw schemaError(file, 'the summary.json of ppsim demo', r.error);
      const d = r.data;
      labels = d.regimes.map((x) => x.id);
      for (const [name, m] of Object.entries(d.metrics)) {
        units[name] = m.unit;
        estimates[name] = [est(m.integrated), est(m.split)];
        differences[name] = [paired(m.difference)];
      }
      finalYear = d.finalYear;
      prov = d.provenance;
    } else {
      throw new ResultError(
        file,
        'a ppsim result (the summary.json of run, compare, demo or sweep, or sensitivity.json)',
        describe(doc),
        'open the --out folder of a ppsim command or its summary.json',
      );
    }
  }
  let runs: YearlyRun[][] | undefined;
  if (series !== undefined) {
    const parsed = readSeries(series);
    if (labels.length === 0) {
      labels = parsed.labels;
      kind = parsed.labels.length > 1 ? 'compare' : 'run';
    }
    runs = labels.map((l) => parsed.runs.get(l) ?? []);
    const missing = labels.filter((_, i) => (runs as YearlyRun[][])[i]?.length === 0);
    if (missing.length > 0)
      throw new ResultError(
        'series.csv',
        `rows for ${missing.join(', ')} (named in ${file})`,
        `rows for ${parsed.labels.join(', ') || 'nothing'}`,
        'open the series.csv written together with this summary.json',
      );
  }
  return { kind: 'ensembles', command: kind, labels, finalYear, units, estimates, differences, byYear: perYear, runs, markers, provenance: prov, files };
}

function markersOf(timeline: readonly { date: string; label?: string | undefined }[] | undefined): EventMarker[] {
  return (timeline ?? []).map((e) => ({ x: yearFraction(e.date), label: e.label ?? e.date }));
}

/** An ISO date as a fractional year (2009-07-01 → about 2009.5), on core's calendar. */
export function yearFraction(date: string): number {
  const { year } = parseIsoDate(date);
  return year + (dayNumber(date) - dayNumber(`${year}-01-01`)) / (isLeapYear(year) ? 366 : 365);
}

/** series.csv: one row per label, seed and step, raw reporter columns. Groups rows into runs. */
function readSeries(file: InputFile): { labels: string[]; runs: Map<string, YearlyRun[]> } {
  const rows = csvParseRows(file.text);
  const header = rows[0] ?? [];
  const [first, second, third, fourth] = header;
  if (!(first === 'scenario' || first === 'regime') || second !== 'seed' || third !== 'step' || fourth !== 'year') {
    throw new ResultError(
      base(file.name),
      'the series.csv of ppsim run, compare or demo (columns scenario|regime, seed, step, year, …)',
      `columns ${header.slice(0, 4).join(', ') || '(none)'}`,
      'open series.csv from the same --out folder as summary.json',
    );
  }
  const columns = header.slice(4);
  const groups = new Map<string, { label: string; seed: number; rows: string[][] }>();
  for (const row of bodyRows(file, rows, 'the file is cut short or edited; write it again with the ppsim command')) {
    const key = `${row[0]}\u0000${row[1]}`;
    let g = groups.get(key);
    // Labels are written spreadsheet-safe ('=x.yaml for =x.yaml); the summary names them as they are.
    if (g === undefined) {
      g = { label: fromSpreadsheetSafe(row[0] as string), seed: Number(row[1]), rows: [] };
      groups.set(key, g);
    }
    g.rows.push(row);
  }
  const labels: string[] = [];
  const runs = new Map<string, YearlyRun[]>();
  for (const g of groups.values()) {
    const n = g.rows.length;
    const step = new Int32Array(n);
    const year = new Int32Array(n);
    const series: Record<string, Float64Array> = {};
    columns.forEach((c) => {
      series[c] = new Float64Array(n);
    });
    g.rows.forEach((row, r) => {
      step[r] = Number(row[2]);
      year[r] = Number(row[3]);
      columns.forEach((c, k) => {
        (series[c] as Float64Array)[r] = Number(row[4 + k]);
      });
    });
    if (!runs.has(g.label)) {
      runs.set(g.label, []);
      labels.push(g.label);
    }
    (runs.get(g.label) as YearlyRun[]).push(yearlyRun({ step, year, series }, g.seed));
  }
  return { labels, runs };
}

function readSweep(doc: unknown, results: InputFile): SweepResult {
  let prov: unknown;
  if (doc !== undefined) {
    const r = sweepSummary.safeParse(doc);
    if (!r.success) throw schemaError('summary.json', 'the summary.json of ppsim sweep', r.error);
    prov = r.data.provenance;
  }
  const rows = csvParseRows(results.text);
  const header = rows[0] ?? [];
  if (header[0] === 'point' && header[1] === 'regime') {
    throw new ResultError(
      base(results.name),
      'the results.csv of ppsim sweep',
      'the results.csv of ppsim map (columns point, regime, rep, seed, …)',
      'open the whole map folder, or its summary.json together with points.csv',
    );
  }
  if (header[0] !== 'point' || header[1] !== 'rep' || header[2] !== 'seed' || header[3] !== 'year') {
    throw new ResultError(
      base(results.name),
      'the results.csv of ppsim sweep (columns point, rep, seed, year, parameters…, metrics…)',
      `columns ${header.slice(0, 4).join(', ') || '(none)'}`,
      'open results.csv from a sweep or sensitivity --out folder',
    );
  }
  const firstMetric = header.findIndex((c, i) => i > 3 && isMetric(c));
  const params = header.slice(4, firstMetric < 0 ? header.length : firstMetric);
  const metrics = header.slice(firstMetric < 0 ? header.length : firstMetric);
  const data: Float64Array[] = [];
  for (const row of bodyRows(results, rows, 'the file is cut short or edited; run `ppsim merge` or the sweep again')) data.push(Float64Array.from(row, Number));
  if (data.length === 0) throw new ResultError(base(results.name), 'at least one result row', 'only a header', 'wait for the sweep to finish, or resume it with the same command');
  // results.csv holds full years only (core's yearRanges), so every year in it is one.
  const years = [...new Set(data.map((row) => row[3] as number))].sort((a, b) => a - b);
  return { kind: 'sweep', params, metrics, columns: header, rows: data, years, provenance: prov, files: [...(doc === undefined ? [] : ['summary.json']), 'results.csv'] };
}

function readSensitivity(file: InputFile): SensitivityResult {
  const name = base(file.name);
  if (name.endsWith('.json')) {
    const r = sensitivityDoc.safeParse(parseJson(file));
    if (!r.success) throw schemaError(name, 'the sensitivity.json of ppsim sensitivity', r.error);
    return { kind: 'sensitivity', rows: r.data.rows as SensitivityRow[], provenance: r.data.provenance, files: [name] };
  }
  const [header = [], ...body] = csvParseRows(file.text).filter((r) => !(r.length === 1 && r[0] === ''));
  if (header[0] !== 'metric' || header[1] !== 'method' || header[2] !== 'parameter') {
    throw new ResultError(
      name,
      'the sensitivity.csv of ppsim sensitivity (columns metric, method, parameter, …)',
      `columns ${header.slice(0, 3).join(', ') || '(none)'}`,
      'open sensitivity.json or sensitivity.csv from a sensitivity --out folder',
    );
  }
  const rows = body.map((cells) => {
    const row: Record<string, string | number> = {};
    header.forEach((h, i) => {
      const v = cells[i] ?? '';
      row[h] = i < 3 ? v : Number(v);
    });
    const r = sensitivityRow.safeParse(row);
    if (!r.success) throw schemaError(name, 'rows of ppsim sensitivity', r.error);
    return row as SensitivityRow;
  });
  if (rows.length === 0) throw new ResultError(name, 'at least one row', 'only a header', 'run ppsim sensitivity to the end');
  return { kind: 'sensitivity', rows, provenance: undefined, files: [name] };
}
