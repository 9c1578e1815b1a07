/**
 * Loading a scenario: find it (built-in id or file), read it safely, check it completely, resolve
 * `extends`, apply a variant, and return frozen parameters and a timeline in core's shape.
 */
import { dirname, resolve } from 'node:path';
import { PpsimError, parseParams } from '@ppsim/core';
import { deepFreeze } from '@ppsim/core/internal';
import { checkScenario, type Inherited } from './check.ts';
import { didYouMean } from './internal/closest.ts';
import { fromZodIssues, issue, scenarioError, sortIssues, type ScenarioIssue } from './issues.ts';
import { LIMITS } from './limits.ts';
import { paramLeaves } from './params.ts';
import { CASES_DIR, REFERENCE_SCENARIO, builtInIds, caseFiles } from './registry.ts';
import { knownKeysAt, scenarioFileSchema, type ParamEntry, type ScenarioFile, type ScenarioFileVariant, type ScenarioSource } from './schema.ts';
import type { Evidence, Scenario, ScenarioEvent } from './types.ts';
import { readScenarioFile } from './yaml.ts';

/** Options of {@link loadScenario}. */
export interface LoadOptions {
  /** Name of a variant to apply (default: none, the base scenario). */
  readonly variant?: string;
  /** Folder of built-in cases (default: packages/scenarios/cases/). */
  readonly casesDir?: string;
}

interface FileEvent {
  readonly date: string;
  readonly label: string;
  readonly set: Readonly<Record<string, ParamEntry>>;
}

/** A file with its ancestors merged in, before a variant is chosen. */
interface Resolved {
  readonly doc: ScenarioFile;
  readonly file: string | undefined;
  readonly lineage: readonly string[];
  readonly sources: readonly ScenarioSource[];
  readonly params: ReadonlyMap<string, ParamEntry>;
  readonly timeline: readonly FileEvent[];
  readonly variants: ReadonlyMap<string, ScenarioFileVariant>;
}

interface Located {
  readonly key: string;
  readonly file?: string;
  readonly builtInId?: string;
}

/**
 * `loadScenario(idOrPath, { variant?, casesDir? })`: a checked, resolved, deeply frozen scenario.
 *
 * `idOrPath` is a built-in case id (`ppsim list`) or a path to a `.yaml`/`.json` file.
 * @throws PpsimError `invalid_input` listing every problem (`error.issues` keeps them as data).
 * @example
 * const s = loadScenario('bergen', { variant: 'frame-funding' });
 * runReplications({ params: s.params, timeline: s.timeline, seeds: replicationSeeds(1, 10) });
 */
export function loadScenario(idOrPath: string, options: LoadOptions = {}): Scenario {
  const casesDir = options.casesDir ?? CASES_DIR;
  const resolved = resolveFile(idOrPath, casesDir, undefined, []);
  const entries = new Map(resolved.params);
  let events = [...resolved.timeline];
  let applied: Scenario['variant'];
  if (options.variant !== undefined) {
    const v = resolved.variants.get(options.variant);
    if (v === undefined) {
      const names = [...resolved.variants.keys()];
      const expected = names.length === 0 ? `no variant: ${resolved.doc.id} has none` : `a variant of ${resolved.doc.id} (${names.join(', ')})`;
      const hint = didYouMean(options.variant, names) ?? 'see `ppsim list`';
      throw Object.assign(new PpsimError('invalid_input', { path: 'variant', expected, received: options.variant, hint }), { issues: [issue('variant', expected, options.variant, hint)] });
    }
    for (const [path, entry] of Object.entries(v.params ?? {})) entries.set(path, entry);
    const removed = new Set(v.removeEvents ?? []);
    events = sortByDate([...events.filter((e) => !removed.has(e.label)), ...(v.timeline ?? [])]);
    applied = {
      name: options.variant,
      title: v.title,
      ...(v.description === undefined ? {} : { description: v.description }),
      evidence: Object.entries(v.params ?? {}).map(([path, entry]) => evidenceOf(path, entry)),
      removedEvents: [...removed],
      addedEvents: (v.timeline ?? []).map((e) => e.label),
    };
  }
  const { doc } = resolved;
  const scenario: Scenario = {
    id: doc.id,
    title: doc.title,
    place: doc.place,
    service: doc.service,
    summary: doc.summary,
    knowledge: doc.knowledge ?? {},
    period: doc.period,
    ...(resolved.file === undefined ? {} : { file: resolved.file }),
    extends: resolved.lineage,
    sources: resolved.sources,
    evidence: [...entries].map(([path, entry]) => evidenceOf(path, entry)),
    params: parseParams(
      { horizon: { start: doc.period.start, years: doc.period.years } },
      [...entries].map(([path, entry]) => ({ path, value: entry.value })),
    ),
    timeline: events.map((e): ScenarioEvent => ({ date: e.date, label: e.label, set: Object.entries(e.set).map(([path, entry]) => evidenceOf(path, entry)) })),
    variants: [...resolved.variants].map(([name, v]) => ({ name, title: v.title, ...(v.description === undefined ? {} : { description: v.description }) })),
    ...(applied === undefined ? {} : { variant: applied }),
  };
  return deepFreeze(structuredClone(scenario));
}

