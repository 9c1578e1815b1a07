/**
 * A case's texts in the page's language: the case file's own (English) texts, or those of its
 * translation file (`cases/<id>.<lang>.yaml`, packages/scenarios/FORMAT.md) where it has one. A
 * translation is looked up along the case's `extends` chain, nearest first, as the loader resolves
 * the case itself, so an inherited event or value finds the text of the file it came from.
 */
import type { CaseTranslation, Evidence, EventTranslation, Scenario, TranslationLang, VariantTranslation } from '@ppsim/scenarios/types';
import type { Lang } from './i18n.ts';

/** The built-in cases' translations: case id → language → translation. */
export type CaseTranslations = Readonly<Record<string, Partial<Record<TranslationLang, CaseTranslation>>>>;

/** Where an evidence entry is shown: the case's values, its variant's own values, or an event's. */
export type NoteSite = { readonly kind: 'case' } | { readonly kind: 'variant' } | { readonly kind: 'event'; readonly label: string };

/** A scenario's texts in one language; see {@link scenarioTexts}. */
export interface ScenarioTexts {
  readonly title: string;
  readonly place: string;
  readonly service: string;
  readonly summary: string;
  readonly knowledge: Scenario['knowledge'];
  /** The applied variant's title and description (undefined without a variant). */
  readonly variantTitle: string | undefined;
  readonly variantDescription: string | undefined;
  /** The title and description of any of the scenario's variants, by name. */
  variant(name: string, title: string, description?: string): { readonly title: string; readonly description: string | undefined };
  /** An event's label (the case's English label when it has no translation). */
  eventLabel(label: string): string;
  /** The note of an evidence entry shown at `site`. */
  note(e: Evidence, site: NoteSite): string | undefined;
  /** The note of a source, by id. */
  sourceNote(id: string, note: string | undefined): string | undefined;
}

const SOURCE_KINDS_NB: Readonly<Record<string, string>> = {
  seed: 'seed',
  report: 'rapport',
  article: 'artikkel',
  statistics: 'statistikk',
  decision: 'vedtak',
  assumption: 'antakelse',
  calibration: 'kalibrering',
};

/** `sourceKindText(kind, lang)`: the kind of a source (`report`, `statistics`, …) in `lang`. */
export function sourceKindText(kind: string, lang: Lang): string {
  return lang === 'nb' ? (SOURCE_KINDS_NB[kind] ?? kind) : kind;
}

/**
 * `scenarioTexts(scenario, lang, translations)`: the texts a page shows of `scenario` in `lang`; any
 * text without a translation stays as the case file has it.
 *
 * @example
 * scenarioTexts(sarpsborg, 'nb', translations).eventLabel('Split abolished'); // 'Bestiller–utførermodellen avviklet'
 */
export function scenarioTexts(s: Scenario, lang: Lang, all: CaseTranslations): ScenarioTexts {
  const chain = lang === 'en' ? [] : [s.id, ...s.extends].flatMap((id) => all[id]?.[lang] ?? []);
  const own = chain[0];
  const variantOf = (name: string): VariantTranslation | undefined => chain.map((c) => c.variants?.[name]).find((v) => v !== undefined);
  const applied = s.variant === undefined ? undefined : variantOf(s.variant.name);
  const eventOf = (label: string): EventTranslation | undefined =>
    applied?.timeline?.[label] ??
    chain.map((c) => c.timeline?.[label] ?? Object.values(c.variants ?? {}).find((v) => v.timeline?.[label] !== undefined)?.timeline?.[label]).find((e) => e !== undefined);
  return {
    title: own?.title ?? s.title,
    place: own?.place ?? s.place,
    service: own?.service ?? s.service,
    summary: own?.summary ?? s.summary,
    knowledge: {
      measured: s.knowledge.measured === undefined ? undefined : (own?.knowledge?.measured ?? s.knowledge.measured),
      claimed: s.knowledge.claimed === undefined ? undefined : (own?.knowledge?.claimed ?? s.knowledge.claimed),
      assumed: s.knowledge.assumed === undefined ? undefined : (own?.knowledge?.assumed ?? s.knowledge.assumed),
    },
    variantTitle: s.variant === undefined ? undefined : (applied?.title ?? s.variant.title),
    variantDescription: s.variant?.description === undefined ? undefined : (applied?.description ?? s.variant.description),
    variant: (name, title, description) => {
      const v = variantOf(name);
      return { title: v?.title ?? title, description: description === undefined ? undefined : (v?.description ?? description) };
    },
    eventLabel: (label) => eventOf(label)?.label ?? label,
    note: (e, site) => {
      if (e.note === undefined) return undefined;
      if (site.kind === 'event') return eventOf(site.label)?.notes?.[e.path] ?? e.note;
      const fromVariant = s.variant?.evidence.some((x) => x.path === e.path) === true ? applied?.params?.[e.path] : undefined;
      if (site.kind === 'variant') return fromVariant ?? e.note;
      return fromVariant ?? chain.map((c) => c.params?.[e.path]).find((x) => x !== undefined) ?? e.note;
    },
    sourceNote: (id, note) => (note === undefined ? undefined : (chain.map((c) => c.sources?.[id]).find((x) => x !== undefined) ?? note)),
  };
}
