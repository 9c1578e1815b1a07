import { z } from 'zod';
import { num, share } from './define.ts';

/**
 * The service and the transaction-cost attributes it carries (Williamson; Brown & Potoski 2003).
 * Home care is the default; rehab, hospital elective care and technical operations are expressed by
 * these numbers alone (see docs/ODD.md, "Service types").
 */
export const serviceSchema = z
  .strictObject({
    name: z.string().min(1).max(80).default('home care').describe('Label of the service, for outputs only.').meta({ unit: 'text', grade: 'A', source: 'label' }),
    measurability: share(
      'How well delivery can be verified: drives audit detection (gaming, cream-skimming), lowers contracting cost, and sets how much benchmarking, cost transparency and a yardstick price press on slack.',
      {
        default: 0.35,
        grade: 'A',
        source: 'assumption; home nursing measures poorly, road maintenance well (domain brief §4)',
      },
    ),
    specifiability: share('How far the needed service can be specified in advance: low values make assessments err more, so decisions miss need further and are asked to be redone more often.', {
      default: 0.4,
      grade: 'A',
      source: 'assumption; seed 002 (rehab and mental health fit the split worst)',
    }),
    assetSpecificity: share('Investments tied to the relationship (local knowledge, trust); raises contracting cost.', {
      default: 0.5,
      grade: 'A',
      source: 'assumption; Williamson',
    }),
    preventionPotential: share('Maximum share of functional decline that prevention and rehabilitation can avert.', {
      default: 0.4,
      grade: 'A',
      source: 'assumption',
    }),
    restoration: num(
      'Share of lost ability (condition) that work restores per year when formal care meets all of the need: rehabilitation and maintenance restore, home care mostly only averts decline (0).',
      {
        default: 0,
        min: 0,
        max: 52,
        unit: 'per year',
        grade: 'A',
        source: 'assumption; ppsim issue 13 (rehab and technical operations restore by work)',
      },
    ),
    needMaxHours: num('Hours per week needed at functional ability 0.', {
      default: 44,
      min: 1,
      max: 168,
      unit: 'hours/week',
      grade: 'A',
      source: "own fit toward SSB 2009 need classes (extensive: 31.2 h/week), not a source's estimate, and it misses them (docs/ODD.md §7.3, §12.1)",
    }),
    needShape: num('Exponent of need in lost ability: need = needMaxHours · (1 − ability)^needShape; larger is more right-skewed.', {
      default: 2.2,
      min: 0.5,
      max: 5,
      unit: 'exponent',
      grade: 'A',
      source: "own fit toward SSB 2009 (3.9 h/week at age 80–89, 7.4 at all ages), not a source's estimate, and it misses them (docs/ODD.md §7.3, §12.1)",
    }),
    standardTimeFactor: num('Policy multiplier on granted hours (standard times); Bergen cut standard times from 2015-12 and reversed it 2018-01.', {
      default: 1,
      min: 0.3,
      max: 2,
      unit: 'factor',
      grade: 'M',
      source: 'Senter for omsorgsforskning 4/2017 (Bergen)',
    }),
  })
  .describe('The service type and its transaction-cost attributes.');

/** The service parameters, parsed (see {@link serviceSchema}). */
export type Service = z.infer<typeof serviceSchema>;
