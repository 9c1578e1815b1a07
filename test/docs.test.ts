import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRICS, modelParamsSchema, parseParams } from '@ppsim/core';
import { GLOSSARY } from '@ppsim/scenarios';
import { glossaryMarkdown, withParameterTable } from '../scripts/update-docs.ts';

const root = join(import.meta.dirname, '..');
const odd = readFileSync(join(root, 'docs/ODD.md'), 'utf8');

/** Every leaf path of the parsed default parameters, e.g. `governance.split`. */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix === '' ? k : `${prefix}.${k}`));
}

describe('docs/ODD.md stays true to the code', () => {
  it('documents every parameter path of the schema', () => {
    const missing = leafPaths(parseParams({})).filter((path) => !odd.includes(`\`${path}\``));
    expect(missing).toEqual([]);
  });

  it('documents every result metric', () => {
    const missing = METRICS.map((m) => m.name).filter((name) => !odd.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it('has the parameter table generated from the current schema (run `pnpm docs:update` if not)', () => {
    expect(withParameterTable(odd)).toBe(odd);
  });

  it('the schema carries a unit, a grade and a source for every numeric parameter', () => {
    const json = JSON.stringify(modelParamsSchema.toJSONSchema({ io: 'input' }));
    expect(json).toContain('"grade"');
    const numbers = (json.match(/"type":"number"|"type":"integer"/g) ?? []).length;
    const sources = (json.match(/"source":/g) ?? []).length;
    expect(sources).toBeGreaterThanOrEqual(numbers);
  });
});

describe('docs/glossary.md and GLOSSARY', () => {
  it('docs/glossary.md is generated from the current GLOSSARY (run `pnpm docs:update` if not)', () => {
    expect(readFileSync(join(root, 'docs/glossary.md'), 'utf8')).toBe(glossaryMarkdown());
  });

  it('GLOSSARY has unique ids, and every `see` names an entry', () => {
    const ids = GLOSSARY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const dangling = GLOSSARY.flatMap((e) => (e.see ?? []).filter((id) => !ids.includes(id)).map((id) => `${e.id} → ${id}`));
    expect(dangling).toEqual([]);
  });

  it('every parameter a glossary entry names is a parameter of the model', () => {
    const paths = new Set(leafPaths(parseParams({})));
    const unknown = GLOSSARY.flatMap((e) => (e.params ?? []).filter((p) => !paths.has(p)).map((p) => `${e.id}: ${p}`));
    expect(unknown).toEqual([]);
  });

  it('every entry has nb and en terms and both definitions', () => {
    const thin = GLOSSARY.filter((e) => [e.terms.nb, e.terms.en, e.definition.en, e.definition.nb].some((t) => t.trim().length < 3)).map((e) => e.id);
    expect(thin).toEqual([]);
  });
});
