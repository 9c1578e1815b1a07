import { describe, expect, it } from 'vitest';
import { METRICS, parseParams, replicationSeeds, runReplications, runTask, studyTasks, summarise, yearlyRun, type SeriesTable, type StudyTask, type YearlyRun } from '@ppsim/core';
import { ensembleBand, pairedBand } from './digest.ts';
import type { FromWorker, RunPartial, RunYears } from './protocol.ts';
import { jobServer, runJob, type JobEvent } from './runner.ts';

const params = parseParams({ horizon: { years: 3 }, population: { scale: 0.05 } });
const seeds = replicationSeeds(7, 3);
const tasks: readonly StudyTask[] = studyTasks({ arms: [{ params }] }, { seeds });

/** The first `steps` rows of a run's table: what a run stopped after `steps` steps has collected. */
function head(table: SeriesTable, steps: number): SeriesTable {
  const series = Object.fromEntries(Object.entries(table.series).map(([k, v]) => [k, v.subarray(0, steps)]));
  return { step: table.step.subarray(0, steps), year: table.year.subarray(0, steps), series };
}

async function runAll(partials: ReadonlySet<number> = new Set([0])): Promise<{ runs: RunYears[]; partials: RunPartial[] }> {
  const events: JobEvent[] = [];
  await runJob(tasks, { partials, report: (e) => events.push(e), pause: async () => {}, stopped: () => false });
  return {
    runs: events.flatMap((e) => (e.kind === 'run' ? [e.output] : [])),
    partials: events.flatMap((e) => (e.kind === 'partial' ? [e.partial] : [])),
  };
}

const years = (runs: readonly RunYears[]): YearlyRun[] => runs.map((r) => r.yearly);

describe('runJob(tasks, hooks): the worker makes core study tasks as the CLI makes runs', () => {
  it('gives, year by year, the full years of runReplications (the CLI) and of runTask with the same seeds', async () => {
    const { runs } = await runAll();
    const cli = runReplications({ params, seeds }).map((r) => yearlyRun(r.table, r.seed as number));
    expect(years(runs)).toEqual(cli);
    expect(runs).toEqual(tasks.map((t) => runTask(t)));
    expect(runs.map((r) => [r.run, r.rep, r.seed])).toEqual(seeds.map((s, i) => [i, i, s]));
  });

  it('reports only the runs asked for after each simulated year, each the full years of its steps so far', async () => {
    const { partials } = await runAll(new Set([0, 2]));
    // Each 3-year run (157 weekly steps) reports after 52, 104 and 156 steps while it goes.
    expect(partials.map((p) => [p.run, p.stepsDone, p.stepsTotal])).toEqual([0, 2].flatMap((run) => [52, 104, 156].map((s) => [run, s, 157])));
    const straight = runReplications({ params, seeds });
    for (const p of partials) {
      const table = (straight[p.rep] as { table: SeriesTable }).table;
      expect(p.yearly).toEqual(yearlyRun(head(table, p.stepsDone), p.seed));
    }
    expect(partials.map((p) => p.yearly.years)).toEqual([[2005], [2005, 2006], [2005, 2006, 2007], [2005], [2005, 2006], [2005, 2006, 2007]]);
  });

  it('reports the final full year as summarise does', async () => {
    const { runs } = await runAll();
    const summary = summarise(runReplications({ params, seeds }));
    for (const m of METRICS) {
      const band = ensembleBand(years(runs), m.name);
      const last = band[band.length - 1];
      expect(last?.x).toBe(summary.finalYear);
      expect(last?.mean).toBeCloseTo(summary.metrics[m.name]?.mean ?? Number.NaN, 9);
      if (Number.isFinite(summary.metrics[m.name]?.ci95[0])) expect(last?.lo).toBeCloseTo(summary.metrics[m.name]?.ci95[0] ?? Number.NaN, 6);
    }
  });

  it("hands back a run's full years only, never its steps, even when the task collects them", async () => {
    const events: JobEvent[] = [];
    const withSeries = studyTasks({ arms: [{ params }] }, { seeds: seeds.slice(0, 1), collect: 'series' });
    await runJob(withSeries, { partials: new Set(), report: (e) => events.push(e), pause: async () => {}, stopped: () => false });
    expect(events.map((e) => (e.kind === 'run' ? Object.keys(e.output).sort() : e.kind))).toEqual([['arm', 'point', 'rep', 'run', 'seed', 'yearly']]);
  });

  it('stops between years when told to', async () => {
    const events: string[] = [];
    let pauses = 0;
    const finished = await runJob(tasks, {
      partials: new Set([0]),
      report: (e) => events.push(e.kind),
      pause: async () => {
        pauses++;
      },
      stopped: () => pauses >= 1,
    });
    expect(finished).toBe(false);
    expect(events).toEqual(['partial']);
  });

  it('pairs differences by seed, and a scenario against itself differs by exactly zero', async () => {
    const { runs } = await runAll();
    const band = pairedBand(years(runs), years(runs).reverse(), 'cost.total');
    expect(band.length).toBeGreaterThan(0);
    for (const p of band) {
      expect(p.mean).toBe(0);
      expect(p.lo).toBe(0);
      expect(p.hi).toBe(0);
    }
  });

  it('leaves out the few days of a last, partial calendar year', async () => {
    const { runs } = await runAll();
    expect(runs[0]?.yearly.years).toEqual([2005, 2006, 2007]);
    expect(Object.keys(runs[0]?.yearly.values ?? {})).toContain('ledger.documentation');
  });
});

