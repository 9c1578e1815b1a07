/**
 * The fair contest's mechanisms, each in its own direction: two settings differing in one parameter,
 * on the same seeds, compared pairwise with a margin well inside the observed effect. Small runs
 * (scale 0.1, a few years) keep the file fast.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createRng, createSimulation, step, type RunResult } from '../engine/index.ts';
import { assessorInterest } from './mechanisms/orderer.ts';
import { compareRuns, parseParams, purchaserProviderModel, regimePreset, runMetrics, runReplications, summarise, withParam, withRegime, type ModelParams, type ModelParamsInput } from './index.ts';
import { MAP_DEFAULT_RANGES, latinHypercube, mapPoint } from '../experiment/index.ts';
import type { ModelState } from './state.ts';

const SEEDS = [1, 2, 3, 4];
const SMALL = { population: { scale: 0.1 }, horizon: { years: 4 } } as const;
const CLOCK = { start: '2005-01-03', unit: 'week' } as const;

function withPreset(params: ModelParams, name: string): ModelParams {
  const preset = regimePreset(name);
  if (preset === undefined) throw new Error(`no preset ${name}`);
  return withRegime(params, preset);
}

function runs(input: ModelParamsInput, preset?: string, seeds: readonly number[] = SEEDS): RunResult[] {
  const params = parseParams(input);
  return runReplications({ params: preset === undefined ? params : withPreset(params, preset), seeds });
}

function paired(a: readonly RunResult[], b: readonly RunResult[], metric: string) {
  const d = compareRuns(a, b)[metric];
  if (d === undefined) throw new Error(`no metric ${metric}`);
  return d;
}

const final = (r: readonly RunResult[], metric: string) => summarise(r).metrics[metric]?.mean ?? Number.NaN;

/** A simulation stepped `weeks` times, for looking at its state. */
function stepped(input: ModelParamsInput, preset: string, weeks: number): ModelState {
  const sim = createSimulation(purchaserProviderModel, { params: { params: withPreset(parseParams(input), preset) }, seed: 1, clock: CLOCK });
  for (let i = 0; i < weeks; i++) step(sim);
  return sim.state;
}

describe('assessors follow their payoff', () => {
  it('assessorInterest(state, unit) pulls up under per-unit pay, the more the less motivated the staff', () => {
    const knaves = stepped({ ...SMALL, staff: { motivation: { mean: 0.2 } }, providers: { municipal: { profitWeight: 0.8 } } }, 'integrated-per-unit', 4);
    const knights = stepped({ ...SMALL, staff: { motivation: { mean: 0.9 } }, providers: { municipal: { profitWeight: 0.8 } } }, 'integrated-per-unit', 4);
    knaves.providers.serviceRatio.fill(1);
    knights.providers.serviceRatio.fill(1);
    expect(assessorInterest(knaves, 0)).toBeGreaterThan(0.2);
    expect(assessorInterest(knights, 0)).toBeLessThan(assessorInterest(knaves, 0) / 3);
  });

  it('assessorInterest(state, unit) rations at the door when the unit falls short, and is 0 for a separate orderer', () => {
    const integrated = stepped(SMALL, 'integrated', 4);
    integrated.providers.serviceRatio.fill(0.7);
    expect(assessorInterest(integrated, 0)).toBeLessThan(-0.2);
    const split = stepped({ ...SMALL, governance: { blendingPerYear: 0 } }, 'internal-split-per-unit', 4);
    split.providers.serviceRatio.fill(0.7);
    expect(assessorInterest(split, 0)).toBe(0);
  });

  it('orderer.inducedDemand 0 → 1.5 raises hours.granted when knavish units assess and are paid per hour they grant', () => {
    const world = { ...SMALL, staff: { motivation: { mean: 0.3 } }, providers: { municipal: { profitWeight: 0.9 } } } as const;
    const d = paired(runs({ ...world, orderer: { inducedDemand: 0 } }, 'integrated-per-unit'), runs({ ...world, orderer: { inducedDemand: 1.5 } }, 'integrated-per-unit'), 'hours.granted');
    const base = final(runs({ ...world, orderer: { inducedDemand: 0 } }, 'integrated-per-unit'), 'hours.granted');
    expect(d.ci95[0]).toBeGreaterThan(0);
    expect(d.mean / base).toBeGreaterThan(0.1);
  });

  it('orderer.inducedDemand changes nothing granted by a separate orderer office that has not blended', () => {
    const world = { ...SMALL, governance: { blendingPerYear: 0 }, staff: { motivation: { mean: 0.3 } }, providers: { municipal: { profitWeight: 0.9 } } } as const;
    const a = runs({ ...world, orderer: { inducedDemand: 0 } }, 'internal-split-per-unit');
    const b = runs({ ...world, orderer: { inducedDemand: 1.5 } }, 'internal-split-per-unit');
    expect(final(a, 'hours.granted')).toBe(final(b, 'hours.granted'));
  });
});

