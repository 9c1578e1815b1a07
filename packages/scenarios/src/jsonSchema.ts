/**
 * `scenarioJsonSchema()`: the JSON Schema of scenario files, for editors (autocompletion, hover docs).
 * Generated from the zod schema; parameter blocks are spelled out path by path from the model's
 * parameter schema, so an editor offers `governance.split` and knows its values, unit and range.
 */
import { METRICS, calibrationTargetSchema, calibrationTargetsSchema } from '@ppsim/core';
import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { paramLeaves } from './params.ts';
import { paramBlockSchema, paramEntrySchema, scenarioFileSchema } from './schema.ts';

/** The JSON Schema (draft 2020-12) of a scenario file. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const entry = z.toJSONSchema(paramEntrySchema) as Record<string, unknown> & { properties: Record<string, unknown> };
  delete entry['$schema'];
  const properties: Record<string, unknown> = {};
  for (const leaf of paramLeaves().values()) {
    if (leaf.path.startsWith('horizon.')) continue;
    const { default: fallback, ...value } = leaf.json;
    properties[leaf.path] = {
      ...entry,
      description: `${leaf.description}${leaf.unit === '' ? '' : ` Unit: ${leaf.unit}.`} Default: ${JSON.stringify(fallback)}.`,
      properties: { ...entry.properties, value },
    };
  }
  const block = { type: 'object', description: paramBlockSchema.description, properties, additionalProperties: false, maxProperties: LIMITS.params };
  const schema = z.toJSONSchema(scenarioFileSchema, {
    io: 'input',
    override: (ctx) => {
      if (ctx.zodSchema !== paramBlockSchema) return;
      for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
      Object.assign(ctx.jsonSchema, block);
    },
  }) as Record<string, unknown>;
  return { ...schema, $id: 'https://ppsim.dev/schema/scenario-v1.json', title: 'ppsim scenario (format v1)' };
}

/**
 * `targetsJsonSchema()`: the JSON Schema (draft 2020-12) of a calibration targets file, from core's
 * zod schema; `metric` lists the result metrics, and a target needs exactly one of `sd` and `interval`.
 */
export function targetsJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(calibrationTargetsSchema, {
    io: 'input',
    override: (ctx) => {
      const json = ctx.jsonSchema as Record<string, unknown>;
      if (ctx.zodSchema === calibrationTargetSchema.shape.metric) json['enum'] = METRICS.map((m) => m.name);
      // The schema's refinement (one observation error, not both) has no JSON Schema form of its own.
      if (ctx.zodSchema === calibrationTargetSchema) json['oneOf'] = [{ required: ['sd'] }, { required: ['interval'] }];
    },
  }) as Record<string, unknown>;
  return { ...schema, $id: 'https://ppsim.dev/schema/targets-v1.json', title: 'ppsim calibration targets (format ppsim-targets/v1)' };
}
