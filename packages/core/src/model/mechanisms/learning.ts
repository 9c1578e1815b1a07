/**
 * Phase `learning`: learning loops (Slagelse's HOD, seed 003). Each unit's bottom lines (its cost per
 * care hour, and with `steering.bottomLines` above 1 also its users' rating, its staff's sick leave
 * and their own rating) are compared with the mean of the comparable units taking part; a unit that
 * lags on any of them by more than `learning.divergence` forms a learning group, which takes
 * `learning.timeShare` of its working time
 * while it meets and improves its practice toward `learning.maxGain` at a rate that scales with its
 * staff's motivation (learning rests on professional engagement). What the best-practised unit knows
 * spreads to the others at `learning.spreadPerYear`, and what a unit knows leaves with the staff
 * who quit. Better practice saves travel, documentation and
 * idle time (delivery.ts). Nothing happens while `learning.timeShare` is 0.
 */
import type { StepContext } from '../../engine/simulation/index.ts';
import type { ModelState } from '../state.ts';
import { WEEKS_PER_YEAR, staffMotivation } from './settings.ts';

/** Weeks over which a unit's cost per care hour is smoothed before it is compared [A]. */
export const COST_SMOOTHING_WEEKS = 13;

export function learning(state: ModelState, _ctx: StepContext): void {
  const { providers: p, params } = state;
  const k = params.learning;
  // Every unit keeps its smoothed cost per care hour and sick share, so a loop switched on later starts informed.
  for (let j = 0; j < p.count; j++) {
    if (p.active[j] !== 1) continue;
    const staff = p.staff[j] as number;
    // What a unit has learned leaves with the staff who quit (newcomers have not learned it).
    if (staff > 0) p.learned[j] = (p.learned[j] as number) * (1 - (p.quits[j] as number) / (staff + (p.quits[j] as number)));
    const sick = staff > 0 ? (p.sick[j] as number) / staff : 0;
    p.unitSick[j] = (p.unitSick[j] as number) + (sick - (p.unitSick[j] as number)) / COST_SMOOTHING_WEEKS;
    const delivered = p.delivered[j] as number;
    if (delivered <= 0) continue;
    const perHour = (p.cost[j] as number) / delivered;
    const before = p.unitCost[j] as number;
    p.unitCost[j] = before === 0 ? perHour : before + (perHour - before) / COST_SMOOTHING_WEEKS;
  }
  if (k.timeShare <= 0) {
    for (let j = 0; j < p.count; j++) p.learningGroup[j] = 0;
    return;
  }
  let cost = 0;
  let rating = 0;
  let sick = 0;
  let motivation = 0;
  let n = 0;
  let best = 0;
  for (let j = 0; j < p.count; j++) {
    if (!takesPart(state, j)) continue;
    cost += p.unitCost[j] as number;
    rating += p.quality[j] as number;
    sick += p.unitSick[j] as number;
    motivation += staffMotivation(state, j);
    n++;
    if ((p.learned[j] as number) > best) best = p.learned[j] as number;
  }
  const lines = params.steering.bottomLines;
  const mean = n > 0 ? cost / n : 0;
  const meanRating = n > 0 ? rating / n : 0;
  const meanSick = n > 0 ? sick / n : 0;
  const meanMotivation = n > 0 ? motivation / n : 0;
  for (let j = 0; j < p.count; j++) {
    if (!takesPart(state, j)) {
      p.learningGroup[j] = 0;
      continue;
    }
    // A unit lags on a bottom line it is steered on: cost and sick leave above, ratings below the mean.
    let lags = mean > 0 && (p.unitCost[j] as number) > mean * (1 + k.divergence);
    if (lines >= 2 && (p.quality[j] as number) < meanRating * (1 - k.divergence)) lags = true;
    if (lines >= 3 && meanSick > 0 && (p.unitSick[j] as number) > meanSick * (1 + k.divergence)) lags = true;
    if (lines >= 4 && staffMotivation(state, j) < meanMotivation * (1 - k.divergence)) lags = true;
    p.learningGroup[j] = lags ? 1 : 0;
    let x = p.learned[j] as number;
    if (lags) x += ((k.ratePerYear * staffMotivation(state, j)) / WEEKS_PER_YEAR) * (k.maxGain - x);
    x += (k.spreadPerYear / WEEKS_PER_YEAR) * Math.max(0, best - x);
    p.learned[j] = x < 0 ? 0 : x > k.maxGain ? k.maxGain : x;
  }
}

/**
 * A unit takes part in the measurement and learning: every municipal unit, firms where they join,
 * and under the HOD deal every firm that holds a lot (joining is the deal's condition, tendering.ts).
 */
function takesPart(state: ModelState, j: number): boolean {
  const p = state.providers;
  if (p.active[j] !== 1) return false;
  if (p.commercial[j] === 0 || state.params.learning.includeFirms) return true;
  return state.params.tendering.award === 'comparisonPrice' && (p.lotsHeld[j] as number) > 0;
}
