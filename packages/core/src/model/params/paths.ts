/**
 * Parameter paths and patches: the dotted leaf paths of the schema (`governance.split`), typed from
 * the schema and checked at run time against the schema's own keys, never against what an object
 * inherits (`__proto__`, `constructor` and `prototype` are not parameters).
 */
import { z } from 'zod';
import { describeValue } from '../../errors.ts';
import { closest } from '../../internal/closest.ts';
import { modelParamsSchema, type ModelParams } from './schema.ts';

type Leaves<T> = { [K in keyof T & string]-?: T[K] extends Record<string, unknown> ? `${K}.${Leaves<T[K]>}` : K }[keyof T & string];
type ValueAt<T, P extends string> = P extends `${infer K}.${infer R}` ? (K extends keyof T ? ValueAt<T[K], R> : never) : P extends keyof T ? T[P] : never;

/** The dotted path of a leaf parameter, e.g. `'staff.motivation.crowding'`; derived from the schema's type. */
export type ParamPath = Leaves<ModelParams>;

/** The type of the value at a parameter path, e.g. `ParamValue<'governance.split'>` is `'integrated' | 'internal' | 'competitive'`. */
export type ParamValue<P extends ParamPath> = ValueAt<ModelParams, P>;

/**
 * One change of one parameter: `{ path, value }`. Written in code, the path and the value's type are
 * checked by the compiler; every patch is checked again at run time by `parseParams`.
 *
 * @example
 * const patch: ParamPatch = { path: 'governance.split', value: 'internal' };
 */
export type ParamPatch = { [P in ParamPath]: { readonly path: P; readonly value: ParamValue<P> } }[ParamPath];

/**
 * A patch whose path and value come from text (a `--set` flag, a file, a URL, a dated event), so
 * only the run-time check of `parseParams` vouches for them.
 */
export interface UncheckedPatch {
  readonly path: string;
  readonly value: unknown;
}

/** One problem found in parameters: where, what was expected, what was received, and a hint. */
export interface ParamIssue {
  readonly path: string;
  readonly expected: string;
  readonly received: unknown;
  readonly hint?: string;
  /** `expected …, received …` in one line. */
  readonly message: string;
  /** Index of the patch that caused it, when a patch did. */
  readonly patch?: number;
}

/** Builds a {@link ParamIssue} with its one-line message. */
export function paramIssue(path: string, expected: string, received: unknown, hint?: string): ParamIssue {
  const message = `expected ${expected}, received ${describeValue(received)}${hint === undefined ? '' : ` (${hint})`}`;
  return hint === undefined ? { path, expected, received, message } : { path, expected, received, hint, message };
}

/** The shape of an object schema, looking through defaults and prefaults. */
export function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  let s: z.ZodType = schema;
  for (let i = 0; i < 4; i++) {
    if (s instanceof z.ZodObject) return s.shape as Record<string, z.ZodType>;
    const inner = (s as unknown as { def?: { innerType?: z.ZodType } }).def?.innerType;
    if (inner === undefined) return undefined;
    s = inner;
  }
  return undefined;
}

let paths: ReadonlySet<string> | undefined;

/** Every leaf parameter path of the schema, in schema order. */
export function paramPaths(): ReadonlySet<ParamPath> {
  if (paths === undefined) {
    const out = new Set<string>();
    const walk = (schema: z.ZodType, prefix: string): void => {
      const shape = objectShape(schema);
      if (shape === undefined) out.add(prefix);
      else for (const [key, child] of Object.entries(shape)) walk(child, prefix === '' ? key : `${prefix}.${key}`);
    };
    walk(modelParamsSchema, '');
    paths = out;
  }
  return paths as ReadonlySet<ParamPath>;
}

/** `isParamPath(path)`: whether `path` is a leaf parameter of the schema (its own keys only). */
export function isParamPath(path: string): path is ParamPath {
  return (paramPaths() as ReadonlySet<string>).has(path);
}

/**
 * `checkParamPath(path)`: undefined for a leaf parameter path, else the problem: which group lacks
 * which key (with "did you mean"), a value taken for a group, or a group taken for a value.
 */
export function checkParamPath(path: string): ParamIssue | undefined {
  if (isParamPath(path)) return undefined;
  const keys = path.split('.');
  let shape = objectShape(modelParamsSchema) as Record<string, z.ZodType>;
  for (const [i, key] of keys.entries()) {
    const at = keys.slice(0, i).join('.');
    if (!Object.hasOwn(shape, key)) {
      const known = Object.keys(shape);
      return paramIssue(path, `a parameter path; "${at || '(root)'}" has ${quoted(known)}`, key, closestHint(key, known));
    }
    const next = objectShape(shape[key] as z.ZodType);
    if (next === undefined) return paramIssue(path, `a parameter path; "${keys.slice(0, i + 1).join('.')}" is a value, not a group`, keys[i + 1], closestHint(String(keys[i + 1]), []));
    shape = next;
  }
  const first = Object.keys(shape)[0];
  return paramIssue(path, `a parameter path; "${path}" is a group of ${quoted(Object.keys(shape))}`, path, `set one of its parameters, e.g. ${path}.${String(first)}`);
}

const quoted = (keys: readonly string[]): string => keys.map((k) => `"${k}"`).join(', ');

function closestHint(key: string, known: readonly string[]): string {
  const guess = closest(key, known);
  return guess === undefined ? 'see `ppsim schema` for every parameter path' : `did you mean "${guess}"?`;
}

/** Writes `value` at a checked leaf path of a plain nested object, making the groups it lacks. */
export function putParam(target: Record<string, unknown>, path: ParamPath, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node = target;
  for (const key of keys) {
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    node = (next !== null && typeof next === 'object' ? next : (node[key] = {})) as Record<string, unknown>;
  }
  node[last] = value;
}
