import { beforeAll, describe, expect, it } from 'vitest';
import { createSimulation, step } from '../engine/index.ts';
import {
  compareRuns,
  createPurchaserProviderModel,
  METRICS,
  parseParams,
  purchaserProviderModel,
  runReplications,
  summarise,
  type ModelParamsInput,
  type ModelState,
  type PreventionContext,
} from './index.ts';

const CLOCK = { start: '2005-01-03', unit: 'week' } as const;

/** The result metrics design.md names as stable ("Result metrics"). */
const DESIGN_METRICS = [
  'cost.total',
  'cost.production',
  'cost.transaction',
  'cost.perUser',
  'adminShare',
  'hours.granted',
  'hours.delivered',
  'needMet',
  'wait.assessmentWeeks',
  'wait.startWeeks',
  'users.served',
  'users.functionMean',
  'prevention.share',
  'satisfaction.users',
  'staff.motivation',
  'staff.sickLeave',
  'staff.turnover',
  'directTimeShare',
  'gaming.overbilledHours',
  'complaints',
] as const;

/** A regime that exercises every stream: competition, user choice, pay per reported hour. */
const BUSY: ModelParamsInput = {
  population: { scale: 0.05 },
  horizon: { years: 2 },
  governance: { split: 'competitive', financing: 'perUnitPerformed', userChoice: true },
  providers: { commercial: { count: 2 } },
};

describe('summarise(runReplications({ params, seeds })): determinism', () => {
  it('the same seeds give byte-identical JSON; other seeds give different JSON', () => {
    const json = (seeds: number[]) => JSON.stringify(summarise(runReplications({ params: parseParams(BUSY), seeds })));
    const first = json([11, 12]);
    expect(json([11, 12])).toBe(first);
    expect(json([13, 14])).not.toBe(first);
  });

  it('the same seed gives byte-identical raw series, also when another simulation runs in between', () => {
    const params = parseParams(BUSY);
    const raw = () => {
      const [result] = runReplications({ params, seeds: [5] });
      return JSON.stringify(Object.entries(result?.table.series ?? {}).map(([name, column]) => [name, Array.from(column)]));
    };
    const first = raw();
    step(createSimulation(purchaserProviderModel, { params: { params }, seed: 99, clock: CLOCK }), 30);
    expect(raw()).toBe(first);
  });
});

describe('common random numbers', () => {
  it('integrated/frame and internal/perUnitGranted on one seed: the same applicants arrive in the first 20 weeks', () => {
    const regime = (governance: ModelParamsInput['governance']) =>
      createSimulation(purchaserProviderModel, { params: { params: parseParams({ population: { scale: 0.1 }, governance }) }, seed: 3, clock: CLOCK });
    const a = regime({ split: 'integrated', financing: 'frame' });
    const b = regime({ split: 'internal', financing: 'perUnitGranted' });
    /** This step's applicants, in arrival order (ids are given in order of creation). */
    const arrivals = (state: ModelState, stepIndex: number) => {
      const { users } = state;
      const c = users.columns;
      const rows: number[][] = [];
      for (const s of users.activeSlots()) {
        if (c.appliedStep[s] === stepIndex) rows.push([users.ids[s] as number, c.ability[s] as number, c.age[s] as number, c.costliness[s] as number, c.queen[s] as number]);
      }
      return rows.sort((x, y) => (x[0] as number) - (y[0] as number));
    };
    let total = 0;
    for (let week = 0; week < 20; week++) {
      step(a);
      step(b);
      const fromA = arrivals(a.state, week);
      expect(arrivals(b.state, week)).toEqual(fromA);
      expect(fromA.length).toBe(a.state.totals.arrivals);
      total += fromA.length;
    }
    expect(total).toBeGreaterThan(60);
    // The regimes did diverge in what happened to the users.
    expect(b.state.ledger.spending).not.toBe(a.state.ledger.spending);
    expect(b.state.mech.separateOrderer).toBe(true);
  });
});

