import { z } from 'zod';
import { PpsimError, describeValue } from '../../errors.ts';
import { modelParamsSchema, type ModelParams, type ModelParamsInput } from './schema.ts';

/** One problem found in parameters: where, what was expected, what was received, and a hint. */
export interface ParamIssue {
  readonly path: string;
  readonly expected: string;
  readonly received: unknown;
  readonly hint?: string;
  /** `expected …, received …` in one line. */
  readonly message: string;
}

function issue(path: string, expected: string, received: unknown, hint?: string): ParamIssue {
  const message = `expected ${expected}, received ${describeValue(received)}${hint === undefined ? '' : ` (${hint})`}`;
  return hint === undefined ? { path, expected, received, message } : { path, expected, received, hint, message };
}

/** Renders a zod issue path as `governance.split` or `timeline[2].date`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out === '' ? String(key) : `${out}.${String(key)}`), '');
}

/** Turns zod issues into ppsim's "path: expected X, received Y" lines, every problem at once. */
export function describeIssues(error: z.ZodError, input: unknown, prefix = ''): ParamIssue[] {
  return error.issues.flatMap((zi): ParamIssue[] => {
    const base = [...(prefix === '' ? [] : [prefix]), ...zi.path];
    if (zi.code === 'unrecognized_keys') {
      const known = knownKeys(zi.path);
      return zi.keys.map((key) => {
        const guess = closest(key, known);
        return issue(formatPath([...base, key]), `a known key: ${known.map((k) => `"${k}"`).join(', ')}`, key, guess === undefined ? undefined : `did you mean "${guess}"?`);
      });
    }
    return [issue(formatPath(base) || '(root)', expectedOf(zi), valueAt(input, zi.path))];
  });
}

/** What a zod issue expected, in words. */
function expectedOf(zi: z.core.$ZodIssue): string {
  switch (zi.code) {
    case 'too_big':
      return `a value ${zi.inclusive === false ? '<' : '≤'} ${String(zi.maximum)}`;
    case 'too_small':
      return `a value ${zi.inclusive === false ? '>' : '≥'} ${String(zi.minimum)}`;
    case 'invalid_value':
      return `one of ${zi.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_type':
      return `a ${zi.expected}`;
    default:
      return zi.message;
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function knownKeys(path: readonly PropertyKey[]): string[] {
  let schema: z.ZodType = modelParamsSchema;
  for (const key of path) {
    const shape = objectShape(schema);
    const next = shape?.[String(key)];
    if (next === undefined) return [];
    schema = next;
  }
  return Object.keys(objectShape(schema) ?? {});
}

/** The shape of an object schema, looking through defaults and prefaults. */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  let s: z.ZodType = schema;
  for (let i = 0; i < 4; i++) {
    if (s instanceof z.ZodObject) return s.shape as Record<string, z.ZodType>;
    const inner = (s as unknown as { def?: { innerType?: z.ZodType } }).def?.innerType;
    if (inner === undefined) return undefined;
    s = inner;
  }
  return undefined;
}

/** The known name closest to `name` by edit distance, if it is close enough to be a likely typo. */
export function closest(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * Validates parameters, fills defaults and returns a deeply frozen object.
 * Throws a PpsimError ('invalid_input') whose message lists every problem with its path; the
 * problems are also in `error.issues`.
 *
 * @example
 * const params = parseParams({ governance: { split: 'internal', financing: 'perUnitGranted' } });
 */
export function parseParams(input: ModelParamsInput = {}): ModelParams {
  const result = modelParamsSchema.safeParse(input);
  if (!result.success) throw paramsError(describeIssues(result.error, input));
  return deepFreeze(result.data);
}

function paramsError(issues: readonly ParamIssue[]): PpsimError {
  const [first, ...rest] = issues as [ParamIssue, ...ParamIssue[]];
  const more = rest.length === 0 ? '' : `; and ${rest.length} more: ${rest.map((i) => `${i.path}: ${i.message}`).join('; ')}`;
  const error = new PpsimError('invalid_input', {
    path: first.path,
    expected: first.expected,
    received: first.received,
    hint: `${first.hint ?? 'see `ppsim schema` or docs/ODD.md for every parameter, its unit and range'}${more}`,
  });
  return Object.assign(error, { issues });
}

function closestHint(key: string, known: readonly string[]): string {
  const guess = closest(key, known);
  return guess === undefined ? 'see `ppsim schema` for every parameter path' : `did you mean "${guess}"?`;
}

/** Freezes an object and everything inside it, so parsed inputs cannot be changed by accident. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * A copy of `params` with the value at a dotted path replaced (`'governance.split'`), validated
 * again. Used by `--set path=value` and by dated events.
 */
export function withParam(params: ModelParams, path: string, value: unknown): ModelParams {
  const keys = path.split('.');
  const copy = JSON.parse(JSON.stringify(params)) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  keys.forEach((key, i) => {
    if (node === null || typeof node !== 'object' || !(key in node)) {
      throw new PpsimError('invalid_input', {
        path,
        expected: typeof node === 'object' && node !== null
          ? `a parameter path; "${keys.slice(0, i).join('.') || '(root)'}" has ${Object.keys(node).map((k) => `"${k}"`).join(', ')}`
          : `a parameter path; "${keys.slice(0, i).join('.')}" is a value, not a group`,
        received: key,
        hint: closestHint(key, typeof node === 'object' && node !== null ? Object.keys(node) : []),
      });
    }
    if (i === keys.length - 1) node[key] = value;
    else node = node[key] as Record<string, unknown>;
  });
  return parseParams(copy as ModelParamsInput);
}
