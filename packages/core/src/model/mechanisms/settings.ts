/**
 * Governance settings translated into the mechanism switches and intensities the phases use. This
 * is the one place where `split` and `financing` are read; every outcome then follows from
 * behaviour. Blending (seed 002) softens a separate orderer over time.
 */
import type { ModelParams } from '../params/index.ts';

export interface Mechanisms {
  /** A separate orderer office assesses and decides (split ≠ integrated). */
  readonly separateOrderer: boolean;
  /** Commercial providers may take users (competitive split). */
  readonly outsideProviders: boolean;
  /** Municipal providers' revenue follows hours (per-unit financing). */
  readonly municipalPaidPerUnit: boolean;
  /** Payment follows reported hours (so over-reporting pays) rather than granted hours. */
  readonly paidOnReported: boolean;
  /** Invoicing and settlement per user are needed. */
  readonly invoicing: boolean;
  /** Decision specificity after blending. */
  readonly specificity: number;
  /** Control intensity felt by providers after blending. */
  readonly control: number;
  /** Share of the pre-blending coordination and duplicated assessment still done. */
  readonly separation: number;
  /** Assessment error (sd of log granted/need) after a home visit. */
  readonly visitError: number;
  /** Provider flexibility: how far delivery follows true need rather than the decision. */
  readonly flexibility: number;
  /** Transaction-cost multiplier. */
  readonly tc: number;
}

/** Mean weeks in a calendar year: converts yearly rates and counts to weekly ones. */
export const WEEKS_PER_YEAR = 365.2425 / 7;

/** Monitoring that remains inside an integrated organisation relative to a separate orderer's. */
export const INTERNAL_MONITORING = 0.25;

export function deriveMechanisms(params: ModelParams, blend: number): Mechanisms {
  const g = params.governance;
  const separateOrderer = g.split !== 'integrated';
  // Blending only happens where there is something to blend (its pace is set in council.ts).
  const separation = separateOrderer ? 1 - blend : 0;
  const specificity = g.decisionSpecificity * (separateOrderer ? 1 - 0.7 * blend : 1);
  const control = g.controlIntensity * (separateOrderer ? 1 - 0.5 * blend : 1);
  return {
    separateOrderer,
    outsideProviders: g.split === 'competitive',
    municipalPaidPerUnit: g.financing !== 'frame',
    paidOnReported: g.financing === 'perUnitPerformed',
    invoicing: g.financing !== 'frame',
    specificity,
    control,
    separation,
    visitError: separateOrderer ? params.orderer.visitError * (1 - 0.5 * blend) + params.orderer.providerError * 0.5 * blend : params.orderer.providerError,
    // A provider that wrote the decision itself is bound by it only as far as it wants to be.
    flexibility: separateOrderer ? (1 - specificity) * g.autonomy : g.autonomy,
    tc: params.transactionCosts.scale,
  };
}
