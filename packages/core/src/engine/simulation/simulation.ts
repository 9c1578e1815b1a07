import { createClock, type Clock, type ClockOptions } from '../clock/index.ts';
import type { Population } from '../population/index.ts';
import { createRng, type RandomStream, type Rng, type Seed } from '../rng/index.ts';
import type { AgentPhase, ModelDefinition, Phase, SimulationOptions, StepContext } from './types.ts';

const DEFAULT_CLOCK: ClockOptions = { start: '2000-01-03', unit: 'week' };

/** The mutable context handed to phases; one per simulation. */
class MutableStepContext implements StepContext {
  step = 0;
  year = 0;
  constructor(
    readonly clock: Clock,
    readonly rng: Rng,
  ) {}
}

/**
 * One running instance of a model: its state, random streams, calendar and step counter.
 * Create with {@link createSimulation}; evolve with {@link step}; evolve and observe with `run`.
 */
export class Simulation<P, S> {
  readonly model: ModelDefinition<P, S>;
  readonly params: P;
  readonly seed: Seed;
  readonly rng: Rng;
  readonly clock: Clock;
  readonly state: S;
  readonly populations: readonly Population[];
  #steps = 0;
  readonly #ctx: MutableStepContext;
  /** The activation-order stream of each phase (undefined for phases that need none). */
  readonly #orderStreams: readonly (RandomStream | undefined)[];

  constructor(model: ModelDefinition<P, S>, options: SimulationOptions<P>) {
    this.model = model;
    this.params = options.params;
    this.seed = options.seed;
    this.rng = createRng(options.seed);
    this.clock = createClock(options.clock ?? model.clock ?? DEFAULT_CLOCK);
    this.state = model.setup(options.params, { rng: this.rng, clock: this.clock, seed: options.seed });
    this.populations = model.populations(this.state);
    this.#ctx = new MutableStepContext(this.clock, this.rng);
    this.#orderStreams = model.phases.map((phase) => ('agent' in phase && phase.order === 'random' ? this.rng.stream(`order/${phase.name}`) : undefined));
  }

  /** Steps executed so far; also the index of the next step. */
  get stepsTaken(): number {
    return this.#steps;
  }

  /** Executes exactly one step: every phase in order, then the populations' end-of-step commit. */
  advance(): void {
    const ctx = this.#ctx;
    ctx.step = this.#steps;
    ctx.year = this.clock.yearOf(this.#steps);
    const phases = this.model.phases;
    for (let i = 0; i < phases.length; i++) {
      const phase = phases[i] as Phase<S>;
      if ('run' in phase) phase.run(this.state, ctx);
      else runAgentPhase(phase, this.state, ctx, this.#orderStreams[i]);
    }
    const pops = this.populations;
    for (let i = 0; i < pops.length; i++) (pops[i] as Population).commit();
    this.#steps++;
  }

  /** The context of the step last executed (for observers). */
  get context(): StepContext {
    return this.#ctx;
  }
}

function runAgentPhase<S>(phase: AgentPhase<S>, state: S, ctx: StepContext, order: RandomStream | undefined): void {
  const pop = phase.population(state);
  const slots = pop.activeSlots();
  if (order !== undefined) order.shuffle(slots);
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i] as number;
    // An agent removed earlier in this phase is skipped; its slot is not reused before commit().
    // `pop.alive` is read each time because an add() in the phase may reallocate it.
    if (pop.alive[slot] === 1) phase.agent(slot, state, ctx);
  }
}

/**
 * Creates a simulation of `model` with the given parameters, seed and calendar, and runs its setup.
 *
 * @example
 * const sim = createSimulation(waitingListModel, { params: defaultWaitingListParams, seed: 1 });
 * step(sim, 52); // one year of weekly steps
 */
export function createSimulation<P, S>(model: ModelDefinition<P, S>, options: SimulationOptions<P>): Simulation<P, S> {
  return new Simulation(model, options);
}

/**
 * Evolves `sim` by exactly `n` steps (default 1) without observing anything.
 * @returns the simulation, for chaining
 */
export function step<P, S>(sim: Simulation<P, S>, n = 1): Simulation<P, S> {
  for (let i = 0; i < n; i++) sim.advance();
  return sim;
}
