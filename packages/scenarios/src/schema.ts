/**
 * The scenario file format (FORMAT.md): the single source of truth for its structure. Types are
 * inferred from it and `ppsim schema` exports it as JSON Schema. What zod cannot see alone (parameter
 * paths and values, source ids, dates within the period) is checked in ./check.ts.
 */
import { z } from 'zod';
import { LIMITS } from './limits.ts';

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NAME_TEXT = 'a name of lower-case letters, digits and hyphens, e.g. "bergen-2015"';
/** Strict ISO date; calendar validity and the period are checked in ./check.ts. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const text = (max: number, description: string) => z.string().trim().min(1).max(max).describe(description);
const name = (description: string) => z.string().max(64).regex(NAME, NAME_TEXT).describe(description);
const isoDate = (description: string) => z.string().regex(ISO_DATE, 'an ISO date YYYY-MM-DD, e.g. "2009-07-01"').describe(description);

/** A source that values cite by id. */
export const sourceSchema = z
  .strictObject({
    id: z
      .string()
      .max(64)
      .regex(/^[a-z0-9][a-z0-9._-]*$/, 'a source id of lower-case letters, digits, ".", "_" and "-", e.g. "sfo-2017-4"')
      .describe('Id that `source:` fields cite.'),
    kind: z.enum(['seed', 'report', 'article', 'statistics', 'decision', 'assumption', 'calibration']).describe('What kind of source this is; an assumption is a source of kind "assumption".'),
    citation: text(1000, 'Full citation (author, year, title, publisher).'),
    file: z.string().min(1).max(200).optional().describe('For seeds: the file name in shared/seeds.'),
    url: z
      .url({ protocol: /^https?$/ })
      .max(1000)
      .optional()
      .describe('Where the source can be read (http or https).'),
    note: text(2000, 'Anything a reader should know about the source.').optional(),
  })
  .describe('A source that parameter values cite by id.');

/** A parameter value with its evidence. */
export const paramEntrySchema = z
  .strictObject({
    value: z.union([z.number(), z.string(), z.boolean()]).describe("The value; it must pass the parameter's type and range (`ppsim schema`)."),
    source: z.string().min(1).max(64).describe('Id of an entry in `sources`.'),
    grade: z.enum(['M', 'C', 'A', 'F']).describe('Evidence grade: M measured, C claimed by a source, A our assumption, F fitted to measured targets by ppsim calibrate.'),
    note: text(2000, 'Why this value; how it was derived.').optional(),
  })
  .describe('A parameter value with its evidence.');

/** Dotted model-parameter paths (`governance.split`) to values with evidence. */
export const paramBlockSchema = z
  .record(z.string(), paramEntrySchema)
  .describe(`Model parameters by dotted path (e.g. governance.split), each with value, source and grade; at most ${LIMITS.params}.`);

/** A dated change of parameters: a regime change, a price or standard-time change, a budget change. */
export const eventSchema = z
  .strictObject({
    date: isoDate('The day the change takes effect, within the period.'),
    label: text(200, 'What happened, in a few words; unique within the timeline (variants remove events by label).'),
    set: paramBlockSchema,
  })
  .describe('A dated change of parameters.');

/** A named "what if" version of the scenario. */
export const variantSchema = z
  .strictObject({
    title: text(200, 'One line: what the variant changes.'),
    description: text(4000, 'Plain language: why a reader would ask this question.').optional(),
    params: paramBlockSchema.optional(),
    timeline: z.array(eventSchema).max(LIMITS.events).optional().describe('Events added to the base timeline.'),
    removeEvents: z.array(text(200, 'Label of a base event.')).max(LIMITS.events).optional().describe('Labels of base events to drop.'),
  })
  .describe('A named "what if" version: parameter overrides and timeline changes.');

/** A scenario file. */
export const scenarioFileSchema = z
  .strictObject({
    $schema: z.string().max(1000).optional().describe('Path or URL of the JSON Schema, for editors.'),
    id: name('Scenario id; equals the file name for built-in cases.'),
    title: text(200, 'One-line title.'),
    place: text(200, 'Municipality or region, and country.'),
    service: text(80, 'The service, e.g. "home care".'),
    period: z
      .strictObject({
        start: isoDate('First simulated day (a Monday keeps weeks aligned); sets horizon.start.'),
        years: z.number().int().min(1).max(100).describe('Simulated years; sets horizon.years.'),
      })
      .describe('The simulated period.'),
    extends: z
      .string()
      .max(500)
      .regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*|[^\0]*\.(?:ya?ml|json))$/, 'a scenario id (e.g. "reference") or a path ending in .yaml or .json, relative to this file')
      .optional()
      .describe('Another scenario whose params, timeline, sources and variants this one inherits and overrides.'),
    summary: text(4000, 'Plain language for policy staff, 2–6 sentences.'),
    knowledge: z
      .strictObject({
        measured: text(4000, 'What is known from measurement.').optional(),
        claimed: text(4000, 'What is claimed, and by whom.').optional(),
        assumed: text(4000, 'What this scenario assumes.').optional(),
      })
      .optional()
      .describe('What is known, what is claimed, what is assumed.'),
    sources: z.array(sourceSchema).max(LIMITS.sources).optional().describe('Every source a value cites.'),
    params: paramBlockSchema.optional(),
    timeline: z.array(eventSchema).max(LIMITS.events).optional().describe('Dated events, in date order.'),
    variants: z.record(name('Variant name.'), variantSchema).optional().describe(`Named "what if" versions; at most ${LIMITS.variants}.`),
  })
  .describe('A ppsim scenario: a place, a service, a governance regime and its history, with sources.');

/** A parsed scenario file (before `extends` and checks). */
export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
/** One entry of a scenario file's `sources`. */
export type ScenarioSource = z.infer<typeof sourceSchema>;
/** One parameter value in a scenario file: `{ value, source, grade, note? }`. */
export type ParamEntry = z.infer<typeof paramEntrySchema>;
export type ScenarioFileEvent = z.infer<typeof eventSchema>;
export type ScenarioFileVariant = z.infer<typeof variantSchema>;

/** The keys a mapping at `path` of `root` (default: a scenario file) may have, for "did you mean" on unknown keys. */
export function knownKeysAt(path: readonly PropertyKey[], root: z.ZodType = scenarioFileSchema): string[] {
  let schema: z.ZodType | undefined = root;
  for (const key of path) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject) schema = (schema.shape as Record<string, z.ZodType>)[String(key)];
    else if (schema instanceof z.ZodRecord) schema = schema.valueType as z.ZodType;
    else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else return [];
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
  return s;
}
