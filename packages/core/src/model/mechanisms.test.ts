/**
 * Each mechanism's direction on its own: two settings that differ in one parameter, run on the same
 * seeds (common random numbers), compared pairwise with a margin. Sizes are small (scale 0.1, a few
 * years) so the file runs in seconds; the margins are far from the observed effects.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createSimulation, step, type RunResult } from '../engine/index.ts';
import { compareRuns, parseParams, purchaserProviderModel, runMetrics, runReplications, type ModelParamsInput, type TimelineEvent } from './index.ts';

const SEEDS = [1, 2, 3, 4, 5];
const SMALL = { population: { scale: 0.1 }, horizon: { years: 3 } } as const;
const CLOCK = { start: '2005-01-03', unit: 'week' } as const;

function replications(input: ModelParamsInput, seeds: readonly number[] = SEEDS, timeline?: readonly TimelineEvent[]): RunResult[] {
  return runReplications({ params: parseParams(input), seeds, ...(timeline === undefined ? {} : { timeline }) });
}

/** Paired difference b − a of a metric's final-year value, with its 95 % interval. */
function paired(a: readonly RunResult[], b: readonly RunResult[], metric: string) {
  const d = compareRuns(a, b)[metric];
  if (d === undefined) throw new Error(`no metric ${metric}`);
  return d;
}

/** Per run: a metric's value in each calendar year. */
function yearly(runs: readonly RunResult[], metric: string): number[][] {
  return runMetrics(runs).map((r) => [...(r.values[metric] ?? [])]);
}

/** Per run: a metric averaged over the full years (the partial last year left out). */
function overFullYears(runs: readonly RunResult[], metric: string): number[] {
  return yearly(runs, metric).map((v) => mean(v.slice(0, SMALL.horizon.years)));
}

