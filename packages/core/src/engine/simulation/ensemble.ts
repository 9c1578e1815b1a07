import { PpsimError } from '../../errors.ts';
import { pairedDifference, tInterval, type Interval, type PairedDifference } from '../stats/index.ts';
import type { SeriesTable } from './sink.ts';
import type { RunResult } from './run.ts';

/** How the steps of one year are reduced to one number. */
export type YearReducer = 'mean' | 'sum' | 'last';

/** One value per calendar year of a run. */
export interface YearlySeries {
  readonly year: Int32Array;
  readonly value: Float64Array;
}

/**
 * Reduces a collected series to one value per calendar year: `'mean'` for stocks (waiting list
 * length), `'sum'` for flows (hours delivered), `'last'` for end-of-year states.
 *
 * @example
 * byYear(result.table, 'waiting', 'mean'); // { year: [2000, 2001, …], value: [...] }
 */
export function byYear(table: SeriesTable, name: string, reduce: YearReducer): YearlySeries {
  const column = table.series[name];
  if (column === undefined) {
    throw new PpsimError('invalid_argument', {
      path: 'byYear(name)',
      expected: `a collected series: ${Object.keys(table.series).join(', ')}`,
      received: name,
      hint: 'add it to collect.model in run()',
    });
  }
  const years: number[] = [];
  const values: number[] = [];
  let i = 0;
  while (i < column.length) {
    const year = table.year[i] as number;
    let sum = 0;
    let count = 0;
    let last = 0;
    for (; i < column.length && table.year[i] === year; i++) {
      last = column[i] as number;
      sum += last;
      count++;
    }
    years.push(year);
    values.push(reduce === 'sum' ? sum : reduce === 'mean' ? sum / count : last);
  }
  return { year: Int32Array.from(years), value: Float64Array.from(values) };
}

/**
 * A 95 % t-interval (or `level`) over replications of one summary number per run.
 *
 * @example
 * ensembleInterval(runs, (r) => byYear(r.table, 'waiting', 'mean').value.at(-1) ?? NaN);
 */
export function ensembleInterval(runs: readonly RunResult[], pick: (run: RunResult) => number, level = 0.95): Interval {
  return tInterval(runs.map(pick), level);
}

/**
 * Paired difference `b − a` of one summary number, run by run. The runs must be paired: the same
 * seeds in the same order (common random numbers), or this throws.
 */
export function pairedEnsembleDifference(a: readonly RunResult[], b: readonly RunResult[], pick: (run: RunResult) => number, level = 0.95): PairedDifference {
  assertPaired(a, b, 'pairedEnsembleDifference');
  return pairedDifference(a.map(pick), b.map(pick), level);
}

/**
 * `assertPaired(a, b, where)`: throws unless `b` has the runs of `a`, seed by seed and in order (common
 * random numbers). Every paired comparison of ensembles checks with it; `where` names the caller in
 * the error.
 */
export function assertPaired(a: readonly { readonly seed: RunResult['seed'] }[], b: readonly { readonly seed: RunResult['seed'] }[], where: string): void {
  a.forEach((run, i) => {
    const other = b[i];
    if (other === undefined || other.seed !== run.seed) {
      throw new PpsimError('invalid_argument', {
        path: `${where}(b)[${i}].seed`,
        expected: `seed ${String(run.seed)} (runs must be paired by seed)`,
        received: other?.seed,
        hint: 'replicate both scenarios with the same seeds list',
      });
    }
  });
  if (b.length !== a.length) {
    throw new PpsimError('invalid_argument', {
      path: `${where}(b)`,
      expected: `${a.length} runs, like a`,
      received: b.length,
      hint: 'replicate both scenarios with the same seeds list',
    });
  }
}