describe('summarise(runs): result metrics', () => {
  const params = parseParams(BUSY);
  let summary: ReturnType<typeof summarise> = { finalYear: Number.NaN, metrics: {} };
  beforeAll(() => {
    summary = summarise(runReplications({ params, seeds: [1, 2, 3] }));
  });
  // The simulated calendar years are the horizon's; the few days a run spills into the next year are not a year.
  const first = Number(params.horizon.start.slice(0, 4));
  const years = Array.from({ length: params.horizon.years }, (_, k) => String(first + k));

  it.each(DESIGN_METRICS)('%s: unit, finite mean inside its ci95, a value for each simulated year', (name) => {
    const m = summary.metrics[name];
    expect(m).toBeDefined();
    if (m === undefined) return;
    expect(m.unit.length).toBeGreaterThan(0);
    expect(m.description.length).toBeGreaterThan(0);
    expect(Number.isFinite(m.mean)).toBe(true);
    const [lo, hi] = m.ci95;
    expect(lo).toBeLessThanOrEqual(m.mean);
    expect(m.mean).toBeLessThanOrEqual(hi);
    expect(Object.keys(m.byYear)).toEqual(years);
    expect(Object.values(m.byYear).every(Number.isFinite)).toBe(true);
  });

  it('money is per year in currency, hours per year (design.md)', () => {
    for (const name of ['cost.total', 'cost.production', 'cost.transaction']) expect(summary.metrics[name]?.unit).toBe('currency/year');
    for (const name of ['hours.granted', 'hours.delivered', 'gaming.overbilledHours']) expect(summary.metrics[name]?.unit).toBe('hours/year');
  });

  it('reports the last full year as finalYear, and METRICS names are unique', () => {
    expect(summary.finalYear).toBe(2006);
    expect(new Set(METRICS.map((m) => m.name)).size).toBe(METRICS.length);
    expect(Object.keys(summary.metrics)).toEqual(METRICS.map((m) => m.name));
  });

  it('shares stay within 0–1 and costs add up: total ≥ transaction, adminShare = transaction / (production + transaction)', () => {
    for (const name of ['adminShare', 'needMet', 'prevention.share', 'directTimeShare', 'staff.sickLeave', 'satisfaction.users', 'staff.motivation']) {
      const m = summary.metrics[name];
      expect(m?.mean).toBeGreaterThanOrEqual(0);
      expect(m?.mean).toBeLessThanOrEqual(1);
    }
    const get = (name: string) => summary.metrics[name]?.byYear['2005'] ?? Number.NaN;
    expect(get('adminShare')).toBeCloseTo(get('cost.transaction') / (get('cost.production') + get('cost.transaction')), 2);
  });
});

