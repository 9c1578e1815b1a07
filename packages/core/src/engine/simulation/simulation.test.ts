import { describe, expect, it } from 'vitest';
import { PpsimError } from '../../errors.ts';
import { replicationSeeds } from '../rng/index.ts';
import { MemorySink, byYear, createSimulation, pairedEnsembleDifference, replicate, run, step, type AgentSnapshot, type SeriesHeader, type Sink } from './index.ts';
import { gini, wealthModel, type WealthState } from './testModel.ts';

const params = { n: 200, leaveRate: 0.02 };
const collect = {
  model: {
    gini,
    total: (s: WealthState) => {
      let t = 0;
      for (const slot of s.agents.activeSlots()) t += s.agents.columns.wealth[slot] as number;
      return t;
    },
    turnover: (s: WealthState) => s.turnover,
  },
};

/** Everything a run collected, as bytes, so equality means byte-identical output. */
function bytes(result: ReturnType<typeof run>): string {
  return JSON.stringify({
    step: Array.from(result.table.step),
    series: Object.fromEntries(Object.entries(result.table.series).map(([k, v]) => [k, Array.from(v)])),
    snapshots: result.snapshots.map((s) => ({ ...s, ids: Array.from(s.ids), fields: Object.fromEntries(Object.entries(s.fields).map(([k, v]) => [k, Array.from(v)])) })),
  });
}

