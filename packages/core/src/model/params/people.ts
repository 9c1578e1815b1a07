import { z } from 'zod';
import { num, share } from './define.ts';

/** Size of the municipality's service: users at the start and new applicants. */
export const populationSchema = z
  .strictObject({
    scale: num('Multiplier on users, applicants, staff, caseworkers and budget (not on the number of providers).', {
      default: 1,
      min: 0.01,
      max: 20,
      unit: 'factor',
      grade: 'A',
      source: 'design brief (population.scale)',
    }),
    initialUsers: num('Users receiving the service at the start, at scale 1.', {
      default: 9000,
      min: 1,
      max: 200_000,
      int: true,
      unit: 'persons',
      grade: 'A',
      source: 'assumption: Bergen-scale home services (design brief)',
    }),
    applicationsPerWeek: num('New applications per week at scale 1 (Poisson).', {
      default: 55,
      min: 0,
      max: 5000,
      unit: 'persons/week',
      grade: 'A',
      source: 'assumption: keeps the user count near its start value',
    }),
    applicantAge: num('Mean age of new applicants.', { default: 80, min: 0, max: 110, unit: 'years', grade: 'A', source: 'assumption; SSB: 26.9 % of people 80+ use home services' }),
  })
  .describe('Population size and inflow.');

/** Users: functional ability, need, exit, choice and satisfaction. */
export const usersSchema = z
  .strictObject({
    declinePerYear: num('Mean yearly loss of functional ability at age 80 without prevention.', {
      default: 0.05,
      min: 0,
      max: 1,
      unit: 'ability/year',
      grade: 'A',
      source: 'assumption',
    }),
    declineAgeSlope: num('Relative increase of decline per year of age (exponential).', {
      default: 0.04,
      min: 0,
      max: 0.2,
      unit: '1/year of age',
      grade: 'A',
      source: 'assumption',
    }),
    unmetNeedDecline: num('Extra relative decline per unit of unmet need share (unmet need harms function).', {
      default: 0.8,
      min: 0,
      max: 5,
      unit: 'factor',
      grade: 'A',
      source: 'assumption',
    }),
    exitPerYear: num(
      'Yearly hazard rate of leaving for good (death or a nursing home) at age 80 and ability 0.5; the weekly chance is 1 − e^(−rate·factors/52), so rates above 1 give stays of months or weeks.',
      {
        default: 0.35,
        min: 0,
        max: 100,
        unit: 'per year',
        grade: 'A',
        source: 'assumption',
      },
    ),
    exitAbilityEffect: num('Log hazard ratio of exit per unit of lost ability.', {
      default: 2,
      min: 0,
      max: 10,
      unit: 'log HR',
      grade: 'A',
      source: 'assumption',
    }),
    recoveryPerYear: num(
      'Yearly hazard rate with which a user in service ends the episode recovered (needs the service no more), at ability 0.5: episodes of rehabilitation or hospital care. 0: home care, left only by death or a nursing home.',
      {
        default: 0,
        min: 0,
        max: 100,
        unit: 'per year',
        grade: 'A',
        source: 'assumption; domain brief §6 (rehabilitation and hospital care come in episodes of weeks)',
      },
    ),
    recoveryAbilityEffect: num('Log hazard ratio of recovery per unit of ability: the episode ends sooner as function returns (discharge after recovery).', {
      default: 2,
      min: 0,
      max: 10,
      unit: 'log HR',
      grade: 'A',
      source: 'assumption',
    }),
    informalCare: z
      .strictObject({
        share: share('Share of the need formal care leaves uncovered that family and friends cover when formal care covers almost all of it.', {
          default: 0.2,
          grade: 'A',
          source: 'assumption; NOU 2011:11 (informal care of the same order of volume as the municipal care services, most of it to people outside them)',
        }),
        response: num('Rise of that share per unit of the formal gap (the share of need formal care leaves uncovered): less formal care, family steps in; more formal care crowds family care out.', {
          default: 0.4,
          min: 0,
          max: 2,
          unit: 'share per share',
          grade: 'A',
          source: 'assumption; substitution between formal and informal care (domain brief §6)',
        }),
        max: share('Largest share of the uncovered need family can cover, whatever the gap.', {
          default: 0.6,
          grade: 'A',
          source: 'assumption',
        }),
      })
      .prefault({})
      .describe('Informal care by family: how much of the need formal care leaves it covers.'),
    queenShare: share('Share of users who actively choose and switch provider under user choice ("queens"; the rest are "pawns").', {
      default: 0.3,
      grade: 'A',
      source: 'assumption; Le Grand 2003 (knights, knaves, pawns and queens)',
    }),
    choiceSensitivity: num('How strongly choosing users prefer higher perceived quality (logit slope).', {
      default: 6,
      min: 0,
      max: 50,
      unit: '1/quality',
      grade: 'A',
      source: 'assumption',
    }),
    switchBelowSatisfaction: share('Choosing users consider switching when satisfaction falls below this.', {
      default: 0.5,
      grade: 'A',
      source: 'assumption',
    }),
    choiceNoise: num("Noise in what a choosing user knows of providers' quality (sd on the 0–1 quality score); pawns do not choose and are assigned.", {
      default: 0.1,
      min: 0,
      max: 1,
      unit: 'sd',
      grade: 'A',
      source: 'assumption; Le Grand 2003 (users choose on limited information)',
    }),
    switchCost: share('Satisfaction a user loses on switching provider: new faces, a new start (continuity).', {
      default: 0.1,
      grade: 'A',
      source: 'assumption',
    }),
    switchPerWeek: share('Weekly probability that a dissatisfied choosing user switches.', {
      default: 0.02,
      unit: 'probability/week',
      grade: 'A',
      source: 'assumption',
    }),
    complaintsPerYear: num('Yearly complaints per fully dissatisfied user (satisfaction 0); the rate falls with the square of satisfaction.', {
      default: 2.4,
      min: 0,
      max: 52,
      unit: 'per user-year',
      grade: 'A',
      source: 'assumption',
    }),
    satisfactionWeeks: num('Time constant of satisfaction (exponential smoothing).', {
      default: 8,
      min: 1,
      max: 104,
      unit: 'weeks',
      grade: 'A',
      source: 'assumption',
    }),
  })
  .describe('Users: function, need, exit, choice and satisfaction.');

