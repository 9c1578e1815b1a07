/**
 * Calibration targets files (`format: ppsim-targets/v1`, core's `calibrationTargetsSchema`): the
 * built-in ones in packages/scenarios/targets/ by id, or any file by path. A file is read like a
 * scenario file (a regular file of at most `LIMITS.fileBytes`, safe YAML or JSON) and checked whole:
 * every problem with its path, an unknown metric with the closest name, two targets for one metric
 * and year, and, when the caller passes the scenario's years, a year the run does not report.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { METRICS, PpsimError, calibrationTargetsSchema, createClock, parseTargets, targetName, yearRanges, type Targets } from '@ppsim/core';
import { deepFreeze } from '@ppsim/core/internal';
import { z } from 'zod';
import { readRegularFile } from './files.ts';
import { didYouMean } from './internal/closest.ts';
import { formatIssues, fromZodIssues, issue, sortIssues, type ScenarioIssue } from './issues.ts';
import { LIMITS } from './limits.ts';
import { filesById } from './registry.ts';
import { knownKeysAt } from './schema.ts';
import { parseYamlText } from './yaml.ts';

/** The folder of built-in targets files: packages/scenarios/targets/ (`<id>.yaml`, the id of the case they describe). */
export const TARGETS_DIR = fileURLToPath(new URL('../targets/', import.meta.url));

/** Options of {@link loadTargets}. */
export interface LoadTargetsOptions {
  /** Folder of built-in targets files (default: packages/scenarios/targets/). */
  readonly targetsDir?: string;
  /**
   * The years a run of the scenario reports ({@link fullYears} of its period); a target in another
   * year is a problem. Default: years are not checked.
   */
  readonly years?: readonly number[];
}

/** The built-in targets files: those that load, and those that do not with their problems. */
export interface TargetsListing {
  readonly targets: readonly { readonly id: string; readonly file: string; readonly title: string; readonly scenario?: string; readonly count: number }[];
  readonly invalid: readonly { readonly id: string; readonly file: string; readonly issues: readonly ScenarioIssue[] }[];
}

/** Built-in targets files in `targetsDir` by id. */
export function targetFiles(targetsDir = TARGETS_DIR): ReadonlyMap<string, string> {
  return filesById(targetsDir, 'a folder of targets files', 'pass the folder that holds the targets files, e.g. packages/scenarios/targets');
}

/**
 * `loadTargets(pathOrId, { targetsDir?, years? })`: a checked, deeply frozen targets file.
 *
 * `pathOrId` is a built-in id (`listTargets()`, e.g. `reference`) or a path to a `.yaml`/`.json` file.
 * @throws PpsimError `invalid_input` (exit 2 in the CLI) naming the file and listing every problem
 * with its path in the file (`error.issues` keeps them as data).
 * @example
 * const targets = loadTargets('bergen', { years: fullYears(loadScenario('bergen').period) });
 * targets.targets.map(targetName); // ['hours.grantedPerUserWeekExtensive@2017', …]
 */
export function loadTargets(pathOrId: string, options: LoadTargetsOptions = {}): Targets {
  const file = locate(pathOrId, options.targetsDir ?? TARGETS_DIR);
  const read = readRegularFile(file, { maxBytes: LIMITS.fileBytes, what: 'a targets file' });
  if (read.problem !== undefined) throw targetsError(pathOrId, [issue('(file)', read.problem.expected, read.problem.received, read.problem.hint, true)]);
  const parsed = parseYamlText(read.text, 'targets');
  if (parsed.data === undefined) throw targetsError(pathOrId, parsed.issues);
  const issues = [...parsed.issues, ...schemaIssues(parsed.data), ...registryIssues(parsed.data, options.years)];
  if (issues.length > 0) throw targetsError(pathOrId, sortIssues(issues, parsed.data));
  // Core's parser stays the authority on the format; everything it checks has been reported above.
  return deepFreeze(parseTargets(parsed.data, pathOrId));
}

/**
 * `listTargets({ targetsDir? })`: every built-in targets file by id, with its title, the scenario it
 * describes and its number of targets; a file that fails to load is listed under `invalid`.
 */
export function listTargets(options: { readonly targetsDir?: string } = {}): TargetsListing {
  const targets: TargetsListing['targets'][number][] = [];
  const invalid: TargetsListing['invalid'][number][] = [];
  for (const [id, file] of targetFiles(options.targetsDir)) {
    try {
      const t = loadTargets(file);
      targets.push({ id, file, title: t.title, ...(t.scenario === undefined ? {} : { scenario: t.scenario }), count: t.targets.length });
    } catch (error) {
      const issues = (error as { issues?: readonly ScenarioIssue[] }).issues;
      if (!(error instanceof PpsimError) || issues === undefined) throw error;
      invalid.push({ id, file, issues });
    }
  }
  return { targets, invalid };
}

/**
 * `fullYears(period)`: the calendar years a run of `period` reports (core's `yearRanges`: a last
 * year of a few days is not one), e.g. 2005–2024 for `{ start: '2005-01-03', years: 20 }`.
 */
export function fullYears(period: { readonly start: string; readonly years: number }): number[] {
  const clock = createClock({ start: period.start, unit: 'week' });
  const steps = clock.stepsInYears(period.years);
  const year = Int32Array.from({ length: steps }, (_, k) => clock.yearOf(k));
  return [...yearRanges({ step: new Int32Array(steps), year, series: {} }).years];
}

