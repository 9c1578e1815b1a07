/**
 * Episodes and where users go: exit as a hazard rate, recovery, nursing homes and their cost, informal
 * care and restoration by work. Each direction is tested on common random numbers (same seeds), with
 * margins far from the observed effects; the money stays balanced in fuzzed runs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createSimulation, detExp, RandomStream, run, step, type RunResult } from '../engine/index.ts';
import { familyShare } from './mechanisms/delivery.ts';
import { WEEKS_PER_YEAR } from './mechanisms/settings.ts';
import { Ledger, ledgerImbalance, metricsByYear, modelReporters, parseParams, purchaserProviderModel, runMetrics, runReplications, type ModelParamsInput, type ModelState } from './index.ts';

const SEEDS = [1, 2, 3, 4, 5];
const SMALL = { population: { scale: 0.1 }, horizon: { years: 3 } } as const;
const CLOCK = { start: '2005-01-03', unit: 'week' } as const;

function replications(input: ModelParamsInput): RunResult[] {
  return runReplications({ params: parseParams(input), seeds: SEEDS });
}

/** Per run: a metric averaged over the full years. */
function overFullYears(runs: readonly RunResult[], metric: string): number[] {
  return runMetrics(runs).map((r) => {
    const v = (r.values[metric] ?? []).slice(0, SMALL.horizon.years);
    return v.reduce((s, x) => s + x, 0) / v.length;
  });
}

const diffs = (a: readonly number[], b: readonly number[]) => a.map((x, i) => (b[i] as number) - x);
const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

function simulate(input: ModelParamsInput, seed: number) {
  return createSimulation(purchaserProviderModel, { params: { params: parseParams(input) }, seed, clock: CLOCK });
}

/** A stock of users with no inflow, no age or ability effect on exit: what is left shows the hazard. */
const CLOSED = {
  population: { scale: 0.1, applicationsPerWeek: 0 },
  users: { exitAbilityEffect: 0, declineAgeSlope: 0 },
} as const;

describe('users.exitPerYear: a yearly hazard rate', () => {
  it('exitPerYear 26: a user stays about two weeks (weekly chance 1 − e^(−0.5), not 0.5)', () => {
    const sim = simulate({ ...CLOSED, users: { ...CLOSED.users, exitPerYear: 26 } }, 7);
    const start = sim.state.users.size;
    for (let t = 0; t < 4; t++) step(sim);
    const expected = start * detExp(-4 * 0.5);
    // Binomial: sd ≈ √(n·p·(1 − p)) ≈ 12 users of 900.
    expect(Math.abs(sim.state.users.size - expected)).toBeLessThan(50);
  });

  it('exitPerYear 100 (the top of the range) empties a closed population within weeks', () => {
    const sim = simulate({ ...CLOSED, users: { ...CLOSED.users, exitPerYear: 100 } }, 7);
    for (let t = 0; t < 8; t++) step(sim);
    expect(sim.state.users.size).toBeLessThan(5);
  });
});

describe('users.recoveryPerYear: episodes end recovered, only in service', () => {
  it('exitPerYear 0, recoveryPerYear 12: every exit is a recovery, none goes to a nursing home, waiting users stay', () => {
    const sim = simulate({ ...CLOSED, users: { ...CLOSED.users, exitPerYear: 0, recoveryPerYear: 12 } }, 3);
    let exits = 0;
    let recoveries = 0;
    let admissions = 0;
    for (let t = 0; t < 26; t++) {
      step(sim);
      exits += sim.state.totals.exits;
      recoveries += sim.state.totals.recoveries;
      admissions += sim.state.totals.nursingHomeAdmissions;
    }
    expect(exits).toBeGreaterThan(500);
    expect(recoveries).toBe(exits);
    expect(admissions).toBe(0);
  });

  it('applicants waiting for a decision never recover: with no office hours they only leave by exitPerYear', () => {
    const input = { population: { scale: 0.1, initialUsers: 1 }, users: { exitPerYear: 0, recoveryPerYear: 50 }, orderer: { caseworkers: 0, staffingFlexibility: 0 } };
    const sim = simulate(input, 4);
    let recoveries = 0;
    for (let t = 0; t < 10; t++) {
      step(sim);
      recoveries += sim.state.totals.recoveries;
    }
    expect(sim.state.totals.waitingAssessment).toBeGreaterThan(40);
    expect(recoveries).toBeLessThanOrEqual(1);
  });

  it('recoveryAbilityEffect: users with more ability recover sooner, so fewer stay at a high recovery effect', () => {
    const users = (effect: number) => {
      const sim = simulate({ ...CLOSED, users: { ...CLOSED.users, exitPerYear: 0, recoveryPerYear: 4, recoveryAbilityEffect: effect } }, 5);
      for (let t = 0; t < 13; t++) step(sim);
      // Mean ability of those left: high-ability users have gone first when the effect is strong.
      let sum = 0;
      for (let s = 0; s < sim.state.users.slotCount; s++) if (sim.state.users.alive[s] === 1) sum += sim.state.users.columns.ability[s] as number;
      return sum / sim.state.users.size;
    };
    expect(users(6)).toBeLessThan(users(0) - 0.02);
  });
});