describe('monitoring that works', () => {
  it('detection rises with the follow-up hours done, and an independent orderer detects more per hour than self-monitoring', () => {
    // An office with hours to spare, so that the hours asked for are the hours done.
    const office = { caseworkers: 400, followUpHoursPerProvider: 60 } as const;
    const light = stepped({ ...SMALL, orderer: { ...office, followUpHoursPerProvider: 5 } }, 'internal-split-per-unit', 30);
    const heavy = stepped({ ...SMALL, orderer: office }, 'internal-split-per-unit', 30);
    expect(heavy.detection).toBeGreaterThan(light.detection + 0.1);
    const self = stepped({ ...SMALL, orderer: { ...office, internalMonitoringShare: 1 } }, 'integrated-per-unit', 30);
    expect(self.detection).toBeLessThan(heavy.detection - 0.1);
  });

  it('an office short of hours (a hiring freeze on few caseworkers) detects less', () => {
    const staffed = stepped({ ...SMALL, orderer: { followUpHoursPerProvider: 60 } }, 'internal-split', 30);
    const starved = stepped({ ...SMALL, orderer: { followUpHoursPerProvider: 60, caseworkers: 4, staffingFlexibility: 0 } }, 'internal-split', 30);
    expect(starved.detection).toBeLessThan(staffed.detection - 0.1);
  });

  it('governance.decisionSpecificity 0 → 1 lowers overbilled hours of knavish firms', () => {
    const world = { ...SMALL, providers: { commercial: { knavery: 1 } } } as const;
    // Firms' gaming varies much from seed to seed: eight seeds keep the interval off zero.
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
    const d = paired(
      runs({ ...world, governance: { decisionSpecificity: 0 } }, 'competitive-performed', seeds),
      runs({ ...world, governance: { decisionSpecificity: 1 } }, 'competitive-performed', seeds),
      'gaming.overbilledHours',
    );
    expect(d.ci95[1]).toBeLessThan(0);
  });

  it('gaming.detectedShare is a share in [0, 1], above 0 where knavish firms game under audit', () => {
    const r = runs({ ...SMALL, service: { measurability: 0.9 }, governance: { controlIntensity: 0.8 }, providers: { commercial: { knavery: 1 } } }, 'competitive-performed');
    const detected = final(r, 'gaming.detectedShare');
    expect(detected).toBeGreaterThan(0);
    expect(detected).toBeLessThanOrEqual(1);
  });
});

describe('slack (X-inefficiency)', () => {
  let sheltered: RunResult[] = [];
  let pressed: RunResult[] = [];
  beforeAll(() => {
    sheltered = runs({ ...SMALL, governance: { benchmarking: 0 } }, 'integrated');
    pressed = runs({ ...SMALL, governance: { benchmarking: 0 } }, 'competitive-choice');
  });

  it('a sheltered integrated unit carries more slack than units under competition', () => {
    expect(final(sheltered, 'providers.slack')).toBeGreaterThan(2 * final(pressed, 'providers.slack'));
  });

  it('governance.benchmarking 0 → 1 squeezes the slack of integrated units', () => {
    const d = paired(sheltered, runs({ ...SMALL, governance: { benchmarking: 1 } }, 'integrated'), 'providers.slack');
    expect(d.ci95[1]).toBeLessThan(-0.02);
  });

  it('knights carry less slack than knaves when nothing presses (the ceiling follows motivation)', () => {
    const knights = runs({ ...SMALL, governance: { benchmarking: 0 }, staff: { motivation: { mean: 0.9 } } }, 'integrated');
    expect(final(knights, 'providers.slack')).toBeLessThan(final(sheltered, 'providers.slack') / 2);
  });
});

