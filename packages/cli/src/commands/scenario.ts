import { existsSync } from 'node:fs';
import { PpsimError, parseParams, parsePatch, type ModelParams, type UncheckedPatch } from '@ppsim/core';
import { loadScenario, type Scenario, type ScenarioEvent } from '@ppsim/scenarios';

/** A scenario ready to run: its id and title, parameters after `--years`/`--set`, and dated events. */
export interface ResolvedScenario {
  readonly id: string;
  readonly title: string;
  readonly variant?: string;
  readonly params: ModelParams;
  readonly timeline: readonly ScenarioEvent[];
  /** The loaded scenario (metadata, sources, evidence), before `--years` and `--set`. */
  readonly scenario?: Scenario;
}

/** Where scenarios come from: a variant to apply and the folder of built-in cases. */
export interface ScenarioOptions {
  readonly variant?: string;
  readonly casesDir?: string;
}

/**
 * Resolves a built-in case id or a scenario file (.yaml/.json) with `@ppsim/scenarios`, applies a
 * variant, then `--years` and each `--set path=value` in order.
 */
export function resolveScenario(ref: string, sets: readonly string[], years: number | undefined, options: ScenarioOptions = {}): ResolvedScenario {
  const scenario = loadScenario(ref, options);
  return {
    id: scenario.id,
    title: scenario.title,
    ...(scenario.variant === undefined ? {} : { variant: scenario.variant.name }),
    params: applyOverrides(scenario.params, sets, years),
    timeline: scenario.timeline,
    scenario,
  };
}

/** The model's defaults with `--years` and `--set` applied: what `demo` compares regimes on. */
export function resolveDefaults(sets: readonly string[], years: number | undefined): ResolvedScenario {
  return { id: 'reference', title: 'model defaults', params: applyOverrides(parseParams({}), sets, years), timeline: [] };
}

/** `applyOverrides(params, sets, years)`: `--years`, then each `--set path=value` in order, as patches validated together. */
export function applyOverrides(base: ModelParams, sets: readonly string[], years: number | undefined): ModelParams {
  const patches = sets.map((set): UncheckedPatch => {
    const patch = parsePatch(set);
    if (patch !== undefined) return patch;
    throw new PpsimError('invalid_input', { path: '--set', expected: 'path=value, e.g. governance.split=internal', received: set, hint: 'write the parameter path, an equals sign and the value' });
  });
  return parseParams(base, years === undefined ? patches : [{ path: 'horizon.years', value: years }, ...patches]);
}

/**
 * `splitReference(ref)`: `town:frame` → `{ id: 'town', variant: 'frame' }`. A reference that names
 * an existing file, or whose tail after the last colon is not a variant name (`C:\x.yaml`), is
 * taken whole.
 */
export function splitReference(ref: string): { readonly id: string; readonly variant?: string } {
  const colon = ref.lastIndexOf(':');
  if (colon <= 0 || existsSync(ref)) return { id: ref };
  const variant = ref.slice(colon + 1);
  return /^[A-Za-z0-9][\w-]*$/.test(variant) ? { id: ref.slice(0, colon), variant } : { id: ref };
}
