import { describe, expect, it } from 'vitest';
import { replicationSeeds } from '../engine/rng/index.ts';
import { gridDesign } from '../experiment/grid.ts';
import { compareRuns, runReplications, summarise } from '../model/experiment.ts';
import { parseParams } from '../model/params/index.ts';
import { METRICS } from '../model/metrics.ts';
import { inThread, type AsyncExecutor } from './executor.ts';
import { compare, ensemble, runStudy, studyRunCount, studyRunPlace, sweep } from './study.ts';
import { runTask, stepTask, type StudyOutput, type StudyTask } from './task.ts';

const small = parseParams({ horizon: { years: 2 }, population: { scale: 0.02 } });
const split = parseParams(small, [{ path: 'governance.split', value: 'internal' }]);
const seeds = replicationSeeds(4, 3);

/** Runs the tasks in reverse order, a microtask apart: any order must give the same result. */
const backwards: AsyncExecutor = {
  sync: false,
  async execute(tasks, done) {
    for (const task of [...tasks].reverse()) {
      await Promise.resolve();
      done(runTask(task));
    }
  },
};

describe('studies', () => {
  it('ensemble: the same numbers as runReplications, summarised the same', () => {
    const { runs } = ensemble({ params: small }, { seeds });
    expect(runs.map((r) => r.seed)).toEqual(seeds);
    expect(JSON.stringify(summarise(runs))).toBe(JSON.stringify(summarise(runReplications({ params: small, seeds }))));
  });

  it('compare: every scenario on the same seeds, paired differences as from raw runs', () => {
    const { arms } = compare([{ params: small }, { params: split }], { seeds });
    const [a = [], b = []] = arms;
    const raw = [runReplications({ params: small, seeds }), runReplications({ params: split, seeds })] as const;
    expect(JSON.stringify(compareRuns(a, b))).toBe(JSON.stringify(compareRuns(raw[0], raw[1])));
    expect(compareRuns(a, b).needMet?.mean).not.toBe(0);
  });

  it('an asynchronous executor finishing in another order: a promise of the same result, ordered sinks in run order', async () => {
    const order: number[] = [];
    const arrival: number[] = [];
    const sinks = [{ run: (o: StudyOutput) => order.push(o.run) }, { ordered: false, run: (o: StudyOutput) => arrival.push(o.run) }];
    const sync = compare([{ params: small }, { params: split }], { seeds });
    const late = compare([{ params: small }, { params: split }], { seeds, executor: backwards, sinks });
    expect(late).toBeInstanceOf(Promise);
    expect(JSON.stringify((await late).arms)).toBe(JSON.stringify(sync.arms));
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
    expect(arrival).toEqual([5, 4, 3, 2, 1, 0]);
  });

  it('sweep: a tidy table with point, arm, rep, seed, year, the parameters and every metric; runs numbered point-major', () => {
    const ranges = [{ path: 'governance.controlIntensity', lo: 0.1, hi: 0.7, steps: 2 }];
    const { table, outputs } = sweep({ params: small }, { ranges, design: gridDesign(ranges), seeds: seeds.slice(0, 2) });
    expect(table.columns.slice(0, 6)).toEqual(['point', 'arm', 'rep', 'seed', 'year', 'governance.controlIntensity']);
    expect(table.columns.length).toBe(6 + METRICS.length);
    // 2 points × 2 replications × 2 full years.
    expect(table.rows.length).toBe(8);
    expect(outputs.map((o) => [o.point, o.rep])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    expect(table.rows.map((r) => r[5])).toEqual([0.1, 0.1, 0.1, 0.1, 0.7, 0.7, 0.7, 0.7]);
    const cost = table.columns.indexOf('cost.total');
    expect(table.rows[0]?.[cost]).not.toBe(table.rows[4]?.[cost]);
    const final = sweep({ params: small }, { ranges, design: gridDesign(ranges), seeds: seeds.slice(0, 2), rows: 'final' }).table;
    expect(final.rows.map((r) => r[4])).toEqual([2006, 2006, 2006, 2006]);
  });

  it('runs: only the runs asked for, with their places; run numbers outside the design are refused', () => {
    const design = { arms: [{ params: small }, { params: split }], ranges: [{ path: 'governance.controlIntensity' }], points: [[0.2], [0.6]] };
    expect(studyRunCount(design, seeds)).toBe(12);
    expect(studyRunPlace(design, seeds, 7)).toEqual({ point: 1, arm: 0, rep: 1, seed: seeds[1] });
    const some = runStudy(design, { seeds, runs: [7, 2] });
    expect(some.outputs.map((o) => o.run)).toEqual([7, 2]);
    expect(() => runStudy(design, { seeds, runs: [12] })).toThrow(/run numbers from 0 to 11/);
  });

  it('an executor handing back a run twice is an error, not a silent duplicate', () => {
    const twice = {
      sync: true as const,
      execute: (tasks: readonly StudyTask[], done: (o: StudyOutput) => void) => {
        const o = runTask(tasks[0] as StudyTask);
        done(o);
        done(o);
      },
    };
    expect(() => ensemble({ params: small }, { seeds: seeds.slice(0, 1), executor: twice })).toThrow(/exactly once/);
  });

  it('stepTask: yields after every simulated year but the last, and ends where runTask does', () => {
    const task: StudyTask = { run: 0, point: 0, arm: 0, rep: 0, seed: 9, params: small, timeline: [], collect: 'series' };
    const steps = stepTask(task);
    const seen: (readonly [number, readonly number[]])[] = [];
    let next = steps.next();
    while (next.done !== true) {
      seen.push([next.value.stepsDone, next.value.yearly().years]);
      next = steps.next();
    }
    // Two years from 2005-01-03 are 105 weekly steps: yields after 52 and 104.
    expect(seen).toEqual([
      [52, [2005]],
      [104, [2005, 2006]],
    ]);
    const straight = runTask(task);
    expect(JSON.stringify(next.value.yearly)).toBe(JSON.stringify(straight.yearly));
    expect(straight.series?.table.step.length).toBe(straight.series?.steps);
  });

  it('inThread swaps in behaviour rules (prevention falls far without its planned share)', () => {
    const share = (rules?: { preventionShare: () => number }) =>
      ensemble({ params: small }, { seeds: seeds.slice(0, 1), executor: inThread(rules === undefined ? {} : { rules }) }).runs[0]?.values['prevention.share']?.[1] ?? Number.NaN;
    expect(share({ preventionShare: () => 0 })).toBeLessThan(share() / 2);
  });
});

describe('draws: a parameter set per replication', () => {
  it('replication i runs with set i at every point and in every arm; the wrong number of sets is refused', () => {
    const draws = { paths: ['governance.controlIntensity'], values: [[0.1], [0.9], [0.5]] };
    const plain = compare([{ params: small }, { params: split }], { seeds });
    const drawn = runStudy({ arms: [{ params: small }, { params: split }], draws }, { seeds });
    // Each replication equals a plain run with its set fixed.
    draws.values.forEach((v, rep) => {
      const fixed = ensemble({ params: parseParams(small, [{ path: 'governance.controlIntensity', value: v[0] }]) }, { seeds });
      expect(JSON.stringify(drawn.outputs.filter((o) => o.arm === 0)[rep]?.yearly)).toBe(JSON.stringify(fixed.runs[rep]));
    });
    expect(JSON.stringify(drawn.outputs[0]?.yearly)).not.toBe(JSON.stringify(plain.outputs[0]?.yearly));
    expect(() => runStudy({ arms: [{ params: small }], draws: { paths: draws.paths, values: [[0.1]] } }, { seeds })).toThrow(/one parameter set per seed \(3\)/);
  });
});
