import { describe, expect, it } from 'vitest';
import { createClock, createSimulation, RandomStream, run } from '../engine/index.ts';
import { FULL_YEAR_STEPS, Ledger, LEDGER_ITEMS, ledgerImbalance, metricsByYear, modelReporters, parseParams, purchaserProviderModel, type ModelParamsInput, type ModelState } from './index.ts';

const SPLITS = ['integrated', 'internal', 'competitive'] as const;
const FINANCING = ['frame', 'perUnitGranted', 'perUnitPerformed'] as const;

/**
 * A random parameter set over the canonical parameters of design.md; split and financing run
 * through all nine combinations (sets 0–8), everything else is drawn.
 */
function drawParams(r: RandomStream, i: number): ModelParamsInput {
  return {
    population: { scale: 0.05 },
    horizon: { years: 5 },
    governance: {
      split: SPLITS[i % 3] as (typeof SPLITS)[number],
      financing: FINANCING[Math.floor(i / 3) % 3] as (typeof FINANCING)[number],
      userChoice: r.random() < 0.5,
      tendering: r.random() < 0.5,
      controlIntensity: r.random(),
      decisionSpecificity: r.random(),
      autonomy: r.random(),
    },
    // One set in five has no transaction costs at all, the rest anywhere in the schema's range:
    // high multipliers are where time overheads could add up to more than the hours worked.
    transactionCosts: { scale: r.random() < 0.2 ? 0 : r.uniform(0, 10) },
    staff: { motivation: { mean: r.random(), crowding: r.uniform(0, 2) } },
    providers: { commercial: { count: r.int(6) } },
    service: { measurability: r.random() },
    tendering: {
      share: r.random(),
      inHouseBids: r.random() < 0.5,
      lots: 1 + r.int(8),
      contractYears: 1 + r.int(4),
      estimateError: r.uniform(0, 0.5),
      award: r.random() < 0.5 ? 'lowestBid' : 'comparisonPrice',
    },
    learning: { timeShare: r.random() < 0.5 ? 0 : r.uniform(0, 0.3), includeFirms: r.random() < 0.5, maxGain: r.random() },
    steering: { bottomLines: 1 + r.int(4), indicatorCoverage: r.random(), collegialReview: r.random() < 0.5 ? 0 : r.random(), managerSupport: r.random() < 0.5 ? 0 : r.random() },
  };
}

const fuzzStream = new RandomStream(20240601, 'test/ledger-fuzz');
const SETS = Array.from({ length: 10 }, (_, i) => [i, drawParams(fuzzStream, i)] as const);

describe('ledgerImbalance(ledger) over long fuzzed runs', () => {
  it.each(SETS)('parameter set %i: the ledger balances every step, no item is negative, no metric is NaN', (i, input) => {
    const params = parseParams(input);
    const clock = { start: params.horizon.start, unit: 'week' } as const;
    const calendar = createClock(clock);
    const steps = calendar.stepsInYears(params.horizon.years);
    const sim = createSimulation(purchaserProviderModel, { params: { params }, seed: 100 + i, clock });
    const result = run(sim, {
      until: steps,
      collect: {
        model: {
          ...modelReporters,
          imbalanceShare: (s: ModelState) => ledgerImbalance(s.ledger).imbalance / s.ledger.budgetIn,
          negative: (s: ModelState) => (ledgerImbalance(s.ledger).negative ? 1 : 0),
        },
      },
    });
    const series = result.table.series;
    expect(Math.max(...(series.imbalanceShare ?? [Infinity]))).toBeLessThan(1e-6);
    expect(Math.max(...(series.negative ?? [1]))).toBe(0);
    const nonFinite = Object.entries(series)
      .filter(([, column]) => !Array.from(column).every(Number.isFinite))
      .map(([name]) => name);
    expect(nonFinite).toEqual([]);
    const metrics = metricsByYear(result.table);
    const badMetrics = Object.entries(metrics.values)
      .filter(([, v]) => !v.every(Number.isFinite))
      .map(([name]) => name);
    expect(badMetrics).toEqual([]);
    // Every calendar year the run touched, less a last year of fewer than FULL_YEAR_STEPS steps.
    const touched = [...new Set(Array.from({ length: steps }, (_, k) => calendar.yearOf(k)))];
    const lastSteps = Array.from({ length: steps }, (_, k) => calendar.yearOf(k)).filter((y) => y === touched.at(-1)).length;
    expect(metrics.years).toEqual(lastSteps < FULL_YEAR_STEPS ? touched.slice(0, -1) : touched);
    expect(metrics.years.length).toBeGreaterThanOrEqual(5);
  });
});

describe('Ledger', () => {
  it('new Ledger() balances; reset(budgetIn) clears items and books the budget', () => {
    const ledger = new Ledger();
    expect(ledgerImbalance(ledger)).toEqual({ imbalance: 0, negative: false });
    ledger.book(0, 100);
    ledger.reset(500);
    expect(Array.from(ledger.items)).toEqual(new Array(LEDGER_ITEMS.length).fill(0));
    expect(ledger.budgetIn).toBe(500);
    expect(ledger.municipalSurplus).toBe(500);
  });

  it('ledgerImbalance(ledger) measures how far provider revenue misses cost plus surplus', () => {
    const ledger = new Ledger();
    ledger.reset(1000);
    ledger.book(LEDGER_ITEMS.indexOf('careTime'), 600);
    ledger.book(LEDGER_ITEMS.indexOf('documentation'), 100);
    ledger.book(LEDGER_ITEMS.indexOf('ordererOffice'), 50);
    ledger.payments = 800;
    ledger.clawback = 20;
    ledger.providerSurplus = 80;
    expect(ledger.production).toBe(600);
    expect(ledger.transaction).toBe(150);
    expect(ledger.spending).toBe(830);
    expect(ledgerImbalance(ledger)).toEqual({ imbalance: 0, negative: false });
    ledger.providerSurplus = 70;
    expect(ledgerImbalance(ledger).imbalance).toBe(10);
    ledger.book(LEDGER_ITEMS.indexOf('travel'), -5);
    expect(ledgerImbalance(ledger).negative).toBe(true);
  });
});
