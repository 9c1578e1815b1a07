/**
 * Runs a sweep into a folder, resumably and shardably (the folder mechanics are in parts.ts). When
 * every part is there, they are joined in run order into `results.csv` — the same bytes whatever
 * the shards, workers or interruptions — and `summary.json` is written.
 */
import { join } from 'node:path';
import { METRICS, type Executor, type StudyOutput } from '@ppsim/core';
import { runCount, type SweepSpec } from './spec.ts';
import { joinResults, runParts, writeDocument, type DamagedPart, type PartsJob, type PartsOptions, type SweepResult } from './parts.ts';
import { commandEnvironment, provenanceScenario } from '../provenance.ts';

/** Columns of results.csv: one row per run and simulated year. */
export function resultColumns(spec: SweepSpec): string[] {
  return ['point', 'rep', 'seed', 'year', ...spec.ranges.map((r) => r.path), ...METRICS.map((m) => m.name)];
}

/** The sweep as a job of parts.ts: its study (one scenario at every point), its rows, and the join into results.csv and summary.json. */
export function sweepJob(spec: SweepSpec): PartsJob {
  const job: PartsJob = {
    specFile: 'sweep.json',
    spec,
    seeds: spec.seeds,
    design: { arms: [{ params: spec.scenario.params, timeline: spec.scenario.timeline }], ranges: spec.ranges, points: spec.points },
    rows: (output) => runRows(spec, output),
    join: (out, folders) => joinParts(out, spec, job, folders),
  };
  return job;
}

/** `runSweep(out, spec, executor?, options?)`: runs (or resumes) a sweep, in this thread by default. */
export function runSweep(out: string, spec: SweepSpec, executor?: Executor, options: PartsOptions = {}): SweepResult | Promise<SweepResult> {
  return runParts(out, sweepJob(spec), executor, options);
}

/** The CSV rows of one finished run (no header): one per full year. */
export function runRows(spec: SweepSpec, output: StudyOutput): string {
  const values = (spec.points[output.point] as readonly number[]).map(String);
  const { years, values: perYear } = output.yearly;
  let text = '';
  years.forEach((year, i) => {
    const metrics = METRICS.map((m) => String((perYear[m.name] as readonly number[])[i]));
    text += `${[output.point, output.rep, output.seed, year, ...values, ...metrics].join(',')}\n`;
  });
  return text;
}

/** Joins the parts of all folders, in run order, into `out/results.csv` and writes `out/summary.json`. */
export function joinParts(out: string, spec: SweepSpec, job: PartsJob, partFolders: readonly string[]): readonly DamagedPart[] {
  const passedOver = joinResults(out, resultColumns(spec), job, partFolders);
  // Provenance: the command (without where and how fast it ran, so shards agree), the environment
  // and the hashed scenario; the full specification (ranges, design points, seeds) follows.
  const provenance = {
    ...commandEnvironment(spec.command),
    scenario: provenanceScenario(spec.scenario),
    seed: spec.seed,
    reps: spec.reps,
    seeds: spec.seeds,
  };
  writeDocument(join(out, 'summary.json'), { format: 'ppsim-sweep-summary/v1', runs: runCount(spec), points: spec.points.length, reps: spec.reps, columns: resultColumns(spec), provenance, spec });
  return passedOver;
}
