/**
 * Scenario parameter entries against the model's parameter schema: every dotted path must exist, and
 * the values, applied together, must pass `modelParamsSchema`. Units for the evidence list come from
 * the schema's `.meta({ unit })`.
 */
import { isParamPath, parameterLeaves, paramPaths, safeParseParams, type ModelParamsInput, type UncheckedPatch } from '@ppsim/core';
import { didYouMean } from './internal/closest.ts';
import { formatIssuePath, issue, type ScenarioIssue } from './issues.ts';

/** What the JSON Schema of the model says about one leaf parameter. */
export interface ParamLeaf {
  readonly path: string;
  readonly unit: string;
  readonly description: string;
  /** The leaf's JSON Schema (type, range or enum, default, unit, grade, source). */
  readonly json: Readonly<Record<string, unknown>>;
}

let leaves: ReadonlyMap<string, ParamLeaf> | undefined;

/** Every leaf parameter of the model by dotted path, in schema order. */
export function paramLeaves(): ReadonlyMap<string, ParamLeaf> {
  leaves ??= new Map(parameterLeaves().map(({ path, unit, description, json }) => [path, { path, unit, description, json }]));
  return leaves;
}

/** Paths set by `period`, not by params. */
const PERIOD_PATHS = new Set(['horizon.start', 'horizon.years']);

/** One parameter value and where in the file it was written. */
export interface PlacedValue {
  readonly path: string;
  /** The value; `undefined` when it is missing or of the wrong shape (zod reports those). */
  readonly value: unknown;
  /** Data path of the entry, e.g. `['timeline', 2, 'set', 'governance.split']`. */
  readonly at: readonly PropertyKey[];
}

/**
 * Checks that every path exists (with "did you mean") and that the values pass the model's schema
 * when applied together on top of `base` (defaults fill the rest). Issues point at `…["path"].value`.
 */
export function checkParamValues(values: readonly PlacedValue[], base: ModelParamsInput = {}): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const patches: UncheckedPatch[] = [];
  const placedOf: PlacedValue[] = [];
  for (const placed of values) {
    if (PERIOD_PATHS.has(placed.path)) {
      issues.push(issue(formatIssuePath(placed.at), 'a model parameter path other than horizon.start and horizon.years', placed.path, 'set the simulated period with `period: { start, years }`'));
      continue;
    }
    if (!isParamPath(placed.path)) {
      issues.push(issue(formatIssuePath(placed.at), 'a model parameter path (`ppsim schema` lists them all)', placed.path, didYouMean(placed.path, paramPaths())));
      continue;
    }
    if (placed.value === undefined) continue;
    patches.push({ path: placed.path, value: placed.value });
    placedOf.push(placed);
  }
  const result = safeParseParams(base, patches);
  if (!result.success) {
    for (const pi of result.error.issues) {
      // Problems of paths this block did not set were reported where those values were written.
      const placed = placedOf[pi.patch ?? -1];
      if (placed === undefined) continue;
      const leaf = paramLeaves().get(pi.path);
      issues.push(issue(formatIssuePath([...placed.at, 'value']), pi.expected, placed.value, pi.hint ?? (leaf === undefined ? undefined : rangeHint(leaf))));
    }
  }
  return issues;
}

/** "governance.split is one of …" style hint from a leaf's JSON Schema. */
function rangeHint(leaf: ParamLeaf): string {
  const j = leaf.json;
  const range = Array.isArray(j['enum'])
    ? `one of ${(j['enum'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
    : j['type'] === 'boolean'
      ? 'true or false'
      : j['type'] === 'number' || j['type'] === 'integer'
        ? `${j['type'] === 'integer' ? 'a whole number' : 'a number'} from ${String(j['minimum'])} to ${String(j['maximum'])}`
        : 'a text';
  return `${leaf.path} is ${range}${leaf.unit === '' || leaf.unit === 'setting' ? '' : ` (${leaf.unit})`}; default ${JSON.stringify(j['default'])}`;
}
