import { PpsimError } from '../../errors.ts';
import type { ClockOptions } from '../clock/index.ts';
import type { AnyColumn, Population } from '../population/index.ts';
import type { Seed } from '../rng/index.ts';
import { MemorySink, TeeSink, type AgentSnapshot, type SeriesTable, type Sink } from './sink.ts';
import { createSimulation, type Simulation } from './simulation.ts';
import type { ModelDefinition, StepContext } from './types.ts';

/** A model-level measurement taken after every step. */
export type Reporter<S> = (state: S, ctx: StepContext) => number;

/** Agent attributes to snapshot every `every` steps (after the step). */
export interface AgentCollect {
  /** Population name, as given to `createPopulation`. */
  readonly population: string;
  /** Attributes to copy (default: all). */
  readonly fields?: readonly string[];
  /** Snapshot after every `every`-th step of the run (counting from 1): 52 means after steps 52, 104, … */
  readonly every: number;
}

/** What to observe, declared at the call site. */
export interface CollectSpec<S> {
  /** Model-level series: name → reporter. */
  readonly model?: Readonly<Record<string, Reporter<S>>>;
  /** Agent-level snapshots. */
  readonly agents?: readonly AgentCollect[];
  /** Extra sinks fed as rows are produced, e.g. the CLI's CSV and NDJSON writers. */
  readonly sinks?: readonly Sink[];
  /** Keep rows and snapshots in memory for the result (default true). False keeps memory flat. */
  readonly memory?: boolean;
}

/** Options of {@link run}. */
export interface RunOptions<S> {
  /** Exactly this many steps, or up to (not including) the step that contains this ISO date. */
  readonly until: number | string;
  readonly collect?: CollectSpec<S>;
}

/** What {@link run} returns. `table` and `snapshots` are empty when `collect.memory` is false. */
export interface RunResult {
  readonly model: string;
  readonly seed: Seed;
  readonly clock: ClockOptions;
  /** Steps executed by this call. */
  readonly steps: number;
  readonly table: SeriesTable;
  readonly snapshots: readonly AgentSnapshot[];
}

/**
 * Evolves `sim` by exactly `until` steps (or until a date) and collects what `collect` asks for:
 * one row per executed step, taken after the step, and agent snapshots every k steps.
 *
 * @example
 * const result = run(sim, { until: 520, collect: { model: { waiting: (s) => s.applicants.size } } });
 * result.table.series.waiting.length; // 520
 */
export function run<P, S>(sim: Simulation<P, S>, options: RunOptions<S>): RunResult {
  const steps = resolveUntil(sim, options.until);
  const reporters = Object.entries(options.collect?.model ?? {});
  const agentSpecs = (options.collect?.agents ?? []).map((spec, i) => resolveAgentCollect(sim, spec, i));
  const memory = options.collect?.memory === false ? undefined : new MemorySink();
  const sinks = [...(memory === undefined ? [] : [memory]), ...(options.collect?.sinks ?? [])];
  const sink = sinks.length === 1 ? (sinks[0] as Sink) : new TeeSink(sinks);
  const clock: ClockOptions = { start: sim.clock.start, unit: sim.clock.unit };
  sink.begin({ model: sim.model.name, seed: sim.seed, columns: reporters.map(([name]) => name), clock, firstStep: sim.stepsTaken });
  const values = new Float64Array(reporters.length);
  for (let i = 1; i <= steps; i++) {
    sim.advance();
    const ctx = sim.context;
    for (let c = 0; c < reporters.length; c++) values[c] = (reporters[c] as [string, Reporter<S>])[1](sim.state, ctx);
    sink.row(ctx.step, ctx.year, values);
    for (const spec of agentSpecs) if (i % spec.every === 0) sink.snapshot(takeSnapshot(spec.population, spec.fields, ctx.step));
  }
  sink.end();
  return {
    model: sim.model.name,
    seed: sim.seed,
    clock,
    steps,
    table: memory?.table() ?? { step: new Int32Array(0), year: new Int32Array(0), series: {} },
    snapshots: memory?.snapshots ?? [],
  };
}