/** Staff: motivation, sick leave, turnover, hiring. */
export const staffSchema = z
  .strictObject({
    initialStaff: num('Care staff employed at the start, at scale 1.', {
      default: 2000,
      min: 1,
      max: 100_000,
      int: true,
      unit: 'persons',
      grade: 'A',
      source: 'assumption: Bergen scale (design brief)',
    }),
    hoursPerWeek: num('Contracted hours per staff member per week (many work part-time).', {
      default: 30,
      min: 1,
      max: 48,
      unit: 'hours/week',
      grade: 'A',
      source: 'assumption',
    }),
    motivation: z
      .strictObject({
        mean: share('Mean intrinsic motivation of new staff (knights high, knaves low).', { default: 0.7, grade: 'A', source: 'assumption; Le Grand 2003' }),
        sd: num('Spread of new staff motivation.', { default: 0.12, min: 0, max: 0.5, unit: 'sd', grade: 'A', source: 'assumption' }),
        crowding: num('Strength with which control and incentives felt as controlling lower motivation (0 none).', {
          default: 0.35,
          min: 0,
          max: 2,
          unit: 'motivation per unit control',
          grade: 'C',
          source: 'Frey & Jegen 2001 (meta-analytic effects 0.3–0.5 SD)',
        }),
        crowdingIn: num('Strength with which autonomy raises motivation.', {
          default: 0.15,
          min: 0,
          max: 2,
          unit: 'motivation per unit autonomy',
          grade: 'C',
          source: 'Frey 1997; SOU 2018:47',
        }),
        missionMatch: num("How much motivation falls when the employer's mission departs from public service (profit weight of the owner); motivated staff prefer employers who share their mission.", {
          default: 0.15,
          min: 0,
          max: 2,
          unit: 'motivation per unit profit weight',
          grade: 'C',
          source: 'Besley & Ghatak 2005 (mission matching)',
        }),
        adjustWeeks: num('Time constant with which motivation moves toward its target.', {
          default: 26,
          min: 1,
          max: 520,
          unit: 'weeks',
          grade: 'A',
          source: 'assumption',
        }),
      })
      .prefault({})
      .describe('Intrinsic motivation and its crowding.'),
    sickPerYear: num('Yearly sick-leave spells per staff member at motivation 1.', {
      default: 1.2,
      min: 0,
      max: 20,
      unit: 'spells/year',
      grade: 'A',
      source: 'assumption; seed 004 (Vänersborg sick-leave costs)',
    }),
    sickMotivationEffect: num('Log hazard ratio of sick leave per unit of lost motivation.', {
      default: 1.6,
      min: 0,
      max: 10,
      unit: 'log HR',
      grade: 'A',
      source: 'assumption',
    }),
    sickWeeks: num('Mean length of a sick-leave spell.', { default: 2.5, min: 1, max: 52, unit: 'weeks', grade: 'A', source: 'assumption' }),
    quitPerYear: num('Yearly probability of quitting at motivation 1.', {
      default: 0.08,
      min: 0,
      max: 1,
      unit: 'probability/year',
      grade: 'A',
      source: 'assumption',
    }),
    quitMotivationEffect: num('Log hazard ratio of quitting per unit of lost motivation.', {
      default: 2.2,
      min: 0,
      max: 10,
      unit: 'log HR',
      grade: 'A',
      source: 'assumption',
    }),
    vacancyFillWeeks: num('Mean weeks to fill a vacancy; temporary staff cover meanwhile.', {
      default: 10,
      min: 1,
      max: 104,
      unit: 'weeks',
      grade: 'A',
      source: 'assumption',
    }),
    tempPremium: num('Extra cost of temporary (agency) staff relative to the wage.', {
      default: 0.5,
      min: 0,
      max: 3,
      unit: 'share of wage',
      grade: 'A',
      source: 'assumption',
    }),
    learningWeeks: num('Time constant with which a new hire reaches full competence.', {
      default: 40,
      min: 1,
      max: 520,
      unit: 'weeks',
      grade: 'A',
      source: 'assumption',
    }),
  })
  .describe('Care staff: hours, motivation, sick leave, turnover and hiring.');
