import type { Clock, ClockOptions } from '../clock/index.ts';
import type { Population } from '../population/index.ts';
import type { Rng, Seed } from '../rng/index.ts';

/**
 * What a phase sees each step. One object per simulation, updated in place before every step,
 * so stepping allocates nothing.
 */
export interface StepContext {
  /** Index of the step being executed: 0 for the first step after setup. */
  readonly step: number;
  /** Calendar year in which this step starts. */
  readonly year: number;
  /** The calendar. `clock.dateOf(ctx.step)` gives the ISO date of this step. */
  readonly clock: Clock;
  /** The simulation's named random streams. Draw from the stream of your mechanism, never another's. */
  readonly rng: Rng;
}

/** What `setup` sees: the random streams and the calendar (step 0 has not run yet). */
export interface SetupContext {
  readonly rng: Rng;
  readonly clock: Clock;
  readonly seed: Seed;
}

/** A phase that runs once per step over the whole state. */
export interface SystemPhase<S> {
  readonly name: string;
  /** Runs once per step over the whole state; `ctx` holds the step, year, clock and random streams. */
  run(state: S, ctx: StepContext): void;
}

/**
 * A phase that visits every live agent of one population, in slot order or in a random order
 * shuffled by the phase's own stream (`order/<phase name>`), so that the order never shifts the
 * draws of any mechanism.
 * Agents added during the phase are not visited; agents removed before their turn are skipped.
 */
export interface AgentPhase<S> {
  readonly name: string;
  /** The population whose live agents the phase visits. */
  readonly population: (state: S) => Population;
  readonly order: 'slot' | 'random';
  /** Runs once per step for each live agent, given its slot in the population. */
  agent(slot: number, state: S, ctx: StepContext): void;
}

/** One step of the pipeline. Phases run in the order given, every step. */
export type Phase<S> = SystemPhase<S> | AgentPhase<S>;

/**
 * A model: how to build its state from parameters, and the phases that evolve it.
 * @typeParam P parameters (frozen by the caller)
 * @typeParam S state (owned by the simulation)
 */
export interface ModelDefinition<P, S> {
  /** Name carried into results and provenance. */
  readonly name: string;
  /** Builds the initial state. Draw only from named streams of `ctx.rng`. */
  setup(params: P, ctx: SetupContext): S;
  /** Phases, in execution order. */
  readonly phases: readonly Phase<S>[];
  /** The populations of a state, for end-of-step bookkeeping and agent snapshots. */
  populations(state: S): readonly Population[];
  /** Calendar used when a simulation does not give one (default: weekly from 2000-01-03). */
  readonly clock?: ClockOptions;
}

/** Options of `createSimulation`. */
export interface SimulationOptions<P> {
  readonly params: P;
  readonly seed: Seed;
  /** Calendar (default: the model's, else weekly from 2000-01-03). */
  readonly clock?: ClockOptions;
}