describe('nursing homes: a costly destination the municipality pays for', () => {
  it('residents follow residents·e^(−rate/52) + admissions each week, and each place costs costPerPlaceYear/52 a week', () => {
    const input = { ...SMALL, nursingHomes: { exitPerYear: 0.6, costPerPlaceYear: 1_000_000 } };
    const sim = simulate(input, 2);
    expect(sim.state.nursingHomeResidents).toBeGreaterThan(50);
    for (let t = 0; t < 30; t++) {
      const before = sim.state.nursingHomeResidents;
      step(sim);
      const s = sim.state;
      expect(s.nursingHomeResidents).toBeCloseTo(before * detExp(-0.6 / WEEKS_PER_YEAR) + s.totals.nursingHomeAdmissions, 9);
      expect(s.ledger.nursingHomes).toBeCloseTo((s.nursingHomeResidents * 1_000_000) / WEEKS_PER_YEAR, 3);
      expect(s.ledger.municipalTotal).toBeCloseTo(s.ledger.spending + s.ledger.nursingHomes, 3);
    }
  });

  it('shareAtAbilityZero 0: no admissions, no residents, cost.municipal equals cost.total', () => {
    const [r] = runReplications({ params: parseParams({ ...SMALL, horizon: { years: 1 }, nursingHomes: { shareAtAbilityZero: 0 } }), seeds: [1] });
    const m = metricsByYear(r!.table).values;
    expect(m['nursingHomes.admissions']).toEqual([0]);
    expect(m['nursingHomes.residents']).toEqual([0]);
    expect(m['cost.municipal']).toEqual(m['cost.total']);
  });

  describe('faster decline costs money instead of saving it', () => {
    let base: RunResult[] = [];
    let faster: RunResult[] = [];
    let prevention: RunResult[] = [];
    let noPrevention: RunResult[] = [];
    beforeAll(() => {
      base = replications(SMALL);
      faster = replications({ ...SMALL, users: { declinePerYear: 0.1 } });
      // Providers that spend much of their time on prevention, where it works and where it cannot.
      prevention = replications({ ...SMALL, service: { preventionPotential: 0.8 }, providers: { preventionShare: 0.4 } });
      noPrevention = replications({ ...SMALL, service: { preventionPotential: 0 }, providers: { preventionShare: 0.4 } });
    });

    it('users.declinePerYear 0.05 → 0.1: more nursing-home place-years and a higher cost.municipal on every seed', () => {
      const places = diffs(overFullYears(base, 'nursingHomes.residents'), overFullYears(faster, 'nursingHomes.residents'));
      const total = diffs(overFullYears(base, 'cost.municipal'), overFullYears(faster, 'cost.municipal'));
      expect(places.every((d) => d > 0)).toBe(true);
      expect(mean(places)).toBeGreaterThan(10);
      expect(total.every((d) => d > 0)).toBe(true);
    });

    it('service.preventionPotential 0.8 → 0 (prevention that no longer works): more admissions and a higher cost.nursingHomes on every seed', () => {
      const admissions = diffs(overFullYears(prevention, 'nursingHomes.admissions'), overFullYears(noPrevention, 'nursingHomes.admissions'));
      const cost = diffs(overFullYears(prevention, 'cost.nursingHomes'), overFullYears(noPrevention, 'cost.nursingHomes'));
      expect(admissions.every((d) => d > 0)).toBe(true);
      expect(mean(admissions)).toBeGreaterThan(5);
      expect(cost.every((d) => d > 0)).toBe(true);
    });
  });
});

describe('users.informalCare: family covers part of what formal care leaves', () => {
  const informal = { share: 0.2, response: 0.4, max: 0.6 };

  it('familyShare(gap, informal): 0 with no gap, rising with the gap, never above max·gap', () => {
    expect(familyShare(0, informal)).toBe(0);
    const gaps = [0.1, 0.3, 0.5, 0.8, 1];
    const shares = gaps.map((g) => familyShare(g, informal));
    for (let i = 1; i < shares.length; i++) expect(shares[i]).toBeGreaterThan(shares[i - 1]!);
    // The covered share of the gap rises with it (family steps in) up to the limit.
    expect(shares[0]! / 0.1).toBeLessThan(shares[2]! / 0.5);
    gaps.forEach((g, i) => expect(shares[i]).toBeLessThanOrEqual(0.6 * g + 1e-12));
    expect(familyShare(1, informal)).toBeCloseTo(0.6, 12);
  });

  it('a smaller budget frame (less formal care) → more informal.hoursPerUserWeek; no family → none', () => {
    const frame = (framePerYear: number) => replications({ ...SMALL, budget: { framePerYear, overrunCover: 0 } });
    const rich = overFullYears(frame(2.3e9), 'informal.hoursPerUserWeek');
    const poor = overFullYears(frame(1.4e9), 'informal.hoursPerUserWeek');
    expect(diffs(rich, poor).every((d) => d > 0)).toBe(true);
    const none = overFullYears(replications({ ...SMALL, users: { informalCare: { share: 0, response: 0 } } }), 'informal.hoursPerUserWeek');
    expect(none.every((h) => h === 0)).toBe(true);
  });

  it('under a tight frame, family care lowers unmet need, so users keep more function than without it', () => {
    const tight = { ...SMALL, budget: { framePerYear: 1.4e9, overrunCover: 0 } };
    const withFamily = overFullYears(replications(tight), 'users.functionMean');
    const without = overFullYears(replications({ ...tight, users: { informalCare: { share: 0, response: 0 } } }), 'users.functionMean');
    expect(diffs(without, withFamily).every((d) => d > 0)).toBe(true);
  });
});

