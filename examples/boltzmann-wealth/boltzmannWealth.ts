// The Boltzmann wealth model as Mesa benchmarks it (mesa/benchmarks: 100 agents on 10×10 for
// 125 steps, 10,000 agents on 100×100 for 10 steps). Agents start with 1 unit of wealth on random
// cells of a toroidal grid (several may share a cell). Every step each agent, in random order,
// moves to one of the 8 surrounding cells at random; then, if it has wealth, it gives 1 unit to an
// agent drawn at random from the others on its new cell (if there are any). Wealth is conserved
// and its distribution grows unequal: the Gini coefficient rises from 0.
//
// Written the way the engine intends: agents in a struct-of-arrays population, the cells' occupants
// as intrusive linked lists in typed arrays, nothing allocated per agent per step.
import { createPopulation, createSimulation, run, type ModelDefinition, type Population, type RandomStream, type RunResult } from '@ppsim/core';

/** Grid size, population and steps. */
export interface BoltzmannParams {
  readonly width: number;
  readonly height: number;
  readonly agents: number;
  /** Steps of the Mesa benchmark configuration (not read by the model: pass it to `run`/`step`). */
  readonly steps: number;
}

/** Mesa's small configuration: 100 agents on 10×10, 125 steps. */
export const boltzmannSmall: BoltzmannParams = Object.freeze({ width: 10, height: 10, agents: 100, steps: 125 });
/** Mesa's large configuration: 10,000 agents on 100×100, 10 steps. */
export const boltzmannLarge: BoltzmannParams = Object.freeze({ width: 100, height: 100, agents: 10_000, steps: 10 });

/** Each trader's cell and wealth, and its links in the list of its cell's occupants. */
export type Traders = Population<{ cell: 'i32'; wealth: 'i32'; next: 'i32'; prev: 'i32' }>;

/** The state of a run. Cells are numbered x + width · y. */
export interface BoltzmannState {
  readonly params: BoltzmannParams;
  readonly traders: Traders;
  /** First occupant of each cell (a slot), −1 when empty. */
  readonly head: Int32Array;
  /** Occupants of each cell. */
  readonly occupants: Int32Array;
  /** Picks the neighbouring cell of each move. */
  readonly movement: RandomStream;
  /** Picks the cellmate who receives. */
  readonly exchange: RandomStream;
}

// The 8 Moore offsets, as (dx, dy) pairs.
const DX = Int32Array.of(-1, 0, 1, -1, 1, -1, 0, 1);
const DY = Int32Array.of(-1, -1, -1, 0, 0, 1, 1, 1);

function link(s: BoltzmannState, slot: number, cell: number): void {
  const { next, prev, cell: cellOf } = s.traders.columns;
  const first = s.head[cell] as number;
  next[slot] = first;
  prev[slot] = -1;
  if (first !== -1) prev[first] = slot;
  s.head[cell] = slot;
  s.occupants[cell] = (s.occupants[cell] as number) + 1;
  cellOf[slot] = cell;
}

function unlink(s: BoltzmannState, slot: number, cell: number): void {
  const { next, prev } = s.traders.columns;
  const before = prev[slot] as number;
  const after = next[slot] as number;
  if (before === -1) s.head[cell] = after;
  else next[before] = after;
  if (after !== -1) prev[after] = before;
  s.occupants[cell] = (s.occupants[cell] as number) - 1;
}

/** The Boltzmann wealth model: one agent phase in random order (shuffled with `order/trade`). */
export const boltzmannModel: ModelDefinition<BoltzmannParams, BoltzmannState> = {
  name: 'boltzmann-wealth',
  setup(params, { rng }) {
    const cells = params.width * params.height;
    const traders: Traders = createPopulation({ name: 'traders', fields: { cell: 'i32', wealth: 'i32', next: 'i32', prev: 'i32' }, capacity: params.agents });
    const state: BoltzmannState = {
      params,
      traders,
      head: new Int32Array(cells).fill(-1),
      occupants: new Int32Array(cells),
      movement: rng.stream('movement'),
      exchange: rng.stream('exchange'),
    };
    const placement = rng.stream('placement');
    for (let i = 0; i < params.agents; i++) {
      const slot = traders.add();
      traders.columns.wealth[slot] = 1;
      link(state, slot, placement.int(cells));
    }
    return state;
  },
  phases: [
    {
      name: 'trade',
      population: (s) => s.traders,
      order: 'random',
      agent(slot, s) {
        const { width, height } = s.params;
        const { cell: cellOf, wealth, next } = s.traders.columns;
        // Move to one of the 8 surrounding cells; the grid wraps at its edges.
        const from = cellOf[slot] as number;
        const y = (from / width) | 0;
        const d = s.movement.int(8);
        let nx = from - y * width + (DX[d] as number);
        let ny = y + (DY[d] as number);
        if (nx < 0) nx += width;
        else if (nx >= width) nx -= width;
        if (ny < 0) ny += height;
        else if (ny >= height) ny -= height;
        const to = nx + width * ny;
        unlink(s, slot, from);
        link(s, slot, to);
        // Give 1 unit to a random other agent on the new cell. The mover is its list's head.
        const others = (s.occupants[to] as number) - 1;
        if ((wealth[slot] as number) > 0 && others > 0) {
          let other = next[slot] as number;
          for (let k = s.exchange.int(others); k > 0; k--) other = next[other] as number;
          wealth[other] = (wealth[other] as number) + 1;
          wealth[slot] = (wealth[slot] as number) - 1;
        }
      },
    },
  ],
  populations: (s) => [s.traders],
};

/**
 * `giniOf(values: ArrayLike<number>): number` — the Gini coefficient of non-negative values
 * (0 = all equal, → 1 = one holds everything), computed as Mesa's example does from the sorted values.
 * Framework-neutral: the peer implementations in bench/peers are scored by this function.
 * @example giniOf([1, 1, 1, 1]); // 0
 */
export function giniOf(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    total += sorted[i] as number;
    weighted += (sorted[i] as number) * (n - i);
  }
  if (n === 0 || total === 0) return 0;
  return 1 + 1 / n - (2 * weighted) / (n * total);
}

/** The Gini coefficient of the traders' wealth now. */
export function wealthGini(s: BoltzmannState): number {
  return giniOf(s.traders.columns.wealth.subarray(0, s.traders.slotCount));
}

/**
 * `boltzmannRun(params, seed, steps = params.steps): RunResult` — one run observed every step: the
 * Gini coefficient of wealth after each step is `result.table.series.gini`.
 */
export function boltzmannRun(params: BoltzmannParams, seed: number, steps = params.steps): RunResult {
  const sim = createSimulation(boltzmannModel, { params, seed });
  return run(sim, { until: steps, collect: { model: { gini: wealthGini } } });
}

/** `boltzmannExample(seeds = 10)` — both configurations, seeds 1…n: the final Gini coefficient, averaged. */
export function boltzmannExample(seeds = 10) {
  const summarise = (params: BoltzmannParams) => {
    let gini = 0;
    for (let seed = 1; seed <= seeds; seed++) gini += (boltzmannRun(params, seed).table.series.gini as Float64Array).at(-1) as number;
    return { finalGini: gini / seeds };
  };
  return { small: summarise(boltzmannSmall), large: summarise(boltzmannLarge) };
}
