// A custom behaviour rule: what if per-unit pay pulled prevention down only where staff motivation
// is low? (a "professional shield" hypothesis: knights keep doing prevention whatever the payment
// system). Swap the rule in, run both models with the same seeds, compare prevention.
// The same swap works on the model itself: createPurchaserProviderModel({ preventionShare: shieldedPreventionShare }).
import { ensemble, inThread, parseParams, replicationSeeds, summarise, type PreventionContext } from '@ppsim/core';

/** Prevention share under the shield hypothesis: the payment pull is scaled by (1 − motivation). */
export function shieldedPreventionShare(ctx: PreventionContext): number {
  const pull = ctx.paidPerUnit ? ctx.profitWeight * (1 - ctx.motivation) : 0;
  return ctx.baseShare * ctx.motivation * (1 - pull) * (0.5 + 0.5 * ctx.autonomy);
}

export function compareRules(reps = 6, scale = 0.2, years = 6) {
  const params = parseParams({
    population: { scale },
    horizon: { years },
    governance: { split: 'internal', financing: 'perUnitGranted' },
    providers: { municipal: { profitWeight: 0.8 } },
  });
  const seeds = replicationSeeds(7, reps);
  const standard = summarise(ensemble({ params }, { seeds }).runs);
  // Rules are code: they run in this thread's executor.
  const shielded = summarise(ensemble({ params }, { seeds, executor: inThread({ rules: { preventionShare: shieldedPreventionShare } }) }).runs);
  return { standard: standard.metrics['prevention.share']!, shielded: shielded.metrics['prevention.share']! };
}
