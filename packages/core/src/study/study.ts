/**
 * Studies: an ensemble (one scenario on many seeds), a comparison (several scenarios on the same
 * seeds: common random numbers) and a sweep (scenarios at every point of a design, on the same
 * seeds). Each is a list of runs numbered point-major, then scenario (arm), then replication; an
 * executor makes them (here, on worker threads, in a browser) and sinks receive them as they finish,
 * in run order unless a sink says it takes any order. The command line, the viewer, the validation
 * suite, the regime map and the examples all run through these functions.
 *
 * Synchronous with the default executor ({@link inThread}); with an asynchronous one (a worker pool)
 * every function returns a promise of the same result.
 */
import { PpsimError } from '../errors.ts';
import type { ParamRange } from '../experiment/param-range.ts';
import { METRICS } from '../model/metrics.ts';
import { parseParams, type ModelParams } from '../model/params/index.ts';
import { inThread, type AsyncExecutor, type Executor, type SyncExecutor } from './executor.ts';
import type { Collect, StudyOutput, StudyScenario, StudyTask, YearlyRun } from './task.ts';

/**
 * Receives a study's runs as they finish: in run order (the default: each run once every run
 * before it has been received), or as soon as each finishes when `ordered` is false (files per run,
 * progress, a live chart).
 */
export interface StudySink {
  readonly ordered?: boolean;
  /** Receives one finished run. */
  run(output: StudyOutput): void;
}

/** What every study takes besides its design. */
export interface StudyOptions<E extends Executor = Executor> {
  /** One replication per seed, e.g. `replicationSeeds(1, 20)`; every arm and point uses the same seeds. */
  readonly seeds: readonly number[];
  /** `'years'` (default) or `'series'` to keep every step's row as well. */
  readonly collect?: Collect;
  /** Where the runs are made (default {@link inThread}). */
  readonly executor?: E;
  /** Receivers of each run as it finishes (see {@link StudySink}). */
  readonly sinks?: readonly StudySink[];
  /** Only these runs (by number), e.g. a shard's runs not yet done; default all. */
  readonly runs?: readonly number[];
  /** Keep every output in the result (default true); false keeps memory flat, leaving the sinks to keep what they need. */
  readonly keep?: boolean;
  /** Called after each run with how many of the runs asked for are done (progress). */
  readonly onRun?: (done: number, total: number) => void;
}

/** A design: scenarios (arms), optionally varied over points of parameter ranges. */
export interface StudyDesign {
  /** The scenarios; each is run at every point. */
  readonly arms: readonly StudyScenario[];
  /** The varied parameters (none: one point, the scenarios as they are). */
  readonly ranges?: readonly Pick<ParamRange, 'path'>[];
  /** The points: one value per range, e.g. `latinHypercube(ranges, 64, stream)` or `gridDesign(ranges)`. */
  readonly points?: readonly (readonly number[])[];
  /**
   * Parameter sets drawn per replication (e.g. from a calibration): replication i runs with
   * `values[i]` on seed i, at every point and in every arm, applied after the point's values, so
   * intervals over replications cover this parameter uncertainty as well as the stochastic one.
   */
  readonly draws?: { readonly paths: readonly string[]; readonly values: readonly (readonly number[])[] };
}

/** What a study returns: every output kept, in run order. */
export interface StudyResult {
  readonly outputs: readonly StudyOutput[];
}

/** A study's answer: at once with a synchronous executor, a promise with an asynchronous one. */
export type Answer<E extends Executor, T> = E extends SyncExecutor ? T : E extends AsyncExecutor ? Promise<T> : T | Promise<T>;

/** `studyRunCount(design, seeds)`: points × arms × replications. */
export function studyRunCount(design: StudyDesign, seeds: readonly number[]): number {
  return pointsOf(design).length * design.arms.length * seeds.length;
}

/** `studyRunPlace(design, seeds, run)`: the point, arm and replication of run number `run`. */
export function studyRunPlace(design: StudyDesign, seeds: readonly number[], run: number): { readonly point: number; readonly arm: number; readonly rep: number; readonly seed: number } {
  const reps = seeds.length;
  const arms = design.arms.length;
  const rep = run % reps;
  return { point: Math.floor(run / (reps * arms)), arm: Math.floor(run / reps) % arms, rep, seed: seeds[rep] as number };
}

/**
 * `runStudy(design, options)`: makes every run of the design (or `options.runs`) with the executor,
 * feeding the sinks, and returns the outputs kept in run order.
 *
 * @example
 * const { outputs } = runStudy({ arms: [a, b], ranges, points: gridDesign(ranges) }, { seeds: replicationSeeds(1, 5) });
 */
