import { z } from 'zod';
import { num } from './define.ts';
import { governanceSchema } from './governance.ts';
import { budgetSchema, ordererSchema, providersSchema, transactionCostsSchema } from './organisation.ts';
import { nursingHomesSchema } from './nursing-homes.ts';
import { populationSchema, staffSchema, usersSchema } from './people.ts';
import { serviceSchema } from './service.ts';
import { reorganisationSchema, tenderingSchema } from './institutions.ts';
import { learningSchema } from './learning.ts';
import { steeringSchema } from './steering.ts';
import { targetsSchema } from './targets.ts';

/** Simulated period. */
export const horizonSchema = z
  .strictObject({
    start: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD')
      .default('2005-01-03')
      .describe('First day of the simulation (a Monday keeps weeks aligned with calendar weeks).')
      .meta({ unit: 'date', grade: 'A', source: 'assumption: before the Norwegian reforms of the late 2000s' }),
    years: num('Simulated years.', { default: 20, min: 1, max: 100, int: true, unit: 'years', grade: 'A', source: 'design brief' }),
  })
  .describe('Simulated period (weekly steps).');

/**
 * Every parameter of the purchaser–provider model: the single source of truth for types, defaults,
 * ranges, units, sources and evidence grades. Unknown keys are errors.
 */
export const modelParamsSchema = z.strictObject({
  horizon: horizonSchema.prefault({}),
  population: populationSchema.prefault({}),
  users: usersSchema.prefault({}),
  service: serviceSchema.prefault({}),
  governance: governanceSchema.prefault({}),
  orderer: ordererSchema.prefault({}),
  providers: providersSchema.prefault({}),
  staff: staffSchema.prefault({}),
  budget: budgetSchema.prefault({}),
  transactionCosts: transactionCostsSchema.prefault({}),
  tendering: tenderingSchema.prefault({}),
  reorganisation: reorganisationSchema.prefault({}),
  learning: learningSchema.prefault({}),
  steering: steeringSchema.prefault({}),
  targets: targetsSchema.prefault({}),
  nursingHomes: nursingHomesSchema.prefault({}),
});

/** Parsed, complete parameters. */
export type ModelParams = z.infer<typeof modelParamsSchema>;
/** What a caller may give: any subset, defaults fill the rest. */
export type ModelParamsInput = z.input<typeof modelParamsSchema>;
