/**
 * `ppsim rerun DIR|FILE`: rebuilds a result document from its own provenance and compares the bytes.
 * The scenarios come from the parameters and events embedded in the file, never from the current
 * case files, so editing a case cannot change what a rerun computes.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { PpsimError, VERSION, parseParams, studyRunCount, type ModelParamsInput, type TimelineEvent, isParamPath } from '@ppsim/core';
import type { TextWriter } from '../sinks/csvSink.ts';
import { currentEnvironment, documentText, provenanceScenario, type Environment, type ProvenanceScenario } from '../provenance.ts';
import { compareDocument } from './compare.ts';
import { demoDocument } from './demo.ts';
import { runDocument } from './run.ts';
import { runParts, type PartsJob } from '../sweep/parts.ts';
import { REPS_LIMITS, SEED_LIMITS, withinLimits } from '../limits.ts';
import { folderJob } from './sweep.ts';
import { readJsonFile, readResultFile } from '../readBack.ts';
import type { Posterior } from '../calibrate/posterior.ts';
import { fileDifference, firstDifference, firstDifferentLine, withRecordedEnvironment } from './rerun-diff.ts';
import { recordedMethod, writeSensitivity } from './sensitivity.ts';
import type { SweepSpec } from '../sweep/spec.ts';

/** What `rerun` found: the text to print, the warnings for stderr and the exit code (0 or 1). */
export interface RerunResult {
  readonly output: string;
  readonly warnings: readonly string[];
  readonly code: 0 | 1;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

function notAResult(file: string, received: string, hint = 'pass the --out folder of a ppsim run, compare or demo, or its summary.json'): PpsimError {
  return new PpsimError('invalid_input', {
    path: file,
    expected: 'a ppsim result (summary.json, or the saved stdout of `ppsim run|compare|demo --json`) with its provenance',
    received,
    hint,
  });
}

/** A recorded size outside what the command line accepts: the file was edited, and nothing is run. */
function outOfLimits(file: string, path: string, limits: { readonly min: number; readonly max: number }, received: number): PpsimError {
  return new PpsimError('invalid_input', {
    path: `${file}: ${path}`,
    expected: `a whole number from ${limits.min} to ${limits.max}, as the command line accepts`,
    received,
    hint: 'the result was edited: run the command again rather than rerun this file',
  });
}

/** Whether `target` is a calibration folder (rerun by calibrate/rerun.ts, loaded only then). */
export function isCalibrationFolder(target: string): boolean {
  return existsSync(join(target, 'calibration.json')) && statSync(target).isDirectory();
}

/** `rerunCommand(target, { json })`: reproduces the result in `target` (a folder or a JSON file). */
export function rerunCommand(target: string, options: { readonly json: boolean }): RerunResult {
  const isDir = existsSync(target) && statSync(target).isDirectory();
  if (isDir && (existsSync(join(target, 'sweep.json')) || existsSync(join(target, 'map.json')))) return rerunFolder(target, folderJob(target), options);
  const file = isDir ? join(target, 'summary.json') : target;
  if (!existsSync(file)) throw notAResult(file, 'no such file');
  const seriesFile = basename(file) === 'summary.json' && existsSync(join(dirname(file), 'series.csv')) ? join(dirname(file), 'series.csv') : undefined;
  const recordedText = readResultFile(file, 'a ppsim result');
  let old: unknown;
  try {
    old = JSON.parse(recordedText);
  } catch {
    throw notAResult(file, 'text that is not JSON');
  }
  const recorded = readRecord(file, old);
  const warnings = environmentWarnings(recorded.env);
  const series: string[] | undefined = seriesFile === undefined ? undefined : [];
  const csv: TextWriter | undefined = series === undefined ? undefined : { write: (s) => void series.push(s) };
  const fresh = recorded.rebuild(csv);
  const freshText = documentText(fresh);
  const summaryOk = freshText === recordedText;
  const recordedSeries = seriesFile === undefined ? undefined : readResultFile(seriesFile, 'the series.csv of a ppsim result');
  const freshSeries = series?.join('') ?? '';
  const seriesOk = recordedSeries === undefined || freshSeries === recordedSeries;
  const difference = summaryOk ? undefined : firstDifference(old as Json, JSON.parse(freshText) as Json);
  const seriesLine = seriesOk || recordedSeries === undefined ? undefined : firstDifferentLine(recordedSeries, freshSeries);
  const reproduced = summaryOk && seriesOk;
  if (options.json) {
    const report = {
      reproduced,
      file,
      ...(seriesFile === undefined ? {} : { series: seriesFile, seriesReproduced: seriesOk }),
      command: recorded.command,
      ppsim: { recorded: recorded.env.ppsim, now: VERSION },
      warnings,
      ...(difference === undefined ? {} : { firstDifference: difference }),
      ...(seriesLine === undefined ? {} : { seriesFirstDifferentLine: seriesLine }),
    };
    return { output: documentText(report), warnings, code: reproduced ? 0 : 1 };
  }
  const what = `ppsim ${recorded.command.join(' ')}`;
  if (reproduced) {
    return {
      output:
        `✔ reproduced byte for byte: ${file}${seriesFile === undefined ? '' : ' and series.csv'} (${what})\n` +
        '  recomputed from the recorded scenarios, seeds and replications: every metric, interval and series; taken as recorded from the file: titles, the command and the environment\n',
      warnings,
      code: 0,
    };
  }
  const lines = [`✖ not reproduced: ${what}`];
  if (difference !== undefined) lines.push(`  ${file}: ${difference.summary}`);
  else if (!summaryOk) lines.push(`  ${file}: the same values, but the bytes differ (formatting or key order; was the file edited?)`);
  if (seriesLine !== undefined) lines.push(`  ${seriesFile ?? 'series.csv'}: first difference at line ${seriesLine}`);
  return { output: `${lines.join('\n')}\n`, warnings, code: 1 };
}

/** The recorded environment, argv, and a function that recomputes the document. */
interface Recorded {
  readonly env: Environment;
  readonly command: readonly string[];
  readonly rebuild: (csv: TextWriter | undefined) => unknown;
}

function readRecord(file: string, doc: unknown): Recorded {
  if (!isObject(doc) || typeof doc['ppsim'] !== 'string' || typeof doc['command'] !== 'string') {
    throw notAResult(file, 'JSON without the ppsim and command fields');
  }
  const p = doc['provenance'];
  if (!isObject(p) || !Array.isArray(p['command']) || !Array.isArray(p['scenarios']) || typeof p['seed'] !== 'number' || typeof p['reps'] !== 'number') {
    throw notAResult(
      file,
      `a ${doc['command']} result without rerunnable provenance`,
      `the provenance needs command, seed, reps and scenarios; results of ppsim ${doc['ppsim']} before rerun existed lack them: run the command again`,
    );
  }
  const env: Environment = {
    ppsim: String(p['ppsim'] ?? doc['ppsim']),
    node: String(p['node']),
    platform: String(p['platform']),
    gitCommit: typeof p['gitCommit'] === 'string' ? p['gitCommit'] : null,
  };
  const argv = (p['command'] as unknown[]).map(String);
  const seed = p['seed'] as number;
  const reps = p['reps'] as number;
  // The command line's limits hold for a recorded command too: an edited file asks for no more.
  if (!withinLimits(reps, REPS_LIMITS)) throw outOfLimits(file, 'provenance.reps', REPS_LIMITS, reps);
  if (!withinLimits(seed, SEED_LIMITS)) throw outOfLimits(file, 'provenance.seed', SEED_LIMITS, seed);
  const scenarios = (p['scenarios'] as unknown[]).map((s, i) => embeddedScenario(file, s, i));
  const base = { argv, seed, reps, ...recordedDraws(file, p['posterior'], reps) };
  switch (doc['command']) {
    case 'run': {
      const label = isObject(doc['scenario']) ? Object.fromEntries(Object.entries(doc['scenario']).filter(([k]) => k !== 'params' && k !== 'timeline')) : {};
      const asked = Object.fromEntries(['scenario', 'variant'].filter((k) => k in p).map((k) => [k, p[k]]));
      const [scenario] = scenarios;
      if (scenario === undefined) throw notAResult(file, 'a run result whose provenance lists no scenario');
      return { env, command: argv, rebuild: (csv) => runDocument({ ...base, scenario, label, asked }, env, csv).doc };
    }
    case 'compare': {
      const listed = Array.isArray(doc['scenarios']) ? (doc['scenarios'] as unknown[]) : [];
      const entries = scenarios.map((scenario, k) => {
        const l = listed[k];
        return { ref: isObject(l) && typeof l['ref'] === 'string' ? l['ref'] : scenario.id, title: isObject(l) && typeof l['title'] === 'string' ? l['title'] : '', scenario };
      });
      return { env, command: argv, rebuild: (csv) => compareDocument({ ...base, entries }, env, csv).doc };
    }
    case 'demo':
      return { env, command: argv, rebuild: (csv) => demoDocument({ ...base, regimes: scenarios }, env, csv).doc };
    default:
      throw notAResult(file, `a result of ppsim ${String(doc['command'])}`, 'rerun reproduces results of run, compare and demo');
  }
}

/** The parameter draws a result recorded (`--posterior`), checked: parameter paths, and one row of finite values per replication. */
function recordedDraws(file: string, recorded: unknown, reps: number): { readonly posterior?: Posterior } {
  if (recorded === undefined) return {};
  const r = recorded as Partial<Posterior> | null;
  const ok =
    isObject(recorded) &&
    Array.isArray(r?.paths) &&
    r.paths.every((x) => typeof x === 'string' && isParamPath(x)) &&
    Array.isArray(r?.values) &&
    r.values.length === reps &&
    r.values.every((row) => Array.isArray(row) && row.length === r.paths?.length && row.every((x) => typeof x === 'number' && Number.isFinite(x)));
  if (!ok) throw notAResult(file, 'provenance.posterior without parameter paths and one row of values per replication', 'the file was edited or cut short: run the command again');
  return { posterior: recorded as unknown as Posterior };
}

function embeddedScenario(file: string, s: unknown, i: number): ProvenanceScenario {
  if (!isObject(s) || typeof s['id'] !== 'string' || !isObject(s['params']) || !Array.isArray(s['timeline'])) {
    throw notAResult(file, `provenance.scenarios[${i}] without id, params, timeline`, 'the file was edited or cut short; rerun needs every scenario as the model saw it');
  }
  // Validated again: a hand-edited parameter gets the same error as a bad --set.
  const params = parseParams(s['params'] as ModelParamsInput);
  return provenanceScenario({ id: s['id'], variant: typeof s['variant'] === 'string' ? s['variant'] : undefined, params, timeline: s['timeline'] as TimelineEvent[] });
}

function environmentWarnings(env: Environment): string[] {
  const now = currentEnvironment();
  const out: string[] = [];
  if (env.ppsim !== now.ppsim) out.push(`⚠ the result was made with ppsim ${env.ppsim}, this is ppsim ${now.ppsim}: differences may come from changes to the model`);
  if (env.gitCommit !== null && now.gitCommit !== null && env.gitCommit !== now.gitCommit)
    out.push(`⚠ the result was made at commit ${env.gitCommit.slice(0, 12)}, this checkout is at ${now.gitCommit.slice(0, 12)}`);
  if (env.node !== now.node || env.platform !== now.platform) out.push(`ℹ the result was made with Node ${env.node} on ${env.platform}, this is Node ${now.node} on ${now.platform}`);
  return out;
}

/** The result files of sweep, sensitivity and map folders, in the order a rerun compares them. */
const FOLDER_FILES = ['results.csv', 'summary.json', 'points.csv', 'sensitivity.csv', 'sensitivity.json'] as const;

/**
 * A sweep, sensitivity or map folder: runs its recorded specification again in a temporary folder,
 * on one thread, recomputes every result file the folder holds (results.csv, summary.json,
 * points.csv, and for a sensitivity folder its indices) and compares each byte for byte, taking only
 * the environment as recorded.
 */
function rerunFolder(dir: string, job: PartsJob, options: { readonly json: boolean }): RerunResult {
  const kind = job.specFile.replace('.json', '');
  const recordedFile = join(dir, 'results.csv');
  if (!existsSync(recordedFile)) {
    throw new PpsimError('invalid_input', {
      path: recordedFile,
      expected: `the results of a finished ${kind}`,
      received: 'no results.csv',
      hint: `finish the ${kind} first by running its command again (finished runs are kept)`,
    });
  }
  const scratch = mkdtempSync(join(tmpdir(), 'ppsim-rerun-'));
  try {
    runParts(scratch, job);
    const names = FOLDER_FILES.filter((f) => existsSync(join(dir, f)));
    if (names.includes('sensitivity.json')) {
      const spec = job.spec as SweepSpec;
      const method = recordedMethod(spec, readJsonFile(join(dir, 'sensitivity.json'), 'a sensitivity result'));
      if (method === undefined) {
        throw new PpsimError('invalid_input', {
          path: join(dir, 'sensitivity.json'),
          expected: 'the indices of a sweep whose design is morris(r=…) or saltelli(n=…)',
          received: spec.design,
          hint: 'run ppsim sensitivity again into a new folder',
        });
      }
      writeSensitivity(scratch, spec, method);
    }
    const compared = names.map((name) => {
      const recorded = readResultFile(join(dir, name), `a result file of a ${kind}`);
      const made = existsSync(join(scratch, name)) ? readFileSync(join(scratch, name), 'utf8') : '';
      const fresh = name.endsWith('.json') ? withRecordedEnvironment(made, recorded) : made;
      return { name, difference: fileDifference(name, recorded, fresh) };
    });
    const differing = compared.filter((c) => c.difference !== undefined);
    const reproduced = differing.length === 0;
    const runs = studyRunCount(job.design, job.seeds);
    if (options.json) {
      const line = differing[0]?.name === 'results.csv' ? firstDifferentLine(readResultFile(recordedFile), readFileSync(join(scratch, 'results.csv'), 'utf8')) : undefined;
      return {
        output: documentText({
          reproduced,
          file: recordedFile,
          runs,
          compared: names,
          ...(line === undefined ? {} : { firstDifferentLine: line }),
          differences: differing.map((d) => ({ file: d.name, difference: d.difference })),
        }),
        warnings: [],
        code: reproduced ? 0 : 1,
      };
    }
    const scope = `  compared: ${names.join(', ')}, each recomputed from the ${kind}'s specification; taken as recorded: the environment (ppsim version, Node, platform, git commit)\n`;
    return reproduced
      ? { output: `✔ reproduced byte for byte: ${recordedFile} (${runs} runs of the ${kind} in ${join(dir, job.specFile)})\n${scope}`, warnings: [], code: 0 }
      : { output: `${differing.map((d) => `✖ not reproduced: ${join(dir, d.name)}: ${d.difference}`).join('\n')}\n${scope}`, warnings: [], code: 1 };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