/** Options of {@link replicate}. */
export interface ReplicateOptions<P, S> extends RunOptions<S> {
  readonly params: P;
  /** One run per seed. Use `replicationSeeds(master, n)` for a reproducible list. */
  readonly seeds: readonly Seed[];
  readonly clock?: ClockOptions;
  /** Extra sinks for each replication, e.g. one CSV writer shared by all runs. */
  readonly sinks?: (seed: Seed, index: number) => readonly Sink[];
  /** Called after each replication with how many are done and how many there are (progress). */
  readonly onRun?: (done: number, total: number) => void;
}

/**
 * Runs `model` once per seed, from a fresh setup each time, and returns one {@link RunResult} per
 * seed in seed order. Two calls with the same seeds and different parameters share their random
 * streams (common random numbers), so their differences can be paired.
 *
 * @example
 * const runs = replicate(waitingListModel, { params, seeds: replicationSeeds(1, 30), until: 520, collect });
 */
export function replicate<P, S>(model: ModelDefinition<P, S>, options: ReplicateOptions<P, S>): RunResult[] {
  return options.seeds.map((seed, index) => {
    const sim = createSimulation(model, {
      params: options.params,
      seed,
      ...(options.clock === undefined ? {} : { clock: options.clock }),
    });
    const sinks = options.sinks?.(seed, index);
    const collect = sinks === undefined ? options.collect : { ...options.collect, sinks: [...(options.collect?.sinks ?? []), ...sinks] };
    const result = run(sim, { until: options.until, ...(collect === undefined ? {} : { collect }) });
    options.onRun?.(index + 1, options.seeds.length);
    return result;
  });
}

function resolveUntil<P, S>(sim: Simulation<P, S>, until: number | string): number {
  if (typeof until === 'number') {
    if (!Number.isSafeInteger(until) || until < 0) {
      throw new PpsimError('invalid_argument', {
        path: 'run(until)',
        expected: 'a whole number of steps ≥ 0 or an ISO date',
        received: until,
        hint: 'e.g. until: 520 for ten years of weekly steps',
      });
    }
    return until;
  }
  const target = sim.clock.stepsUntil(until);
  if (target < sim.stepsTaken) {
    throw new PpsimError('invalid_date', {
      path: 'run(until)',
      expected: `a date after the current step's date ${sim.clock.dateOf(sim.stepsTaken)}`,
      received: until,
      hint: 'pass a later date, or a number of steps',
    });
  }
  return target - sim.stepsTaken;
}

interface ResolvedAgentCollect {
  readonly population: Population;
  readonly fields: readonly string[];
  readonly every: number;
}

function resolveAgentCollect<P, S>(sim: Simulation<P, S>, spec: AgentCollect, index: number): ResolvedAgentCollect {
  const population = sim.populations.find((p) => p.name === spec.population);
  const known = sim.populations.map((p) => p.name);
  if (population === undefined) {
    throw new PpsimError('invalid_argument', {
      path: `collect.agents[${index}].population`,
      expected: `one of ${known.map((n) => `"${n}"`).join(', ')}`,
      received: spec.population,
      hint: 'use the name given to createPopulation',
    });
  }
  const fields = spec.fields ?? population.fieldNames;
  for (const field of fields) {
    if (!population.fieldNames.includes(field)) {
      throw new PpsimError('invalid_argument', {
        path: `collect.agents[${index}].fields`,
        expected: `attributes of "${population.name}": ${population.fieldNames.join(', ')}`,
        received: field,
        hint: 'omit fields to snapshot every attribute',
      });
    }
  }
  if (!Number.isSafeInteger(spec.every) || spec.every < 1) {
    throw new PpsimError('invalid_argument', {
      path: `collect.agents[${index}].every`,
      expected: 'a whole number of steps ≥ 1',
      received: spec.every,
      hint: 'e.g. every: 52 for a yearly snapshot with weekly steps',
    });
  }
  return { population, fields, every: spec.every };
}

function takeSnapshot(pop: Population, fields: readonly string[], step: number): AgentSnapshot {
  const slots = pop.activeSlots();
  const ids = new Int32Array(slots.length);
  for (let i = 0; i < slots.length; i++) ids[i] = pop.ids[slots[i] as number] as number;
  const out: Record<string, AnyColumn> = {};
  for (const field of fields) {
    const column = pop.columns[field] as AnyColumn;
    const copy = new (column.constructor as new (n: number) => AnyColumn)(slots.length);
    for (let i = 0; i < slots.length; i++) copy[i] = column[slots[i] as number] as number;
    out[field] = copy;
  }
  return { step, population: pop.name, ids, fields: out };
}
