/**
 * Steering beyond the split (mechanisms/steering.ts and the HOD deal in tendering.ts), each direction
 * alone on the same seeds: off at the defaults; several bottom lines make gaming pay less and cost
 * measuring time; collegial review detects, less per hour and less with knavish reviewers, and is
 * felt less than audits once trusted; support lifts motivation at a cost; room for judgment is abused
 * by knaves only; a change of steering costs once and resets the culture; the comparison price lets
 * lots without bidding. Then the regimes: trust-based steering wins or loses by who is trusted.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, step, type RunResult } from '../engine/index.ts';
import { compareRuns, parseParams, purchaserProviderModel, regimePreset, runMetrics, runReplications, summarise, withParam, withRegime, type ModelParams, type ModelParamsInput } from './index.ts';
import { item } from './ledger.ts';
import type { ModelState } from './state.ts';

const SEEDS = [1, 2, 3, 4];
const SMALL = { population: { scale: 0.1 }, horizon: { years: 4 } } as const;
const CLOCK = { start: '2005-01-03', unit: 'week' } as const;

function runs(input: ModelParamsInput, seeds: readonly number[] = SEEDS): RunResult[] {
  return runReplications({ params: parseParams({ ...SMALL, ...input }), seeds });
}

function paired(a: readonly RunResult[], b: readonly RunResult[], metric: string) {
  const d = compareRuns(a, b)[metric];
  if (d === undefined) throw new Error(`no metric ${metric}`);
  return d;
}

const final = (r: readonly RunResult[], metric: string) => summarise(r).metrics[metric]?.mean ?? Number.NaN;

/** A simulation of `params` stepped `weeks` times, for looking at its state. */
function stepped(params: ModelParams, weeks: number): ModelState {
  const sim = createSimulation(purchaserProviderModel, { params: { params }, seed: 1, clock: CLOCK });
  for (let i = 0; i < weeks; i++) step(sim);
  return sim.state;
}

function preset(params: ModelParams, name: string): ModelParams {
  const p = regimePreset(name);
  if (p === undefined) throw new Error(`no preset ${name}`);
  return withRegime(params, p);
}

describe('steering at its defaults', () => {
  it('changes nothing: one bottom line, no review and no support give the same outputs whatever the other steering settings', () => {
    const plain = runs({});
    const idle = runs({ steering: { indicatorCoverage: 0.9, measuringShare: 0.05, reviewDetection: 1, reviewFelt: 1, supportHoursPerStaff: 5, supportMotivation: 0.5, cultureYears: 10 } });
    expect(JSON.stringify(runMetrics(idle))).toBe(JSON.stringify(runMetrics(plain)));
  });
});

describe('multiple bottom lines', () => {
  // Knavish municipal units paid per hour they grant themselves, under weak audit: they game.
  const gamers = { governance: { split: 'integrated', financing: 'perUnitGranted', controlIntensity: 0.1 }, providers: { municipal: { profitWeight: 0.9 } } } as const;

  it('gaming one indicator pays less when the others would show it: bottomLines 1 → 4 cuts overbilled hours', () => {
    const one = runs(gamers);
    const four = runs({ ...gamers, steering: { bottomLines: 4 } });
    expect(final(one, 'gaming.overbilledHours')).toBeGreaterThan(0);
    expect(final(four, 'gaming.overbilledHours')).toBeLessThan(0.6 * final(one, 'gaming.overbilledHours'));
  });

  it('measuring costs hours: four lines that reveal nothing lower direct time', () => {
    const one = runs({});
    const blind = runs({ steering: { bottomLines: 4, indicatorCoverage: 0, measuringShare: 0.02 } });
    expect(paired(one, blind, 'directTimeShare').ci95[1]).toBeLessThan(-0.02);
  });

  it('several lines tell more where cost says little and blunt the pressure where it says much: bottomLines 1 → 4 lowers slack for a vague service, raises it for a measurable one', () => {
    const slackAt = (measurability: number, lines: number) => runs({ service: { measurability }, steering: { bottomLines: lines } });
    expect(paired(slackAt(0.05, 1), slackAt(0.05, 4), 'providers.slack').ci95[1]).toBeLessThan(-0.005);
    expect(paired(slackAt(0.95, 1), slackAt(0.95, 4), 'providers.slack').ci95[0]).toBeGreaterThan(0.005);
  });

  it('learning groups form on any bottom line a unit lags on: more lines, more groups', () => {
    const learning = { timeShare: 0.02 } as const;
    const groups = (lines: number) => final(runs({ learning, steering: { bottomLines: lines } }), 'learning.groups');
    expect(groups(4)).toBeGreaterThan(groups(1));
  });
});

describe('collegial review', () => {
  const base = parseParams({ ...SMALL, governance: { controlIntensity: 0 } });

  it('detects: review hours raise the audit rate units perceive, less with knavish reviewers', () => {
    const none = stepped(base, 30);
    const knights = stepped(withParam(withParam(base, 'steering.collegialReview', 0.5), 'staff.motivation.mean', 0.9), 30);
    const knaves = stepped(withParam(withParam(base, 'steering.collegialReview', 0.5), 'staff.motivation.mean', 0.2), 30);
    expect(none.detection).toBe(0);
    expect(knaves.detection).toBeGreaterThan(0);
    expect(knights.detection).toBeGreaterThan(2 * knaves.detection);
  });

  it("is felt less than audits of the same intensity once trusted, and takes care staff's time", () => {
    const audits = runs({ governance: { controlIntensity: 0.5 } });
    const review = runs({ governance: { controlIntensity: 0.2 }, steering: { collegialReview: 0.3 } });
    expect(paired(audits, review, 'staff.motivation').ci95[0]).toBeGreaterThan(0);
    const reviewed = runs({ steering: { collegialReview: 0.5 } });
    expect(summarise(reviewed).metrics['cost.transaction']?.mean).toBeGreaterThan(summarise(runs({})).metrics['cost.transaction']?.mean as number);
  });
});

