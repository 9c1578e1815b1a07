/**
 * The purchaser–provider model as an engine model: its setup and the order of its phases.
 *
 * Each week: council (events, blending, reset) → demography (function, need, exit) → arrivals →
 * orderer (assessments, decisions, reassessments, office tasks) → tendering (expired contracts put
 * out to tender, loss-making ones renegotiated) → allocation (provider choice,
 * start, switching) → staffing (motivation, sick leave, quitting, hiring) → delivery (time use,
 * care, prevention, satisfaction) → finance (payments, audits, budget) → market (hand-over, entry
 * and exit) → slack (X-inefficiency drifts and is squeezed) → learning (units that lag
 * comparable units form learning groups; practice improves and spreads).
 */
import type { ModelDefinition } from '../engine/simulation/index.ts';
import { council } from './mechanisms/council.ts';
import { arrivals, demography } from './mechanisms/demography.ts';
import { delivery } from './mechanisms/delivery.ts';
import { finance } from './mechanisms/finance.ts';
import { allocation, market } from './mechanisms/market.ts';
import { orderer } from './mechanisms/orderer.ts';
import { staffing } from './mechanisms/staffing.ts';
import { slack } from './mechanisms/slack.ts';
import { tenders } from './mechanisms/tendering.ts';
import { learning } from './mechanisms/learning.ts';
import { defaultRules, type BehaviourRules } from './rules.ts';
import { setupState, type ModelInput } from './setup.ts';
import type { ModelState } from './state.ts';

/**
 * Creates the model, optionally with some behaviour rules replaced.
 *
 * @example
 * const model = createPurchaserProviderModel({ preventionShare: () => 0.1 });
 * const sim = createSimulation(model, { params: { params: parseParams({}) }, seed: 1 });
 */
export function createPurchaserProviderModel(rules: Partial<BehaviourRules> = {}): ModelDefinition<ModelInput, ModelState> {
  const merged: BehaviourRules = { ...defaultRules, ...rules };
  return {
    name: 'purchaser-provider',
    setup: (input, ctx) => setupState(input, ctx, merged),
    phases: [
      { name: 'council', run: council },
      { name: 'demography', run: demography },
      { name: 'arrivals', run: arrivals },
      { name: 'orderer', run: orderer },
      { name: 'tendering', run: tenders },
      { name: 'allocation', run: allocation },
      { name: 'staffing', run: staffing },
      { name: 'delivery', run: delivery },
      { name: 'finance', run: finance },
      { name: 'market', run: market },
      { name: 'slack', run: slack },
      { name: 'learning', run: learning },
    ],
    populations: (state) => [state.users, state.staff],
  };
}

/** The model with its default behaviour rules. */
export const purchaserProviderModel = createPurchaserProviderModel();
