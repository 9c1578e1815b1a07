import { z } from 'zod';

/**
 * Evidence grade (domain brief): [M] measured, [C] claimed by a source, [A] our assumption; and
 * [F], fitted to measured targets by `ppsim calibrate` (a scenario's value, never a default).
 */
export type Grade = 'M' | 'C' | 'A' | 'F';

/** What every parameter carries besides its value: unit, evidence grade and source of its default. */
export interface ParamMeta {
  readonly unit: string;
  readonly grade: Grade;
  readonly source: string;
}

/**
 * A numeric parameter with range, default, unit, and the source and grade of its default. The
 * metadata travels with the schema (zod `.meta`), so the JSON Schema, the viewer's parameter panel
 * and docs/ODD.md all read it from here.
 */
export function num(description: string, spec: { readonly default: number; readonly min: number; readonly max: number; readonly int?: boolean } & ParamMeta) {
  const base = spec.int === true ? z.number().int() : z.number();
  return base.min(spec.min).max(spec.max).default(spec.default).describe(description).meta({ unit: spec.unit, grade: spec.grade, source: spec.source });
}

/** A 0–1 share or intensity. */
export function share(description: string, spec: { readonly default: number } & Omit<ParamMeta, 'unit'> & { readonly unit?: string }) {
  return num(description, { min: 0, max: 1, unit: spec.unit ?? 'share 0–1', ...spec });
}

/** An enumerated setting with its source. */
export function choice<const T extends readonly [string, ...string[]]>(description: string, values: T, spec: { readonly default: T[number] } & Omit<ParamMeta, 'unit'>) {
  return z
    .enum(values)
    .default(spec.default as never)
    .describe(description)
    .meta({ unit: 'setting', grade: spec.grade, source: spec.source });
}

/** A boolean setting with its source. */
export function flag(description: string, spec: { readonly default: boolean } & Omit<ParamMeta, 'unit'>) {
  return z.boolean().default(spec.default).describe(description).meta({ unit: 'setting', grade: spec.grade, source: spec.source });
}
