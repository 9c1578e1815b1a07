/**
 * Runs a sweep into a folder, resumably and shardably (the folder mechanics are in parts.ts). When
 * every part is there, they are joined in run order into `results.csv` — the same bytes whatever
 * the shards, workers or interruptions — and `summary.json` is written.
 */
import { join } from 'node:path';
import { METRICS, metricsByYear, parseParams, runReplications, type ModelParams, type ParamRange, type RunResult, type Seed, type TimelineEvent } from '@ppsim/core';
import { runCount, type SweepSpec } from './spec.ts';
import { joinResults, runParts, runPartsOnWorkers, writeDocument, type PartsJob, type PartsOptions, type SweepResult } from './parts.ts';
import { currentEnvironment, provenanceScenario } from '../provenance.ts';

/** Columns of results.csv: one row per run and simulated year. */
export function resultColumns(spec: SweepSpec): string[] {
  return ['point', 'rep', 'seed', 'year', ...spec.ranges.map((r) => r.path), ...METRICS.map((m) => m.name)];
}

/** The sweep as a job of parts.ts: its runs, their rows, and the join into results.csv and summary.json. */
export function sweepJob(spec: SweepSpec): PartsJob {
  return { specFile: 'sweep.json', spec, total: runCount(spec), task: 'sweepRun', rows: (run) => runRows(spec, run), join: (out, folders) => joinParts(out, spec, folders) };
}

/** `runSweep(out, spec, options)`: runs (or resumes) a sweep in this thread. */
export function runSweep(out: string, spec: SweepSpec, options: PartsOptions = {}): SweepResult {
  return runParts(out, sweepJob(spec), options);
}

/** The same as {@link runSweep} on `workers` threads, with the same bytes. */
export function runSweepOnWorkers(out: string, spec: SweepSpec, workers: number, options: PartsOptions = {}): Promise<SweepResult> {
  return runPartsOnWorkers(out, sweepJob(spec), workers, options);
}

/** `pointParams(params, ranges, values)`: `params` with each range's parameter set to the point's value. */
export function pointParams(params: ModelParams, ranges: readonly ParamRange[], values: readonly number[]): ModelParams {
  return parseParams(params, ranges.map((range, k) => ({ path: range.path, value: values[k] })));
}

/** `runOnce(params, timeline, seed)`: one replication. */
export function runOnce(params: ModelParams, timeline: readonly TimelineEvent[], seed: Seed): RunResult {
  const [result] = runReplications({ params, timeline, seeds: [seed] });
  return result as RunResult;
}

/** The CSV rows of one run (no header). */
export function runRows(spec: SweepSpec, run: number): string {
  const point = Math.floor(run / spec.reps);
  const rep = run % spec.reps;
  const values = spec.points[point] as readonly number[];
  const seed = spec.seeds[rep] as number;
  const perYear = metricsByYear(runOnce(pointParams(spec.scenario.params, spec.ranges, values), spec.scenario.timeline, seed).table);
  let text = '';
  perYear.years.forEach((year, i) => {
    const metrics = METRICS.map((m) => String((perYear.values[m.name] as readonly number[])[i]));
    text += `${[point, rep, seed, year, ...values.map(String), ...metrics].join(',')}\n`;
  });
  return text;
}

/** Joins the parts of all folders, in run order, into `out/results.csv` and writes `out/summary.json`. */
export function joinParts(out: string, spec: SweepSpec, partFolders: readonly string[]): void {
  joinResults(out, resultColumns(spec), runCount(spec), partFolders);
  // Provenance: the command (without where and how fast it ran, so shards agree), the environment
  // and the hashed scenario; the full specification (ranges, design points, seeds) follows.
  const env = currentEnvironment();
  const provenance = { ppsim: env.ppsim, command: spec.command, node: env.node, platform: env.platform, gitCommit: env.gitCommit, scenario: provenanceScenario(spec.scenario), seed: spec.seed, reps: spec.reps, seeds: spec.seeds };
  writeDocument(join(out, 'summary.json'), { format: 'ppsim-sweep-summary/v1', runs: runCount(spec), points: spec.points.length, reps: spec.reps, columns: resultColumns(spec), provenance, spec });
}