/** Where a reference points: a file (relative to `fromDir` or the working folder) or a built-in id. */
function locate(ref: string, fromDir: string | undefined, casesDir: string): Located | undefined {
  if (/\.(?:ya?ml|json)$/i.test(ref) || ref.includes('/') || ref.includes('\\')) {
    const file = resolve(fromDir ?? process.cwd(), ref);
    return { key: file, file };
  }
  const file = caseFiles(casesDir).get(ref);
  if (file !== undefined) return { key: file, file, builtInId: ref };
  return ref === 'reference' ? { key: 'built-in:reference', builtInId: ref } : undefined;
}

function resolveFile(ref: string, casesDir: string, fromDir: string | undefined, chain: readonly { key: string; name: string }[]): Resolved {
  const loc = locate(ref, fromDir, casesDir);
  if (loc === undefined) {
    const ids = builtInIds(casesDir);
    const error = new PpsimError('invalid_input', {
      path: 'scenario',
      expected: `a built-in scenario (${ids.join(', ')}) or a scenario file ending in .yaml or .json`,
      received: ref,
      hint: didYouMean(ref, ids) ?? 'see `ppsim list` for the built-in scenarios',
    });
    throw Object.assign(error, { issues: [issue('scenario', `a scenario file or a built-in scenario (${ids.join(', ')})`, ref, didYouMean(ref, ids))] });
  }
  const parsed = loc.file === undefined ? { data: structuredClone(REFERENCE_SCENARIO) as unknown, issues: [] } : readScenarioFile(loc.file);
  const display = ref;
  const issues: ScenarioIssue[] = [...parsed.issues];
  if (parsed.data === undefined) throw scenarioError(display, issues);
  const result = scenarioFileSchema.safeParse(parsed.data);
  if (!result.success) issues.push(...fromZodIssues(result.error, parsed.data, knownKeysAt));
  const raw = (parsed.data ?? {}) as Record<string, unknown>;
  const name = typeof raw['id'] === 'string' ? raw['id'] : ref;
  if (loc.builtInId !== undefined && typeof raw['id'] === 'string' && raw['id'] !== loc.builtInId) {
    issues.push(issue('id', `the file name of a built-in case ("${loc.builtInId}")`, raw['id'], `rename the file to ${raw['id']}.yaml or set id: ${loc.builtInId}`));
  }

  let parent: Resolved | undefined;
  const ext = result.success ? result.data.extends : undefined;
  if (ext !== undefined) {
    const fromHere = loc.file === undefined ? undefined : dirname(loc.file);
    const parentLoc = locate(ext, fromHere, casesDir);
    const here = [...chain, { key: loc.key, name }];
    const cycleAt = parentLoc === undefined ? -1 : here.findIndex((c) => c.key === parentLoc.key);
    if (parentLoc === undefined) {
      const ids = builtInIds(casesDir);
      issues.push(issue('extends', `a built-in scenario (${ids.join(', ')}) or a path ending in .yaml or .json`, ext, didYouMean(ext, ids)));
    } else if (cycleAt >= 0) {
      const cycle = [...here.slice(cycleAt).map((c) => c.name), here[cycleAt]?.name ?? ext].join(' → ');
      issues.push(issue('extends', 'a chain of `extends` without cycles', cycle, 'one of these files must stop extending the others', true));
    } else if (here.length >= LIMITS.extendsDepth) {
      issues.push(issue('extends', `a chain of at most ${LIMITS.extendsDepth} files`, here.map((c) => c.name).join(' → '), 'extend a scenario nearer the root', true));
    } else {
      try {
        parent = resolveFile(ext, casesDir, fromHere, here);
      } catch (error) {
        const inner = (error as { issues?: readonly ScenarioIssue[] }).issues;
        if (!(error instanceof PpsimError) || inner === undefined) throw error;
        issues.push(...inner.map((i) => (i.file === undefined ? { ...i, file: ext } : i)));
      }
    }
  }
  issues.push(...checkScenario(parsed.data, inheritedOf(parent)));
  if (issues.length > 0 || !result.success) throw scenarioError(display, sortIssues(issues, parsed.data));
  return merge(result.data, loc.file, parent);
}

function inheritedOf(parent: Resolved | undefined): Inherited {
  if (parent === undefined) return { sourceIds: [], eventLabels: [], eventDates: [] };
  return { sourceIds: parent.sources.map((s) => s.id), eventLabels: parent.timeline.map((e) => e.label), eventDates: parent.timeline.map((e) => ({ label: e.label, date: e.date })) };
}

function merge(doc: ScenarioFile, file: string | undefined, parent: Resolved | undefined): Resolved {
  const sources = new Map((parent?.sources ?? []).map((s) => [s.id, s]));
  for (const s of doc.sources ?? []) sources.set(s.id, s);
  const params = new Map(parent?.params ?? []);
  for (const [path, entry] of Object.entries(doc.params ?? {})) params.set(path, entry);
  const variants = new Map(parent?.variants ?? []);
  for (const [name, v] of Object.entries(doc.variants ?? {})) variants.set(name, v);
  return {
    doc,
    file,
    lineage: parent === undefined ? [] : [parent.doc.id, ...parent.lineage],
    sources: [...sources.values()],
    params,
    timeline: sortByDate([...(parent?.timeline ?? []), ...(doc.timeline ?? [])]),
    variants,
  };
}

/** Stable sort by date: events on the same day keep their order (inherited first). */
function sortByDate<T extends { readonly date: string }>(events: readonly T[]): T[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i))
    .map((x) => x.e);
}

function evidenceOf(path: string, entry: ParamEntry): Evidence {
  return { path, value: entry.value, unit: paramLeaves().get(path)?.unit ?? '', source: entry.source, grade: entry.grade, ...(entry.note === undefined ? {} : { note: entry.note }) };
}
