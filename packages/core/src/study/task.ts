/**
 * One run of a study as plain data, and the one function every executor calls to make it.
 *
 * A task crosses to a worker thread or a Web Worker by structured clone, so it holds data only: the
 * run's place in the study (run, point, arm, replication), its seed, the scenario's parameters and
 * dated events, and what to keep. Making it runs the model over the scenario's horizon and reduces
 * the run to its full calendar years (core's full-year rule, `yearRanges`); every executor, in this
 * thread, on a worker pool or in a browser, calls {@link runTask} or {@link stepTask}, so their
 * numbers are the same bytes.
 */
import { createClock, type ClockOptions } from '../engine/clock/index.ts';
import { MemorySink, createSimulation, run, type SeriesTable } from '../engine/simulation/index.ts';
import { yearlyRun, type YearlyRun } from '../model/metrics.ts';
import { createPurchaserProviderModel } from '../model/model.ts';
import type { ModelParams } from '../model/params/index.ts';
import { modelReporters } from '../model/reporters.ts';
import type { BehaviourRules } from '../model/rules.ts';
import type { TimelineEvent } from '../model/setup.ts';

export { LEDGER_COLUMNS, yearlyRun, type YearlyRun } from '../model/metrics.ts';

/** What a study runs: validated parameters (`parseParams`, or a scenario's `params`) and dated events. */
export interface StudyScenario {
  readonly params: ModelParams;
  readonly timeline?: readonly TimelineEvent[];
}

/**
 * What a run keeps besides its full years: `'years'` keeps only those (a few hundred numbers);
 * `'series'` keeps every step's row as well (for series.csv).
 */
export type Collect = 'years' | 'series';

/** Where a run sits in its study. Runs are numbered point-major, then arm (scenario), then replication. */
export interface RunPlace {
  /** The run's number in the study, 0 … runs − 1. */
  readonly run: number;
  /** The design point (0 in an ensemble or a comparison). */
  readonly point: number;
  /** The scenario, in the order given (0 in an ensemble or a one-scenario sweep). */
  readonly arm: number;
  /** The replication: the seed's position in the study's seeds. */
  readonly rep: number;
  readonly seed: number;
}

/** One run to make: its place, the scenario at its point, and what to keep. */
export interface StudyTask extends RunPlace {
  readonly params: ModelParams;
  readonly timeline: readonly TimelineEvent[];
  readonly collect: Collect;
}

/** A run's every step, kept when the task collects `'series'`. */
export interface RunSeries {
  readonly clock: ClockOptions;
  readonly steps: number;
  readonly table: SeriesTable;
}

/** What a finished run gives back: its place, its full years, and its steps when asked. */
export interface StudyOutput extends RunPlace {
  readonly yearly: YearlyRun;
  readonly series?: RunSeries;
}

/** Where a run stands after a simulated year (see {@link stepTask}). */
export interface TaskProgress {
  readonly stepsDone: number;
  readonly stepsTotal: number;
  /** The run's full years so far. */
  yearly(): YearlyRun;
}

/** Options of {@link runTask}: behaviour rules to swap in (in this thread only: rules are code). */
export interface TaskOptions {
  readonly rules?: Partial<BehaviourRules>;
}

/** Steps in a scenario's horizon (weekly steps from its start date). */
export function horizonSteps(params: ModelParams): number {
  return createClock({ start: params.horizon.start, unit: 'week' }).stepsInYears(params.horizon.years);
}

/**
 * `stepTask(task, options?)`: makes a run a simulated year (52 steps) at a time, yielding where it
 * stands after each year but the last, and returning its output. A browser's worker awaits its
 * message queue between years; {@link runTask} drives it straight through. Either way the bytes
 * are those of one uninterrupted run.
 */
export function* stepTask(task: StudyTask, options: TaskOptions = {}): Generator<TaskProgress, StudyOutput, void> {
  const clock: ClockOptions = { start: task.params.horizon.start, unit: 'week' };
  const total = horizonSteps(task.params);
  const sim = createSimulation(createPurchaserProviderModel(options.rules), { params: { params: task.params, timeline: task.timeline }, seed: task.seed, clock });
  const memory = new MemorySink();
  let done = 0;
  while (done < total) {
    const chunk = Math.min(52, total - done);
    run(sim, { until: chunk, collect: { model: modelReporters, memory: false, sinks: [memory] } });
    done += chunk;
    if (done < total) yield { stepsDone: done, stepsTotal: total, yearly: () => yearlyRun(memory.table(), task.seed) };
  }
  const table = memory.table();
  const place: RunPlace = { run: task.run, point: task.point, arm: task.arm, rep: task.rep, seed: task.seed };
  return { ...place, yearly: yearlyRun(table, task.seed), ...(task.collect === 'series' ? { series: { clock, steps: total, table } } : {}) };
}

/** `runTask(task, options?)`: makes one run straight through; what every executor calls. */
export function runTask(task: StudyTask, options: TaskOptions = {}): StudyOutput {
  const steps = stepTask(task, options);
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}
