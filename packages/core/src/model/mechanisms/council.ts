/**
 * Phase `council` (first each step): dated policy events (a regime change, a standard-time cut, a
 * new budget) change parameters; the council closes a finished budget year (mechanisms/budget.ts); a separate orderer and municipal providers drift toward blended
 * roles (seed 002); the week's ledger and counters start from zero.
 */
import type { StepContext } from '../../engine/simulation/index.ts';
import { withParam } from '../params/index.ts';
import type { ModelState } from '../state.ts';
import { budgetEvent, budgetYear } from './budget.ts';
import { item } from '../ledger.ts';
import { WEEKS_PER_YEAR, deriveMechanisms } from './settings.ts';
import { nextCulture, steeringChanged } from './steering.ts';

export function council(state: ModelState, ctx: StepContext): void {
  const beforeParams = state.params;
  const before = beforeParams.governance;
  for (const event of state.events.at(ctx.step)) {
    for (const change of event.payload) {
      state.params = withParam(state.params, change.path, change.value);
      budgetEvent(state, change.path);
    }
  }
  const g = state.params.governance;
  const r = state.params.reorganisation;
  // A change of split or financing is a reorganisation; a change of steering alone (control,
  // autonomy, bottom lines, review, support, learning) carries a share of its cost and disruption,
  // and the new culture starts from nothing (steering.ts).
  const reorganised = g.split !== before.split || g.financing !== before.financing;
  const restyled = state.params !== beforeParams && steeringChanged(beforeParams, state.params);
  const size = reorganised ? 1 : restyled ? r.steeringShare : 0;
  const faded = Math.max(0, state.disruption - 1 / Math.max(1, r.disruptionWeeks));
  state.disruption = size > 0 && r.disruptionWeeks > 0 ? Math.max(faded, size) : faded;
  state.culture = nextCulture(state, restyled);
  budgetYear(state, ctx.year);
  const { params, providers: p } = state;
  // Blending needs a separate orderer, and is carried by municipal providers' shared background.
  let municipal = 0;
  let all = 0;
  for (let j = 0; j < p.count; j++) {
    if (p.active[j] !== 1) continue;
    all += p.users[j] as number;
    if (p.commercial[j] === 0) municipal += p.users[j] as number;
  }
  const municipalShare = all > 0 ? municipal / all : 1;
  if (params.governance.split !== 'integrated') {
    state.blend += (params.governance.blendingPerYear / WEEKS_PER_YEAR) * (1 - state.blend) * municipalShare;
  } else {
    state.blend = 0;
  }
  state.mech = deriveMechanisms(params, state.blend);
  for (let j = 0; j < p.count; j++) {
    p.started[j] = 0;
    p.lost[j] = 0;
  }
  state.totals.reset();
  state.ledger.reset(state.budget.frame / WEEKS_PER_YEAR);
  // A reorganisation costs once: project staff, consultants, systems, severance.
  if (size > 0) state.ledger.book(item('reorganisation'), size * r.costShare * state.budget.frame * state.mech.tc);
}
