/** Shared by run, compare and demo: replicating scenarios on common seeds, and writing --out files. */
import { join } from 'node:path';
import { andThen, runStudy, type Answer, type StudyResult, type Executor, type ModelParams, type RunSeries, type StudySink, type SyncExecutor, type TimelineEvent, type YearlyRun } from '@ppsim/core';
import { CsvSink, type TextWriter } from '../sinks/csvSink.ts';
import { AtomicFileWriter } from '../sinks/fileWriter.ts';
import { documentText } from '../provenance.ts';
import { noProgress, type Progress, type ProgressFactory } from '../progress.ts';
import { drawPosterior, type Posterior } from '../calibrate/posterior.ts';

/** Options shared by run, compare and demo. */
export interface ReplicationOptions extends ReplicationInputs {
  readonly set: readonly string[];
  readonly json: boolean;
  readonly out?: string;
  /** Progress on stderr (default: none). */
  readonly progress?: ProgressFactory;
  /** Worker threads for the replications (default 1: in this thread). */
  readonly workers?: number;
  /** A calibration folder to draw one parameter set per replication from (`--posterior`). */
  readonly posteriorDir?: string;
}

/** `drawsOf(options)`: the inputs' draws from `--posterior`, if given. */
export function drawsOf(options: ReplicationOptions): { readonly posterior?: Posterior } {
  return options.posteriorDir === undefined ? {} : { posterior: drawPosterior(options.posteriorDir, options.reps, options.seed) };
}

/** What every result document records of how it was made; `rerun` reads these back from the provenance. */
export interface ReplicationInputs {
  readonly argv: readonly string[];
  readonly seed: number;
  readonly reps: number;
  /** Parameter sets drawn from a calibration, one per replication (`--posterior`); recorded in the provenance. */
  readonly posterior?: Posterior;
}

/** `posteriorProvenance(inputs)`: the provenance field of the draws, when there are any. */
export function posteriorProvenance(inputs: ReplicationInputs): { readonly posterior?: Posterior } {
  return inputs.posterior === undefined ? {} : { posterior: inputs.posterior };
}

/** One scenario to replicate, labelled in the CSV's first column. */
export interface LabelledScenario {
  readonly label: string;
  readonly params: ModelParams;
  readonly timeline: readonly TimelineEvent[];
}

/**
 * `replicateAll(scenarios, seeds, csv?, column, progress, executor?)`: every scenario on the same
 * seeds through core's `compare` (common random numbers: replication i of each scenario sees the
 * same random draws); each scenario's runs reduced to full years. With `csv`, tidy rows
 * `<column>,seed,step,year,<series…>` are streamed into it in run order as runs finish, one header
 * line at the top. Answers at once in this thread, or a promise on a worker pool.
 */
export function replicateAll<E extends Executor = SyncExecutor>(
  scenarios: readonly LabelledScenario[],
  seeds: readonly number[],
  csv: TextWriter | undefined,
  column: string,
  progress: Progress = noProgress('', 0),
  executor?: E,
  draws?: ParameterDraws,
): Answer<E, YearlyRun[][]> {
  // With draws, replication i runs every scenario with parameter set i on seed i.
  const arms = scenarios.map((s) => ({ params: s.params, timeline: s.timeline }));
  const study = runStudy(draws === undefined ? { arms } : { arms, draws }, {
    seeds,
    collect: csv === undefined ? 'years' : 'series',
    ...(executor === undefined ? {} : { executor }),
    ...(csv === undefined
      ? {}
      : {
          sinks: [
            seriesCsv(
              csv,
              column,
              scenarios.map((s) => s.label),
            ),
          ],
        }),
    onRun: () => progress.tick(),
  }) as StudyResult | Promise<StudyResult>;
  return andThen(study, (r) => {
    progress.stop();
    return scenarios.map((_, k) => r.outputs.filter((o) => o.arm === k).map((o) => o.yearly));
  }) as Answer<E, YearlyRun[][]>;
}

/** Parameter sets to run, one per replication (from `--posterior`): the paths and a row of values each. */
export interface ParameterDraws {
  readonly paths: readonly string[];
  readonly values: readonly (readonly number[])[];
}

/**
 * `withOutFiles(out, produce)`: calls `produce(csv)` with a writer for `out/series.csv` (or none
 * without `--out`), then writes `out/summary.json` with the document it returns. Both files appear
 * whole or not at all.
 */
export function withOutFiles<T extends { readonly doc: unknown }>(out: string | undefined, produce: (csv: TextWriter | undefined) => T | Promise<T>): T | Promise<T> {
  const csv = out === undefined ? undefined : new AtomicFileWriter(join(out, 'series.csv'));
  const fail = (error: unknown): never => {
    csv?.abort();
    throw error;
  };
  const write = (result: T): T => {
    if (csv !== undefined && out !== undefined) {
      csv.commit();
      const json = new AtomicFileWriter(join(out, 'summary.json'));
      json.write(documentText(result.doc));
      json.commit();
    }
    return result;
  };
  let result: T | Promise<T>;
  try {
    result = produce(csv);
  } catch (error) {
    return fail(error);
  }
  return result instanceof Promise ? result.then(write, fail) : write(result);
}

/** `cell(m)`: `mean [lo, hi]` with as many decimals as the size of the mean deserves. */
export function intervalCell(m: { readonly mean: number; readonly ci95: readonly [number, number] } | undefined, format: (x: number, digits: number) => string): string {
  if (m === undefined) return '';
  const digits = digitsFor(m.mean);
  return `${format(m.mean, digits)} [${format(m.ci95[0], digits)}, ${format(m.ci95[1], digits)}]`;
}

/** `digitsFor(mean)`: decimals for a mean and its interval: 0 from 100 up, 2 from 1, else 3. */
export function digitsFor(mean: number): number {
  return Math.abs(mean) >= 100 ? 0 : Math.abs(mean) >= 1 ? 2 : 3;
}

/**
 * A study sink writing each run's steps through the CSV sink, in run order: the bytes of a CSV sink
 * fed while the run was made. `labels[arm]` fills the first column; the header goes on top once.
 */
function seriesCsv(csv: TextWriter, column: string, labels: readonly string[]): StudySink {
  let first = true;
  return {
    run(output) {
      const series = output.series as RunSeries;
      const sink = new CsvSink(csv, { labels: { [column]: labels[output.arm] ?? '' }, header: first });
      first = false;
      const columns = Object.keys(series.table.series);
      sink.begin({ model: 'purchaser-provider', seed: output.seed, columns, clock: series.clock, firstStep: 0 });
      const values = new Float64Array(columns.length);
      const data = columns.map((name) => series.table.series[name] as Float64Array);
      for (let r = 0; r < series.table.step.length; r++) {
        for (let c = 0; c < data.length; c++) values[c] = (data[c] as Float64Array)[r] as number;
        sink.row(series.table.step[r] as number, series.table.year[r] as number, values);
      }
      sink.end();
    },
  };
}
