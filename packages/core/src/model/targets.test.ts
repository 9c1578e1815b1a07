/**
 * Waiting-time targets with sanctions (mechanisms/targets.ts): each channel's direction on its own,
 * on the same seeds (common random numbers). At the reference settings decided users wait about four
 * weeks for a start, so a two-week target binds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createSimulation, type RunResult } from '../engine/index.ts';
import { aboutToBreach, hiddenShare } from './mechanisms/targets.ts';
import { compareRuns, parseParams, purchaserProviderModel, runMetrics, runReplications, summarise, type ModelParamsInput } from './index.ts';

const SEEDS = [1, 2, 3, 4, 5];
const SMALL = { population: { scale: 0.1 }, horizon: { years: 3 } } as const;
const TARGET = { startWeeks: 2, sanction: 1 } as const;

function replications(input: ModelParamsInput): RunResult[] {
  return runReplications({ params: parseParams({ ...SMALL, ...input }), seeds: SEEDS });
}

/** Paired difference b − a of a metric's final-year value, with its 95 % interval. */
function paired(a: readonly RunResult[], b: readonly RunResult[], metric: string) {
  const d = compareRuns(a, b)[metric];
  if (d === undefined) throw new Error(`no metric ${metric}`);
  return d;
}

/** Per run: a metric averaged over the full simulated years (the partial last year left out). */
function overFullYears(runs: readonly RunResult[], metric: string): number[] {
  return runMetrics(runs).map((r) => mean((r.values[metric] ?? []).slice(0, SMALL.horizon.years)));
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const diffs = (a: readonly number[], b: readonly number[]) => a.map((x, i) => (b[i] as number) - x);
const final = (runs: readonly RunResult[], metric: string) => summarise(runs).metrics[metric]?.mean ?? Number.NaN;

describe('targets: priority, effort and gaming', () => {
  let none: RunResult[] = [];
  let target: RunResult[] = [];
  let priorityOnly: RunResult[] = [];
  let effortOnly: RunResult[] = [];
  let noSanction: RunResult[] = [];
  beforeAll(() => {
    none = replications({});
    target = replications({ targets: TARGET });
    // A larger stretch than the default makes the care taken from users in service clear at this size.
    priorityOnly = replications({ targets: { ...TARGET, effort: 0, overbooking: 0.05 } });
    effortOnly = replications({ targets: { ...TARGET, overbooking: 0 } });
    noSanction = replications({ targets: { ...TARGET, overbooking: 0, sanction: 0 } });
  });

  it('targets.startWeeks 0 (default): no breaches, and the reported wait is the true wait', () => {
    expect(final(none, 'wait.targetBreaches')).toBe(0);
    expect(final(none, 'wait.reportedBreaches')).toBe(0);
    expect(final(none, 'wait.reportedStartWeeks')).toBe(final(none, 'wait.startWeeks'));
    expect(final(none, 'wait.startWeeks')).toBeGreaterThan(3);
  });

  it('targets { startWeeks: 2, sanction: 1 } shortens wait.startWeeks by more than a week, and most starts meet it', () => {
    const d = paired(none, target, 'wait.startWeeks');
    expect(d.ci95[1]).toBeLessThan(-1);
    expect(final(target, 'wait.targetBreaches')).toBeLessThan(0.5);
  });

  it('priority alone (effort 0, overbooking 0.05) takes care from users in service: needMet falls', () => {
    const wait = paired(none, priorityOnly, 'wait.startWeeks');
    expect(wait.ci95[1]).toBeLessThan(-1);
    // Over all full years: the final year alone is too noisy at this size.
    const met = diffs(overFullYears(none, 'needMet'), overFullYears(priorityOnly, 'needMet'));
    // Most seeds, not every one: informal care and episodes add noise at this size.
    expect(met.filter((d) => d < 0).length).toBeGreaterThanOrEqual(met.length - 1);
    expect(mean(met)).toBeLessThan(-0.005);
  });

  it('effort alone (overbooking 0): sanction 0 → 1 squeezes providers.slack, and the time freed raises direct time and lowers the cost of an hour of need met', () => {
    // Units staff to their demand, so freed time shows as care per paid hour rather than as more care.
    const slack = paired(noSanction, effortOnly, 'providers.slack');
    expect(slack.ci95[1]).toBeLessThan(0);
    expect(slack.mean).toBeLessThan(-0.02);
    expect(paired(noSanction, effortOnly, 'directTimeShare').ci95[0]).toBeGreaterThan(0.02);
    expect(paired(noSanction, effortOnly, 'cost.perNeedHourMet').ci95[1]).toBeLessThan(0);
  });

  it('gaming: knavish units under weak audit report fewer breaches and a shorter wait than they have; gaming 0 reports the truth; hiding breaches blunts the effort', () => {
    const knavish = { providers: { municipal: { profitWeight: 0.9 } }, governance: { controlIntensity: 0.05 } } as const;
    const honest = replications({ ...knavish, targets: { ...TARGET, overbooking: 0, gaming: 0 } });
    const gaming = replications({ ...knavish, targets: { ...TARGET, overbooking: 0 } });
    expect(final(honest, 'wait.reportedBreaches')).toBe(final(honest, 'wait.targetBreaches'));
    expect(final(gaming, 'wait.reportedBreaches')).toBeLessThan(0.8 * final(gaming, 'wait.targetBreaches'));
    expect(final(gaming, 'wait.reportedStartWeeks')).toBeLessThan(final(gaming, 'wait.startWeeks') - 0.2);
    expect(paired(honest, gaming, 'providers.slack').ci95[0]).toBeGreaterThan(0);
  });
});

describe('aboutToBreach(state, waited) and hiddenShare(state, j)', () => {
  const stateWith = (input: ModelParamsInput) => createSimulation(purchaserProviderModel, { params: { params: parseParams({ population: { scale: 0.05 }, ...input }) }, seed: 1 }).state;

  it('a user is about to breach from startWeeks − priorityWeeks up to the target, never without a target', () => {
    const s = stateWith({ targets: { startWeeks: 3, priorityWeeks: 1 } });
    expect([0, 1, 2, 3, 4].map((w) => aboutToBreach(s, w))).toEqual([false, false, true, true, false]);
    const none = stateWith({});
    expect([0, 2, 4, 8].some((w) => aboutToBreach(none, w))).toBe(false);
  });

  it('the hidden share rises with the sanction and the profit weight, and falls with detection', () => {
    const hidden = (sanction: number, profitWeight: number, detection: number) => {
      const s = stateWith({ targets: { startWeeks: 2, sanction }, providers: { municipal: { profitWeight } } });
      s.detection = detection;
      return hiddenShare(s, 0);
    };
    expect(hidden(0, 0.9, 0)).toBe(0);
    expect(hidden(1, 0.9, 0)).toBeGreaterThan(hidden(0.5, 0.9, 0));
    expect(hidden(1, 0.9, 0)).toBeGreaterThan(hidden(1, 0.3, 0));
    expect(hidden(1, 0.9, 0.5)).toBeLessThan(hidden(1, 0.9, 0));
  });
});
