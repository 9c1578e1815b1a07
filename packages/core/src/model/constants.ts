/**
 * The named numeric constants of the model's mechanisms, each with what it means, where it lives and
 * how it is graded: the one list docs/ODD.md §7.19's table is generated from (`pnpm docs:update`).
 * Values are the constants themselves, imported from their files, so the table cannot drift from
 * the code; test/odd-defaults.test.ts fails when a mechanism exports a numeric constant not listed.
 */
import { MIN_MUNICIPAL_SHARE, TOLERATED_WAIT_WEEKS } from './mechanisms/budget.ts';
import { MAX_OVERHEAD_SHARE, REQUEST_MISMATCH, TRAVEL_ELASTICITY } from './mechanisms/delivery.ts';
import { HALF_DOSE_HOURS } from './mechanisms/demography.ts';
import { CLAWBACK_WEEKS } from './mechanisms/finance.ts';
import { COST_SMOOTHING_WEEKS } from './mechanisms/learning.ts';
import { MAX_LOTS } from './mechanisms/lots.ts';
import { DEFICIT_SHARE, FIRM_GROWTH_RATIO, MAX_PROVIDERS, MUNICIPAL_START_WEEKS, WAIT_DISSATISFACTION } from './mechanisms/market.ts';
import { DETERRENCE_WEEKS, MAX_PRESSURE, OFFICE_ADJUST_WEEKS, OFFICE_SLACK } from './mechanisms/orderer.ts';
import { MAX_OUTSIDE_BIDDERS } from './mechanisms/scratch.ts';
import { WEEKS_PER_YEAR } from './mechanisms/settings.ts';
import { LOSS_WEEKS } from './mechanisms/slack.ts';
import { PLANNED_DIRECT_SHARE, PLANNING_MARGIN, TEMP_COVER } from './mechanisms/staffing.ts';
import { TARGET_REVIEW_WEEKS } from './mechanisms/targets.ts';

/** One named constant of a mechanism. */
export interface ModelConstant {
  /** Its exported name, e.g. `LOSS_WEEKS`. */
  readonly name: string;
  readonly value: number;
  /** The value as the ODD shows it, with its unit (`26 weeks`, `365.2425/7`). */
  readonly shown: string;
  /** The mechanism file that exports it. */
  readonly file: string;
  readonly meaning: string;
  /** `A` an assumption, `exact` a definition, `technical` a size limit of the implementation. */
  readonly grade: 'A' | 'exact' | 'technical';
}

