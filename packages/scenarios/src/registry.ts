/**
 * Built-in cases: every `<id>.yaml` (or `.json`) in packages/scenarios/cases/, read at run time, plus
 * the reference municipality (model defaults) when no `reference.yaml` is there.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PpsimError } from '@ppsim/core';

/** The folder of built-in cases: packages/scenarios/cases/. */
export const CASES_DIR = fileURLToPath(new URL('../cases/', import.meta.url));

const CASE_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(?:yaml|yml|json)$/;

/**
 * The reference municipality: integrated, frame-funded home care with every parameter at its model
 * default. A `cases/reference.yaml` replaces it.
 */
export const REFERENCE_SCENARIO = Object.freeze({
  id: 'reference',
  title: 'Reference municipality: integrated, frame-funded home care (Bergen scale, teaching defaults [A])',
  place: 'A reference municipality (teaching defaults)',
  service: 'home care',
  period: { start: '2005-01-03', years: 20 },
  summary:
    "A municipality of Bergen's scale where the home-care provider assesses and delivers within a budget frame. Every parameter is at the model's default; most defaults are assumptions [A] documented in docs/ODD.md.",
  knowledge: { assumed: 'Everything: this is the model with its defaults, a baseline to compare against, not a place.' },
});

/**
 * Case files in `casesDir` by id.
 * @throws PpsimError `invalid_input` when `casesDir` is there but is not a folder.
 */
export function caseFiles(casesDir = CASES_DIR): ReadonlyMap<string, string> {
  return filesById(casesDir, 'a folder of case files (--cases)', 'pass the folder that holds the case files, e.g. --cases packages/scenarios/cases');
}

/**
 * `filesById(dir, expected, hint)`: the `<id>.yaml` (or `.yml`, `.json`) files in `dir` by id, sorted;
 * empty when `dir` does not exist. Built-in cases and built-in targets files are found this way.
 * @throws PpsimError `invalid_input` when `dir` is there but is not a folder.
 */
export function filesById(dir: string, expected: string, hint: string): ReadonlyMap<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  if (!statSync(dir).isDirectory()) throw new PpsimError('invalid_input', { path: dir, expected, received: 'not a folder', hint });
  for (const name of readdirSync(dir).sort()) {
    const match = CASE_FILE.exec(name);
    if (match?.[1] !== undefined && !files.has(match[1])) files.set(match[1], join(dir, name));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Ids of every built-in case, `reference` first. */
export function builtInIds(casesDir = CASES_DIR): string[] {
  const ids = [...caseFiles(casesDir).keys()].filter((id) => id !== 'reference');
  return ['reference', ...ids];
}
