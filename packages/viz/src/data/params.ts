/**
 * The parameter panel's knowledge of each parameter, read from the model's zod schema (the same
 * source as docs/ODD.md's table): description, unit, range, default, and the default's evidence
 * grade and source. The horizon is set by the page's own controls and is left out.
 */
import { parameterLeaves, parseParams, safeParseParams, type ModelParams, type ParameterLeaf } from '@ppsim/core';
import { valueAt } from '@ppsim/core/internal';

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

/** The value at a dotted path of a parameter object (own keys only, as core reads them). */
export function paramValue(params: unknown, path: string): unknown {
  return valueAt(params, path.split('.'));
}

/**
 * `parseValue(info, text, params)`: the value a parameter field's text stands for, or undefined when
 * the model refuses it. Whether a value is valid (its type, whole number or not, range, choices) is
 * core's question, asked as a run asks it: `safeParseParams` with the change as a patch on `params`.
 * Only the reading of the text is the panel's own, and differs from `--set`'s (core's `parsePatch`,
 * which the page's address uses) on purpose: a field knows its parameter's kind, so a number field
 * takes a decimal comma as Norwegian is written, and a text field's text stays text ("true" too),
 * trimmed.
 */
export function parseValue(info: ParamInfo, text: string, params: ModelParams): unknown {
  const value = fieldValue(info, text);
  return value !== undefined && safeParseParams(params, [{ path: info.path, value }]).success ? value : undefined;
}

function fieldValue(info: ParamInfo, text: string): unknown {
  if (info.kind === 'boolean') return text === 'true' ? true : text === 'false' ? false : undefined;
  if (info.kind === 'choice') return text;
  if (info.kind === 'text') return text.trim() === '' ? undefined : text.trim();
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? undefined : Number(trimmed);
}

/** `params` with the years and the overrides applied as patches, validated by the model's schema (throws PpsimError). */
export function applyOverrides(params: ModelParams, years: number, overrides: ReadonlyMap<string, unknown>): ModelParams {
  return parseParams(params, [{ path: 'horizon.years', value: years }, ...[...overrides].map(([path, value]) => ({ path, value }))]);
}