describe('run(sim, { until, collect })', () => {
  it('executes exactly `until` steps and collects one row per step, after the step', () => {
    const sim = createSimulation(wealthModel, { params, seed: 1 });
    const result = run(sim, { until: 10, collect });
    expect(sim.stepsTaken).toBe(10);
    expect(result.steps).toBe(10);
    expect(Array.from(result.table.step)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(result.table.series.gini?.length).toBe(10);
    // A second run continues where the first stopped.
    const more = run(sim, { until: 3, collect });
    expect(Array.from(more.table.step)).toEqual([10, 11, 12]);
    expect(sim.stepsTaken).toBe(13);
  });

  it('until: 0 executes nothing', () => {
    const sim = createSimulation(wealthModel, { params, seed: 1 });
    expect(run(sim, { until: 0, collect }).table.step.length).toBe(0);
    expect(sim.stepsTaken).toBe(0);
  });

  it('until: an ISO date runs up to the step that contains it', () => {
    const sim = createSimulation(wealthModel, { params, seed: 1, clock: { start: '2005-01-03', unit: 'week' } });
    const result = run(sim, { until: '2006-01-02', collect });
    expect(result.steps).toBe(52);
    expect(sim.clock.dateOf(sim.stepsTaken)).toBe('2006-01-02');
    expect(Array.from(new Set(result.table.year))).toEqual([2005]);
  });

  it('rejects a negative or fractional until with invalid_argument', () => {
    const sim = createSimulation(wealthModel, { params, seed: 1 });
    expect(() => run(sim, { until: 2.5 })).toThrowErrorMatchingInlineSnapshot(
      `[PpsimError: run(until): expected a whole number of steps ≥ 0 or an ISO date, received 2.5. Fix: e.g. until: 520 for ten years of weekly steps]`,
    );
    expect(() => run(sim, { until: -1 })).toThrow(PpsimError);
  });

  it('gives byte-identical output for the same seed, and different output for different seeds', () => {
    const go = (seed: number) => bytes(run(createSimulation(wealthModel, { params, seed }), { until: 60, collect: { ...collect, agents: [{ population: 'agents', every: 20 }] } }));
    expect(go(7)).toBe(go(7));
    expect(go(7)).not.toBe(go(8));
  });

  it('conserves wealth while agents are removed and added mid-step', () => {
    const result = run(createSimulation(wealthModel, { params: { n: 300, leaveRate: 0.1 }, seed: 3 }), { until: 50, collect });
    expect(Array.from(result.table.series.total ?? [])).toEqual(new Array(50).fill(300));
    expect(result.table.series.turnover?.at(-1)).toBeGreaterThan(1000);
  });

  it('snapshots agents every k steps with stable ids', () => {
    const result = run(createSimulation(wealthModel, { params, seed: 2 }), {
      until: 25,
      collect: { agents: [{ population: 'agents', fields: ['wealth'], every: 10 }] },
    });
    expect(result.snapshots.map((s) => s.step)).toEqual([9, 19]);
    const first = result.snapshots[0] as AgentSnapshot;
    expect(first.ids.length).toBe(200);
    expect(Object.keys(first.fields)).toEqual(['wealth']);
    expect(Array.from(first.fields.wealth ?? []).reduce((a, b) => a + b, 0)).toBe(200);
  });

  it('names the population and fields it knows when asked for unknown ones', () => {
    const sim = createSimulation(wealthModel, { params, seed: 1 });
    expect(() => run(sim, { until: 1, collect: { agents: [{ population: 'users', every: 1 }] } })).toThrowErrorMatchingInlineSnapshot(
      `[PpsimError: collect.agents[0].population: expected one of "agents", received "users". Fix: use the name given to createPopulation]`,
    );
    expect(() => run(sim, { until: 1, collect: { agents: [{ population: 'agents', fields: ['age'], every: 1 }] } })).toThrow(/attributes of "agents": wealth, joined/);
  });

  it('streams rows to extra sinks, and keeps nothing in memory with memory: false', () => {
    const rows: number[] = [];
    const events: string[] = [];
    const sink: Sink = {
      begin: (h: SeriesHeader) => events.push(`begin ${h.columns.join(',')} from ${h.firstStep}`),
      row: (stepIndex, _year, values) => rows.push(stepIndex, values[0] as number),
      snapshot: () => events.push('snapshot'),
      end: () => events.push('end'),
    };
    const result = run(createSimulation(wealthModel, { params, seed: 1 }), { until: 4, collect: { model: { turnover: (s) => s.turnover }, sinks: [sink], memory: false } });
    expect(events).toEqual(['begin turnover from 0', 'end']);
    expect(rows.filter((_, i) => i % 2 === 0)).toEqual([0, 1, 2, 3]);
    expect(result.table.step.length).toBe(0);
  });
});

describe('step(sim, n)', () => {
  it('evolves exactly like run without observing', () => {
    const a = createSimulation(wealthModel, { params, seed: 5 });
    const b = createSimulation(wealthModel, { params, seed: 5 });
    step(a, 30);
    run(b, { until: 30, collect });
    expect(Array.from(a.state.agents.columns.wealth)).toEqual(Array.from(b.state.agents.columns.wealth));
  });
});

describe('AgentPhase with order: "random"', () => {
  it('shuffles with its own stream, so extra draws elsewhere leave the activation order alone', () => {
    const sim = createSimulation(wealthModel, { params, seed: 9 });
    const order = sim.rng.stream('order/exchange');
    const before = order.saveState();
    sim.rng.stream('unrelated').random();
    step(sim, 1);
    expect(order.saveState()).not.toEqual(before);
    // Same seed, but an unrelated stream drained first: the exchange outcome is identical.
    const other = createSimulation(wealthModel, { params, seed: 9 });
    for (let i = 0; i < 1000; i++) other.rng.stream('unrelated').random();
    step(other, 1);
    const fresh = createSimulation(wealthModel, { params, seed: 9 });
    step(fresh, 1);
    expect(Array.from(other.state.agents.columns.wealth)).toEqual(Array.from(fresh.state.agents.columns.wealth));
  });
});

describe('replicate(model, { params, seeds, until, collect })', () => {
  it('returns one result per seed, in seed order, each equal to a single run with that seed', () => {
    const seeds = replicationSeeds(11, 4);
    const runs = replicate(wealthModel, { params, seeds, until: 20, collect });
    expect(runs.map((r) => r.seed)).toEqual(seeds);
    const single = run(createSimulation(wealthModel, { params, seed: seeds[2] as number }), { until: 20, collect });
    expect(bytes(runs[2] as typeof single)).toBe(bytes(single));
  });

  it('pairs two parameter sets by seed (common random numbers) and refuses unpaired runs', () => {
    const seeds = replicationSeeds(3, 12);
    const calm = replicate(wealthModel, { params: { n: 200, leaveRate: 0 }, seeds, until: 52, collect });
    const churn = replicate(wealthModel, { params: { n: 200, leaveRate: 0.2 }, seeds, until: 52, collect });
    const last = (r: (typeof calm)[number]) => byYear(r.table, 'turnover', 'last').value.at(-1) ?? Number.NaN;
    const diff = pairedEnsembleDifference(calm, churn, last);
    expect(diff.n).toBe(12);
    expect(diff.lo).toBeGreaterThan(0);
    expect(() => pairedEnsembleDifference(calm, churn.slice().reverse(), last)).toThrow(/runs must be paired/);
  });
});

describe('MemorySink over a run in parts', () => {
  it('keeps adding rows when one simulation is run several times into it', () => {
    const params = { n: 50, leaveRate: 0.05 };
    const reporters = { gini: (s: WealthState) => gini(s) };
    const whole = run(createSimulation(wealthModel, { params, seed: 9 }), { until: 12, collect: { model: reporters } });
    const sim = createSimulation(wealthModel, { params, seed: 9 });
    const sink = new MemorySink();
    for (const part of [5, 4, 3]) run(sim, { until: part, collect: { model: reporters, memory: false, sinks: [sink] } });
    expect(sink.table()).toEqual(whole.table);
  });
});