describe('service.restoration: work restores ability (condition)', () => {
  it('restoration 0 → 1 per year: higher users.functionMean on every seed; with no care staff, nothing is restored', () => {
    const none = overFullYears(replications(SMALL), 'users.functionMean');
    const restoring = overFullYears(replications({ ...SMALL, service: { restoration: 1 } }), 'users.functionMean');
    const d = diffs(none, restoring);
    expect(d.every((x) => x > 0)).toBe(true);
    expect(mean(d)).toBeGreaterThan(0.03);
  });

  it('less work, less restored: a technical service with restoration loses condition when the crews shrink', () => {
    const technical = {
      ...SMALL,
      users: { exitAbilityEffect: 0, declineAgeSlope: 0, informalCare: { share: 0, response: 0, max: 0 } },
      service: { restoration: 1, needMaxHours: 10, needShape: 1 },
      nursingHomes: { shareAtAbilityZero: 0 },
    };
    const full = overFullYears(replications(technical), 'users.functionMean');
    const thin = overFullYears(replications({ ...technical, staff: { initialStaff: 150 }, budget: { framePerYear: 2e8 } }), 'users.functionMean');
    expect(diffs(thin, full).every((d) => d > 0.02)).toBe(true);
  });
});

describe('Ledger: the nursing-home line', () => {
  it('municipalTotal = spending + nursingHomes; the two identities ignore it; a negative amount is flagged', () => {
    const ledger = new Ledger();
    ledger.reset(1000);
    ledger.payments = 400;
    ledger.providerSurplus = 400;
    ledger.nursingHomes = 250;
    expect(ledger.municipalTotal).toBe(650);
    expect(ledgerImbalance(ledger)).toEqual({ imbalance: 0, negative: false });
    ledger.reset(1000);
    expect(ledger.nursingHomes).toBe(0);
    ledger.nursingHomes = -1;
    expect(ledgerImbalance(ledger).negative).toBe(true);
  });
});

describe('episodes over long fuzzed runs', () => {
  const r = new RandomStream(20261203, 'test/episodes-fuzz');
  const SETS = Array.from(
    { length: 6 },
    (_, i) =>
      [
        i,
        {
          population: { scale: 0.05, applicationsPerWeek: r.uniform(20, 400) },
          horizon: { years: 6 },
          governance: { split: (['integrated', 'internal', 'competitive'] as const)[i % 3]!, financing: (['frame', 'perUnitGranted', 'perUnitPerformed'] as const)[Math.floor(i / 2) % 3]! },
          users: {
            exitPerYear: r.uniform(0, 30),
            exitAbilityEffect: r.uniform(0, 4),
            recoveryPerYear: r.uniform(0, 30),
            recoveryAbilityEffect: r.uniform(0, 4),
            informalCare: { share: r.random(), response: r.uniform(0, 2), max: r.random() },
          },
          service: { restoration: r.uniform(0, 10) },
          nursingHomes: { shareAtAbilityZero: r.random(), exitPerYear: r.uniform(0, 5), costPerPlaceYear: r.uniform(0, 3e6) },
          providers: { commercial: { count: 3 } },
        } satisfies ModelParamsInput,
      ] as const,
  );

  it.each(SETS)('set %i: the ledger balances every step, nothing is negative or NaN, residents stay ≥ 0', (i, input) => {
    const params = parseParams(input);
    const sim = createSimulation(purchaserProviderModel, { params: { params }, seed: 300 + i, clock: CLOCK });
    const result = run(sim, {
      until: 52 * params.horizon.years,
      collect: {
        model: {
          ...modelReporters,
          imbalanceShare: (s: ModelState) => ledgerImbalance(s.ledger).imbalance / Math.max(1, s.ledger.budgetIn),
          negative: (s: ModelState) => (ledgerImbalance(s.ledger).negative || s.nursingHomeResidents < 0 ? 1 : 0),
        },
      },
    });
    const series = result.table.series;
    expect(Math.max(...(series.imbalanceShare ?? [Infinity]))).toBeLessThan(1e-6);
    expect(Math.max(...(series.negative ?? [1]))).toBe(0);
    const metrics = metricsByYear(result.table).values;
    const bad = Object.entries(metrics)
      .filter(([, v]) => !v.every(Number.isFinite))
      .map(([name]) => name);
    expect(bad).toEqual([]);
  });
});
