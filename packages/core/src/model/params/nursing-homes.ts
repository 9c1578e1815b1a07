import { z } from 'zod';
import { num, share } from './define.ts';

/**
 * Nursing homes (sykehjem): where users who can no longer live at home go. The municipality pays for
 * every place, so a user's decline moves cost from home care to a costlier budget line rather than
 * out of the accounts.
 */
export const nursingHomesSchema = z
  .strictObject({
    shareAtAbilityZero: share('Share of users leaving for good (not recovered) who move to a nursing home rather than die, at ability 0; the share falls linearly to 0 at ability 1.', {
      default: 0.6,
      grade: 'A',
      source: 'assumption; about half of deaths among the Norwegian elderly occur in nursing homes (SSB cause-of-death statistics, order of magnitude)',
    }),
    exitPerYear: num('Yearly hazard rate with which a nursing-home resident leaves (mostly death).', {
      default: 0.45,
      min: 0,
      max: 100,
      unit: 'per year',
      grade: 'A',
      source: 'assumption: mean stays of about two years in Norwegian long-term places',
    }),
    costPerPlaceYear: num("The municipality's cost of one nursing-home place for a year (the number of places grows with population.scale, the cost of a place does not).", {
      default: 1_100_000,
      min: 0,
      max: 1e8,
      unit: 'currency/place-year',
      grade: 'C',
      source: 'SSB KOSTRA, "korrigerte brutto driftsutgifter, institusjon, pr. kommunal plass": about NOK 1.0–1.3 million in the 2010s (as quoted in ppsim issue 13, not read from the table)',
    }),
  })
  .describe('Nursing homes: who moves there, how long they stay, what a place costs the municipality.');

/** The nursing-home parameters, parsed (see {@link nursingHomesSchema}). */
export type NursingHomes = z.infer<typeof nursingHomesSchema>;