describe('choice with teeth and equal treatment', () => {
  it('users who switch cost the provider they leave: lost users raise its pressure (loss rate > 0)', () => {
    const state = stepped({ ...SMALL, users: { queenShare: 1, switchBelowSatisfaction: 0.9, switchPerWeek: 0.2 } }, 'competitive-choice', 30);
    let lost = 0;
    for (let j = 0; j < state.providers.count; j++) lost += state.providers.lossRate[j] as number;
    expect(lost).toBeGreaterThan(0);
  });

  // Each seed draws the units' practices anew, so the effect varies by seed: more of them.
  const EIGHT = [1, 2, 3, 4, 5, 6, 7, 8];

  it('orderer.assessorVariation 0 → 0.5 makes equal needs less equally treated (equity.horizontal rises)', () => {
    const d = paired(runs({ ...SMALL, orderer: { assessorVariation: 0 } }, 'integrated', EIGHT), runs({ ...SMALL, orderer: { assessorVariation: 0.5 } }, 'integrated', EIGHT), 'equity.horizontal');
    expect(d.ci95[0]).toBeGreaterThan(0);
    expect(d.mean).toBeGreaterThan(0.04);
  });

  it('orderer.officeStandardisation 0 → 1 narrows the variation under one office', () => {
    const orderer = { assessorVariation: 0.5 } as const;
    const world = { ...SMALL, governance: { blendingPerYear: 0 } } as const;
    const d = paired(
      runs({ ...world, orderer: { ...orderer, officeStandardisation: 0 } }, 'internal-split', EIGHT),
      runs({ ...world, orderer: { ...orderer, officeStandardisation: 1 } }, 'internal-split', EIGHT),
      'equity.horizontal',
    );
    expect(d.ci95[1]).toBeLessThan(0);
    expect(d.mean).toBeLessThan(-0.04);
  });
});

describe('one budget process', () => {
  it('the frame follows an overrun by overrunCover under frame and per-unit financing alike', () => {
    for (const preset of ['integrated', 'internal-split-per-unit']) {
      const none = runs({ ...SMALL, budget: { overrunCover: 0, caseloadElasticity: 0, waitResponse: 0 } }, preset);
      const frames = summarise(none).metrics['budget.frame']?.byYear ?? {};
      const values = Object.values(frames);
      // Without cover, caseload or waits, the frame never moves.
      expect(Math.max(...values) - Math.min(...values)).toBeLessThan(1e-6 * (values[0] ?? 1));
    }
  });

  it('providers.priceRule "fixed" keeps the price; "cost" follows municipal cost per care hour delivered', () => {
    const fixed = runs({ ...SMALL, providers: { priceRule: 'fixed', pricePerHour: 1800 } }, 'internal-split-per-unit');
    expect(final(fixed, 'budget.price')).toBe(1800);
    const cost = runs({ ...SMALL, providers: { priceRule: 'cost', pricePerHour: 1800 } }, 'internal-split-per-unit');
    expect(final(cost, 'budget.price')).toBeLessThan(1500);
  });
});

describe('the provider of last resort', () => {
  it('firms that cannot deliver hand their users to the municipality: takeovers are counted and care does not collapse', () => {
    // Firms paid far below their cost cannot staff, fall below the floor, and are taken over.
    const world = { ...SMALL, providers: { priceRule: 'fixed', pricePerHour: 300, commercial: { count: 4, marketShare: 0.5, entry: false } } } as const;
    const r = runs(world, 'competitive-performed');
    const takeovers = summarise(r).metrics['providers.takeovers']?.byYear ?? {};
    expect(Object.values(takeovers).reduce((s, x) => s + x, 0)).toBeGreaterThan(10);
    expect(final(r, 'needMet')).toBeGreaterThan(0.3);
  });

  it('municipal units paid per unit with knavish, unmotivated staff keep care above the floor', () => {
    const world = { ...SMALL, horizon: { years: 8 }, staff: { motivation: { mean: 0.15, crowding: 1 } }, providers: { municipal: { profitWeight: 1 }, commercial: { knavery: 1 } } } as const;
    const r = runs(world, 'competitive-performed');
    expect(final(r, 'hours.delivered') / final(r, 'hours.granted')).toBeGreaterThan(0.6);
    expect(final(r, 'needMet')).toBeGreaterThan(0.2);
  });
});

