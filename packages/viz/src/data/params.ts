/**
 * The parameter panel's knowledge of each parameter, read from the model's zod schema (the same
 * source as docs/ODD.md's table): description, unit, range, default, and the default's evidence
 * grade and source. The horizon is set by the page's own controls and is left out.
 */
import { modelParamsSchema, withParam, type ModelParams } from '@ppsim/core';
import { z } from 'zod';

/** One leaf of the parameter tree. */
export interface ParamInfo {
  readonly path: string;
  /** First path segment: the panel's group. */
  readonly group: string;
  readonly description: string;
  readonly unit: string;
  readonly kind: 'number' | 'integer' | 'boolean' | 'choice';
  readonly min?: number;
  readonly max?: number;
  readonly choices?: readonly string[];
  readonly defaultValue: unknown;
  readonly grade: string;
  readonly source: string;
}

interface JsonNode {
  readonly type?: string;
  readonly description?: string;
  readonly properties?: Record<string, JsonNode>;
  readonly enum?: readonly unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly default?: unknown;
  readonly unit?: string;
  readonly grade?: string;
  readonly source?: string;
}

let cached: readonly ParamInfo[] | undefined;

/** Every adjustable parameter, in schema order. */
export function paramInfos(): readonly ParamInfo[] {
  if (cached !== undefined) return cached;
  const schema = z.toJSONSchema(modelParamsSchema, { io: 'input' }) as JsonNode;
  const out: ParamInfo[] = [];
  const walk = (node: JsonNode, path: string) => {
    if (node.type === 'object' && node.properties !== undefined) {
      for (const [key, child] of Object.entries(node.properties)) walk(child, path === '' ? key : `${path}.${key}`);
      return;
    }
    const group = path.split('.')[0] ?? path;
    if (group === 'horizon') return;
    const kind: ParamInfo['kind'] = node.enum !== undefined ? 'choice' : node.type === 'boolean' ? 'boolean' : node.type === 'integer' ? 'integer' : 'number';
    out.push({
      path, group, kind,
      description: node.description ?? '',
      unit: node.unit ?? '',
      ...(node.minimum === undefined ? {} : { min: node.minimum }),
      ...(node.maximum === undefined ? {} : { max: node.maximum }),
      ...(node.enum === undefined ? {} : { choices: node.enum.map(String) }),
      defaultValue: node.default,
      grade: node.grade ?? '',
      source: node.source ?? '',
    });
  };
  walk(schema, '');
  cached = out;
  return out;
}

/** The value at a dotted path of a parameter object. */
export function valueAt(params: unknown, path: string): unknown {
  let node: unknown = params;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Parses the text of an input for a parameter; undefined when it is not a valid value. */
export function parseValue(info: ParamInfo, text: string): unknown {
  if (info.kind === 'boolean') return text === 'true' ? true : text === 'false' ? false : undefined;
  if (info.kind === 'choice') return info.choices?.includes(text) === true ? text : undefined;
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  const n = Number(trimmed);
  if (!Number.isFinite(n)) return undefined;
  if (info.kind === 'integer' && !Number.isInteger(n)) return undefined;
  if (info.min !== undefined && n < info.min) return undefined;
  if (info.max !== undefined && n > info.max) return undefined;
  return n;
}

/** `params` with the overrides applied, each validated by the model's schema (throws PpsimError). */
export function applyOverrides(params: ModelParams, overrides: ReadonlyMap<string, unknown>): ModelParams {
  let out = params;
  for (const [path, value] of overrides) out = withParam(out, path, value);
  return out;
}
