/**
 * Steering beyond the split (params `steering.*`): what several bottom lines reveal and cost
 * (Slagelse's HOD, seed 003), collegial review in place of audits and managers' support (the Trust
 * Delegation, SOU 2018:47 via seed 004), and the culture a new way of steering needs before it is
 * believed. The phases read these helpers; none of them branches on a regime's name.
 */
import type { ModelParams } from '../params/index.ts';
import type { ModelState } from '../state.ts';
import { WEEKS_PER_YEAR } from './settings.ts';

/**
 * The chance that what one indicator hides (under-delivery, an over-reported hour, slack) shows in
 * one of the others: 1 − (1 − coverage)^(bottom lines − 1). 0 when units are steered on one line.
 */
export function exposure(params: ModelParams): number {
  const s = params.steering;
  let hidden = 1;
  for (let k = 1; k < s.bottomLines; k++) hidden *= 1 - s.indicatorCoverage;
  return 1 - hidden;
}

/** Share of working time the indicators beyond the first take to measure and read. */
export function measuringShare(params: ModelParams): number {
  return params.steering.measuringShare * (params.steering.bottomLines - 1);
}

/**
 * How far comparisons of units' results press on their slack. With one bottom line it is the
 * service's measurability. With L lines, attention is shared: the cost line carries 1/L of it, as
 * far as cost can be verified, and each other line (users' and staff's ratings, sick leave) shows
 * slack with chance `indicatorCoverage`. Several lines tell more where cost and hours say little,
 * and blunt the pressure where they say much (several goals give low-powered incentives: Dixit 2002;
 * Holmström & Milgrom 1991).
 */
export function comparability(params: ModelParams): number {
  const lines = params.steering.bottomLines;
  const m = params.service.measurability;
  return m / lines + (1 - 1 / lines) * params.steering.indicatorCoverage;
}

/** Collegial review hours per unit per week, taken from its care staff's time. */
export function reviewHours(state: ModelState): number {
  return state.params.orderer.followUpHoursPerProvider * state.params.steering.collegialReview * state.mech.tc;
}

/**
 * Collegial review as staff feel it, on the scale of control intensity: as control until the new
 * culture has taken hold, then `reviewFelt` of it.
 */
export function feltReview(state: ModelState): number {
  const s = state.params.steering;
  return s.collegialReview * (s.reviewFelt + (1 - s.reviewFelt) * (1 - state.culture));
}

/** The rise in the motivation staff drift toward from managers' support, as far as it is trusted. */
export function supportLift(state: ModelState): number {
  const s = state.params.steering;
  return s.managerSupport * s.supportMotivation * state.culture;
}

/** Managers' and support staff's hours per week for `staff` care staff. */
export function supportHours(params: ModelParams, staff: number): number {
  return params.steering.managerSupport * params.steering.supportHoursPerStaff * staff;
}

/**
 * Whether the way units are steered changed between `before` and `after` without a change of split
 * or financing: control, decision detail, autonomy, benchmarking, or any `steering.*` or learning time.
 */
export function steeringChanged(before: ModelParams, after: ModelParams): boolean {
  const a = before.governance;
  const b = after.governance;
  if (a.controlIntensity !== b.controlIntensity || a.decisionSpecificity !== b.decisionSpecificity || a.autonomy !== b.autonomy || a.benchmarking !== b.benchmarking) return true;
  if (before.learning.timeShare !== after.learning.timeShare) return true;
  const s = before.steering as Record<string, unknown>;
  const t = after.steering as Record<string, unknown>;
  for (const key of Object.keys(s)) if (s[key] !== t[key]) return true;
  return false;
}

/** Culture after a week: back to 0 when steering changed, otherwise growing toward 1 over `cultureYears`. */
export function nextCulture(state: ModelState, changed: boolean): number {
  if (changed) return state.params.steering.cultureYears > 0 ? 0 : 1;
  const years = state.params.steering.cultureYears;
  const next = state.culture + (years > 0 ? 1 / (years * WEEKS_PER_YEAR) : 1);
  return next < 1 ? next : 1;
}
