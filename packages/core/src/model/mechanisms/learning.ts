/**
 * Phase `learning`: learning loops (Slagelse's HOD, seed 003). Each unit's cost per care hour is
 * compared with the mean of the comparable units taking part; a unit above it by more than
 * `learning.divergence` forms a learning group, which takes `learning.timeShare` of its working time
 * while it meets and improves its practice toward `learning.maxGain` at a rate that scales with its
 * staff's motivation (learning rests on professional engagement). What the best-practised unit knows
 * spreads to the others at `learning.spreadPerYear`. Better practice saves travel, documentation and
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
  // Every unit keeps its smoothed cost per care hour, so a loop switched on later starts informed.
  for (let j = 0; j < p.count; j++) {
    const delivered = p.delivered[j] as number;
    if (p.active[j] !== 1 || delivered <= 0) continue;
    const perHour = (p.cost[j] as number) / delivered;
    const before = p.unitCost[j] as number;
    p.unitCost[j] = before === 0 ? perHour : before + (perHour - before) / COST_SMOOTHING_WEEKS;
  }
  if (k.timeShare <= 0) {
    for (let j = 0; j < p.count; j++) p.learningGroup[j] = 0;
    return;
  }
  let sum = 0;
  let n = 0;
  let best = 0;
  for (let j = 0; j < p.count; j++) {
    if (!takesPart(state, j)) continue;
    sum += p.unitCost[j] as number;
    n++;
    if ((p.learned[j] as number) > best) best = p.learned[j] as number;
  }
  const mean = n > 0 ? sum / n : 0;
  for (let j = 0; j < p.count; j++) {
    if (!takesPart(state, j)) {
      p.learningGroup[j] = 0;
      continue;
    }
    const lags = mean > 0 && (p.unitCost[j] as number) > mean * (1 + k.divergence);
    p.learningGroup[j] = lags ? 1 : 0;
    let x = p.learned[j] as number;
    if (lags) x += ((k.ratePerYear * staffMotivation(state, j)) / WEEKS_PER_YEAR) * (k.maxGain - x);
    x += (k.spreadPerYear / WEEKS_PER_YEAR) * Math.max(0, best - x);
    p.learned[j] = x < 0 ? 0 : x > k.maxGain ? k.maxGain : x;
  }
}

/** A unit takes part in the measurement and learning: every municipal unit, and firms where they join. */
function takesPart(state: ModelState, j: number): boolean {
  const p = state.providers;
  return p.active[j] === 1 && (p.commercial[j] === 0 || state.params.learning.includeFirms);
}
