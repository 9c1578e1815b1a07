/**
 * Governance settings translated into the mechanism switches and intensities the phases use. This
 * is the one place where `split` and `financing` are read; every outcome then follows from
 * behaviour. Blending (seed 002) softens a separate orderer over time. Two per-provider readings
 * every phase needs sit here too: whether a provider is paid per unit, and its staff's motivation.
 */
import type { ModelParams } from '../params/index.ts';
import type { Mechanisms, ModelState } from '../state.ts';

/** Mean weeks in a calendar year: converts yearly rates and counts to weekly ones. */
export const WEEKS_PER_YEAR = 365.2425 / 7;

export function deriveMechanisms(params: ModelParams, blend: number): Mechanisms {
  const g = params.governance;
  const separateOrderer = g.split !== 'integrated';
  // Blending only happens where there is something to blend (its pace is set in council.ts).
  const separation = separateOrderer ? 1 - blend : 0;
  const o = params.orderer;
  const specificity = g.decisionSpecificity * (separateOrderer ? 1 - g.blendSpecificity * blend : 1);
  const control = g.controlIntensity * (separateOrderer ? 1 - g.blendControl * blend : 1);
  // A blended orderer assesses partly as the provider would: toward its error, its interest and its
  // (lack of) independence.
  const likeProvider = separateOrderer ? g.blendAssessment * blend : 1;
  return {
    separateOrderer,
    outsideProviders: g.split === 'competitive',
    tendering: g.split === 'competitive' && g.tendering,
    municipalPaidPerUnit: g.financing !== 'frame',
    paidOnReported: g.financing === 'perUnitPerformed',
    invoicing: g.financing !== 'frame',
    specificity,
    control,
    separation,
    reassessError: o.visitError * (1 - likeProvider) + o.providerError * likeProvider,
    // A provider that wrote the decision itself is bound by it only as far as it wants to be.
    flexibility: separateOrderer ? (1 - specificity) * g.autonomy : g.autonomy,
    tc: params.transactionCosts.scale,
    independence: 1 - likeProvider * (1 - o.selfMonitoringIndependence),
    assessorInterest: likeProvider,
    assessorSpread: separateOrderer ? 1 - o.officeStandardisation * (1 - likeProvider) : 1,
  };
}

/** Whether provider `j`'s revenue follows hours: firms always (contracts), municipal units under per-unit financing. */
export function paidPerUnit(state: ModelState, j: number): boolean {
  return state.providers.commercial[j] === 1 || state.mech.municipalPaidPerUnit;
}

/** The price per hour provider `j` is paid when paid per unit: its contract's, or the council's common price. */
export function priceOf(state: ModelState, j: number): number {
  const contract = state.providers.contractPrice[j] as number;
  return contract > 0 ? contract : state.budget.price;
}

/** Mean intrinsic motivation of provider `j`'s staff this week (the new-staff mean before it has any). */
export function staffMotivation(state: ModelState, j: number): number {
  const staff = state.providers.staff[j] as number;
  return staff > 0 ? (state.providers.motivationSum[j] as number) / staff : state.params.staff.motivation.mean;
}
