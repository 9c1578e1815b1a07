/** `listScenarios()`: every built-in case with its title and variants, and the cases that fail to load. */
import { PpsimError } from '@ppsim/core';
import type { ScenarioIssue } from './issues.ts';
import { loadScenario } from './loader.ts';
import { CASES_DIR, builtInIds, caseFiles } from './registry.ts';
import type { ScenarioSummary } from './types.ts';

/** The built-in cases: those that load, and those that do not with their problems. */
export interface ScenarioListing {
  readonly scenarios: readonly ScenarioSummary[];
  readonly invalid: readonly { readonly id: string; readonly file: string; readonly issues: readonly ScenarioIssue[] }[];
}

/**
 * `listScenarios({ casesDir? })`: every built-in case, `reference` first, then by id. A case file
 * that fails to load is listed under `invalid` instead of hiding the others.
 *
 * @example
 * listScenarios().scenarios.map((s) => s.id); // ['reference', 'bergen', …]
 */
export function listScenarios(options: { readonly casesDir?: string } = {}): ScenarioListing {
  const casesDir = options.casesDir ?? CASES_DIR;
  const files = caseFiles(casesDir);
  const scenarios: ScenarioSummary[] = [];
  const invalid: { id: string; file: string; issues: readonly ScenarioIssue[] }[] = [];
  for (const id of builtInIds(casesDir)) {
    try {
      const s = loadScenario(id, { casesDir });
      scenarios.push({ id: s.id, title: s.title, place: s.place, ...(s.file === undefined ? {} : { file: s.file }), variants: s.variants });
    } catch (error) {
      const issues = (error as { issues?: readonly ScenarioIssue[] }).issues;
      if (!(error instanceof PpsimError) || issues === undefined) throw error;
      invalid.push({ id, file: files.get(id) ?? id, issues });
    }
  }
  return { scenarios, invalid };
}
