import { z } from 'zod';
import { num, share } from './define.ts';

/**
 * How units are steered beyond the split: on one bottom line or several (Slagelse's HOD, seed 003),
 * by audits or by colleagues' review, with or without managers' support (the Trust Delegation's
 * principles, SOU 2018:47 via seed 004), and how long a new way of steering takes to be believed.
 * At the defaults (one bottom line, no collegial review, no extra support) nothing here acts.
 */
export const steeringSchema = z
  .strictObject({
    bottomLines: num(
      "Indicators units are steered on at once, in this order: cost per care hour; users' rating; staff's well-being (sick leave); staff's own rating (motivation). 1 is cost or hours alone; HOD has all four.",
      {
        default: 1,
        min: 1,
        max: 4,
        int: true,
        unit: 'indicators',
        grade: 'A',
        source: 'assumption (steering on cost or hours alone); seed 003 for the four bottom lines of HOD',
      },
    ),
    indicatorCoverage: share(
      "Chance that gaming or slack one indicator hides shows in each further indicator (fewer hours shows as lower ratings, a gamed figure as staff's complaints): what several bottom lines reveal that one cannot.",
      {
        default: 0.3,
        grade: 'A',
        source: 'assumption; seed 003 (several bottom lines weighed together); Holmström & Milgrom 1991 (gaming one measure when others are not watched)',
      },
    ),
    measuringShare: share('Share of working time each indicator beyond the first takes: ratings, surveys and the meetings that read them.', {
      default: 0.005,
      grade: 'A',
      source: 'assumption; seed 004 (measuring and compiling as "time thieves")',
    }),
    collegialReview: share(
      'Intensity of collegial review of practice (peers from other units look at each other\'s work, "kollegial kvalitetsgranskning"), on the scale of governance.controlIntensity: review hours per unit are orderer.followUpHoursPerProvider × this, taken from care staff\'s time.',
      {
        default: 0,
        grade: 'A',
        source: 'assumption; SOU 2018:47 via seed 004 (collegial quality review and learning supervision in place of audits)',
      },
    ),
    reviewDetection: share('What an hour of collegial review finds, relative to an hour of an independent audit: peers know the work but are colleagues.', {
      default: 0.5,
      grade: 'A',
      source: 'assumption; domain brief §6 (an independent monitor detects more per hour)',
    }),
    reviewFelt: share('How much of the control an audit of the same intensity is felt as, once the review is trusted (before that it is felt as control).', {
      default: 0.3,
      grade: 'A',
      source: 'assumption; Frey & Jegen 2001 (control felt as supportive crowds in rather than out)',
    }),
    managerSupport: share(
      "Professional, administrative and psychosocial support close to the work, 0 none beyond what the model's overhead pays for, 1 full (the Trust Delegation's principle of support).",
      {
        default: 0,
        grade: 'A',
        source: 'assumption; SOU 2018:47 via seed 004 (absent leadership and lacking support under NPM)',
      },
    ),
    supportHoursPerStaff: num("Managers' and support staff's hours per care staff member per week at full support, paid at the unit's wage.", {
      default: 1,
      min: 0,
      max: 10,
      unit: 'hours/week per staff',
      grade: 'A',
      source: 'assumption; seed 004 (managers with many staff have little time for them)',
    }),
    supportMotivation: share('Rise in the motivation staff drift toward at full support, once it is trusted.', {
      default: 0.1,
      grade: 'A',
      source: 'assumption; Frey & Jegen 2001 (support and autonomy crowd in, effects about 0.3–0.5 SD)',
    }),
    cultureYears: num('Years until staff believe in a new way of steering: collegial review is felt as control and support does not yet help until then (culture grows linearly from the change).', {
      default: 3,
      min: 0,
      max: 20,
      unit: 'years',
      grade: 'A',
      source: 'assumption; seed 004 (trust takes time to build); SOU 2018:47 (trials of up to five years)',
    }),
  })
  .describe("Steering beyond the split: bottom lines, collegial review, managers' support, and how long a new culture takes.");

/** The steering parameters, parsed. */
export type Steering = z.infer<typeof steeringSchema>;