describe('createPurchaserProviderModel(rules)', () => {
  const input: ModelParamsInput = { population: { scale: 0.1 }, horizon: { years: 2 } };

  it('createPurchaserProviderModel() behaves exactly like purchaserProviderModel', () => {
    const params = parseParams(input);
    const a = step(createSimulation(purchaserProviderModel, { params: { params }, seed: 4, clock: CLOCK }), 40);
    const b = step(createSimulation(createPurchaserProviderModel(), { params: { params }, seed: 4, clock: CLOCK }), 40);
    expect(Array.from(b.state.users.columns.ability)).toEqual(Array.from(a.state.users.columns.ability));
  });

  it('{ preventionShare: () => 0 }: only spare-time prevention is left, and prevention.share falls far', () => {
    const seeds = [1, 2, 3];
    const params = parseParams(input);
    const withDefault = summarise(runReplications({ params, seeds })).metrics['prevention.share']?.mean ?? Number.NaN;
    const without = summarise(runReplications({ params, seeds, rules: { preventionShare: () => 0 } })).metrics['prevention.share']?.mean ?? Number.NaN;
    expect(without).toBeGreaterThanOrEqual(0);
    expect(without).toBeLessThan(0.3 * withDefault);

    // What the code implies: a provider turns half its spare care time, times staff motivation,
    // into prevention; with the rule at 0 that is all the prevention there is.
    const sim = createSimulation(createPurchaserProviderModel({ preventionShare: () => 0 }), { params: { params }, seed: 2, clock: CLOCK });
    for (let week = 0; week < 60; week++) {
      step(sim);
      const { providers: p, totals } = sim.state;
      let spare = 0;
      for (let j = 0; j < p.count; j++) {
        if (p.active[j] !== 1) continue;
        const motivation = (p.staff[j] as number) > 0 ? (p.motivationSum[j] as number) / (p.staff[j] as number) : params.staff.motivation.mean;
        spare += (p.slack[j] as number) * motivation * 0.5;
      }
      expect(totals.preventionHours).toBeCloseTo(spare, 6);
    }
  });

  it('the prevention rule sees whether revenue follows hours, per provider', () => {
    const seen = new Set<boolean>();
    const rule = (ctx: PreventionContext) => {
      seen.add(ctx.paidPerUnit);
      return 0.1;
    };
    const params = parseParams({ ...input, governance: { split: 'internal', financing: 'frame' } });
    step(createSimulation(createPurchaserProviderModel({ preventionShare: rule }), { params: { params }, seed: 1, clock: CLOCK }), 2);
    expect([...seen]).toEqual([false]);
    const perUnit = parseParams({ ...input, governance: { split: 'internal', financing: 'perUnitGranted' } });
    seen.clear();
    step(createSimulation(createPurchaserProviderModel({ preventionShare: rule }), { params: { params: perUnit }, seed: 1, clock: CLOCK }), 2);
    expect([...seen]).toEqual([true]);
  });

  it('{ motivationTarget: () => 1 } lifts staff motivation toward 1', () => {
    const params = parseParams(input);
    const seeds = [1, 2];
    const base = summarise(runReplications({ params, seeds })).metrics['staff.motivation']?.mean ?? Number.NaN;
    const lifted = summarise(runReplications({ params, seeds, rules: { motivationTarget: () => 1 } })).metrics['staff.motivation']?.mean ?? Number.NaN;
    expect(lifted).toBeGreaterThan(base + 0.15);
    expect(lifted).toBeLessThanOrEqual(1);
  });
});

describe('createSimulation(model, { params: { params, timeline } }) with a bad timeline', () => {
  it('reports a mistyped path at setup, with its place in the timeline', () => {
    const params = parseParams({ population: { scale: 0.05 } });
    const timeline = [{ date: '2006-01-02', set: [{ path: 'governance.spilt', value: 'integrated' }] }];
    expect(() => createSimulation(purchaserProviderModel, { params: { params, timeline }, seed: 1, clock: { start: '2005-01-03', unit: 'week' } })).toThrowErrorMatchingInlineSnapshot(
      `[PpsimError: timeline[0].set[0] (governance.spilt): expected a parameter path; "governance" has "split", "financing", "userChoice", "tendering", "controlIntensity", "decisionSpecificity", "autonomy", "benchmarking", "decisionsWithEndDate", "reviewWeeks", "blendingPerYear", "blendSpecificity", "blendControl", "blendAssessment", received "integrated". Fix: did you mean "split"?]`,
    );
  });
});

describe("the split's relative performance depends on staff motivation (design principle 2)", () => {
  const gain = (mean: number) => {
    const base = { horizon: { years: 4 }, population: { scale: 0.2 }, staff: { motivation: { mean } }, service: { measurability: 0.8 } } as const;
    const seeds = [1, 2, 3, 4];
    const a = runReplications({ params: parseParams({ ...base, governance: { split: 'integrated' } }), seeds });
    const b = runReplications({ params: parseParams({ ...base, governance: { split: 'internal' } }), seeds });
    return compareRuns(a, b);
  };
  it('a separate orderer grants more hours than a provider assessing itself, the more so the less motivated the staff', () => {
    const knights = gain(0.85);
    const knaves = gain(0.35);
    expect(knaves['hours.granted']!.ci95[0]).toBeGreaterThan(0);
    expect(knaves['hours.granted']!.mean).toBeGreaterThan(knights['hours.granted']!.mean);
  });
});