export function runStudy<E extends Executor = SyncExecutor>(design: StudyDesign, options: StudyOptions<E>): Answer<E, StudyResult> {
  const tasks = studyTasks(design, options);
  const keep = options.keep ?? true;
  const sinks = options.sinks ?? [];
  const ordered = sinks.filter((s) => s.ordered !== false);
  const immediate = sinks.filter((s) => s.ordered === false);
  const positionOf = new Map(tasks.map((t, i) => [t.run, i]));
  const waiting = new Map<number, StudyOutput>();
  const kept: StudyOutput[] = [];
  let next = 0;
  let done = 0;
  const received = (output: StudyOutput) => {
    const at = positionOf.get(output.run);
    if (at === undefined || at < next || waiting.has(at)) {
      throw new PpsimError('invalid_state', {
        path: `run ${output.run}`,
        expected: 'a run the study asked for, once',
        received: 'an unexpected or repeated run',
        hint: "an executor must hand back each task's output exactly once",
      });
    }
    for (const sink of immediate) sink.run(output);
    waiting.set(at, output);
    // Hand the runs on in run order: each as soon as every run before it is in.
    for (let o = waiting.get(next); o !== undefined; o = waiting.get(next)) {
      waiting.delete(next);
      for (const sink of ordered) sink.run(o);
      if (keep) kept.push(o);
      next++;
    }
    done++;
    options.onRun?.(done, tasks.length);
  };
  const finish = (): StudyResult => {
    if (next !== tasks.length) {
      throw new PpsimError('invalid_state', {
        path: 'study',
        expected: `${tasks.length} runs`,
        received: `${next} in order`,
        hint: "an executor must hand back every task's output before it finishes",
      });
    }
    return { outputs: kept };
  };
  const executor: Executor = options.executor ?? inThread();
  const pending = executor.execute(tasks, received);
  return (pending instanceof Promise ? pending.then(finish) : finish()) as Answer<E, StudyResult>;
}

/** Options of {@link ensemble} and {@link compare}. */
export type EnsembleOptions<E extends Executor = Executor> = StudyOptions<E>;

/** What an ensemble returns: every replication's full years, in seed order, and the outputs. */
export interface EnsembleResult extends StudyResult {
  readonly runs: readonly YearlyRun[];
}

/**
 * `ensemble(scenario, { seeds, collect?, executor?, sinks? })`: one scenario on every seed.
 *
 * @example
 * const { runs } = ensemble({ params: parseParams() }, { seeds: replicationSeeds(1, 10) });
 * summarise(runs).metrics.needMet.mean;
 */
export function ensemble<E extends Executor = SyncExecutor>(scenario: StudyScenario, options: EnsembleOptions<E>): Answer<E, EnsembleResult> {
  return andThen(runStudy({ arms: [scenario] }, options) as StudyResult | Promise<StudyResult>, (r): EnsembleResult => ({ ...r, runs: r.outputs.map((o) => o.yearly) })) as Answer<E, EnsembleResult>;
}

/** What a comparison returns: per scenario, every replication's full years in seed order. */
export interface CompareResult extends StudyResult {
  readonly arms: readonly (readonly YearlyRun[])[];
}

/**
 * `compare(scenarios, { seeds, … })`: every scenario on the same seeds (common random numbers), so
 * replication i of each sees the same random draws and differences pair by seed (`compareRuns`).
 *
 * @example
 * const { arms: [a, b] } = compare([integrated, split], { seeds: replicationSeeds(1, 20) });
 * compareRuns(a, b).needMet; // paired difference b − a with its 95 % interval
 */
export function compare<E extends Executor = SyncExecutor>(scenarios: readonly StudyScenario[], options: EnsembleOptions<E>): Answer<E, CompareResult> {
  return andThen(
    runStudy({ arms: scenarios }, options) as StudyResult | Promise<StudyResult>,
    (r): CompareResult => ({
      ...r,
      arms: scenarios.map((_, k) => r.outputs.filter((o) => o.arm === k).map((o) => o.yearly)),
    }),
  ) as Answer<E, CompareResult>;
}

/** Options of {@link sweep}: the design's ranges and points, and what rows to make. */
export interface SweepOptions<E extends Executor = Executor> extends StudyOptions<E> {
  readonly ranges: readonly Pick<ParamRange, 'path'>[];
  readonly design: readonly (readonly number[])[];
  /** Rows per run: every full year (default) or the final full year only. */
  readonly rows?: 'years' | 'final';
}

/** A tidy table: one row per run (and year), columns `point, arm, rep, seed, year`, the parameters, then every metric. */
export interface TidyTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly number[])[];
}

/**
 * `sweep(scenarios, { ranges, design, seeds, … })`: every scenario at every point of the design on
 * the same seeds; returns the outputs and a tidy table (as Agents.jl's `paramscan`).
 *
 * @example
 * const ranges = [{ path: 'governance.controlIntensity', lo: 0, hi: 1, steps: 3 }];
 * const { table } = sweep({ params: parseParams() }, { ranges, design: gridDesign(ranges), seeds: replicationSeeds(1, 2) });
 */
