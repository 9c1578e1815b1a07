/**
 * A folder of resumable runs, shared by `sweep` and `map`: the specification is written first
 * (`sweep.json`, `map.json`); every run writes its rows to `parts/<run>.csv` through a temporary
 * file renamed into place, so a job killed at any moment (even `kill -9`) restarts without redoing
 * finished runs and without a half-written or duplicated row; `--shard i/n` takes every n-th run;
 * and when every part is there, the job joins them in run order — the same bytes whatever the
 * shards, workers or interruptions.
 *
 * A part is checkable: its first line, `#ppsim-part spec=<sha256> run=<n> rows=<k> sha256=<sha256>`,
 * names the specification it belongs to (the hash of the folder's specification file), its run,
 * its row count and the checksum of its rows. Resume redoes a part that fails any of these (a
 * truncated file, junk, a part of another command left in the folder) and says so; merge takes a
 * part only from a folder whose copy passes, and names the part when none does.
 */
import { createHash } from 'node:crypto';
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

/** A part file found damaged or foreign, and why it was not taken. */
export interface DamagedPart {
  readonly file: string;
  readonly reason: string;
}

/** What a call did: runs made now, runs found done, damaged parts redone, and whether every run of the job is there. */
export interface SweepResult {
  readonly ran: number;
  readonly skipped: number;
  readonly complete: boolean;
  /** Parts found on resume that failed their check; their runs were made again. */
  readonly damaged: readonly DamagedPart[];
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
  /** Writes the joined results from the parts in these folders (all present); returns the copies passed over as damaged. */
  join(out: string, partFolders: readonly string[]): readonly DamagedPart[];
}

const partName = (run: number) => `${String(run).padStart(7, '0')}.csv`;

/**
 * `runParts(out, job, executor?, options?)`: runs (or resumes) the job's share of runs through
 * core's study with the executor (default this thread; answers at once, or a promise on a pool);
 * joins when all are done. Each finished run is written as its part file as soon as it arrives (in
 * any order: parts are separate files), so the joined result has the same bytes for any executor.
 */
export function runParts(out: string, job: PartsJob, executor: Executor = inThread(), options: PartsOptions = {}): SweepResult | Promise<SweepResult> {
  const { parts, pending, mine, damaged } = prepare(out, job, options.shard);
  const skipped = mine - pending.length;
  const hash = specHash(job);
  let ran = 0;
  const writer = {
    ordered: false,
    run(output: StudyOutput) {
      writePart(parts, output.run, hash, job.rows(output));
      ran++;
      options.onProgress?.({ done: ran + skipped, total: mine, skipped });
    },
  };
  const study = runStudy(job.design, { seeds: job.seeds, runs: pending, executor, keep: false, sinks: [writer] });
  return andThen(study, (): SweepResult => ({ ran, skipped, damaged, complete: joinIfComplete(out, parts, job) }));
}

/**
 * `joinResults(out, header, job, partFolders, onPart?)`: writes `out/results.csv`, the header and
 * then every run's rows in run order, each from the first folder whose part passes its check (the
 * job's specification, the run, the row count and the checksum); `onPart` sees each part's rows.
 * Returns the copies passed over because they failed their check (a sound copy was found in a
 * later folder). Throws `invalid_state` naming the first run without a sound part and what was
 * wrong with each copy found (`invalid_input` when copies were found but none sound), leaving no results.csv.
 */
export function joinResults(out: string, header: readonly string[], job: PartsJob, partFolders: readonly string[], onPart?: (run: number, text: string) => void): DamagedPart[] {
  const passedOver: DamagedPart[] = [];
  const csv = new AtomicFileWriter(join(out, 'results.csv'));
  csv.write(`${header.map(csvField).join(',')}\n`);
  const hash = specHash(job);
  const total = studyRunCount(job.design, job.seeds);
  for (let run = 0; run < total; run++) {
    const found: DamagedPart[] = [];
    let rows: string | undefined;
    for (const folder of partFolders) {
      const file = join(folder, partName(run));
      if (!existsSync(file)) continue;
      const part = checkPart(file, hash, run);
      if (part.ok) {
        rows = part.rows;
        break;
      }
      found.push({ file, reason: part.reason });
    }
    if (rows === undefined) {
      csv.abort();
      // A missing run is a shard not yet run (a state); a damaged part is a bad file given to ppsim.
      const [first] = found;
      throw first === undefined
        ? new PpsimError('invalid_state', {
            path: `run ${run}`,
            expected: 'a finished run in one of the folders',
            received: 'none',
            hint: 'run the missing shard (the same command with --shard i/n) before merging',
          })
        : new PpsimError('invalid_input', {
            path: first.file,
            expected: `a sound part of run ${run}`,
            received: first.reason,
            hint: `${
              found.length > 1
                ? `no sound copy in the other folders either (${found
                    .slice(1)
                    .map((d) => `${d.file}: ${d.reason}`)
                    .join('; ')}); `
                : ''
            }run that shard's command again in its folder: damaged parts are found and made again`,
          });
    }
    passedOver.push(...found);
    onPart?.(run, rows);
    csv.write(rows);
  }
  csv.commit();
  return passedOver;
}

