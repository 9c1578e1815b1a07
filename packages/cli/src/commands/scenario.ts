import { readFileSync } from 'node:fs';
import { PpsimError, parseParams, withParam, type ModelParams, type ModelParamsInput, type TimelineEvent } from '@ppsim/core';

/** A resolved scenario: its id, parameters and dated events. */
export interface ResolvedScenario {
  readonly id: string;
  readonly params: ModelParams;
  readonly timeline: readonly TimelineEvent[];
}

/** Built-in scenarios until the scenario packages land: the reference municipality. */
export const BUILT_IN: Readonly<Record<string, { readonly title: string; readonly params: ModelParamsInput }>> = {
  reference: { title: 'Reference municipality: integrated, frame-funded home care (Bergen scale, teaching defaults [A])', params: {} },
};

/**
 * Resolves `reference` or a JSON file `{ "params": {…}, "timeline": [{ "date", "set": [{ "path", "value" }] }] }`,
 * then applies `--years` and each `--set path=value` in order.
 */
export function resolveScenario(ref: string, sets: readonly string[], years: number | undefined): ResolvedScenario {
  let input: { params?: ModelParamsInput; timeline?: TimelineEvent[] };
  const builtIn = BUILT_IN[ref];
  if (builtIn !== undefined) input = { params: builtIn.params };
  else if (ref.endsWith('.json')) input = readScenarioFile(ref);
  else {
    throw new PpsimError('invalid_input', {
      path: 'scenario', expected: `a built-in scenario (${Object.keys(BUILT_IN).join(', ')}) or a .json file`, received: ref,
      hint: 'run `ppsim run reference`, or pass a file such as my-municipality.json',
    });
  }
  let params = parseParams(input.params ?? {});
  if (years !== undefined) params = withParam(params, 'horizon.years', years);
  for (const set of sets) {
    const eq = set.indexOf('=');
    if (eq <= 0) {
      throw new PpsimError('invalid_input', { path: '--set', expected: 'path=value, e.g. governance.split=internal', received: set, hint: 'write the parameter path, an equals sign and the value' });
    }
    params = withParam(params, set.slice(0, eq), parseValue(set.slice(eq + 1)));
  }
  return { id: ref, params, timeline: input.timeline ?? [] };
}

/** `--set` values: JSON where it parses (numbers, booleans, quoted strings), else the bare string. */
export function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function readScenarioFile(path: string): { params?: ModelParamsInput; timeline?: TimelineEvent[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new PpsimError('invalid_input', { path, expected: 'a readable scenario file', received: (error as NodeJS.ErrnoException).code ?? 'unreadable', hint: 'check the path' });
  }
  try {
    return JSON.parse(text) as { params?: ModelParamsInput; timeline?: TimelineEvent[] };
  } catch (error) {
    throw new PpsimError('invalid_input', { path, expected: 'valid JSON', received: (error as Error).message, hint: 'validate the file with a JSON linter' });
  }
}