/** Every named constant of the mechanisms, in the ODD's order. */
export const MODEL_CONSTANTS: readonly ModelConstant[] = Object.freeze([
  { name: 'WEEKS_PER_YEAR', value: WEEKS_PER_YEAR, shown: '365.2425/7', file: 'settings.ts', meaning: 'W, mean weeks in a calendar year: converts yearly rates to weekly', grade: 'exact' },
  { name: 'HALF_DOSE_HOURS', value: HALF_DOSE_HOURS, shown: '0.5 h/week', file: 'demography.ts', meaning: 'prevention dose averting half the preventable decline', grade: 'A' },
  { name: 'OFFICE_ADJUST_WEEKS', value: OFFICE_ADJUST_WEEKS, shown: '26 weeks', file: 'orderer.ts', meaning: 'speed of office resizing (halved when growing under overrun)', grade: 'A' },
  { name: 'OFFICE_SLACK', value: OFFICE_SLACK, shown: '0.1', file: 'orderer.ts', meaning: 'spare office capacity aimed for', grade: 'A' },
  { name: 'MAX_PRESSURE', value: MAX_PRESSURE, shown: '0.3', file: 'orderer.ts', meaning: 'largest overrun share that biases decisions', grade: 'A' },
  {
    name: 'DETERRENCE_WEEKS',
    value: DETERRENCE_WEEKS,
    shown: '13 weeks',
    file: 'orderer.ts',
    meaning: 'smoothing of the audit rate providers perceive, and the period over which they weigh the chance of being caught (the clawback period)',
    grade: 'A',
  },
  {
    name: 'TOLERATED_WAIT_WEEKS',
    value: TOLERATED_WAIT_WEEKS,
    shown: '2 weeks',
    file: 'budget.ts',
    meaning: 'mean start wait the council tolerates before the frame rises (`budget.waitResponse`)',
    grade: 'A',
  },
  { name: 'LOSS_WEEKS', value: LOSS_WEEKS, shown: '26 weeks', file: 'slack.ts', meaning: "smoothing of a provider's yearly loss rate of users", grade: 'A' },
  { name: 'MUNICIPAL_START_WEEKS', value: MUNICIPAL_START_WEEKS, shown: '4 weeks', file: 'market.ts', meaning: 'municipal unit must start a user after this wait', grade: 'A' },
  { name: 'FIRM_GROWTH_RATIO', value: FIRM_GROWTH_RATIO, shown: '0.98', file: 'market.ts', meaning: 'service ratio at which a firm takes users beyond its spare hours', grade: 'A' },
  { name: 'WAIT_DISSATISFACTION', value: WAIT_DISSATISFACTION, shown: '0.02 per week', file: 'market.ts', meaning: 'from application to start, taken off satisfaction at the start', grade: 'A' },
  { name: 'MAX_PROVIDERS', value: MAX_PROVIDERS, shown: '64', file: 'market.ts', meaning: 'provider slots per run (and practice draws at setup)', grade: 'technical' },
  { name: 'TEMP_COVER', value: TEMP_COVER, shown: '0.8', file: 'staffing.ts', meaning: 'share of vacant hours covered by temps', grade: 'A' },
  { name: 'PLANNED_DIRECT_SHARE', value: PLANNED_DIRECT_SHARE, shown: '0.55', file: 'staffing.ts', meaning: 'planning productivity of a provider without record', grade: 'A' },
  { name: 'PLANNING_MARGIN', value: PLANNING_MARGIN, shown: '0.05', file: 'staffing.ts', meaning: 'staffing above demand', grade: 'A' },
  { name: 'TRAVEL_ELASTICITY', value: TRAVEL_ELASTICITY, shown: '0.25', file: 'delivery.ts', meaning: 'elasticity of travel to route sparsity', grade: 'A' },
  { name: 'MAX_OVERHEAD_SHARE', value: MAX_OVERHEAD_SHARE, shown: '0.95', file: 'delivery.ts', meaning: 'travel + documentation + coordination + slack at most', grade: 'A' },
  { name: 'REQUEST_MISMATCH', value: REQUEST_MISMATCH, shown: '0.3', file: 'delivery.ts', meaning: 'provider asks for reassessment beyond this relative gap', grade: 'A' },
  { name: 'CLAWBACK_WEEKS', value: CLAWBACK_WEEKS, shown: '13', file: 'finance.ts', meaning: 'weeks of over-billing clawed back', grade: 'A' },
  {
    name: 'MIN_MUNICIPAL_SHARE',
    value: MIN_MUNICIPAL_SHARE,
    shown: '0.1',
    file: 'budget.ts',
    meaning: 'share of all care hours the municipal units must deliver for their own cost to be the reference and the cost-based price',
    grade: 'A',
  },
  { name: 'MAX_LOTS', value: MAX_LOTS, shown: '40', file: 'lots.ts', meaning: "lots a service can be divided into (the schema's maximum)", grade: 'technical' },
  {
    name: 'MAX_OUTSIDE_BIDDERS',
    value: MAX_OUTSIDE_BIDDERS,
    shown: '64',
    file: 'scratch.ts',
    meaning:
      "outside firms a tender round takes bids from at most, beyond the firms present (the size of the round's working arrays; a Poisson draw with mean `tendering.bidders` ≤ 30 exceeds it with negligible probability)",
    grade: 'technical',
  },
  {
    name: 'COST_SMOOTHING_WEEKS',
    value: COST_SMOOTHING_WEEKS,
    shown: '13 weeks',
    file: 'learning.ts',
    meaning: "smoothing of a unit's cost per care hour before learning loops compare it",
    grade: 'A',
  },
  {
    name: 'DEFICIT_SHARE',
    value: DEFICIT_SHARE,
    shown: '0.05',
    file: 'market.ts',
    meaning: "weekly deficit per user, as a share of a 4-hour user's revenue, at which a firm exits (7.10) or a contract is loss-making (7.13)",
    grade: 'A',
  },
  {
    name: 'TARGET_REVIEW_WEEKS',
    value: TARGET_REVIEW_WEEKS,
    shown: '13 weeks',
    file: 'targets.ts',
    meaning: 'smoothing of the reported breach share a sanction responds to (performance figures were quarterly)',
    grade: 'A',
  },
]);