/** `damagedLines(parts)`: one warning line per damaged part, saying what was found and what was done. */
export function damagedLines(parts: readonly DamagedPart[], done: string): string[] {
  return parts.map((d) => `⚠ ${d.file}: ${d.reason}; ${done}`);
}

/** The hash that ties a part to its job: the SHA-256 of the specification file's text. */
export function specHash(job: PartsJob): string {
  return sha256(documentText(job.spec));
}

/**
 * `checkPart(file, hash, run)`: a part's rows if it belongs to the job with this specification hash
 * and to this run and its rows are whole (row count and checksum); otherwise what is wrong.
 */
export function checkPart(file: string, hash: string, run: number): { readonly ok: true; readonly rows: string } | { readonly ok: false; readonly reason: string } {
  let text: string;
  try {
    text = readResultFile(file, "a finished run's part file");
  } catch (error) {
    return { ok: false, reason: error instanceof PpsimError ? `not readable: ${error.received}` : String(error) };
  }
  const newline = text.indexOf('\n');
  const head = /^#ppsim-part spec=([0-9a-f]{64}) run=(\d+) rows=(\d+) sha256=([0-9a-f]{64})$/.exec(newline < 0 ? text : text.slice(0, newline));
  if (head === null) return { ok: false, reason: 'no part header (not written by this version of ppsim, or damaged)' };
  const rows = text.slice(newline + 1);
  if (head[1] !== hash) return { ok: false, reason: 'a part of another specification' };
  if (Number(head[2]) !== run) return { ok: false, reason: `the part of run ${head[2]}` };
  const count = rows.length === 0 ? 0 : rows.split('\n').length - 1;
  if (!rows.endsWith('\n') && rows.length > 0) return { ok: false, reason: 'cut short (no final line break)' };
  if (count !== Number(head[3])) return { ok: false, reason: `${count} rows where ${head[3]} were written` };
  if (sha256(rows) !== head[4]) return { ok: false, reason: 'checksum mismatch (the rows were changed)' };
  return { ok: true, rows };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** `writeDocument(path, doc)`: a JSON document written whole or not at all. */
export function writeDocument(path: string, doc: unknown): void {
  const writer = new AtomicFileWriter(path);
  writer.write(documentText(doc));
  writer.commit();
}

function writePart(parts: string, run: number, hash: string, rows: string): void {
  const writer = new AtomicFileWriter(join(parts, partName(run)));
  const count = rows.length === 0 ? 0 : rows.split('\n').length - 1;
  writer.write(`#ppsim-part spec=${hash} run=${run} rows=${count} sha256=${sha256(rows)}\n${rows}`);
  writer.commit();
}

function joinIfComplete(out: string, parts: string, job: PartsJob): boolean {
  const complete = readdirSync(parts).filter((f) => f.endsWith('.csv') && !f.startsWith('.')).length === studyRunCount(job.design, job.seeds);
  if (complete) job.join(out, [parts]);
  return complete;
}

/** Checks (or writes) the specification, clears dead temporary files, and lists this shard's runs still to do. */
function prepare(out: string, job: PartsJob, shard: Shard = { index: 0, count: 1 }): { parts: string; pending: number[]; mine: number; damaged: DamagedPart[] } {
  const specPath = join(out, job.specFile);
  const text = documentText(job.spec);
  const other = SPEC_FILES.find((f) => f !== job.specFile && existsSync(join(out, f)));
  if (other !== undefined) {
    throw new PpsimError('invalid_input', {
      path: out,
      expected: `a new folder, or one holding a ${job.specFile}`,
      received: `a folder holding ${other}`,
      hint: 'choose another --out folder',
    });
  }
  if (existsSync(specPath) && readResultFile(specPath, `a ppsim ${job.specFile.replace('.json', '')} specification`) !== text) {
    throw new PpsimError('invalid_input', {
      path: specPath,
      expected: `the same ${job.specFile.replace('.json', '')} as the one this folder holds`,
      received: 'different settings',
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
  // Every part of this shard is checked; one that fails (cut short, junk, another specification's)
  // is removed and its run made again.
  const hash = specHash(job);
  const pending: number[] = [];
  const damaged: DamagedPart[] = [];
  let mine = 0;
  const total = studyRunCount(job.design, job.seeds);
  for (let run = shard.index; run < total; run += shard.count) {
    mine++;
    const file = join(parts, partName(run));
    if (!existsSync(file)) {
      pending.push(run);
      continue;
    }
    const part = checkPart(file, hash, run);
    if (!part.ok) {
      damaged.push({ file, reason: part.reason });
      rmSync(file, { force: true });
      pending.push(run);
    }
  }
  return { parts, pending, mine, damaged };
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
