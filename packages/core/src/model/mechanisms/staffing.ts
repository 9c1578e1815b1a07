/**
 * Phase `staffing`: each staff member's motivation drifts toward a target that control and
 * incentives felt as controlling lower and autonomy raises (Frey & Jegen 2001); sick leave and
 * quitting rise as motivation falls (seed 004; assumption for the form); providers recruit toward
 * the staff their demand needs, vacancies fill with a lag and temporary staff cover meanwhile.
 */
import type { Population } from '../../engine/population/index.ts';
import type { RandomStream } from '../../engine/rng/index.ts';
import { curveFor } from './curves.ts';
import type { StepContext } from '../../engine/simulation/index.ts';
import type { ModelParams } from '../params/index.ts';
import type { ModelState, Staff } from '../state.ts';
import { WEEKS_PER_YEAR, paidPerUnit } from './settings.ts';
import { feltReview, supportLift } from './steering.ts';

/** Share of a vacancy's hours that temporary staff cover [A]. */
export const TEMP_COVER = 0.8;
/** Care-time share a new provider plans with before it has a record [A]. */
export const PLANNED_DIRECT_SHARE = 0.55;
/** Margin providers staff above current demand [A]. */
export const PLANNING_MARGIN = 0.05;

/** Hires one staff member at provider `j` with competence `competence`. */
export function addStaff(staff: Staff, params: ModelParams, stream: RandomStream, j: number, competence: number): void {
  const s = staff.add();
  const m = params.staff.motivation;
  const baseline = clamp01(m.mean + m.sd * stream.normal());
  const c = (staff as Population).columns as Staff['columns'];
  c.provider[s] = j;
  c.baseline[s] = baseline;
  c.motivation[s] = baseline;
  c.competence[s] = competence;
  c.sickWeeksLeft[s] = 0;
}

/** Control (audits, reports and colleagues' review as far as it is felt as control) and incentives as a staff member at provider `j` feels them. */
export function feltControl(state: ModelState, j: number): number {
  const perUnit = paidPerUnit(state, j);
  return (state.mech.control + feltReview(state)) * (1 - 0.5 * state.params.governance.autonomy) + (perUnit ? 0.5 * (state.providers.profitWeight[j] as number) : 0);
}

export function staffing(state: ModelState, _ctx: StepContext): void {
  const { staff, providers: p, params, streams, totals, rules } = state;
  const sp = params.staff;
  const c = staff.columns;
  const felt = state.scratch.felt;
  for (let j = 0; j < p.count; j++) {
    felt[j] = feltControl(state, j);
    p.quits[j] = 0;
    p.staff[j] = 0;
    p.sick[j] = 0;
    p.staffHours[j] = 0;
    p.motivationSum[j] = 0;
    p.competenceSum[j] = 0;
  }
  const sickBase = sp.sickPerYear / WEEKS_PER_YEAR;
  const quitBase = sp.quitPerYear / WEEKS_PER_YEAR;
  const sickCurve = curveFor(state, 'sick', sp.sickMotivationEffect);
  const quitCurve = curveFor(state, 'quit', sp.quitMotivationEffect);
  const pull = 1 / sp.motivation.adjustWeeks;
  const learn = 1 / sp.learningWeeks;
  // One context object per step, updated per person: the rule sees a typed view, nothing allocates.
  const rule = {
    baseline: 0,
    felt: 0,
    autonomy: params.governance.autonomy,
    crowding: sp.motivation.crowding,
    crowdingIn: sp.motivation.crowdingIn,
    employerProfitWeight: 0,
    missionMatch: sp.motivation.missionMatch,
    support: supportLift(state),
  };
  const n = staff.slotCount;
  for (let s = 0; s < n; s++) {
    if (staff.alive[s] !== 1) continue;
    const j = c.provider[s] as number;
    if (p.active[j] !== 1) {
      staff.remove(s); // the firm left the market
      continue;
    }
    rule.baseline = c.baseline[s] as number;
    rule.felt = felt[j] as number;
    rule.employerProfitWeight = p.profitWeight[j] as number;
    const target = rules.motivationTarget(rule);
    const m = (c.motivation[s] as number) + pull * (target - (c.motivation[s] as number));
    c.motivation[s] = m;
    c.competence[s] = (c.competence[s] as number) + learn * (1 - (c.competence[s] as number));
    // One draw per staff member per step on each stream (plus one for the length of a new sick spell).
    const uSick = streams.sickness.random();
    const uQuit = streams.quitting.random();
    if (uQuit < quitBase * quitCurve.at(1 - m)) {
      staff.remove(s);
      p.quits[j] = (p.quits[j] as number) + 1;
      totals.quits++;
      continue;
    }
    let sick = c.sickWeeksLeft[s] as number;
    if (sick > 0) c.sickWeeksLeft[s] = sick - 1;
    else if (uSick < sickBase * sickCurve.at(1 - m)) {
      sick = Math.max(1, Math.round(sp.sickWeeks * 2 * streams.sickness.random()));
      c.sickWeeksLeft[s] = sick - 1;
    }
    p.staff[j] = (p.staff[j] as number) + 1;
    p.motivationSum[j] = (p.motivationSum[j] as number) + m;
    if (sick > 0) p.sick[j] = (p.sick[j] as number) + 1;
    else {
      p.staffHours[j] = (p.staffHours[j] as number) + sp.hoursPerWeek;
      p.competenceSum[j] = (p.competenceSum[j] as number) + (c.competence[s] as number);
    }
  }
  recruit(state);
  for (let j = 0; j < p.count; j++) {
    totals.staffCount += p.staff[j] as number;
    totals.staffSick += p.sick[j] as number;
    totals.motivationSum += p.motivationSum[j] as number;
  }
}

