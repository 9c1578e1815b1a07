/**
 * The shape of a glossary entry and the groups it is printed in, apart from the entries themselves
 * so that the files holding the terms and the glossary that joins them do not import each other.
 */
/** The groups the glossary is printed in, in this order. */
export const GLOSSARY_GROUPS = {
  organisation: { en: 'Organisation and roles', nb: 'Organisering og roller' },
  financing: { en: 'Financing and markets', nb: 'Finansiering og marked' },
  steering: { en: 'Steering and control', nb: 'Styring og kontroll' },
  services: { en: 'Services', nb: 'Tjenester' },
  theory: { en: 'Theory', nb: 'Teori' },
  method: { en: 'Modelling and evidence', nb: 'Modellering og kunnskapsgrunnlag' },
} as const;

/** A group of {@link GLOSSARY_GROUPS}. */
export type GlossaryGroup = keyof typeof GLOSSARY_GROUPS;

/** One term of the glossary. */
export interface GlossaryEntry {
  /** Stable id, lower-case words joined by hyphens (`purchaser-provider-split`); `see` refers to it. */
  readonly id: string;
  /** Where the entry is printed. */
  readonly group: GlossaryGroup;
  /** The term in each language: Norwegian bokmål and English always, Swedish and Danish where they have their own word. */
  readonly terms: { readonly nb: string; readonly sv?: string; readonly da?: string; readonly en: string };
  /** What it means, in English and in Norwegian. */
  readonly definition: { readonly en: string; readonly nb: string };
  /** Ids of related entries. */
  readonly see?: readonly string[];
  /** Model parameters that express it (dotted paths, as in `--set path=value`). */
  readonly params?: readonly string[];
  /** Where ppsim's documentation treats it: a file under docs/ and a heading in it (its start). */
  readonly source?: { readonly doc: string; readonly section: string };
}