describe("managers' support and room for judgment", () => {
  it('support lifts motivation and lowers sick leave, and is paid for', () => {
    const none = runs({});
    const support = runs({ steering: { managerSupport: 1 } });
    expect(paired(none, support, 'staff.motivation').ci95[0]).toBeGreaterThan(0.03);
    expect(paired(none, support, 'staff.sickLeave').ci95[1]).toBeLessThan(0);
    const state = stepped(parseParams({ ...SMALL, steering: { managerSupport: 1 } }), 3);
    expect(state.ledger.items[item('support')]).toBeGreaterThan(0);
  });

  it('room for judgment is abused by knaves, not by knights: autonomy 0.2 → 0.9 raises slack only where staff lack motivation', () => {
    const slackAt = (motivation: number, autonomy: number) => runs({ staff: { motivation: { mean: motivation } }, governance: { autonomy } });
    const knaves = paired(slackAt(0.2, 0.2), slackAt(0.2, 0.9), 'providers.slack');
    const knights = paired(slackAt(0.95, 0.2), slackAt(0.95, 0.9), 'providers.slack');
    expect(knaves.ci95[0]).toBeGreaterThan(0.01);
    expect(Math.abs(knights.mean)).toBeLessThan(knaves.mean / 3);
  });
});

describe('a change of steering', () => {
  it('costs a share of a reorganisation once, disrupts, and the new culture starts from nothing', () => {
    const params = parseParams({ ...SMALL, steering: { collegialReview: 0.3 } });
    const sim = createSimulation(purchaserProviderModel, {
      params: { params, timeline: [{ date: '2005-03-07', set: [{ path: 'steering.managerSupport', value: 0.5 }] }] },
      seed: 1,
      clock: CLOCK,
    });
    let booked = 0;
    let lowest = 1;
    for (let i = 0; i < 20; i++) {
      step(sim);
      booked += sim.state.ledger.items[item('reorganisation')] as number;
      lowest = Math.min(lowest, sim.state.culture);
    }
    expect(booked).toBeCloseTo(params.reorganisation.steeringShare * params.reorganisation.costShare * sim.state.budget.frame, 0);
    expect(lowest).toBeLessThan(0.05);
    expect(sim.state.culture).toBeLessThan(0.2);
    expect(sim.state.disruption).toBeGreaterThan(0);
    expect(sim.state.disruption).toBeLessThanOrEqual(params.reorganisation.steeringShare);
  });
});

describe('the HOD deal (tendering.award comparisonPrice)', () => {
  const tender = { governance: { split: 'competitive', financing: 'frame', tendering: true }, providers: { commercial: { count: 0 } }, tendering: { share: 0.5 } } as const;

  it("lets lots without bidding, at the municipality's cost per care hour, for less than a tender round costs; holders join the learning", () => {
    const bids = runs(tender);
    const deal = runs({ ...tender, tendering: { ...tender.tendering, award: 'comparisonPrice' }, learning: { timeShare: 0.02 } });
    expect(final(deal, 'market.commercialShare')).toBeGreaterThan(0);
    // No markup and no winner's curse: the price is the comparison price, above the lowest bids.
    expect(final(deal, 'tendering.price')).toBeGreaterThan(final(bids, 'tendering.price'));
    const contracting = (r: readonly RunResult[]) => summarise(r).metrics['cost.transaction']?.mean as number;
    expect(contracting(deal)).toBeLessThan(contracting(bids));
    const state = stepped(parseParams({ ...SMALL, ...tender, tendering: { ...tender.tendering, award: 'comparisonPrice' }, learning: { timeShare: 0.02, includeFirms: false } }), 150);
    const p = state.providers;
    let holders = 0;
    let learnt = 0;
    for (let j = 0; j < p.count; j++) {
      if (p.active[j] !== 1 || p.commercial[j] !== 1 || (p.lotsHeld[j] as number) === 0) continue;
      holders++;
      if ((p.learned[j] as number) > 0) learnt++;
    }
    expect(holders).toBeGreaterThan(0);
    expect(learnt).toBe(holders);
  });
});

describe('trust-based steering depends on who is trusted', () => {
  const world = (motivation: number, measurable: number, control: number) =>
    parseParams({
      ...SMALL,
      horizon: { years: 8 },
      staff: { motivation: { mean: motivation } },
      service: { measurability: measurable, specifiability: measurable },
      providers: { commercial: { knavery: 0.2 }, municipal: { profitWeight: 0.8 } },
      governance: { controlIntensity: control },
    });
  const regime = (params: ModelParams, name: string, control: number) => runReplications({ params: withParam(preset(params, name), 'governance.controlIntensity', control), seeds: SEEDS });

  it('wins against competition for users where staff are motivated and the service is vague', () => {
    const p = world(0.85, 0.2, 0.3);
    const d = paired(regime(p, 'competitive-choice', 0.3), regime(p, 'trust-based', 0.3), 'cost.perNeedHourMet');
    expect(d.ci95[1]).toBeLessThan(0);
  });

  it('loses where staff are knavish, the service measurable and monitoring real: slack grows and less need is met', () => {
    const p = world(0.2, 0.9, 0.6);
    const split = regime(p, 'competitive-choice', 0.6);
    const trust = regime(p, 'trust-based', 0.6);
    expect(paired(split, trust, 'providers.slack').ci95[0]).toBeGreaterThan(0.03);
    const met = paired(split, trust, 'needMet');
    expect(met.ci95[1]).toBeLessThan(-0.01);
    expect(met.mean).toBeLessThan(-0.05);
  });
});
