/**
 * Problems found in a scenario file, as data: where (`timeline[2].date`), what was expected, what was
 * received, and a hint. All of a file's problems are collected and thrown together as one PpsimError.
 */
import type { z } from 'zod';
import { PpsimError } from '@ppsim/core';
import { describeValue, valueAt, zodExpected } from '@ppsim/core/internal';
import { didYouMean } from './internal/closest.ts';

/** One problem in a scenario file. Same shape as core's `ParamIssue`, plus the file it is in. */
export interface ScenarioIssue {
  /** Where in the file: `timeline[2].date`, `params["governance.split"].value`, `line 3, column 5`. */
  readonly path: string;
  readonly expected: string;
  readonly received: unknown;
  readonly hint?: string;
  /** `expected …, received …` in one line, with the hint in parentheses. */
  readonly message: string;
  /** The file (or built-in id) the problem is in, when it is not the file that was asked for. */
  readonly file?: string;
}

/** Builds an issue; `received` is rendered with core's `describeValue` unless `raw` is set. */
export function issue(path: string, expected: string, received: unknown, hint?: string, raw = false): ScenarioIssue {
  const shown = raw ? String(received) : describeValue(received);
  const message = `expected ${expected}, received ${shown}${hint === undefined ? '' : ` (${hint})`}`;
  return hint === undefined ? { path, expected, received, message } : { path, expected, received, hint, message };
}

/** Renders a data path: identifiers with dots, other keys quoted in brackets, indices in brackets. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) out += out === '' ? String(key) : `.${String(key)}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === '' ? '(root)' : out;
}

/** `✖ path: expected X, received Y (hint)`, one line per issue. */
export function formatIssues(issues: readonly ScenarioIssue[]): string {
  return issues.map((i) => `✖ ${i.file === undefined ? '' : `${i.file}: `}${i.path}: ${i.message}`).join('\n');
}

/** A PpsimError('invalid_input') whose message lists every issue and whose `issues` keeps them as data. */
export function scenarioError(source: string, issues: readonly ScenarioIssue[]): PpsimError & { readonly issues: readonly ScenarioIssue[] } {
  const first = issues[0] ?? issue('(root)', 'a valid scenario', undefined);
  const error = new PpsimError('invalid_input', { path: first.path, expected: first.expected, received: first.received, ...(first.hint === undefined ? {} : { hint: first.hint }) });
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  // One message lists everything; the first problem's fields stay on the error for callers that render them.
  error.message = `${source} is not a valid ppsim scenario (${count}; see packages/scenarios/FORMAT.md or \`ppsim schema\`):\n${formatIssues(issues)}`;
  return Object.assign(error, { issues });
}

/** Converts zod issues of the scenario schema into scenario issues, with "did you mean" for unknown keys. */
export function fromZodIssues(error: z.ZodError, input: unknown, knownKeysAt: (path: readonly PropertyKey[]) => readonly string[]): ScenarioIssue[] {
  return error.issues.flatMap((zi): ScenarioIssue[] => {
    if (zi.code === 'unrecognized_keys') {
      const known = knownKeysAt(zi.path);
      return zi.keys.map((key) => issue(formatIssuePath([...zi.path, key]), `a known key (${known.join(', ')})`, key, didYouMean(key, known)));
    }
    if (zi.code === 'invalid_key') {
      const key = zi.path[zi.path.length - 1];
      return [issue(formatIssuePath(zi.path), zi.issues[0]?.message ?? 'a valid name', key)];
    }
    const received = valueAt(input, zi.path);
    if (zi.code === 'invalid_value' && zi.path[zi.path.length - 1] === 'grade') {
      return [issue(formatIssuePath(zi.path), expectedOf(zi), received, 'M measured, C claimed by a source, A our assumption, F fitted to measured targets by ppsim calibrate')];
    }
    if ((zi.code === 'invalid_type' || zi.code === 'invalid_union') && received === undefined) {
      return [issue(formatIssuePath(zi.path), `${expectedOf(zi)} (the key is required)`, received)];
    }
    return [issue(formatIssuePath(zi.path), expectedOf(zi), received)];
  });
}

/** A scenario file is YAML or JSON: a mapping and a list, not an object and an array. */
function expectedType(expected: string): string {
  return expected === 'object' ? 'mapping (key: value)' : expected === 'array' ? 'list' : expected;
}

/** Core's wording, with lengths of texts and lists and YAML's type names; a union is a parameter value. */
function expectedOf(zi: z.core.$ZodIssue): string {
  return zi.code === 'invalid_union' ? 'a number, a text or true/false' : zodExpected(zi, { lengths: true, typeName: expectedType });
}

/** Issues in the order their places appear in the document (stable; unplaceable ones last). */
export function sortIssues(issues: readonly ScenarioIssue[], doc: unknown): ScenarioIssue[] {
  const keyed = issues.map((i, n) => ({ i, n, rank: i.file === undefined ? rankOf(parsePath(i.path), doc) : rankOf(['extends'], doc) }));
  keyed.sort((a, b) => compareRanks(a.rank, b.rank) || a.n - b.n);
  return keyed.map((k) => k.i);
}

function parsePath(path: string): PropertyKey[] {
  const out: PropertyKey[] = [];
  const re = /^(?:\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;
  let rest = path;
  while (rest.length > 0) {
    const m = re.exec(rest);
    if (m === null) break;
    out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3] ?? '""') as string)));
    rest = rest.slice(m[0].length);
  }
  return out;
}

function rankOf(path: readonly PropertyKey[], doc: unknown): number[] {
  const rank: number[] = [];
  let node = doc;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    const index = keys.indexOf(key as never);
    rank.push(index < 0 ? Number.MAX_SAFE_INTEGER : index);
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return rank.length === 0 ? [Number.MAX_SAFE_INTEGER] : rank;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) {
    const d = (a[k] as number) - (b[k] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}
