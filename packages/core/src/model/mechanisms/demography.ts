/**
 * Users' function and need (phase `demography`) and new applications (phase `arrivals`).
 *
 * Ability a ∈ [0, 1] declines each week by δ(age)·(1 − prevention effect)·(1 + unmet-need penalty)
 * with multiplicative noise, and work restores a share of what is lost (`service.restoration`, 0 for
 * home care); need = needMax·(1 − a)^shape hours per week (right-skewed, calibrated to SSB need
 * classes). Users leave with a weekly hazard: for good (rising with age and lost ability; death or a
 * nursing home, the nursing-home share rising with lost ability) or, in service, recovered (an
 * episode's end, rising with ability). All functional forms are assumptions [A]; see docs/ODD.md.
 */
import type { StepContext } from '../../engine/simulation/index.ts';
import { PowerCurve, curveFor } from './curves.ts';
import type { ModelParams } from '../params/index.ts';
import { IN_SERVICE, WAITING_ASSESSMENT, type ModelState, type Users } from '../state.ts';
import { detExp, type RandomStream } from '../../engine/rng/index.ts';
import { nursingHomes } from './nursing-homes.ts';
import { power } from './power.ts';
import { WEEKS_PER_YEAR } from './settings.ts';

/** Prevention hours per week at which half the preventable decline is averted [A]. */
export const HALF_DOSE_HOURS = 0.5;

/** Need in hours per week at a given ability (exact; the weekly loop uses the tabulated curve). */
export function needOf(ability: number, params: ModelParams): number {
  return params.service.needMaxHours * power(1 - ability, params.service.needShape);
}

export function demography(state: ModelState, _ctx: StepContext): void {
  const { users, params, streams, totals } = state;
  const c = users.columns;
  const { age, ability, need, prevention, unmet, met, status } = c;
  const alive = users.alive;
  const u = params.users;
  const weeklyDecline = u.declinePerYear / WEEKS_PER_YEAR;
  const weeklyExit = u.exitPerYear / WEEKS_PER_YEAR;
  const weeklyRecovery = u.recoveryPerYear / WEEKS_PER_YEAR;
  const weeklyRestoration = params.service.restoration / WEEKS_PER_YEAR;
  const homeAtZero = params.nursingHomes.shareAtAbilityZero;
  const potential = params.service.preventionPotential;
  const maxHours = params.service.needMaxHours;
  const shape = params.service.needShape;
  const unmetEffect = u.unmetNeedDecline;
  const decline = streams.decline;
  const exit = streams.exit;
  const ageCurve = curveFor(state, 'age', u.declineAgeSlope, -40, 40);
  const abilityCurve = curveFor(state, 'ability', -u.exitAbilityEffect, -0.5, 0.5);
  const recoveryCurve = curveFor(state, 'recovery', u.recoveryAbilityEffect, -0.5, 0.5);
  const needCurve = powerCurveFor(state, shape);
  const n = users.slotCount;
  let recoveries = 0;
  let admissions = 0;
  let exits = 0;
  for (let s = 0; s < n; s++) {
    if (alive[s] !== 1) continue;
    const a0 = ability[s] as number;
    const ageFactor = ageCurve.at((age[s] as number) - 80);
    const dose = prevention[s] as number;
    const averted = potential * (dose / (dose + HALF_DOSE_HOURS));
    // Exactly one draw per user per step on each stream, whatever happens: scenarios stay in step.
    const noise = 0.5 + decline.random();
    // Restoration is 0 for home care: skip reading `met` then (the loop is memory-bound).
    const restored = weeklyRestoration > 0 ? weeklyRestoration * (met[s] as number) * (1 - a0) : 0;
    let a = a0 - weeklyDecline * ageFactor * (1 - averted) * (1 + unmetEffect * (unmet[s] as number)) * noise + restored;
    a = a < 0 ? 0 : a > 1 ? 1 : a;
    ability[s] = a;
    age[s] = (age[s] as number) + 1 / WEEKS_PER_YEAR;
    need[s] = maxHours * needCurve.at(1 - a);
    // Competing risks on one draw: leaving for good, or (in service) recovering.
    const exitHazard = weeklyExit * ageFactor * abilityCurve.at(a - 0.5);
    const recoveryHazard = weeklyRecovery > 0 && status[s] === IN_SERVICE ? weeklyRecovery * recoveryCurve.at(a - 0.5) : 0;
    const hazard = exitHazard + recoveryHazard;
    const x = exit.random();
    // 1 − e^(−h) ≤ h, so the exponential is needed only for the few draws below h.
    if (x < hazard) {
      const leave = 1 - detExp(-hazard);
      if (x < leave) {
        // The draw, uniform below `leave`, also picks the destination in proportion to the hazards.
        const recovered = (leave * recoveryHazard) / hazard;
        if (x < recovered) recoveries++;
        else if (x < recovered + (leave - recovered) * homeAtZero * (1 - a)) admissions++;
        users.remove(s);
        exits++;
      }
    }
  }
  totals.exits += exits;
  totals.recoveries += recoveries;
  totals.nursingHomeAdmissions += admissions;
  nursingHomes(state, admissions);
}

export function arrivals(state: ModelState, ctx: StepContext): void {
  const { users, params, streams, totals } = state;
  const n = streams.arrivals.poisson(params.population.applicationsPerWeek * params.population.scale);
  for (let i = 0; i < n; i++) {
    const s = users.add();
    const age = params.population.applicantAge + 6 * streams.arrivals.normal();
    initialiseUser(users, s, params, streams.arrivals, age, 1 - streams.arrivals.beta(1.2, 4));
    const c = users.columns;
    c.status[s] = WAITING_ASSESSMENT;
    c.appliedStep[s] = ctx.step;
    c.decidedStep[s] = -1;
    c.granted[s] = 0;
    c.prevention[s] = 0;
    c.unmet[s] = 0;
    c.met[s] = 0;
    c.queued[s] = 0;
    state.assessmentQueue.push(users.ids[s] as number);
    totals.arrivals++;
  }
}

/** The need curve for the current shape, rebuilt only when a parameter change alters it. */
function powerCurveFor(state: ModelState, shape: number): PowerCurve {
  if (state.needCurve === undefined || state.needCurve.y !== shape) state.needCurve = new PowerCurve(shape);
  return state.needCurve;
}

/** Sets age, ability, need, costliness and choosing type of a new user. */
export function initialiseUser(users: Users, s: number, params: ModelParams, stream: RandomStream, age: number, ability: number): void {
  const c = users.columns;
  c.age[s] = age;
  c.ability[s] = ability;
  c.need[s] = needOf(ability, params);
  c.provider[s] = -1;
  c.reviewStep[s] = -1;
  c.queen[s] = stream.random() < params.users.queenShare ? 1 : 0;
  c.costliness[s] = stream.lognormal(0, 0.3);
  c.satisfaction[s] = 0.6;
}
