/**
 * The CSV files of a calibration, read against its summary.json: samples.csv (the samples, each
 * inside the searched box and not implausible), and ppc.csv and waves.csv, which repeat what the
 * summary says and must say the same (a folder holding files of two calibrations is named, not
 * shown). Text cells are read back from their spreadsheet-safe form (core's `fromSpreadsheetSafe`).
 */
import { fromSpreadsheetSafe, type RESULT_SCHEMAS } from '@ppsim/core';
import { csvParseRows } from 'd3';
import type { z } from 'zod';
import { base, bodyRows, numberCell, ResultError, type InputFile } from './result-files.ts';

/** The summary.json of a calibration, as core's schema reads it. */
export type CalibrationSummary = z.infer<typeof RESULT_SCHEMAS.calibrate>;

/** The non-implausible samples (samples.csv), by column. */
export interface CalibrationSamples {
  /** samples.csv's header and rows' cells as read (for export). */
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Per parameter (in the summary's order), each sample's value. */
  readonly values: readonly Float64Array[];
  readonly implausibility: Float64Array;
}

const MIXED = 'open the files that one run of ppsim calibrate wrote together; this folder may hold files of two calibrations';

/** Whether two numbers written by the same run agree (JSON and CSV both keep every digit; a little slack all the same). */
const same = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** `file`'s header checked against `expected`; returns the rows after it. */
function table(file: InputFile, expected: readonly string[], what: string, hint: string): string[][] {
  const name = base(file.name);
  const all = csvParseRows(file.text);
  const header = (all[0] ?? []).map(fromSpreadsheetSafe);
  const at = expected.findIndex((c, i) => header[i] !== c);
  if (at >= 0 || header.length !== expected.length) {
    const where =
      at >= 0 ? `column ${at + 1} ${header[at] === undefined ? 'missing' : `named ${header[at]}`} where ${expected[at]} belongs` : `${header.length} columns where ${expected.length} belong`;
    throw new ResultError(name, what, where, hint);
  }
  return bodyRows(file, all, hint);
}

/**
 * `readSamples(file, summary)`: samples.csv (`sample`, the parameters in the summary's order,
 * `implausibility`), as many rows as the summary kept, every value a number inside its searched
 * range and every implausibility between 0 and the cut-off.
 * @throws ResultError naming the first line that is not so.
 */
export function readSamples(file: InputFile, s: CalibrationSummary): CalibrationSamples {
  const name = base(file.name);
  const hint = 'open the samples.csv written together with this summary.json, unchanged';
  const paths = s.parameters.map((p) => p.path);
  const rows = table(file, ['sample', ...paths, 'implausibility'], `the samples.csv of this calibration (sample, its ${paths.length} parameters, implausibility)`, hint);
  if (rows.length !== s.space.samples) throw new ResultError(name, `${s.space.samples} samples (as summary.json says)`, `${rows.length} rows`, hint);
  const values = paths.map(() => new Float64Array(rows.length));
  const implausibility = new Float64Array(rows.length);
  const k = paths.length;
  rows.forEach((row, i) => {
    const line = `line ${i + 2}`;
    if (!Number.isInteger(numberCell(row[0]))) throw new ResultError(name, `a whole sample number on ${line}`, row[0] || '(nothing)', hint);
    s.parameters.forEach((p, j) => {
      const v = numberCell(row[1 + j]);
      // The samples are points of the searched box scaled to the ranges: inside them up to rounding.
      const slack = 1e-9 * (p.hi - p.lo);
      if (!(v >= p.lo - slack && v <= p.hi + slack)) throw new ResultError(name, `a value of ${p.path} within its searched range ${p.lo}–${p.hi} on ${line}`, row[1 + j] || '(nothing)', hint);
      (values[j] as Float64Array)[i] = v;
    });
    const imp = numberCell(row[1 + k]);
    if (!(imp >= 0 && imp <= s.cutoff * (1 + 1e-12))) throw new ResultError(name, `an implausibility from 0 to the cut-off ${s.cutoff} on ${line}`, row[1 + k] || '(nothing)', hint);
    implausibility[i] = imp;
  });
  return { columns: ['sample', ...paths, 'implausibility'], rows, values, implausibility };
}

/** Index of the first of `row`'s cells that differs from `expected` (numbers read as numbers, text from its spreadsheet-safe form), or -1. */
function firstDifference(row: readonly string[], expected: readonly (string | number | boolean)[]): number {
  return expected.findIndex((v, j) => {
    const cell = row[j] ?? '';
    if (typeof v === 'number') return !same(numberCell(cell), v);
    if (typeof v === 'boolean') return cell !== String(v);
    return fromSpreadsheetSafe(cell) !== v;
  });
}

/** The ResultError for a cell of `file` that differs from summary.json. */
function differs(file: InputFile, column: string, expected: string | number | boolean, line: number, cell: string | undefined, what = ''): ResultError {
  return new ResultError(base(file.name), `${column}${what} ${String(expected)} on line ${line}, as summary.json has it`, cell || '(nothing)', MIXED);
}

const PPC_COLUMNS = ['target', 'observed', 'observedLo', 'observedHi', 'simulatedMean', 'simulatedLo', 'simulatedHi', 'covered', 'implausibility', 'matched', 'grade', 'source'] as const;

/**
 * `checkPpc(file, summary)`: ppc.csv says of every target what the summary's check says.
 * @throws ResultError at the first difference.
 */
export function checkPpc(file: InputFile, s: CalibrationSummary): void {
  const rows = table(file, PPC_COLUMNS, 'the ppc.csv of ppsim calibrate (target, observed with its band, simulated mean with its interval, covered, implausibility, matched, grade, source)', MIXED);
  const targets = s.check.targets;
  if (rows.length !== targets.length) throw new ResultError(base(file.name), `${targets.length} targets (as summary.json says)`, `${rows.length} rows`, MIXED);
  rows.forEach((row, i) => {
    const c = targets[i];
    if (c === undefined) return;
    const expected = [c.target, c.observed, c.observedLo, c.observedHi, c.mean, c.lo, c.hi, c.covered, c.implausibility, c.matched, c.grade, c.source];
    const at = firstDifference(row, expected);
    if (at >= 0) throw differs(file, PPC_COLUMNS[at] ?? '', expected[at] ?? '', i + 2, row[at], at === 0 ? '' : ` of ${c.target}`);
  });
}

/**
 * `checkWaves(file, summary)`: waves.csv says of every wave what the summary says (points, runs,
 * space left, and per target the emulator's check, whether it was used and the runs' spread).
 * @throws ResultError at the first difference.
 */
export function checkWaves(file: InputFile, s: CalibrationSummary): void {
  const names = s.waves[0]?.targets.map((x) => x.name) ?? [];
  const columns = ['wave', 'points', 'runs', 'share', 'tried', ...names.flatMap((n) => [`${n}.validation`, `${n}.used`, `${n}.runSd`])];
  const rows = table(file, columns, "the waves.csv of this calibration (wave, points, runs, share, tried, and each target's validation, used and runSd)", MIXED);
  if (rows.length !== s.waves.length) throw new ResultError(base(file.name), `${s.waves.length} waves (as summary.json says)`, `${rows.length} rows`, MIXED);
  rows.forEach((row, i) => {
    const w = s.waves[i];
    if (w === undefined) return;
    const perTarget = names.flatMap((n) => {
      const x = w.targets.find((t) => t.name === n);
      return x === undefined ? [Number.NaN, false, Number.NaN] : [x.validation, x.used, x.runSd];
    });
    const expected = [w.wave, w.points, w.runs, w.share, w.tried, ...perTarget];
    const at = firstDifference(row, expected);
    if (at >= 0) throw differs(file, columns[at] ?? '', expected[at] ?? '', i + 2, row[at]);
  });
}
