/**
 * The parameter panel's knowledge of each parameter, read from the model's zod schema (the same
 * source as docs/ODD.md's table): description, unit, range, default, and the default's evidence
 * grade and source. The horizon is set by the page's own controls and is left out.
 */
import { parameterLeaves, parseParams, type ModelParams, type ParameterLeaf } from '@ppsim/core';

/** One adjustable parameter: the schema's metadata and its panel group (the first path segment). */
export interface ParamInfo extends ParameterLeaf {
  readonly group: string;
}

let cached: readonly ParamInfo[] | undefined;

/** Every adjustable parameter, in schema order (the horizon is set by the page's own controls). */
export function paramInfos(): readonly ParamInfo[] {
  cached ??= parameterLeaves()
    .map((leaf) => ({ ...leaf, group: leaf.path.split('.')[0] ?? leaf.path }))
    .filter((info) => info.group !== 'horizon');
  return cached;
}

/** The value at a dotted path of a parameter object. */
export function paramValue(params: unknown, path: string): unknown {
  let node: unknown = params;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Parses the text of an input for a parameter; undefined when it is not a valid value. */
export function parseValue(info: ParamInfo, text: string): unknown {
  if (info.kind === 'boolean') return text === 'true' ? true : text === 'false' ? false : undefined;
  if (info.kind === 'choice') return info.choices?.includes(text) === true ? text : undefined;
  if (info.kind === 'text') return text.trim() === '' ? undefined : text.trim();
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  const n = Number(trimmed);
  if (!Number.isFinite(n)) return undefined;
  if (info.kind === 'integer' && !Number.isInteger(n)) return undefined;
  if (info.min !== undefined && n < info.min) return undefined;
  if (info.max !== undefined && n > info.max) return undefined;
  return n;
}

/** `params` with the years and the overrides applied as patches, validated by the model's schema (throws PpsimError). */
export function applyOverrides(params: ModelParams, years: number, overrides: ReadonlyMap<string, unknown>): ModelParams {
  return parseParams(params, [{ path: 'horizon.years', value: years }, ...[...overrides].map(([path, value]) => ({ path, value }))]);
}
