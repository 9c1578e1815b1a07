/**
 * The result metrics (names are stable, design brief "Result metrics"), each computed per calendar
 * year from the raw per-step series: flows are summed, stocks averaged over the year's steps, and
 * shares are ratios of yearly sums.
 */
import type { SeriesTable } from '../engine/simulation/index.ts';
import { LEDGER_ITEMS } from './ledger.ts';
import { SERVICE_METRICS } from './metrics-service.ts';
import { SYSTEM_METRICS } from './metrics-system.ts';
import type { MetricDefinition, YearView } from './metric-types.ts';

export type { MetricDefinition, YearView } from './metric-types.ts';

/** Every result metric of the model, in the order the CLI prints them (docs/ODD.md §9.2). */
export const METRICS: readonly MetricDefinition[] = [...SERVICE_METRICS, ...SYSTEM_METRICS];

/** Weekly steps a calendar year needs to count as a year: 52 or 53 begin in a full year. */
export const FULL_YEAR_STEPS = 52;

/**
 * `yearRanges(table)`: the calendar years of one run and the rows of each, `[from, to)`. The full-year
 * rule lives here, once: a last year with fewer than {@link FULL_YEAR_STEPS} steps (the first days of
 * 2025 in a 20-year run from 2005-01-03) is left out, unless it is the run's only year; a flow summed
 * over three days is not a year's value. Every yearly figure (summaries, comparisons, results.csv,
 * sweeps, maps, the viewer's charts) is built on these ranges.
 *
 * @example
 * const { years } = yearRanges(run.table); // [2005, …, 2024]
 */
export function yearRanges(table: SeriesTable): { readonly years: readonly number[]; readonly ranges: readonly (readonly [number, number])[] } {
  const years: number[] = [];
  const ranges: [number, number][] = [];
  let i = 0;
  while (i < table.year.length) {
    const y = table.year[i] as number;
    const start = i;
    while (i < table.year.length && table.year[i] === y) i++;
    years.push(y);
    ranges.push([start, i]);
  }
  const last = ranges[ranges.length - 1];
  if (ranges.length > 1 && last !== undefined && last[1] - last[0] < FULL_YEAR_STEPS) {
    years.pop();
    ranges.pop();
  }
  return { years, ranges };
}

/** Metric values per full calendar year of one run (see {@link yearRanges}). */
export function metricsByYear(table: SeriesTable): { readonly years: readonly number[]; readonly values: Readonly<Record<string, readonly number[]>> } {
  const { years, ranges } = yearRanges(table);
  const values: Record<string, number[]> = {};
  for (const m of METRICS) values[m.name] = [];
  ranges.forEach(([from, to]) => {
    const view: YearView = {
      sum: (name) => sumRange(table, name, from, to),
      mean: (name) => sumRange(table, name, from, to) / (to - from),
    };
    for (const m of METRICS) (values[m.name] as number[]).push(m.year(view));
  });
  return { years, values };
}

/**
 * `columnsByYear(table, names)`: each raw column summed over each full calendar year of one run
 * (the ledger items per year, for example), aligned with `yearRanges(table).years`.
 */
export function columnsByYear(table: SeriesTable, names: readonly string[]): Readonly<Record<string, readonly number[]>> {
  const { ranges } = yearRanges(table);
  const out: Record<string, number[]> = {};
  for (const name of names) out[name] = ranges.map(([from, to]) => (table.series[name] === undefined ? 0 : sumRange(table, name, from, to)));
  return out;
}

function sumRange(table: SeriesTable, name: string, from: number, to: number): number {
  const column = table.series[name];
  if (column === undefined) throw new Error(`metric series "${name}" was not collected`);
  let s = 0;
  for (let k = from; k < to; k++) s += column[k] as number;
  return s;
}

/** The metrics of the command line's text tables, in their order (`MetricDefinition.table`). */
export const TABLE_METRICS: readonly string[] = METRICS.filter((m) => m.table !== undefined)
  .sort((a, b) => (a.table as number) - (b.table as number))
  .map((m) => m.name);

/**
 * A run reduced to its full calendar years: every result metric and every cost-ledger item
 * (`ledger.<item>`), each a value per year aligned with `years`.
 */
export interface YearlyRun {
  readonly seed: number;
  /** Full calendar years, ascending (a last year of a few days is not one). */
  readonly years: readonly number[];
  /** Metric name, or `ledger.<item>`, → value per year. */
  readonly values: Readonly<Record<string, readonly number[]>>;
}

/** The raw ledger columns, in ledger order (`ledger.production`, …). */
export const LEDGER_COLUMNS: readonly string[] = LEDGER_ITEMS.map((item) => `ledger.${item}`);

/** `yearlyRun(table, seed)`: a run's collected series reduced to its full years (metrics and ledger items). */
export function yearlyRun(table: SeriesTable, seed: number): YearlyRun {
  const { years, values: metricValues } = metricsByYear(table);
  const ledger = columnsByYear(table, LEDGER_COLUMNS);
  const values: Record<string, readonly number[]> = {};
  for (const m of METRICS) values[m.name] = metricValues[m.name] as readonly number[];
  for (const name of LEDGER_COLUMNS) values[name] = ledger[name] as readonly number[];
  return { seed, years, values };
}
