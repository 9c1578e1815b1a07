/**
 * Runs a sweep into a folder, resumably: every run writes its rows to `parts/<run>.csv` through a
 * temporary file renamed into place, so a sweep killed at any moment (even `kill -9`) restarts
 * without redoing finished runs and without a half-written or duplicated row. When every part is
 * there, they are joined in run order into `results.csv` — the same bytes whatever the shards,
 * workers or interruptions — and `summary.json` is written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { METRICS, PpsimError, metricsByYear, runReplications, withParam } from '@ppsim/core';
import { AtomicFileWriter } from '../sinks/fileWriter.ts';
import { csvField } from '../sinks/csvSink.ts';
import { runCount, type SweepSpec } from './spec.ts';
import { createPool } from '../parallel/pool.ts';
import { currentEnvironment, documentText, provenanceScenario } from '../provenance.ts';

export interface Shard {
  readonly index: number;
  readonly count: number;
}

export interface SweepProgress {
  readonly done: number;
  readonly total: number;
  readonly skipped: number;
}

export interface SweepResult {
  readonly ran: number;
  readonly skipped: number;
  readonly complete: boolean;
}

const partName = (run: number) => `${String(run).padStart(7, '0')}.csv`;

/** Columns of results.csv: one row per run and simulated year. */
export function resultColumns(spec: SweepSpec): string[] {
  return ['point', 'rep', 'seed', 'year', ...spec.ranges.map((r) => r.path), ...METRICS.map((m) => m.name)];
}

/**
 * The same as {@link runSweep} on `workers` threads: each finished run is written as its part file
 * as soon as it arrives (any order: parts are separate files), so the result has the same bytes.
 */
export async function runSweepOnWorkers(out: string, spec: SweepSpec, workers: number, options: { readonly shard?: Shard; readonly onProgress?: (p: SweepProgress) => void } = {}): Promise<SweepResult> {
  const parts = join(out, 'parts');
  prepareFolder(out, parts, spec);
  const total = runCount(spec);
  const shard = options.shard ?? { index: 0, count: 1 };
  const mine = Math.ceil((total - shard.index) / shard.count);
  const pending: number[] = [];
  for (let run = shard.index; run < total; run += shard.count) if (!existsSync(join(parts, partName(run)))) pending.push(run);
  const skipped = mine - pending.length;
  let ran = 0;
  const pool = createPool(workers);
  try {
    await Promise.all(
      pending.map(async (run) => {
        const rows = (await pool.run({ spec, run }, { name: 'sweepRun' })) as string;
        const writer = new AtomicFileWriter(join(parts, partName(run)));
        writer.write(rows);
        writer.commit();
        ran++;
        options.onProgress?.({ done: ran + skipped, total: mine, skipped });
      }),
    );
  } finally {
    await pool.destroy();
  }
  const complete = readdirSync(parts).filter((f) => f.endsWith('.csv') && !f.startsWith('.')).length === total;
  if (complete) joinParts(out, spec, [parts]);
  return { ran, skipped, complete };
}

export function runSweep(out: string, spec: SweepSpec, options: { readonly shard?: Shard; readonly onProgress?: (p: SweepProgress) => void } = {}): SweepResult {
  const parts = join(out, 'parts');
  prepareFolder(out, parts, spec);
  const total = runCount(spec);
  const shard = options.shard ?? { index: 0, count: 1 };
  let ran = 0;
  let skipped = 0;
  for (let run = shard.index; run < total; run += shard.count) {
    const path = join(parts, partName(run));
    if (existsSync(path)) {
      skipped++;
    } else {
      const writer = new AtomicFileWriter(path);
      writer.write(runRows(spec, run));
      writer.commit();
      ran++;
    }
    options.onProgress?.({ done: ran + skipped, total: Math.ceil((total - shard.index) / shard.count), skipped });
  }
  const complete = readdirSync(parts).filter((f) => f.endsWith('.csv') && !f.startsWith('.')).length === total;
  if (complete) joinParts(out, spec, [parts]);
  return { ran, skipped, complete };
}

/** The CSV rows of one run (no header). */
export function runRows(spec: SweepSpec, run: number): string {
  const point = Math.floor(run / spec.reps);
  const rep = run % spec.reps;
  const values = spec.points[point] as readonly number[];
  let params = spec.scenario.params;
  spec.ranges.forEach((range, k) => {
    params = withParam(params, range.path, values[k]);
  });
  const seed = spec.seeds[rep] as number;
  const [result] = runReplications({ params, timeline: spec.scenario.timeline, seeds: [seed] });
  const perYear = metricsByYear((result as NonNullable<typeof result>).table);
  let text = '';
  perYear.years.forEach((year, i) => {
    const metrics = METRICS.map((m) => String((perYear.values[m.name] as readonly number[])[i]));
    text += `${[point, rep, seed, year, ...values.map(String), ...metrics].join(',')}\n`;
  });
  return text;
}

/** Joins the parts of all folders, in run order, into `out/results.csv` and writes `out/summary.json`. */
export function joinParts(out: string, spec: SweepSpec, partFolders: readonly string[]): void {
  const total = runCount(spec);
  const csv = new AtomicFileWriter(join(out, 'results.csv'));
  csv.write(`${resultColumns(spec).map(csvField).join(',')}\n`);
  for (let run = 0; run < total; run++) {
    const folder = partFolders.find((f) => existsSync(join(f, partName(run))));
    if (folder === undefined) {
      csv.abort();
      throw new PpsimError('invalid_state', {
        path: `run ${run}`, expected: 'a finished run in one of the folders', received: 'none',
        hint: 'run the missing shard (ppsim sweep … --shard i/n) before merging',
      });
    }
    csv.write(readFileSync(join(folder, partName(run)), 'utf8'));
  }
  csv.commit();
  const summary = new AtomicFileWriter(join(out, 'summary.json'));
  // Provenance: the command (without where and how fast it ran, so shards agree), the environment
  // and the hashed scenario; the full specification (ranges, design points, seeds) follows.
  const env = currentEnvironment();
  const provenance = { ppsim: env.ppsim, command: spec.command, node: env.node, platform: env.platform, gitCommit: env.gitCommit, scenario: provenanceScenario(spec.scenario), seed: spec.seed, reps: spec.reps, seeds: spec.seeds };
  summary.write(documentText({ format: 'ppsim-sweep-summary/v1', runs: total, points: spec.points.length, reps: spec.reps, columns: resultColumns(spec), provenance, spec }));
  summary.commit();
}

function prepareFolder(out: string, parts: string, spec: SweepSpec): void {
  mkdirSync(parts, { recursive: true });
  // A run killed mid-write leaves only a temporary file (named with its process id); it is removed
  // and the run done again. Temporary files of processes still alive (other shards) are left alone.
  for (const f of readdirSync(parts)) {
    const pid = /^\..*\.(\d+)\.tmp$/.exec(f)?.[1];
    if (pid !== undefined && !processAlive(Number(pid))) rmSync(join(parts, f), { force: true });
  }
  const specPath = join(out, 'sweep.json');
  const text = documentText(spec);
  if (existsSync(specPath)) {
    if (readFileSync(specPath, 'utf8') !== text) {
      throw new PpsimError('invalid_input', {
        path: specPath, expected: 'the same sweep as the one this folder holds', received: 'different settings',
        hint: 'resume with exactly the same command, or choose a new --out folder',
      });
    }
    return;
  }
  const writer = new AtomicFileWriter(specPath);
  writer.write(text);
  writer.commit();
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