/** Per run: a raw series summed over steps [from, to). */
function seriesSum(runs: readonly RunResult[], name: string, from = 0, to = Infinity): number[] {
  return runs.map((r) =>
    Array.from(r.table.series[name] ?? [])
      .slice(from, to)
      .reduce((s, x) => s + x, 0),
  );
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const diffs = (a: readonly number[], b: readonly number[]) => a.map((x, i) => (b[i] as number) - x);

function simulate(input: ModelParamsInput, seed: number, timeline: readonly TimelineEvent[] = []) {
  return createSimulation(purchaserProviderModel, { params: { params: parseParams(input), timeline }, seed, clock: CLOCK });
}

describe('governance.controlIntensity: documentation, crowding, sick leave and turnover (pattern 5)', () => {
  let low: RunResult[] = [];
  let high: RunResult[] = [];
  beforeAll(() => {
    low = replications({ ...SMALL, governance: { controlIntensity: 0.1 } });
    high = replications({ ...SMALL, governance: { controlIntensity: 0.9 } });
  });

  it('controlIntensity 0.1 → 0.9 lowers directTimeShare (documentation eats time)', () => {
    const d = paired(low, high, 'directTimeShare');
    expect(d.ci95[1]).toBeLessThan(0);
    expect(d.mean).toBeLessThan(-0.05);
  });

  it('with crowding (default 0.35), more control lowers staff.motivation', () => {
    const d = paired(low, high, 'staff.motivation');
    expect(d.ci95[1]).toBeLessThan(0);
    expect(d.mean).toBeLessThan(-0.05);
  });

  it('with crowding, more control raises staff.sickLeave and staff.turnover', () => {
    const sick = diffs(overFullYears(low, 'staff.sickLeave'), overFullYears(high, 'staff.sickLeave'));
    const turnover = diffs(overFullYears(low, 'staff.turnover'), overFullYears(high, 'staff.turnover'));
    expect(sick.every((d) => d > 0)).toBe(true);
    expect(mean(sick)).toBeGreaterThan(0.01);
    expect(turnover.every((d) => d > 0)).toBe(true);
    expect(mean(turnover)).toBeGreaterThan(0.02);
  });

  it('staff.motivation.crowding 0: mean motivation does not depend on control', () => {
    const off = { motivation: { crowding: 0 } };
    const a = replications({ ...SMALL, staff: off, governance: { controlIntensity: 0.1 } });
    const b = replications({ ...SMALL, staff: off, governance: { controlIntensity: 0.9 } });
    // Only the mix of who is hired and who quits differs; each person's motivation path is the same.
    const d = paired(a, b, 'staff.motivation');
    expect(Math.abs(d.mean)).toBeLessThan(0.01);
    // Documentation still eats time: the control did change something.
    expect(paired(a, b, 'directTimeShare').mean).toBeLessThan(-0.05);
  });

  it('crowding 0: every staff member present from the start follows the same motivation path under any control', () => {
    const run = (controlIntensity: number, crowding: number) =>
      step(simulate({ population: { scale: 0.1 }, staff: { motivation: { crowding } }, governance: { controlIntensity } }, 7), 78).state.staff;
    const initial = Math.round(2000 * 0.1);
    const compare = (crowding: number) => {
      const a = run(0.1, crowding);
      const b = run(0.9, crowding);
      const pairs: [number, number][] = [];
      for (let id = 0; id < initial; id++) {
        const sa = a.slotOf(id);
        const sb = b.slotOf(id);
        if (sa >= 0 && sb >= 0) pairs.push([a.columns.motivation[sa] as number, b.columns.motivation[sb] as number]);
      }
      return pairs;
    };
    const without = compare(0);
    expect(without.length).toBeGreaterThan(initial / 2);
    expect(without.every(([x, y]) => x === y)).toBe(true);
    const withCrowding = compare(0.35);
    expect(withCrowding.length).toBeGreaterThan(initial / 2);
    expect(withCrowding.every(([x, y]) => y < x - 0.05)).toBe(true);
  });
});

describe('governance.financing: multitasking (pattern 2)', () => {
  it('perUnitGranted vs frame, split internal, equal motivation → lower prevention.share', () => {
    // crowding 0 keeps motivation equal, so only the pull of paid hours on effort differs.
    const input = (financing: 'frame' | 'perUnitGranted'): ModelParamsInput => ({
      ...SMALL,
      staff: { motivation: { crowding: 0 } },
      governance: { split: 'internal', financing },
    });
    const frame = replications(input('frame'));
    const perUnit = replications(input('perUnitGranted'));
    expect(Math.abs(paired(frame, perUnit, 'staff.motivation').mean)).toBeLessThan(0.01);
    const d = paired(frame, perUnit, 'prevention.share');
    expect(d.ci95[1]).toBeLessThan(0);
    expect(d.mean).toBeLessThan(-0.005);
    const prevention = diffs(overFullYears(frame, 'prevention.share'), overFullYears(perUnit, 'prevention.share'));
    expect(prevention.every((x) => x < 0)).toBe(true);
  });
});

describe('gaming and cream-skimming under per-unit pay (pattern 6)', () => {
  // entry: false keeps the three firms for the whole run. With entry on, at the default price they
  // run deficits and leave at the first quarterly review and an entrant never gets users, so the
  // comparison would measure a collapsed market rather than selection.
  const market = (controlIntensity: number, measurability: number, knavery: number): ModelParamsInput => ({
    ...SMALL,
    governance: { split: 'competitive', financing: 'perUnitPerformed', controlIntensity },
    service: { measurability },
    providers: { commercial: { count: 3, knavery, entry: false } },
  });

  it('perUnitPerformed with knavish firms and weak audits over-bills; strong audits cut it to a fraction', () => {
    const weak = replications(market(0.05, 0.2, 0.9));
    const strong = replications(market(0.9, 0.9, 0.9));
    const w = overFullYears(weak, 'gaming.overbilledHours');
    const s = overFullYears(strong, 'gaming.overbilledHours');
    expect(w.every((x) => x > 0)).toBe(true);
    expect(s.every((x, i) => x < 0.25 * (w[i] as number))).toBe(true);
    expect(paired(weak, strong, 'gaming.overbilledHours').ci95[1]).toBeLessThan(0);
  });

  it('market.creamSkimmed is higher with knavery 0.9 than 0.1', () => {
    const knights = replications(market(0.3, 0.35, 0.1));
    const knaves = replications(market(0.3, 0.35, 0.9));
    const a = seriesSum(knights, 'creamSkimmed');
    const b = seriesSum(knaves, 'creamSkimmed');
    expect(b.every((x, i) => x > 2 * (a[i] as number))).toBe(true);
    expect(mean(b)).toBeGreaterThan(3 * mean(a) + 5);
  });
});

describe('transaction costs (patterns 1 and 3)', () => {
  it('a separate orderer (split internal) costs more cost.transaction and adminShare than integrated', () => {
    const integrated = replications({ ...SMALL, governance: { split: 'integrated' } });
    const internal = replications({ ...SMALL, governance: { split: 'internal' } });
    const d = paired(integrated, internal, 'cost.transaction');
    expect(d.ci95[0]).toBeGreaterThan(0);
    const base = mean(overFullYears(integrated, 'cost.transaction'));
    expect(mean(diffs(overFullYears(integrated, 'cost.transaction'), overFullYears(internal, 'cost.transaction')))).toBeGreaterThan(0.1 * base);
    expect(paired(integrated, internal, 'adminShare').ci95[0]).toBeGreaterThan(0);
  });

  it.each([
    ['internal, frame', { split: 'internal' }, 0],
    ['competitive, perUnitGranted, 2 firms', { split: 'competitive', financing: 'perUnitGranted', controlIntensity: 0.9 }, 2],
  ] as const)('transactionCosts.scale 0 (%s) → cost.transaction 0 and adminShare 0 every year', (_label, governance, count) => {
    const runs = replications({ ...SMALL, governance, transactionCosts: { scale: 0 }, providers: { commercial: { count } } }, [1, 2]);
    for (const values of [...yearly(runs, 'cost.transaction'), ...yearly(runs, 'adminShare')]) expect(values.every((x) => x === 0)).toBe(true);
    // The money still flows: production costs remain.
    expect(
      yearly(runs, 'cost.production')
        .flat()
        .every((x) => x > 0),
    ).toBe(true);
  });
});

describe('blending of a separate orderer (pattern 4)', () => {
  it('split internal: blend grows year by year and mech.specificity and mech.control fall', () => {
    const sim = simulate({ population: { scale: 0.05 }, governance: { split: 'internal', decisionSpecificity: 0.8 } }, 1);
    const blend: number[] = [];
    const specificity: number[] = [];
    const control: number[] = [];
    for (let year = 0; year < 4; year++) {
      step(sim, 52);
      blend.push(sim.state.blend);
      specificity.push(sim.state.mech.specificity);
      control.push(sim.state.mech.control);
    }
    for (let i = 1; i < 4; i++) {
      expect(blend[i]).toBeGreaterThan(blend[i - 1] as number);
      expect(specificity[i]).toBeLessThan(specificity[i - 1] as number);
      expect(control[i]).toBeLessThan(control[i - 1] as number);
    }
    expect(blend[0]).toBeGreaterThan(0.05);
    expect(specificity[3]).toBeLessThan(0.8 * 0.9);
  });

  it('split integrated: nothing blends; specificity stays as decided', () => {
    const sim = step(simulate({ population: { scale: 0.05 }, governance: { decisionSpecificity: 0.8 } }, 1), 104);
    expect(sim.state.blend).toBe(0);
    expect(sim.state.mech.specificity).toBe(0.8);
  });
});

describe('orderer capacity: queues and desk assessments', () => {
  it('few caseworkers in a split office → longer wait.assessmentWeeks and more desk assessments in the first year', () => {
    const input = (caseworkers: number): ModelParamsInput => ({
      population: { scale: 0.1, applicationsPerWeek: 100 },
      horizon: { years: 2 },
      governance: { split: 'internal' },
      orderer: { caseworkers },
    });
    const seeds = [1, 2, 3];
    const staffed = replications(input(18), seeds);
    const thin = replications(input(2), seeds);
    const firstYear = (runs: RunResult[]) => yearly(runs, 'wait.assessmentWeeks').map((v) => v[0] as number);
    const wait = diffs(firstYear(staffed), firstYear(thin));
    expect(wait.every((d) => d > 1)).toBe(true);
    const desk = diffs(seriesSum(staffed, 'deskAssessments', 0, 52), seriesSum(thin, 'deskAssessments', 0, 52));
    expect(desk.every((d) => d > 30)).toBe(true);
  });

  it('orderer.staffingFlexibility 0 (a hiring freeze): the office stays at its budgeted hours, the wait for a decision grows every year and fewer are served', () => {
    const input = (staffingFlexibility: number): ModelParamsInput => ({
      ...SMALL,
      horizon: { years: 4 },
      governance: { split: 'internal' },
      orderer: { caseworkers: 6, staffingFlexibility },
    });
    const seeds = [1, 2, 3];
    const flexible = replications(input(1), seeds);
    const frozen = replications(input(0), seeds);
    const budgeted = 6 * 0.1 * 33;
    for (const hours of yearly(frozen, 'orderer.officeHours')) for (const h of hours) expect(h).toBeCloseTo(budgeted, 9);
    for (const waits of yearly(frozen, 'wait.assessmentWeeks')) {
      const full = waits.slice(0, 4);
      full.slice(1).forEach((w, i) => expect(w).toBeGreaterThan(full[i] as number));
    }
    const d = paired(flexible, frozen, 'wait.assessmentWeeks');
    expect(d.ci95[0]).toBeGreaterThan(10);
    expect(paired(flexible, frozen, 'users.served').ci95[1]).toBeLessThan(0);
    // A flexible office grows past its budget toward the workload.
    expect(mean(yearly(flexible, 'orderer.officeHours').map((v) => v[1] as number))).toBeGreaterThan(budgeted * 1.5);
  });
});

describe('timeline events', () => {
  const CUT: readonly TimelineEvent[] = [{ date: '2006-01-02', set: [{ path: 'service.standardTimeFactor', value: 0.8 }] }];

  it('service.standardTimeFactor 0.8 from a date → lower hours.granted after it, identical before', () => {
    const without = replications(SMALL, [1, 2, 3]);
    const withCut = replications(SMALL, [1, 2, 3], CUT);
    const cutStep = 52;
    without.forEach((run, i) => {
      const a = Array.from(run.table.series.grantedHours ?? []);
      const b = Array.from(withCut[i]?.table.series.grantedHours ?? []);
      expect(b.slice(0, cutStep)).toEqual(a.slice(0, cutStep));
    });
    const a = yearly(without, 'hours.granted');
    const b = yearly(withCut, 'hours.granted');
    // Year 2006 (index 1) and 2007 (index 2): each later decision is cut by a fifth.
    for (const year of [1, 2]) {
      b.forEach((values, i) => expect(values[year]).toBeLessThan(0.97 * (a[i]?.[year] as number)));
    }
    expect(mean(b.map((v) => v[2] as number))).toBeLessThan(0.92 * mean(a.map((v) => v[2] as number)));
  });

  it('regime change split internal → integrated at a date: afterwards no separate orderer and no blending', () => {
    const sim = simulate({ population: { scale: 0.05 }, governance: { split: 'internal' } }, 1, [{ date: '2006-01-02', set: [{ path: 'governance.split', value: 'integrated' }] }]);
    step(sim, 52);
    expect(sim.state.mech.separateOrderer).toBe(true);
    expect(sim.state.blend).toBeGreaterThan(0);
    step(sim, 1);
    expect(sim.state.params.governance.split).toBe('integrated');
    expect(sim.state.mech.separateOrderer).toBe(false);
    expect(sim.state.blend).toBe(0);
    step(sim, 30);
    expect(sim.state.mech.separateOrderer).toBe(false);
    expect(sim.state.blend).toBe(0);
    expect(Object.isFrozen(sim.state.params.governance)).toBe(true);
  });
});