/** A job server whose messages are collected; `pause` resolves when the test says so. */
function server() {
  const posted: FromWorker[] = [];
  const waiting: (() => void)[] = [];
  const serve = jobServer(
    (m) => posted.push(m),
    () => new Promise<void>((resolve) => waiting.push(resolve)),
  );
  /** Lets the paused job go on to its next pause (or its end). */
  const resume = async () => {
    waiting.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { posted, serve, resume, paused: () => waiting.length };
}

describe("jobServer(post, pause): the worker's messages", () => {
  it('posts each partial and run with its job, then done', async () => {
    const { posted, serve, resume, paused } = server();
    serve({ type: 'start', job: 1, tasks, partials: [0] });
    while (paused() > 0) await resume();
    // Run 0's three yearly partials while it goes, then every run as it finishes, then the end.
    expect(posted.map((m) => `${m.type}:${m.job}`)).toEqual(['partial:1', 'partial:1', 'partial:1', 'run:1', 'run:1', 'run:1', 'done:1']);
    expect(posted.flatMap((m) => (m.type === 'run' ? [m.output] : []))).toEqual(tasks.map((t) => runTask(t)));
  });

  it('stops a cancelled job at its next pause: nothing more, no done', async () => {
    const { posted, serve, resume, paused } = server();
    serve({ type: 'start', job: 1, tasks, partials: [0] });
    serve({ type: 'cancel', job: 1 });
    await resume();
    expect(paused()).toBe(0);
    expect(posted.map((m) => m.type)).toEqual(['partial']);
  });

  it('supersedes a job with a newer one, which alone goes on', async () => {
    const { posted, serve, resume, paused } = server();
    serve({ type: 'start', job: 1, tasks, partials: [0] });
    serve({ type: 'start', job: 2, tasks: tasks.slice(2), partials: [] });
    await resume();
    while (paused() > 0) await resume();
    expect(posted.map((m) => `${m.type}:${m.job}`)).toEqual(['partial:1', 'run:2', 'done:2']);
  });

  it('posts an error when a task cannot be made', async () => {
    const { posted, serve } = server();
    serve({ type: 'start', job: 3, tasks: [{ ...(tasks[0] as StudyTask), params: {} as StudyTask['params'] }], partials: [] });
    await new Promise((r) => setTimeout(r, 0));
    expect(posted).toMatchObject([{ type: 'error', job: 3, message: expect.any(String) }]);
  });
});
