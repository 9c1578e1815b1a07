/**
 * Tender rounds, reorganisations and providers' accounting, each mechanism in its own direction:
 * settings that differ in one parameter, on the same seeds, compared with a margin well inside the
 * observed effect. Small runs keep the file fast.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, step } from '../engine/index.ts';
import { item } from './ledger.ts';
import { lotOf } from './mechanisms/lots.ts';
import { compareRuns, parseParams, purchaserProviderModel, regimePreset, runMetrics, runReplications, withRegime, type ModelParamsInput } from './index.ts';
import type { ModelState } from './state.ts';
import type { RunResult } from '../engine/index.ts';

const SEEDS = [1, 2, 3, 4];
const SMALL = { population: { scale: 0.1 }, horizon: { years: 5 } } as const;
const CLOCK = { start: '2005-01-03', unit: 'week' } as const;
const TENDER = regimePreset('competitive-tender');

function params(input: ModelParamsInput, tender = true) {
  const p = parseParams(input);
  return tender && TENDER !== undefined ? withRegime(p, TENDER) : p;
}

function runs(input: ModelParamsInput, tender = true): RunResult[] {
  return runReplications({ params: params(input, tender), seeds: SEEDS });
}

/** The mean over runs of a metric summed (or averaged) over all years. */
function overYears(r: readonly RunResult[], metric: string, how: 'sum' | 'mean' = 'sum'): number {
  let total = 0;
  for (const run of runMetrics(r)) {
    const values = run.values[metric];
    if (values === undefined) throw new Error(`no metric ${metric}`);
    const s = values.reduce((a, b) => a + b, 0);
    total += how === 'sum' ? s : s / values.length;
  }
  return total / r.length;
}

function stepped(input: ModelParamsInput, weeks: number, tender = true): ModelState {
  const sim = createSimulation(purchaserProviderModel, { params: { params: params(input, tender) }, seed: 1, clock: CLOCK });
  for (let i = 0; i < weeks; i++) step(sim);
  return sim.state;
}

describe('tender rounds', () => {
  it('put the tendered share of lots out at the start; winners serve the users of their lots and are paid their bid', () => {
    const state = stepped({ ...SMALL, tendering: { lots: 4, share: 0.5 } }, 2);
    const { tenders, providers: p, users } = state;
    expect(tenders.rounds).toBe(2);
    for (const l of [0, 1]) {
      const h = tenders.holder[l] as number;
      expect(h).toBeGreaterThanOrEqual(0);
      expect(p.commercial[h]).toBe(1);
      expect(tenders.price[l]).toBeGreaterThan(0);
      expect(tenders.ends[l]).toBe(Math.round(4 * (365.2425 / 7)));
    }
    expect(Array.from(tenders.holder.slice(2, 4))).toEqual([-1, -1]);
    // Every user in service in a tendered lot is served by its holder; the others by municipal units.
    for (let s = 0; s < users.slotCount; s++) {
      if (users.alive[s] !== 1 || users.columns.status[s] !== 2) continue;
      const lot = lotOf(users.ids[s] as number, 4);
      const j = users.columns.provider[s] as number;
      if (lot < 2) expect(j).toBe(tenders.holder[lot]);
      else expect(p.commercial[j]).toBe(0);
    }
  });

  it('the markup falls as bidders increase: more bidders, a lower contract price', () => {
    /** Mean price of the lots won in the first round, over seeds. */
    const firstPrices = (bidders: number) => {
      let sum = 0;
      let n = 0;
      for (let seed = 1; seed <= 20; seed++) {
        const sim = createSimulation(purchaserProviderModel, { params: { params: params({ ...SMALL, tendering: { bidders, lots: 10, share: 1 } }) }, seed, clock: CLOCK });
        step(sim);
        for (let l = 0; l < 10; l++)
          if ((sim.state.tenders.holder[l] as number) >= 0) {
            sum += sim.state.tenders.price[l] as number;
            n++;
          }
      }
      return sum / n;
    };
    expect(firstPrices(8)).toBeLessThan(0.95 * firstPrices(1));
  });

  it('books the ex-ante cost of a round as contracting: a share of contract value, higher for a service hard to measure, lower with experience', () => {
    const cost = (input: ModelParamsInput) => stepped({ ...SMALL, ...input }, 1).ledger.items[item('contracting')] as number;
    const none = cost({ tendering: { exAnteShare: 0 } });
    expect(none).toBe(0);
    const measurable = cost({ service: { measurability: 0.9 }, tendering: { learning: 0 } });
    const vague = cost({ service: { measurability: 0.1 }, tendering: { learning: 0 } });
    expect(vague / measurable).toBeCloseTo(1.4 / 0.6, 1);
    const learning = cost({ service: { measurability: 0.9 }, tendering: { learning: 1 } });
    // Two lots of about equal value are tendered in the first week: the second round costs half.
    expect(learning / measurable).toBeCloseTo((1 + 1 / 2) / 2, 1);
  });

  it("the winner's curse: bidders who misjudge their cost more often win too low, and are renegotiated or fail", () => {
    const exact = runs({ ...SMALL, horizon: { years: 8 }, tendering: { estimateError: 0, contractYears: 2 } });
    const wild = runs({ ...SMALL, horizon: { years: 8 }, tendering: { estimateError: 0.4, contractYears: 2 } });
    const trouble = (r: RunResult[]) => overYears(r, 'tendering.renegotiations') + overYears(r, 'providers.failures');
    expect(trouble(wild)).toBeGreaterThan(trouble(exact) + 1);
  });

  it("an incumbent's edge where assets are specific: fewer users change hands at re-tender", () => {
    const generic = runs({ ...SMALL, horizon: { years: 9 }, service: { assetSpecificity: 0 }, tendering: { contractYears: 2, entrantPremium: 0.5 } });
    const specific = runs({ ...SMALL, horizon: { years: 9 }, service: { assetSpecificity: 1 }, tendering: { contractYears: 2, entrantPremium: 0.5 } });
    expect(overYears(specific, 'tendering.transfers')).toBeLessThan(0.8 * overYears(generic, 'tendering.transfers'));
  });

  it("the prospect of the next round presses on the holders' slack", () => {
    const sheltered = runs({ ...SMALL, tendering: { contestability: 0 } });
    const contested = runs({ ...SMALL, tendering: { contestability: 2 } });
    const d = compareRuns(sheltered, contested)['providers.slack'];
    expect(d?.mean).toBeLessThan(0);
  });

  it('control bids: with inHouseBids the municipal units keep the lots they can deliver cheaper than the firms bid', () => {
    const closed = runs({ ...SMALL, providers: { commercial: { wagePerHour: 700 } } });
    const open = runs({ ...SMALL, providers: { commercial: { wagePerHour: 700 } }, tendering: { inHouseBids: true } });
    expect(overYears(open, 'market.commercialShare', 'mean')).toBeLessThan(0.5 * overYears(closed, 'market.commercialShare', 'mean'));
  });

  it('without tendering no lot is held and nothing is booked for rounds', () => {
    const state = stepped(SMALL, 3, false);
    expect(Array.from(state.tenders.holder).every((h) => h === -1)).toBe(true);
    expect(state.tenders.rounds).toBe(0);
  });
});

