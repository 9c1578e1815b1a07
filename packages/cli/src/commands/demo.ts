import { join } from 'node:path';
import {
  VERSION, byYear, createClock, ensembleInterval, pairedEnsembleDifference, replicate, replicationSeeds,
  type Interval, type PairedDifference, type RunResult, type Sink,
} from '@ppsim/core';
import { defaultWaitingListParams, waitingListModel, waitingListReporters, type WaitingListParams } from '@ppsim/core/demo';
import { formatInterval, formatNumber, formatTable } from '../format.ts';
import { AtomicFileWriter } from '../sinks/fileWriter.ts';
import { CsvSink } from '../sinks/csvSink.ts';
import { NdjsonSink } from '../sinks/ndjsonSink.ts';

/** Options of the `demo` command, already validated. */
export interface DemoOptions {
  readonly reps: number;
  readonly seed: number;
  readonly years: number;
  readonly json: boolean;
  readonly out?: string;
  readonly argv: readonly string[];
}

const CUT_DATE = '2009-07-01';

const scenarios: readonly { readonly id: string; readonly label: string; readonly params: WaitingListParams }[] = [
  { id: 'staffed', label: '6 caseworkers', params: defaultWaitingListParams },
  {
    id: 'cut',
    label: `cut to 5 on ${CUT_DATE}`,
    params: { ...defaultWaitingListParams, staffing: [{ date: CUT_DATE, caseworkers: 5 }] },
  },
];

interface MetricDef {
  readonly name: string;
  readonly label: string;
  readonly unit: string;
  readonly digits: number;
  readonly finalYear: (run: RunResult) => number;
}

const last = (xs: Float64Array): number => xs[xs.length - 1] ?? Number.NaN;

const metrics: readonly MetricDef[] = [
  { name: 'waiting', label: 'applicants waiting (mean)', unit: 'persons', digits: 1, finalYear: (r) => last(byYear(r.table, 'waiting', 'mean').value) },
  {
    name: 'waitWeeks', label: 'wait for assessment', unit: 'weeks', digits: 2,
    finalYear: (r) => last(byYear(r.table, 'waitedWeeks', 'sum').value) / last(byYear(r.table, 'assessed', 'sum').value),
  },
  { name: 'assessed', label: 'assessments in the year', unit: 'per year', digits: 0, finalYear: (r) => last(byYear(r.table, 'assessed', 'sum').value) },
  { name: 'users', label: 'users in care (mean)', unit: 'persons', digits: 0, finalYear: (r) => last(byYear(r.table, 'users', 'mean').value) },
];

/** Runs the engine demonstration and returns what to print on stdout. */
export function runDemo(options: DemoOptions): string {
  const seeds = replicationSeeds(options.seed, options.reps);
  // The calendar decides how many weekly steps `years` spans (52 or 53 per year), not 52 × years.
  const until = createClock(waitingListModel.clock ?? { start: '2005-01-03' }).stepsInYears(options.years);
  const csv = options.out === undefined ? undefined : new AtomicFileWriter(join(options.out, 'series.csv'));
  const ndjson = options.out === undefined ? undefined : new AtomicFileWriter(join(options.out, 'series.ndjson'));
  let results: RunResult[][];
  try {
    results = scenarios.map((scenario, s) =>
      replicate(waitingListModel, {
        params: scenario.params,
        seeds,
        until,
        collect: { model: waitingListReporters },
        ...(csv === undefined || ndjson === undefined ? {} : {
          sinks: (_seed, i): Sink[] => [
            new CsvSink(csv, { labels: { scenario: scenario.id }, header: s === 0 && i === 0 }),
            new NdjsonSink(ndjson, { scenario: scenario.id }),
          ],
        }),
      }),
    );
  } catch (error) {
    csv?.abort();
    ndjson?.abort();
    throw error;
  }
  const [a = [], b = []] = results;
  const rows = metrics.map((m) => ({
    metric: m,
    a: ensembleInterval(a, m.finalYear),
    b: ensembleInterval(b, m.finalYear),
    diff: pairedEnsembleDifference(a, b, m.finalYear),
  }));
  const finalYear = a[0]?.table.year.at(-1) ?? Number.NaN;
  const summary = {
    ppsim: VERSION,
    command: 'demo',
    model: waitingListModel.name,
    description: 'Engine demonstration: an orderer office waiting list. Teaching numbers [A], not a calibrated case.',
    provenance: { version: VERSION, node: process.version, argv: options.argv, seed: options.seed, seeds, reps: options.reps, years: options.years, steps: until },
    finalYear,
    scenarios: scenarios.map(({ id, label }) => ({ id, label })),
    metrics: Object.fromEntries(rows.map((r) => [r.metric.name, {
      label: r.metric.label, unit: r.metric.unit,
      [scenarios[0]?.id ?? 'a']: intervalJson(r.a), [scenarios[1]?.id ?? 'b']: intervalJson(r.b),
      difference: { ...intervalJson(r.diff), effectSize: (r.diff as PairedDifference).effectSize },
    }])),
  };
  if (csv !== undefined && ndjson !== undefined && options.out !== undefined) {
    csv.commit();
    ndjson.commit();
    const json = new AtomicFileWriter(join(options.out, 'summary.json'));
    json.write(`${JSON.stringify(summary, null, 2)}\n`);
    json.commit();
  }
  if (options.json) return `${JSON.stringify(summary, null, 2)}\n`;
  const [sa, sb] = scenarios;
  const table = formatTable(
    ['metric (final year)', 'unit', sa?.label ?? '', sb?.label ?? '', 'difference, paired'],
    rows.map((r) => [r.metric.label, r.metric.unit, formatInterval(r.a, r.metric.digits), formatInterval(r.b, r.metric.digits), formatInterval(r.diff, r.metric.digits)]),
  );
  return [
    'ppsim demo: a waiting list at an orderer office (engine demonstration with teaching numbers, not a calibrated case)',
    `${options.reps} replications per scenario, master seed ${options.seed}, weekly steps from ${waitingListModel.clock?.start} for ${options.years} years; final year ${finalYear}.`,
    'Mean over replications with 95 % t-interval; the difference is paired by seed (common random numbers).',
    '',
    table,
    '',
    `Reading: capacity ${formatNumber(6 * defaultWaitingListParams.assessmentsPerCaseworker)} → ${formatNumber(5 * defaultWaitingListParams.assessmentsPerCaseworker)} assessments/week against ${defaultWaitingListParams.arrivalsPerWeek} applications/week: after the cut the queue can only grow.`,
    options.out === undefined ? '' : `Wrote series.csv, series.ndjson and summary.json in ${options.out}.`,
  ].join('\n').trimEnd() + '\n';
}

function intervalJson(i: Interval): { mean: number; ci95: [number, number]; n: number } {
  return { mean: i.mean, ci95: [i.lo, i.hi], n: i.n };
}