/** `locateTargets(pathOrId, targetsDir?)`: the file a targets reference names (a built-in id, or a path ending in .yaml or .json). */
export function locateTargets(ref: string, targetsDir: string = TARGETS_DIR): string {
  return locate(ref, targetsDir);
}

function locate(ref: string, targetsDir: string): string {
  if (/\.(?:ya?ml|json)$/i.test(ref) || ref.includes('/') || ref.includes('\\')) return resolve(ref);
  const file = targetFiles(targetsDir).get(ref);
  if (file !== undefined) return file;
  const ids = [...targetFiles(targetsDir).keys()];
  const expected = `a built-in targets file (${ids.join(', ')}) or a file ending in .yaml or .json`;
  const hint = didYouMean(ref, ids) ?? 'built-in targets files are in packages/scenarios/targets/';
  throw Object.assign(new PpsimError('invalid_input', { path: 'targets', expected, received: ref, hint }), { issues: [issue('targets', expected, ref, hint)] });
}

const ONE_ERROR = 'the observation error as `sd` or as `interval`, one of them';
const MERGE = 'merge the observations into one target, e.g. with an interval that covers both';

/** The schema's problems; its two refinements (one observation error, lo < hi) in words of their own. */
function schemaIssues(data: unknown): ScenarioIssue[] {
  const result = calibrationTargetsSchema.safeParse(data);
  if (result.success) return [];
  const custom = result.error.issues.filter((i) => i.code === 'custom');
  const rest = new z.ZodError(result.error.issues.filter((i) => i.code !== 'custom'));
  // A target's grade is M, C or A; the scenario hint would offer F (fitted), which a target cannot be.
  const issues = fromZodIssues(rest, data, (path) => knownKeysAt(path, calibrationTargetsSchema)).map((i) =>
    i.path.endsWith('.grade') ? issue(i.path, i.expected, i.received, 'M measured, C case-reported, A assumption') : i,
  );
  for (const zi of custom) {
    const index = Number(zi.path[1]);
    const target = targetAt(data, index);
    if (zi.path[zi.path.length - 1] === 'interval') {
      issues.push(issue(`targets[${index}].interval`, 'a 95 % interval [lo, hi] with lo < hi', JSON.stringify(target?.['interval']), 'e.g. interval: [7.0, 7.8]', true));
    } else {
      const both = target?.['sd'] !== undefined && target['interval'] !== undefined;
      issues.push(issue(`targets[${index}]`, ONE_ERROR, both ? 'both' : 'neither', 'e.g. sd: 0.2 (a standard deviation) or interval: [7.0, 7.8] (95 %)', true));
    }
  }
  return issues;
}

/** Metrics the registry does not know, two targets for one metric and year, years the run does not report. */
function registryIssues(data: unknown, years: readonly number[] | undefined): ScenarioIssue[] {
  const list = (data as { targets?: unknown } | null)?.targets;
  if (!Array.isArray(list)) return [];
  const names = METRICS.map((m) => m.name);
  const known = new Set(names);
  const seen = new Map<string, number>();
  const issues: ScenarioIssue[] = [];
  list.forEach((_, i) => {
    const t = targetAt(data, i);
    const metric = t?.['metric'];
    const year = t?.['year'];
    if (typeof metric === 'string' && metric !== '' && !known.has(metric)) {
      issues.push(issue(`targets[${i}].metric`, 'a result metric (`ppsim schema --results`, docs/ODD.md §9.2)', metric, didYouMean(metric, names)));
    }
    if (typeof year === 'number' && Number.isInteger(year) && years !== undefined && !years.includes(year)) {
      const span = years.length === 0 ? 'none' : `${years[0]}–${years[years.length - 1]}`;
      issues.push(issue(`targets[${i}].year`, `a year the scenario's runs report (${span})`, year, 'a target needs a full simulated year of the scenario it is fitted to'));
    }
    if (typeof metric !== 'string' || typeof year !== 'number') return;
    const name = targetName({ metric, year });
    const first = seen.get(name);
    if (first !== undefined) issues.push(issue(`targets[${i}]`, 'one target per metric and year', `${name} again (first at targets[${first}])`, MERGE, true));
    else seen.set(name, i);
  });
  return issues;
}

function targetAt(data: unknown, i: number): Record<string, unknown> | undefined {
  const t = (data as { targets?: unknown[] } | null)?.targets?.[i];
  return t !== null && typeof t === 'object' ? (t as Record<string, unknown>) : undefined;
}

/** A PpsimError('invalid_input') naming the file, listing every issue, keeping them in `issues`. */
function targetsError(source: string, issues: readonly ScenarioIssue[]): PpsimError & { readonly issues: readonly ScenarioIssue[] } {
  const first = issues[0] ?? issue('(root)', 'a valid targets file', undefined);
  const error = new PpsimError('invalid_input', { path: `${source}: ${first.path}`, expected: first.expected, received: first.received, ...(first.hint === undefined ? {} : { hint: first.hint }) });
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  error.message = `${source} is not a valid ppsim targets file (${count}; see \`ppsim schema --targets\`):\n${formatIssues(issues)}`;
  return Object.assign(error, { issues });
}
