/**
 * Nursing homes (sykehjem), run at the end of phase `demography`: users who leave home for a nursing
 * home join a count of residents, residents leave at their own yearly rate (mostly death), and the
 * municipality pays for every place-week on a budget line of its own (ledger `nursingHomes`), outside
 * the service's frame. Faster functional decline therefore costs money instead of saving it. The
 * residents are an expected count, not agents, so nothing is drawn. Forms and sizes are [A]; the cost
 * per place is KOSTRA's order of magnitude (docs/ODD.md §7.3).
 */
import { detExp } from '../../engine/rng/index.ts';
import type { ModelState } from '../state.ts';
import { curveFor } from './curves.ts';
import { WEEKS_PER_YEAR } from './settings.ts';

/** Adds this week's admissions, lets residents leave at their yearly rate and books the places. */
export function nursingHomes(state: ModelState, admissions: number): void {
  const nh = state.params.nursingHomes;
  state.nursingHomeResidents = state.nursingHomeResidents * detExp(-nh.exitPerYear / WEEKS_PER_YEAR) + admissions;
  state.ledger.nursingHomes = (state.nursingHomeResidents * nh.costPerPlaceYear) / WEEKS_PER_YEAR;
}

/**
 * Residents at the start: the steady state of the admissions the initial users' exit hazards imply
 * (yearly admissions / residents' exit rate), so a run does not begin with empty nursing homes. The
 * count then drifts to the model's own steady state over about 1/`nursingHomes.exitPerYear` years.
 */
export function steadyResidents(state: ModelState): number {
  const { users, params } = state;
  const u = params.users;
  const nh = params.nursingHomes;
  if (nh.exitPerYear <= 0) return 0;
  const ageCurve = curveFor(state, 'age', u.declineAgeSlope, -40, 40);
  const abilityCurve = curveFor(state, 'ability', -u.exitAbilityEffect, -0.5, 0.5);
  const { age, ability } = users.columns;
  let admissionsPerYear = 0;
  for (let s = 0; s < users.slotCount; s++) {
    if (users.alive[s] !== 1) continue;
    const a = ability[s] as number;
    admissionsPerYear += u.exitPerYear * ageCurve.at((age[s] as number) - 80) * abilityCurve.at(a - 0.5) * nh.shareAtAbilityZero * (1 - a);
  }
  return admissionsPerYear / nh.exitPerYear;
}
