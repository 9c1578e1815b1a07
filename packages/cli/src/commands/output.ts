/** Shared by run, compare and demo: replicating scenarios on common seeds, and writing --out files. */
import { join } from 'node:path';
import { replicationSeeds, runReplications, type ModelParams, type RunResult, type Sink, type TimelineEvent } from '@ppsim/core';
import { CsvSink, type TextWriter } from '../sinks/csvSink.ts';
import { AtomicFileWriter } from '../sinks/fileWriter.ts';
import { documentText } from '../provenance.ts';
import { noProgress, type Progress, type ProgressFactory } from '../progress.ts';
import { replicateOnWorkers, type PoolScenario } from '../parallel/pool.ts';

/** Options shared by run, compare and demo. */
export interface ReplicationOptions extends ReplicationInputs {
  readonly set: readonly string[];
  readonly json: boolean;
  readonly out?: string;
  /** Progress on stderr (default: none). */
  readonly progress?: ProgressFactory;
  /** Worker threads for the replications (default 1: in this thread). */
  readonly workers?: number;
}

/** What every result document records of how it was made; `rerun` reads these back from the provenance. */
export interface ReplicationInputs {
  readonly argv: readonly string[];
  readonly seed: number;
  readonly reps: number;
}

/**
 * `onWorkersOr(options, scenarios, label, finish)`: with `--workers` above 1, replicates the
 * scenarios on worker threads and calls `finish(runs)`; otherwise calls `finish()`, which then
 * replicates in this thread. Either way the output has the same bytes.
 */
export function onWorkersOr<T>(
  options: ReplicationOptions,
  scenarios: readonly PoolScenario[],
  label: string,
  finish: (precomputed?: readonly (readonly RunResult[])[]) => T,
): T | Promise<T> {
  const workers = options.workers ?? 1;
  if (workers <= 1) return finish();
  const seeds = replicationSeeds(options.seed, options.reps);
  return replicateOnWorkers(scenarios, seeds, workers, (options.progress ?? noProgress)(label, seeds.length * scenarios.length)).then(finish);
}

/** One scenario to replicate, labelled in the CSV's first column. */
export interface LabelledScenario {
  readonly label: string;
  readonly params: ModelParams;
  readonly timeline: readonly TimelineEvent[];
}

/**
 * `replicateAll(scenarios, seeds, csv?, column)`: runs every scenario on the same seeds (common
 * random numbers: replication i of each scenario sees the same random draws), streaming tidy rows
 * `<column>,seed,step,year,<series…>` into `csv` with one header line at the top.
 */
export function replicateAll(
  scenarios: readonly LabelledScenario[],
  seeds: readonly number[],
  csv: TextWriter | undefined,
  column: string,
  progress: Progress = noProgress('', 0),
  precomputed?: readonly (readonly RunResult[])[],
): RunResult[][] {
  if (precomputed !== undefined) {
    // Runs made on worker threads: write their rows exactly as the in-process sinks would have.
    if (csv !== undefined) writeRunsCsv(csv, scenarios, precomputed, column);
    return precomputed.map((runs) => [...runs]);
  }
  const results = scenarios.map((s, k) =>
    runReplications({
      onRun: () => progress.tick(),
      params: s.params,
      timeline: s.timeline,
      seeds,
      ...(csv === undefined ? {} : { sinks: (_seed: unknown, i: number): Sink[] => [new CsvSink(csv, { labels: { [column]: s.label }, header: k === 0 && i === 0 })] }),
    }),
  );
  progress.stop();
  return results;
}

/**
 * `withOutFiles(out, produce)`: calls `produce(csv)` with a writer for `out/series.csv` (or none
 * without `--out`), then writes `out/summary.json` with the document it returns. Both files appear
 * whole or not at all.
 */
export function withOutFiles<T extends { readonly doc: unknown }>(out: string | undefined, produce: (csv: TextWriter | undefined) => T): T {
  const csv = out === undefined ? undefined : new AtomicFileWriter(join(out, 'series.csv'));
  let result: T;
  try {
    result = produce(csv);
  } catch (error) {
    csv?.abort();
    throw error;
  }
  if (csv !== undefined && out !== undefined) {
    csv.commit();
    const json = new AtomicFileWriter(join(out, 'summary.json'));
    json.write(documentText(result.doc));
    json.commit();
  }
  return result;
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

/** Replays collected tables through the CSV sink, scenario-major and seed-minor: the same bytes as streaming. */
function writeRunsCsv(csv: TextWriter, scenarios: readonly LabelledScenario[], runs: readonly (readonly RunResult[])[], column: string): void {
  scenarios.forEach((s, k) => {
    (runs[k] ?? []).forEach((run, i) => {
      const sink = new CsvSink(csv, { labels: { [column]: s.label }, header: k === 0 && i === 0 });
      const columns = Object.keys(run.table.series);
      sink.begin({ model: run.model, seed: run.seed, columns, clock: run.clock, firstStep: 0 });
      const values = new Float64Array(columns.length);
      for (let r = 0; r < run.table.step.length; r++) {
        columns.forEach((name, c) => {
          values[c] = (run.table.series[name] as Float64Array)[r] as number;
        });
        sink.row(run.table.step[r] as number, run.table.year[r] as number, values);
      }
      sink.end();
    });
  });
}