describe('no random world collapses care', () => {
  // Every assumed parameter of the world that the regime comparison turns on, over its whole range
  // (crowding and the pulls up to twice their defaults' scale).
  const RANGES: readonly (readonly [string, number, number])[] = [
    ['staff.motivation.mean', 0, 1],
    ['staff.motivation.crowding', 0, 2],
    ['staff.motivation.missionMatch', 0, 1],
    ['service.measurability', 0, 1],
    ['service.specifiability', 0, 1],
    ['service.assetSpecificity', 0, 1],
    ['governance.controlIntensity', 0, 1],
    ['governance.decisionSpecificity', 0, 1],
    ['governance.autonomy', 0, 1],
    ['governance.benchmarking', 0, 1],
    ['providers.commercial.knavery', 0, 1],
    ['providers.municipal.profitWeight', 0, 1],
    ['providers.gamingPropensity', 0, 0.5],
    ['orderer.inducedDemand', 0, 2],
    ['orderer.rationingAtTheDoor', 0, 3],
    ['budget.overrunCover', 0, 1],
  ];
  const POINTS = 8;
  const PRESETS = ['integrated', 'integrated-per-unit', 'internal-split-per-unit', 'competitive-performed', 'trust-based', 'hod'];

  it.each(PRESETS)('%s: users get at least the statutory floor of their granted hours, and need met stays above 0.2', (preset) => {
    const stream = createRng(2026).stream('test/points');
    for (let i = 0; i < POINTS; i++) {
      let params = parseParams({ population: { scale: 0.05 }, horizon: { years: 8 } });
      for (const [path, lo, hi] of RANGES) params = withParam(params, path, lo + (hi - lo) * stream.random());
      const r = runReplications({ params: withPreset(params, preset), seeds: [i + 1] });
      const m = summarise(r).metrics;
      const where = `${preset}, point ${i}`;
      // Where an assessor induces demand, decisions run above need and providers aim at need, so
      // delivered hours may sit a little under the floor share of (inflated) granted hours.
      expect((m['hours.delivered']?.mean ?? 0) / (m['hours.granted']?.mean ?? 1), where).toBeGreaterThan(params.providers.lastResortFloor - 0.15);
      expect(m.needMet?.mean, where).toBeGreaterThan(0.2);
    }
  });
});

describe('the regime map is two-sided', () => {
  // The default map's ranges and horizon (20 years: blending and the budget process need time), at
  // a twentieth of Bergen's size with two replications per regime and point.
  it('mapPoint over 12 points of MAP_DEFAULT_RANGES: integration and the competitive split each win at a quarter of the points or more', () => {
    const design = latinHypercube(MAP_DEFAULT_RANGES, 12, createRng(12).stream('test/map'));
    const regimes = ['integrated', 'competitive-choice'];
    const wins = [0, 0];
    for (const point of design) {
      const outcomes = regimes.map((name) => {
        let params = withPreset(parseParams({ population: { scale: 0.05 }, horizon: { years: 20 } }), name);
        MAP_DEFAULT_RANGES.forEach((range, k) => {
          params = withParam(params, range.path, point[k]);
        });
        const per = runMetrics(runReplications({ params, seeds: [1, 2] }));
        const finalYear = (metric: string) => per.map((m) => (m.values[metric] as readonly number[])[19] as number);
        return { cost: finalYear('cost.perNeedHourMet'), needMet: finalYear('needMet') };
      });
      wins[mapPoint(outcomes).winner]! += 1;
    }
    expect(wins[0], 'points integration wins').toBeGreaterThanOrEqual(3);
    expect(wins[1], 'points the competitive split wins').toBeGreaterThanOrEqual(3);
  });
});
