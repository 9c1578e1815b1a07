import type { z } from 'zod';
import { PpsimError } from '../../errors.ts';
import { closest } from '../../internal/closest.ts';
import { deepFreeze } from '../../internal/freeze.ts';
import { valueAt, zodExpected } from '../../internal/zod-issues.ts';
import { checkParamPath, objectShape, paramIssue as issue, putParam, type ParamIssue, type ParamPath, type ParamPatch, type UncheckedPatch } from './paths.ts';
import { modelParamsSchema, type ModelParams, type ModelParamsInput } from './schema.ts';

/** Renders a zod issue path as `governance.split` or `timeline[2].date`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out === '' ? String(key) : `${out}.${String(key)}`), '');
}

/** Turns zod issues into ppsim's "path: expected X, received Y" lines, every problem at once. */
function describeIssues(error: z.ZodError, input: unknown): ParamIssue[] {
  return error.issues.flatMap((zi): ParamIssue[] => {
    const base = zi.path;
    if (zi.code === 'unrecognized_keys') {
      const known = knownKeys(zi.path);
      return zi.keys.map((key) => {
        const guess = closest(key, known);
        return issue(formatPath([...base, key]), `a known key: ${known.map((k) => `"${k}"`).join(', ')}`, key, guess === undefined ? undefined : `did you mean "${guess}"?`);
      });
    }
    return [issue(formatPath(base) || '(root)', zodExpected(zi), valueAt(input, zi.path))];
  });
}

function knownKeys(path: readonly PropertyKey[]): string[] {
  let schema: z.ZodType = modelParamsSchema;
  for (const key of path) {
    const shape = objectShape(schema);
    if (shape === undefined || !Object.hasOwn(shape, key)) return [];
    schema = shape[String(key)] as z.ZodType;
  }
  return Object.keys(objectShape(schema) ?? {});
}

/** What {@link safeParseParams} returns: frozen parameters, or an error whose `issues` list every problem. */
export type SafeParamsResult = { readonly success: true; readonly data: ModelParams } | { readonly success: false; readonly error: PpsimError & { readonly issues: readonly ParamIssue[] } };

/**
 * `safeParseParams(input?, patches?)`: {@link parseParams} without throwing. One validation pass:
 * every patch's path is checked against the schema's own leaf paths, the patches are applied in
 * order on a copy of `input`, and the result is checked once; every problem is an issue (an issue
 * caused by a patch names it in `patch`, its index).
 *
 * @example
 * const result = safeParseParams({}, [{ path: 'governance.controlIntensity', value: 2 }]);
 * if (!result.success) console.log(result.error.issues[0]?.message); // expected a value ≤ 1, received 2
 */
export function safeParseParams(input: ModelParamsInput = {}, patches: readonly (ParamPatch | UncheckedPatch)[] = []): SafeParamsResult {
  const issues: ParamIssue[] = [];
  const setBy = new Map<string, number>();
  let target: unknown = input;
  if (patches.length > 0) {
    const copy = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
    patches.forEach(({ path, value }, n) => {
      const wrong = checkParamPath(path);
      if (wrong !== undefined) issues.push({ ...wrong, patch: n });
      else {
        putParam(copy, path as ParamPath, value);
        setBy.set(path, n);
      }
    });
    target = copy;
  }
  const result = modelParamsSchema.safeParse(target);
  if (!result.success) {
    for (const i of describeIssues(result.error, target)) {
      const n = setBy.get(i.path);
      issues.push(n === undefined ? i : { ...i, patch: n });
    }
  }
  if (issues.length > 0 || !result.success) return { success: false, error: paramsError(issues) };
  return { success: true, data: deepFreeze(result.data) };
}

/**
 * `parseParams(input?, patches?)`: validates parameters (a nested subset, or parsed parameters),
 * applies the patches in order, fills defaults and returns a deeply frozen object. Throws a
 * PpsimError ('invalid_input') whose message lists every problem with its path; the problems are
 * also in `error.issues`. {@link safeParseParams} returns them instead.
 *
 * @example
 * const params = parseParams({ governance: { split: 'internal' } }, [{ path: 'population.scale', value: 0.1 }]);
 */
export function parseParams(input: ModelParamsInput = {}, patches: readonly (ParamPatch | UncheckedPatch)[] = []): ModelParams {
  const result = safeParseParams(input, patches);
  if (!result.success) throw result.error;
  return result.data;
}

/** `withParam(params, path, value)`: `parseParams(params, [{ path, value }])`, one patch. */
export function withParam(params: ModelParams, path: string, value: unknown): ModelParams {
  return parseParams(params, [{ path, value }]);
}

/**
 * `parsePatch(text)`: `path=value` → a patch (the value is JSON where it parses: numbers, booleans,
 * quoted strings; else the bare text); undefined without a path before `=`. How `--set` and the
 * viewer's `?set=` read a patch; the path is checked when the patch is applied.
 */
export function parsePatch(text: string): UncheckedPatch | undefined {
  const eq = text.indexOf('=');
  if (eq <= 0) return undefined;
  const raw = text.slice(eq + 1);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = raw;
  }
  return { path: text.slice(0, eq), value };
}

/**
 * `paramsError(issues)`: one PpsimError ('invalid_input') for a non-empty list of issues: the first
 * names path, expectation, what was received and a fix, the others follow in the hint; all are in
 * `error.issues`.
 */
export function paramsError(issues: readonly ParamIssue[]): PpsimError & { readonly issues: readonly ParamIssue[] } {
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