describe('what a switch costs', () => {
  const timeline = [{ date: '2006-01-02', set: [{ path: 'governance.split', value: 'internal' }] }];

  it('a reorganisation books a one-off cost of costShare × the frame, and its disruption fades over disruptionWeeks', () => {
    const sim = createSimulation(purchaserProviderModel, { params: { params: parseParams({ ...SMALL, reorganisation: { costShare: 0.02, disruptionWeeks: 10 } }), timeline }, seed: 1, clock: CLOCK });
    let cost = 0;
    let at = -1;
    const disruption: number[] = [];
    for (let i = 0; i < 70; i++) {
      step(sim);
      const c = sim.state.ledger.items[item('reorganisation')] as number;
      if (c > 0) {
        cost += c;
        at = i;
      }
      if (at >= 0) disruption.push(sim.state.disruption);
    }
    expect(at).toBe(52);
    expect(cost).toBeCloseTo(0.02 * sim.state.budget.frame, -2);
    expect(disruption[0]).toBe(1);
    expect(disruption[5]).toBeCloseTo(0.5, 5);
    expect(disruption[10]).toBeCloseTo(0, 9);
  });

  it('the disruption costs care: need met dips in the year after the change, against the same change without disruption', () => {
    const input = (loss: number) => ({ params: parseParams({ ...SMALL, horizon: { years: 3 }, reorganisation: { productivityLoss: loss } }), seeds: SEEDS, timeline });
    const calm = runReplications(input(0));
    const rough = runReplications(input(0.15));
    const year = (r: RunResult[]) => runMetrics(r).map((x) => x.values.needMet?.[1] ?? Number.NaN);
    const d = year(rough).map((v, i) => v - (year(calm)[i] as number));
    expect(Math.max(...d)).toBeLessThan(-0.005);
  });

  it('a unit paid per unit carries its accounts and invoices; a frame-funded unit does not', () => {
    const frame = stepped(SMALL, 2, false);
    expect(frame.ledger.items[item('accounting')]).toBe(0);
    const perUnit = stepped({ ...SMALL, governance: { financing: 'perUnitGranted' } }, 2, false);
    expect(perUnit.ledger.items[item('accounting')]).toBeGreaterThan(0);
  });

  it('a separate orderer office carries its fixed cost, shared over the services it orders', () => {
    const office = (services: number) => stepped({ ...SMALL, governance: { split: 'internal' }, orderer: { servicesCovered: services } }, 1, false).ledger.items[item('ordererOffice')] as number;
    const fixed = (3e6 * 0.1) / (365.2425 / 7);
    expect(office(1) - office(4)).toBeCloseTo(fixed * 0.75, 0);
  });
});
