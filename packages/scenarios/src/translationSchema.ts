/**
 * The schema of a case's translation file, `cases/<id>.<lang>.yaml` (FORMAT.md, "Translations"): the
 * texts of the case in another language, keyed by what they translate. No I/O, so the viewer can
 * use its types.
 */
import { z } from 'zod';

/** The languages a case may be translated into (English is the case file's own). */
export const TRANSLATION_LANGS = ['nb'] as const;
/** A language a case may be translated into (`nb`: Norwegian bokmål). */
export type TranslationLang = (typeof TRANSLATION_LANGS)[number];

const text = (max: number, description: string) => z.string().trim().min(1).max(max).describe(description);
const notes = (description: string) => z.record(z.string(), text(2000, 'The note in this language.')).describe(description);

/** A translated event: its label, and the notes of the values it sets by path. */
export const eventTranslationSchema = z
  .strictObject({
    label: text(200, "The event's label in this language."),
    notes: notes('Notes of the values the event sets, by parameter path.').optional(),
  })
  .describe('An event of the timeline, keyed by its English label.');

/** A translated variant, keyed by the variant's name. */
export const variantTranslationSchema = z
  .strictObject({
    title: text(200, "The variant's title in this language."),
    description: text(4000, "The variant's description in this language.").optional(),
    params: notes("Notes of the variant's parameter values, by path.").optional(),
    timeline: z.record(z.string(), eventTranslationSchema).optional().describe("The variant's own events, by English label."),
  })
  .describe('A variant, keyed by its name.');

/** A translation file: `cases/<id>.<lang>.yaml`. */
export const caseTranslationSchema = z
  .strictObject({
    translates: z.string().max(64).describe('The id of the case this file translates.'),
    lang: z.enum(TRANSLATION_LANGS).describe('The language of the texts (nb: Norwegian bokmål).'),
    from: z
      .string()
      .regex(/^[0-9a-f]{12}$/, 'expected 12 hexadecimal digits')
      .describe(
        "The fingerprint of the case file's English texts this translation was made from (translationFingerprint): when they change, the translation is flagged until it is checked and this is updated.",
      ),
    title: text(200, 'The one-line title.'),
    place: text(200, 'Municipality or region, and country.'),
    service: text(80, 'The service.'),
    summary: text(4000, 'The summary.'),
    knowledge: z
      .strictObject({ measured: text(4000, 'Measured.').optional(), claimed: text(4000, 'Claimed.').optional(), assumed: text(4000, 'Assumed.').optional() })
      .optional()
      .describe('What is known, claimed and assumed.'),
    sources: notes("Notes of the case's sources, by source id (citations stay as they are).").optional(),
    params: notes("Notes of the case's parameter values, by path.").optional(),
    timeline: z.record(z.string(), eventTranslationSchema).optional().describe("The case's events, by English label."),
    variants: z.record(z.string(), variantTranslationSchema).optional().describe('The variants, by name.'),
  })
  .describe("A case's texts in another language, for the viewer.");

/** A parsed translation file, `cases/<id>.<lang>.yaml`. */
export type CaseTranslation = z.infer<typeof caseTranslationSchema>;
/** An event's label and notes in a translation, keyed there by the event's English label. */
export type EventTranslation = z.infer<typeof eventTranslationSchema>;
/** A variant's title, description and notes in a translation, keyed there by the variant's name. */
export type VariantTranslation = z.infer<typeof variantTranslationSchema>;
