import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInIds, caseFiles } from './registry.ts';
import { scenarioFileSchema, type ScenarioFile } from './schema.ts';
import { readCaseTranslation, translationFile, translationFingerprint, translationIssues } from './translation.ts';
import type { CaseTranslation } from './translationSchema.ts';
import { readScenarioFile } from './yaml.ts';

/** A built-in case file as parsed (before `extends`). */
function caseFile(id: string): ScenarioFile {
  const path = caseFiles().get(id);
  if (path === undefined) throw new Error(`no case file for ${id}`);
  return scenarioFileSchema.parse(readScenarioFile(path).data);
}

const file: ScenarioFile = scenarioFileSchema.parse({
  id: 'town',
  title: 'Town',
  place: 'Town, Norway',
  service: 'home care',
  period: { start: '2005-01-03', years: 10 },
  summary: 'A town.',
  knowledge: { assumed: 'Everything.' },
  sources: [{ id: 'a', kind: 'assumption', citation: 'Ours', note: 'How we chose.' }],
  params: { 'governance.split': { value: 'internal', source: 'a', grade: 'A', note: 'why' }, 'population.scale': { value: 0.2, source: 'a', grade: 'A' } },
  timeline: [{ date: '2009-07-01', label: 'Split abolished', set: { 'governance.split': { value: 'integrated', source: 'a', grade: 'C', note: 'mid-year' } } }],
  variants: {
    kept: { title: 'Kept', description: 'No abolition.', removeEvents: ['Split abolished'] },
    lighter: { title: 'Lighter', timeline: [{ date: '2009-07-01', label: 'Lighter steering', set: { 'governance.controlIntensity': { value: 0.3, source: 'a', grade: 'A' } } }] },
  },
});

const complete: CaseTranslation = {
  translates: 'town',
  lang: 'nb',
  from: translationFingerprint(file),
  title: 'By',
  place: 'By, Norge',
  service: 'hjemmetjenester',
  summary: 'En by.',
  knowledge: { assumed: 'Alt.' },
  sources: { a: 'Hvordan vi valgte.' },
  params: { 'governance.split': 'hvorfor' },
  timeline: { 'Split abolished': { label: 'Splitten avviklet', notes: { 'governance.split': 'midt i året' } } },
  variants: { kept: { title: 'Beholdt', description: 'Ingen avvikling.' }, lighter: { title: 'Lettere', timeline: { 'Lighter steering': { label: 'Lettere styring' } } } },
};

describe('translationIssues(file, translation)', () => {
  it('translationIssues(file, complete) is empty', () => {
    expect(translationIssues(file, complete)).toEqual([]);
  });

  it('translationIssues(file with a new variant, event and note) names each text the translation lacks', () => {
    const grown = scenarioFileSchema.parse({
      ...file,
      params: { ...file.params, 'population.scale': { value: 0.2, source: 'a', grade: 'A', note: 'rounded' } },
      timeline: [...(file.timeline ?? []), { date: '2010-01-01', label: 'Budget cut', set: { 'budget.framePerYear': { value: 1e8, source: 'a', grade: 'A' } } }],
      variants: { ...file.variants, later: { title: 'Later' } },
    });
    expect(translationIssues(grown, complete).map((i) => `${i.path}: ${i.expected}`)).toEqual([
      `from: the fingerprint of the case's English texts now, "${translationFingerprint(grown)}"`,
      'params["population.scale"]: a translation of this text of the case',
      'timeline["Budget cut"]: a translation of this text of the case',
      'variants["later"]: a translation of this text of the case',
    ]);
  });

  it('translationIssues(file with an English text rewritten under the same key, translation) flags the translation as made from other texts', () => {
    const rewritten = scenarioFileSchema.parse({ ...file, variants: { ...file.variants, kept: { ...file.variants?.['kept'], description: 'The split is kept after 2009.' } } });
    const issues = translationIssues(rewritten, complete);
    expect(issues.map((i) => i.path)).toEqual(['from']);
    expect(issues[0]?.received).toBe(translationFingerprint(file));
    expect(issues[0]?.hint).toContain(`set from: ${translationFingerprint(rewritten)}`);
    // Everything else the fingerprint covers moves it too; what a translation does not translate does not.
    expect(translationFingerprint(scenarioFileSchema.parse({ ...file, summary: 'A small town.' }))).not.toBe(translationFingerprint(file));
    expect(translationFingerprint(scenarioFileSchema.parse({ ...file, period: { start: '2006-01-02', years: 10 } }))).toBe(translationFingerprint(file));
  });

  it('translationIssues(file, translation with keys the case lacks) names each extra key', () => {
    const extra: CaseTranslation = {
      ...complete,
      knowledge: { ...complete.knowledge, measured: 'Målt.' },
      timeline: { ...complete.timeline, 'Split abolishd': { label: 'Feil' } },
      variants: { ...complete.variants, gone: { title: 'Borte' } },
    };
    expect(translationIssues(file, extra).map((i) => i.path)).toEqual(['knowledge.measured', 'timeline["Split abolishd"]', 'variants["gone"]']);
  });

  it("translationIssues(file, translation without an event's note or a variant's description) names the note and the description", () => {
    const partial: CaseTranslation = { ...complete, timeline: { 'Split abolished': { label: 'Splitten avviklet' } }, variants: { ...complete.variants, kept: { title: 'Beholdt' } } };
    expect(translationIssues(file, partial).map((i) => i.path)).toEqual(['timeline["Split abolished"].notes["governance.split"]', 'variants.kept.description']);
  });
});

describe('readCaseTranslation(path)', () => {
  it('readCaseTranslation(file with an unknown key) reports it with "did you mean"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppsim-tr-'));
    const path = join(dir, 'town.nb.yaml');
    writeFileSync(path, 'translates: town\nlang: nb\nfrom: 0123456789ab\ntitle: By\nplace: By\nservice: x\nsummary: En by.\nvarient: {}\n');
    const { translation, issues } = readCaseTranslation(path);
    expect(translation).toBeUndefined();
    expect(issues[0]?.message).toMatch(/varient/);
    expect(issues[0]?.message).toMatch(/variants/);
  });
});

describe('the Norwegian translations of the built-in cases', () => {
  it.each(builtInIds())('cases/%s.nb.yaml translates every text of the case and nothing else', (id) => {
    const { translation, issues } = readCaseTranslation(translationFile(id, 'nb'));
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([]);
    expect(translationIssues(caseFile(id), translation as CaseTranslation).map((i) => `${i.path}: ${i.message}`)).toEqual([]);
  });
});