export function sweep<E extends Executor = SyncExecutor>(scenarios: StudyScenario | readonly StudyScenario[], options: SweepOptions<E>): Answer<E, StudyResult & { readonly table: TidyTable }> {
  const arms = Array.isArray(scenarios) ? (scenarios as readonly StudyScenario[]) : [scenarios as StudyScenario];
  const design: StudyDesign = { arms, ranges: options.ranges, points: options.design };
  return andThen(runStudy(design, options) as StudyResult | Promise<StudyResult>, (r) => ({ ...r, table: tidyTable(design, r.outputs, options.rows ?? 'years') })) as Answer<
    E,
    StudyResult & { readonly table: TidyTable }
  >;
}

/**
 * `tidyTable(design, outputs, rows?)`: the outputs as one table, a row per run and full year (or
 * per run, its final full year): `point, arm, rep, seed, year`, the design's parameters, every metric.
 */
export function tidyTable(design: StudyDesign, outputs: readonly StudyOutput[], rows: 'years' | 'final' = 'years'): TidyTable {
  const ranges = design.ranges ?? [];
  const points = pointsOf(design);
  const columns = ['point', 'arm', 'rep', 'seed', 'year', ...ranges.map((r) => r.path), ...METRICS.map((m) => m.name)];
  const out: number[][] = [];
  for (const o of outputs) {
    const values = points[o.point] ?? [];
    const { years } = o.yearly;
    const from = rows === 'final' ? Math.max(0, years.length - 1) : 0;
    for (let i = from; i < years.length; i++) {
      out.push([o.point, o.arm, o.rep, o.seed, years[i] as number, ...values, ...METRICS.map((m) => (o.yearly.values[m.name] as readonly number[])[i] as number)]);
    }
  }
  return { columns, rows: out };
}

/** The tasks of a design, in run order (only `options.runs` when given). */
export function studyTasks(design: StudyDesign, options: Pick<StudyOptions, 'seeds' | 'collect' | 'runs'>): StudyTask[] {
  const points = pointsOf(design);
  const total = studyRunCount(design, options.seeds);
  if (design.arms.length === 0) throw new PpsimError('invalid_argument', { path: 'study(arms)', expected: 'at least one scenario', received: 0, hint: 'pass the scenario(s) to run' });
  if (options.seeds.length === 0) throw new PpsimError('invalid_argument', { path: 'study(seeds)', expected: 'at least one seed', received: 0, hint: 'e.g. seeds: replicationSeeds(1, 10)' });
  const runs = options.runs ?? Array.from({ length: total }, (_, i) => i);
  // Parameters per point and arm are made once and shared by the point's replications.
  const draws = design.draws;
  if (draws !== undefined && draws.values.length !== options.seeds.length) {
    throw new PpsimError('invalid_argument', {
      path: 'study(design.draws.values)',
      expected: `one parameter set per seed (${options.seeds.length})`,
      received: draws.values.length,
      hint: 'draw one set per replication',
    });
  }
  // Parameters per point, arm (and replication, with draws) are made once and shared.
  const params = new Map<number, ModelParams>();
  const paramsAt = (point: number, arm: number, rep: number): ModelParams => {
    const key = (point * design.arms.length + arm) * (draws === undefined ? 1 : options.seeds.length) + (draws === undefined ? 0 : rep);
    let p = params.get(key);
    if (p === undefined) {
      const base = (design.arms[arm] as StudyScenario).params;
      const values = points[point] as readonly number[];
      const patches = [
        ...(design.ranges ?? []).map((range, k) => ({ path: range.path, value: values[k] })),
        ...(draws === undefined ? [] : draws.paths.map((path, k) => ({ path, value: (draws.values[rep] as readonly number[])[k] }))),
      ];
      p = patches.length === 0 ? base : parseParams(base, patches);
      params.set(key, p);
    }
    return p;
  };
  return runs.map((run): StudyTask => {
    if (!Number.isSafeInteger(run) || run < 0 || run >= total) {
      throw new PpsimError('invalid_argument', { path: 'study(runs)', expected: `run numbers from 0 to ${total - 1}`, received: run, hint: 'pass runs of this design only' });
    }
    const place = studyRunPlace(design, options.seeds, run);
    return { run, ...place, params: paramsAt(place.point, place.arm, place.rep), timeline: (design.arms[place.arm] as StudyScenario).timeline ?? [], collect: options.collect ?? 'years' };
  });
}

function pointsOf(design: StudyDesign): readonly (readonly number[])[] {
  return design.points ?? [[]];
}

/**
 * `andThen(answer, f)`: `f` of a study's answer, at once when the answer is there, or a promise of
 * it when the answer is a promise (an asynchronous executor). For code that works with either.
 *
 * @example andThen(ensemble(scenario, { seeds, executor }), (r) => summarise(r.runs))
 */
export function andThen<T, U>(value: T | Promise<T>, f: (t: T) => U | Promise<U>): U | Promise<U> {
  return value instanceof Promise ? value.then(f) : f(value);
}
