import { builtInIds, loadScenario, readCaseTranslation, sourceSchema, translationFile, type CaseTranslation } from '@ppsim/scenarios';
import { describe, expect, it } from 'vitest';
import { scenarioTexts, sourceKindText, type CaseTranslations } from './i18n-cases.ts';

const translations: CaseTranslations = Object.fromEntries(builtInIds().map((id) => [id, { nb: readCaseTranslation(translationFile(id, 'nb')).translation as CaseTranslation }]));

describe('scenarioTexts(scenario, lang, translations)', () => {
  it('scenarioTexts(sarpsborg, "nb"): title, place, summary, event label and notes from the translation file', () => {
    const s = loadScenario('sarpsborg');
    const x = scenarioTexts(s, 'nb', translations);
    expect(x.title).toMatch(/^Sarpsborg — bestiller–utførermodellen/);
    expect(x.place).toBe('Sarpsborg, Norge');
    expect(x.service).toBe('hjemmetjenester');
    expect(x.eventLabel('Split abolished')).toBe('Bestiller–utførermodellen avviklet');
    const event = s.timeline[0];
    expect(x.note(event?.set[0] as NonNullable<typeof event>['set'][number], { kind: 'event', label: 'Split abolished' })).toMatch(/^avviklet «midt i 2009»/);
    const scale = s.evidence.find((e) => e.path === 'population.scale');
    expect(x.note(scale as NonNullable<typeof scale>, { kind: 'case' })).toMatch(/^forholdet mellom folketallet/);
    expect(x.variant('kept-split', 'Sarpsborg keeping the split').title).toBe('Sarpsborg beholder bestiller–utførermodellen');
  });

  it("scenarioTexts(variant, \"nb\"): the variant's title, description, its own events' labels and its values' notes", () => {
    const s = loadScenario('sarpsborg', { variant: 'abolished-with-lighter-steering' });
    const x = scenarioTexts(s, 'nb', translations);
    expect(x.variantTitle).toBe('Avvikling sammen med lettere styring');
    expect(x.variantDescription).toMatch(/^Det uttalte målet/);
    expect(x.eventLabel('Lighter steering after the abolition')).toBe('Lettere styring etter avviklingen');
    const b = loadScenario('bergen', { variant: 'frame-funding' });
    const financing = b.variant?.evidence.find((e) => e.path === 'governance.financing');
    expect(scenarioTexts(b, 'nb', translations).note(financing as NonNullable<typeof financing>, { kind: 'variant' })).toMatch(/^hva-hvis/);
  });

  it('scenarioTexts(scenario, "en") keeps the case file\'s texts; a text without a translation stays as the file has it', () => {
    const s = loadScenario('bergen', { variant: 'deeper-cut' });
    const en = scenarioTexts(s, 'en', translations);
    expect([en.title, en.variantTitle, en.eventLabel('Standard times cut (20 %)')]).toEqual([s.title, s.variant?.title, 'Standard times cut (20 %)']);
    const nb = scenarioTexts(s, 'nb', translations);
    expect(nb.eventLabel('Standard times cut (20 %)')).toBe('Standardtidene kuttet (20 %)');
    expect(nb.eventLabel('Not an event')).toBe('Not an event');
    expect(scenarioTexts(s, 'nb', {}).title).toBe(s.title);
  });

  it('sourceKindText(kind, "nb"): a Norwegian word for every kind of source the schema allows', () => {
    const kinds = sourceSchema.shape.kind.options;
    expect(kinds.filter((k) => k !== 'seed' && sourceKindText(k, 'nb') === k)).toEqual([]);
    expect(sourceKindText('report', 'en')).toBe('report');
  });

  it('every event label of every built-in case and variant has its Norwegian text', () => {
    const untranslated = builtInIds().flatMap((id) => {
      const base = loadScenario(id);
      return [base, ...base.variants.map((v) => loadScenario(id, { variant: v.name }))].flatMap((s) => {
        const x = scenarioTexts(s, 'nb', translations);
        return [...s.timeline.map((e) => e.label).filter((l) => x.eventLabel(l) === l), ...(s.variant !== undefined && x.variantTitle === s.variant.title ? [s.variant.name] : [])];
      });
    });
    expect(untranslated).toEqual([]);
  });
});
