/**
 * What the phases count during one step. Reset at the start of the step; the metrics read it after
 * the step. Plain numeric fields: nothing allocates.
 */
export class StepTotals {
  // users
  usersServed = 0;
  waitingAssessment = 0;
  waitingStart = 0;
  abilitySum = 0;
  needHours = 0;
  grantedHours = 0;
  deliveredHours = 0;
  metHours = 0;
  satisfactionSum = 0;
  arrivals = 0;
  exits = 0;
  /** Of the exits: episodes ended recovered, and moves to a nursing home (the rest died). */
  recoveries = 0;
  nursingHomeAdmissions = 0;
  /** Hours of need covered by family (informal care), users in service and waiting. */
  informalHours = 0;
  complaints = 0;
  /** Need and met need by need class: 0 little (< 4 h/week), 1 medium (4–20), 2 extensive (≥ 20). */
  readonly needByClass = new Float64Array(3);
  readonly metByClass = new Float64Array(3);
  /** Users in service and the hours their decisions grant, by need class (as `needByClass`). */
  readonly servedByClass = new Float64Array(3);
  readonly grantedByClass = new Float64Array(3);
  // orderer office
  assessed = 0;
  assessmentWaitSum = 0;
  deskAssessments = 0;
  reassessed = 0;
  started = 0;
  startWaitSum = 0;
  /** Starts beyond the waiting-time target, those reported (hidden ones not), and the start waits as reported. */
  breaches = 0;
  reportedBreaches = 0;
  reportedStartWaitSum = 0;
  // providers and staff
  workHours = 0;
  directHours = 0;
  preventionHours = 0;
  staffCount = 0;
  staffSick = 0;
  motivationSum = 0;
  quits = 0;
  hires = 0;
  tempHours = 0;
  overbilledHours = 0;
  creamSkimmed = 0;
  commercialUsers = 0;
  switches = 0;
  audits = 0;
  /** Overbilled hours found by audits (the clawed-back weeks). */
  detectedHours = 0;
  /** Users taken over by the municipality (provider of last resort) and firms that failed. */
  takeovers = 0;
  failures = 0;
  /** Tender rounds held, bidders in them, contracts renegotiated, users moved with their lot, and hours paid at contract prices and what they cost. */
  tenderRounds = 0;
  bidders = 0;
  renegotiations = 0;
  lotTransfers = 0;
  contractHours = 0;
  contractRevenue = 0;
  /** Granted/need ratios of users in service (need ≥ 1 h/week): count, sum and sum of squares (horizontal equity). */
  ratioCount = 0;
  ratioSum = 0;
  ratioSquares = 0;

  reset(): void {
    for (const key of Object.keys(this) as (keyof this)[]) {
      const value = this[key];
      if (typeof value === 'number') (this[key] as number) = 0;
      else if (value instanceof Float64Array) value.fill(0);
    }
  }
}

/**
 * Need class of a need in hours per week, after SSB's classes (little, medium–large, extensive; SSB
 * assigns them by assessment, not by hours: the thresholds are our assumption [A]).
 */
export function needClass(hours: number): number {
  return hours < 4 ? 0 : hours < 20 ? 1 : 2;
}
