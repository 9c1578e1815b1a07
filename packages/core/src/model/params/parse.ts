import type { z } from 'zod';
import { PpsimError } from '../../errors.ts';
import { modelParamsSchema, type ModelParams, type ModelParamsInput } from './schema.ts';

/** One problem found in parameters: where, and what is wrong. */
export interface ParamIssue {
  readonly path: string;
  readonly message: string;
}

/** Renders a zod issue path as `governance.split` or `timeline[2].date`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out === '' ? String(key) : `${out}.${String(key)}`), '');
}

/** Turns zod issues into ppsim's "path: expected X, received Y" lines, every problem at once. */
export function describeIssues(error: z.ZodError, prefix = ''): ParamIssue[] {
  return error.issues.map((issue) => {
    const path = formatPath([...(prefix === '' ? [] : [prefix]), ...issue.path]);
    const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.map((k) => `"${k}"`).join(', ')})` : '';
    return { path: path === '' ? '(root)' : path, message: `${issue.message}${keys}` };
  });
}

/**
 * Validates parameters, fills defaults and returns a deeply frozen object.
 * Throws a PpsimError ('invalid_input') that lists every problem with its path.
 *
 * @example
 * const params = parseParams({ governance: { split: 'internal', financing: 'perUnitGranted' } });
 */
export function parseParams(input: ModelParamsInput = {}): ModelParams {
  const result = modelParamsSchema.safeParse(input);
  if (!result.success) {
    const issues = describeIssues(result.error);
    const first = issues[0] as ParamIssue;
    throw new PpsimError('invalid_input', {
      path: first.path,
      expected: issues.length === 1 ? first.message : `${first.message}; and ${issues.length - 1} more: ${issues.slice(1).map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      received: input === null || typeof input !== 'object' ? input : 'parameters',
      hint: 'see `ppsim schema` or docs/ODD.md for every parameter, its unit and range',
    });
  }
  return deepFreeze(result.data);
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
    if (!(key in node)) {
      throw new PpsimError('invalid_input', {
        path, expected: `a parameter path; "${keys.slice(0, i).join('.') || '(root)'}" has ${Object.keys(node).map((k) => `"${k}"`).join(', ')}`, received: key,
        hint: 'see `ppsim schema` for every parameter path',
      });
    }
    if (i === keys.length - 1) node[key] = value;
    else node = node[key] as Record<string, unknown>;
  });
  return parseParams(copy as ModelParamsInput);
}