/** Sizes each provider's staff to last week's demand; fills vacancies with a lag; temps cover. */
function recruit(state: ModelState): void {
  const { staff, providers: p, params, streams, totals } = state;
  const sp = params.staff;
  for (let j = 0; j < p.count; j++) {
    if (p.active[j] !== 1) {
      p.vacancies[j] = 0;
      p.tempHours[j] = 0;
      continue;
    }
    // Staff for last week's demand at last week's productivity (care hours per head, sick leave
    // included), with a margin so new users can start without waiting.
    const staffNow = Math.max(1, p.staff[j] as number);
    const perHead = Math.max(0.2 * sp.hoursPerWeek, (p.careCapacity[j] as number) / staffNow || sp.hoursPerWeek * PLANNED_DIRECT_SHARE);
    const wanted = Math.ceil(((p.demand[j] as number) * (1 + PLANNING_MARGIN)) / perHead);
    // A hard budget: a unit or firm staffs only what its money pays for (its share of the frame,
    // or what per-unit pay brings in). Short of money, care is rationed rather than the budget overrun.
    const costPerHead = (p.cost[j] as number) / Math.max(1, (p.staff[j] as number) + (p.tempHours[j] as number) / sp.hoursPerWeek);
    // Before a provider has a cost record (its first week) it plans with what it wants; after that,
    // no money means no staff beyond the statutory floor.
    const affordable = costPerHead > 0 ? Math.floor(Math.max(0, p.budget[j] as number) / costPerHead) : wanted;
    // The statutory duty (provider of last resort): a municipal unit staffs at least for the floor
    // share of its users' demand, whatever its budget; the overrun goes to the council.
    const floor = p.commercial[j] === 0 ? Math.ceil(wanted * params.providers.lastResortFloor) : 0;
    const needed = Math.max(floor, Math.min(wanted, affordable));
    const open = Math.max(0, needed - (p.staff[j] as number));
    p.vacancies[j] = open;
    const hires = open === 0 ? 0 : streams.hiring.binomial(open, 1 / sp.vacancyFillWeeks);
    for (let h = 0; h < hires; h++) addStaff(staff, params, streams.hiring, j, 0.5);
    totals.hires += hires;
    p.vacancies[j] = open - hires;
    p.tempHours[j] = (open - hires) * sp.hoursPerWeek * TEMP_COVER;
  }
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
