/**
 * A folder of resumable runs, shared by `sweep` and `map`: the specification is written first
 * (`sweep.json`, `map.json`); every run writes its rows to `parts/<run>.csv` through a temporary
 * file renamed into place, so a job killed at any moment (even `kill -9`) restarts without redoing
 * finished runs and without a half-written or duplicated row; `--shard i/n` takes every n-th run;
 * and when every part is there, the job joins them in run order — the same bytes whatever the
 * shards, workers or interruptions.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PpsimError, andThen, inThread, runStudy, studyRunCount, type Executor, type StudyDesign, type StudyOutput } from '@ppsim/core';
import { AtomicFileWriter } from '../sinks/fileWriter.ts';
import { csvField } from '../sinks/csvSink.ts';
import { documentText } from '../provenance.ts';
import { readResultFile } from '../readBack.ts';

/** Every n-th run starting at `index` (see `--shard i/n`). */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** How far a job's share of runs has come. */
export interface SweepProgress {
  readonly done: number;
  readonly total: number;
  readonly skipped: number;
}

/** What a call did: runs made now, runs found done, and whether every run of the job is there. */
export interface SweepResult {
  readonly ran: number;
  readonly skipped: number;
  readonly complete: boolean;
}

/** Options of {@link runParts}: a shard (default all runs) and a callback after each run. */
export interface PartsOptions {
  readonly shard?: Shard;
  readonly onProgress?: (p: SweepProgress) => void;
}

/** The specification files of the kinds of folder; a folder holds one kind only. */
export const SPEC_FILES = ['sweep.json', 'map.json'] as const;

/** One kind of resumable job over a specification. */
export interface PartsJob {
  /** The specification's file name in the folder, one of {@link SPEC_FILES}. */
  readonly specFile: (typeof SPEC_FILES)[number];
  /** The specification, written as JSON before any run; a folder holding another one is refused. */
  readonly spec: unknown;
  /** The study: its scenarios (arms), ranges and points; run i belongs to shard i mod n. */
  readonly design: StudyDesign;
  /** The replication seeds, the same at every point. */
  readonly seeds: readonly number[];
  /** One run's CSV rows (no header). */
  rows(output: StudyOutput): string;
  /** Writes the joined results from the parts in these folders (all present). */
  join(out: string, partFolders: readonly string[]): void;
}

const partName = (run: number) => `${String(run).padStart(7, '0')}.csv`;

/**
 * `runParts(out, job, executor?, options?)`: runs (or resumes) the job's share of runs through
 * core's study with the executor (default this thread; answers at once, or a promise on a pool);
 * joins when all are done. Each finished run is written as its part file as soon as it arrives (in
 * any order: parts are separate files), so the joined result has the same bytes for any executor.
 */
export function runParts(out: string, job: PartsJob, executor: Executor = inThread(), options: PartsOptions = {}): SweepResult | Promise<SweepResult> {
  const { parts, pending, mine } = prepare(out, job, options.shard);
  const skipped = mine - pending.length;
  let ran = 0;
  const writer = {
    ordered: false,
    run(output: StudyOutput) {
      writePart(parts, output.run, job.rows(output));
      ran++;
      options.onProgress?.({ done: ran + skipped, total: mine, skipped });
    },
  };
  const study = runStudy(job.design, { seeds: job.seeds, runs: pending, executor, keep: false, sinks: [writer] });
  return andThen(study, (): SweepResult => ({ ran, skipped, complete: joinIfComplete(out, parts, job) }));
}

/**
 * `joinResults(out, header, total, partFolders, onPart?)`: writes `out/results.csv`, the header and
 * then every run's part in run order, each taken from the first folder that has it; `onPart` sees
 * each part's text. Throws `invalid_state` naming the first missing run, leaving no results.csv.
 */
export function joinResults(out: string, header: readonly string[], total: number, partFolders: readonly string[], onPart?: (run: number, text: string) => void): void {
  const csv = new AtomicFileWriter(join(out, 'results.csv'));
  csv.write(`${header.map(csvField).join(',')}\n`);
  for (let run = 0; run < total; run++) {
    const folder = partFolders.find((f) => existsSync(join(f, partName(run))));
    if (folder === undefined) {
      csv.abort();
      throw new PpsimError('invalid_state', {
        path: `run ${run}`, expected: 'a finished run in one of the folders', received: 'none',
        hint: 'run the missing shard (the same command with --shard i/n) before merging',
      });
    }
    const text = readResultFile(join(folder, partName(run)), 'a finished run\'s part file');
    onPart?.(run, text);
    csv.write(text);
  }
  csv.commit();
}

/** `writeDocument(path, doc)`: a JSON document written whole or not at all. */
export function writeDocument(path: string, doc: unknown): void {
  const writer = new AtomicFileWriter(path);
  writer.write(documentText(doc));
  writer.commit();
}

function writePart(parts: string, run: number, rows: string): void {
  const writer = new AtomicFileWriter(join(parts, partName(run)));
  writer.write(rows);
  writer.commit();
}

function joinIfComplete(out: string, parts: string, job: PartsJob): boolean {
  const complete = readdirSync(parts).filter((f) => f.endsWith('.csv') && !f.startsWith('.')).length === studyRunCount(job.design, job.seeds);
  if (complete) job.join(out, [parts]);
  return complete;
}

/** Checks (or writes) the specification, clears dead temporary files, and lists this shard's runs still to do. */
function prepare(out: string, job: PartsJob, shard: Shard = { index: 0, count: 1 }): { parts: string; pending: number[]; mine: number } {
  const specPath = join(out, job.specFile);
  const text = documentText(job.spec);
  const other = SPEC_FILES.find((f) => f !== job.specFile && existsSync(join(out, f)));
  if (other !== undefined) {
    throw new PpsimError('invalid_input', {
      path: out, expected: `a new folder, or one holding a ${job.specFile}`, received: `a folder holding ${other}`, hint: 'choose another --out folder',
    });
  }
  if (existsSync(specPath) && readResultFile(specPath, `a ppsim ${job.specFile.replace('.json', '')} specification`) !== text) {
    throw new PpsimError('invalid_input', {
      path: specPath, expected: `the same ${job.specFile.replace('.json', '')} as the one this folder holds`, received: 'different settings',
      hint: 'resume with exactly the same command, or choose a new --out folder',
    });
  }
  const parts = join(out, 'parts');
  mkdirSync(parts, { recursive: true });
  // A run killed mid-write leaves only a temporary file (named with its process id); it is removed
  // and the run done again. Temporary files of processes still alive (other shards) are left alone.
  for (const f of readdirSync(parts)) {
    const pid = /^\..*\.(\d+)\.tmp$/.exec(f)?.[1];
    if (pid !== undefined && !processAlive(Number(pid))) rmSync(join(parts, f), { force: true });
  }
  if (!existsSync(specPath)) writeDocument(specPath, job.spec);
  const pending: number[] = [];
  let mine = 0;
  const total = studyRunCount(job.design, job.seeds);
  for (let run = shard.index; run < total; run += shard.count) {
    mine++;
    if (!existsSync(join(parts, partName(run)))) pending.push(run);
  }
  return { parts, pending, mine };
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
