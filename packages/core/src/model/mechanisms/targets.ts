/**
 * Waiting-time targets with sanctions (Bevan & Hood 2006; Propper et al. 2008, 2010). A target is a
 * maximum wait from decision to start. It acts through three channels, each a parameter:
 * - priority: users about to breach the target are started before everyone else, and a provider
 *   stretches its care time to start them (`targets.overbooking`); those already past the target,
 *   and the users in service whose care the stretch takes, wait or lose;
 * - effort: the reported breach share, weighed by the sanction, presses on slack (slack.ts);
 * - gaming: a share of breaches is hidden from the reported figure (clock stopping,
 *   reclassification), more under a heavier sanction and a provider weighing its own interest,
 *   less where the orderer's audits would find it (`state.detection`).
 * No randomness: hidden breaches are counted as expected shares.
 */
import { exposure } from './steering.ts';
import type { ModelState } from '../state.ts';

/** Weeks over which the reported breach share is smoothed: performance figures were quarterly [A]. */
export const TARGET_REVIEW_WEEKS = 13;

/** Whether a user who has waited `waited` weeks since the decision is about to breach the start target (none without a target). */
export function aboutToBreach(state: ModelState, waited: number): boolean {
  const t = state.params.targets;
  return t.startWeeks > 0 && waited <= t.startWeeks && waited >= t.startWeeks - t.priorityWeeks;
}

/** Care hours provider `j` commits this week beyond its spare time to start users about to breach. */
export function overbookingHours(state: ModelState, j: number): number {
  const t = state.params.targets;
  return t.overbooking * t.sanction * (state.providers.careCapacity[j] as number);
}

/**
 * Counts a start by provider `j` after `waited` weeks: a breach when beyond the target, and the
 * wait as reported, in which a hidden breach appears at the target (the clock stopped there).
 */
export function recordStart(state: ModelState, j: number, waited: number): void {
  const { totals, params } = state;
  const target = params.targets.startWeeks;
  if (target <= 0 || waited <= target) {
    totals.reportedStartWaitSum += waited;
    return;
  }
  const hidden = hiddenShare(state, j);
  totals.breaches++;
  totals.reportedBreaches += 1 - hidden;
  totals.reportedStartWaitSum += waited - hidden * (waited - target);
}

/** The expected share of a breach provider `j` hides: sanction × its profit weight × the chance audits, and the other bottom lines, miss it. */
export function hiddenShare(state: ModelState, j: number): number {
  const t = state.params.targets;
  return t.gaming * t.sanction * (state.providers.profitWeight[j] as number) * (1 - state.detection) * (1 - exposure(state.params));
}

/** After the week's starts: the reported breach share, smoothed over a quarter (what managers are judged on). */
export function reviewTargets(state: ModelState): void {
  const { totals } = state;
  if (state.params.targets.startWeeks <= 0) {
    state.reportedBreachShare = 0;
    return;
  }
  if (totals.started === 0) return;
  state.reportedBreachShare += (totals.reportedBreaches / totals.started - state.reportedBreachShare) / TARGET_REVIEW_WEEKS;
}

/** The pressure on every provider's slack from the sanction and the reported breaches (0 without a target). */
export function targetPressure(state: ModelState): number {
  const t = state.params.targets;
  return t.effort * t.sanction * state.reportedBreachShare;
}
