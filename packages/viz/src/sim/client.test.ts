import { describe, expect, it } from 'vitest';
import { compare, parseParams, replicationSeeds, type StudyOutput, type StudyScenario, type StudyTask } from '@ppsim/core';
import { interleaved, linkWorker, type WorkerLink } from './client.ts';
import type { FromWorker, RunPartial, ToWorker } from './protocol.ts';
import { jobServer } from './runner.ts';

const small = { horizon: { years: 3 }, population: { scale: 0.05 } };
const scenarios: readonly StudyScenario[] = [{ params: parseParams(small) }, { params: parseParams({ ...small, governance: { controlIntensity: 0.9 } }) }];
const seeds = replicationSeeds(7, 3);

/**
 * A link to a job server in this process, messages crossing as they do between a page and its
 * worker: structured clones, each in a later task. Keeps what each side sent.
 */
function inProcess(): { link: WorkerLink; toWorker: ToWorker[]; fromWorker: FromWorker[] } {
  const toWorker: ToWorker[] = [];
  const fromWorker: FromWorker[] = [];
  const serve = jobServer((m) => {
    fromWorker.push(m);
    setTimeout(() => link.receive(structuredClone(m)), 0);
  });
  const link = linkWorker((m) => {
    toWorker.push(m);
    setTimeout(() => serve(structuredClone(m)), 0);
  });
  return { link, toWorker, fromWorker };
}

/** Lets the worker go on for `ms` (to see that a stopped job stays stopped). */
const idle = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What a study's callbacks heard, in order. */
function recorder() {
  const heard: string[] = [];
  const sink = { ordered: false, run: (o: StudyOutput) => heard.push(`run ${o.run}`) };
  const onPartial = (p: RunPartial) => heard.push(`partial ${p.run} at ${p.stepsDone}`);
  return { heard, sink, onPartial };
}

describe('linkWorker(post).executor(options): core studies in the simulation worker', () => {
  it('compare(scenarios, { executor }) gives the runs compare makes in this thread', async () => {
    const { link } = inProcess();
    const worker = await compare(scenarios, { seeds, executor: link.executor() });
    const here = compare(scenarios, { seeds });
    expect(worker.arms).toEqual(here.arms);
    expect(worker.outputs).toEqual(here.outputs);
  });

  it('makes the runs interleaved (A1 B1 A2 B2 …); unordered sinks get them so, ordered ones in run order', async () => {
    const { link, toWorker } = inProcess();
    const arrived: number[] = [];
    const ordered: number[] = [];
    await compare(scenarios, { seeds, executor: link.executor(), sinks: [{ ordered: false, run: (o) => arrived.push(o.run) }, { run: (o) => ordered.push(o.run) }] });
    const start = toWorker[0] as Extract<ToWorker, { type: 'start' }>;
    expect(start.tasks.map((t) => t.run)).toEqual([0, 3, 1, 4, 2, 5]);
    expect(arrived).toEqual([0, 3, 1, 4, 2, 5]);
    expect(ordered).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('sends the first replication of each scenario year by year to onPartial, before it finishes', async () => {
    const { link } = inProcess();
    const { heard, sink, onPartial } = recorder();
    await compare(scenarios, { seeds, executor: link.executor({ onPartial }), sinks: [sink] });
    expect(heard).toEqual(['partial 0 at 52', 'partial 0 at 104', 'partial 0 at 156', 'run 0', 'partial 3 at 52', 'partial 3 at 104', 'partial 3 at 156', 'run 3', 'run 1', 'run 4', 'run 2', 'run 5']);
  });

  it('an aborted signal rejects the study with its reason, stops the worker within a year, and nothing more is heard', async () => {
    const { link, toWorker, fromWorker } = inProcess();
    const controller = new AbortController();
    const { heard, sink } = recorder();
    const onPartial = (p: RunPartial) => {
      heard.push(`partial ${p.run} at ${p.stepsDone}`);
      controller.abort();
    };
    const study = compare(scenarios, { seeds, executor: link.executor({ onPartial, signal: controller.signal }), sinks: [sink] });
    const reason = await study.then(
      () => 'resolved',
      (error: unknown) => error,
    );
    expect(reason).toBe(controller.signal.reason);
    expect(reason).toMatchObject({ name: 'AbortError' });
    await idle(300);
    expect(heard).toEqual(['partial 0 at 52']);
    expect(toWorker.map((m) => m.type)).toEqual(['start', 'cancel']);
    // The worker read the cancel at its next pause: at most one more year, never a finished run.
    expect(fromWorker.filter((m) => m.type !== 'partial')).toEqual([]);
    expect(fromWorker.length).toBeLessThanOrEqual(2);
  });

  it('a newer study supersedes the running one: its promise rejects (AbortError) and its callbacks hear nothing more', async () => {
    const { link } = inProcess();
    const first = recorder();
    let second: Promise<unknown> | undefined;
    const onPartial = (p: RunPartial) => {
      first.onPartial(p);
      second ??= compare(scenarios, { seeds, executor: link.executor() });
    };
    const superseded = compare(scenarios, { seeds, executor: link.executor({ onPartial }), sinks: [first.sink] });
    await expect(superseded).rejects.toMatchObject({ name: 'AbortError' });
    const result = await second;
    expect(result).toEqual(compare(scenarios, { seeds }));
    expect(first.heard).toEqual(['partial 0 at 52']);
  });

  it("rejects the study with the worker's message when a task fails, or when the worker fails", async () => {
    const { link } = inProcess();
    const base = parseParams(small);
    const broken = [{ params: { ...base, horizon: { ...base.horizon, start: '2005-02-30' } } }];
    await expect(compare(broken, { seeds, executor: link.executor() })).rejects.toThrow(/2005-02-30/);
    const running = compare(scenarios, { seeds, executor: link.executor() });
    link.fail('the simulation worker failed to start');
    await expect(running).rejects.toThrow('the simulation worker failed to start');
  });

  it('rejects the study with the error of a sink that throws, and cancels the rest in the worker', async () => {
    const { link, toWorker } = inProcess();
    const failing = {
      ordered: false,
      run: () => {
        throw new Error('the chart refused a run');
      },
    };
    await expect(compare(scenarios, { seeds, executor: link.executor(), sinks: [failing] })).rejects.toThrow('the chart refused a run');
    expect(toWorker.map((m) => m.type)).toEqual(['start', 'cancel']);
  });

  it('rejects at once, posting nothing, when the signal is already aborted', async () => {
    const { link, toWorker } = inProcess();
    const signal = AbortSignal.abort();
    await expect(compare(scenarios, { seeds, executor: link.executor({ signal }) })).rejects.toBe(signal.reason);
    expect(toWorker).toEqual([]);
  });
});

describe('interleaved(tasks)', () => {
  it('orders by point, then replication, then scenario', () => {
    const task = (run: number, point: number, arm: number, rep: number) => ({ run, point, arm, rep }) as StudyTask;
    const tasks = [task(0, 0, 0, 0), task(1, 0, 0, 1), task(2, 0, 1, 0), task(3, 0, 1, 1), task(4, 1, 0, 0), task(5, 1, 1, 0)];
    expect(interleaved(tasks).map((t) => t.run)).toEqual([0, 2, 1, 3, 4, 5]);
    expect(tasks.map((t) => t.run)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
