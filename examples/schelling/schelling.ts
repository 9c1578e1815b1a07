// Schelling's segregation model with the rules and sizes of the public ABM framework comparison
// (JuliaDynamics/ABMFrameworksComparison): a finite (not periodic) grid, one agent per cell, two
// groups of equal size. Every step each agent, in random order, counts the agents of its own group
// within Chebyshev radius r; with at least `minSimilar` of them it is happy, otherwise it moves to
// a uniformly random empty cell. The comparison's benchmark runs 20 steps.
//
// Written the way the engine intends: agents in a struct-of-arrays population, the grid in typed
// arrays, and nothing allocated per agent per step.
import { PpsimError, createPopulation, createSimulation, run, type ModelDefinition, type Population, type RandomStream, type RunResult } from '@ppsim/core';

/** Grid size, population and happiness rule. */
export interface SchellingParams {
  readonly width: number;
  readonly height: number;
  /** Agents, half in group 1 and half in group 2; fewer than width × height. */
  readonly agents: number;
  /** Chebyshev radius of the neighbourhood: 1 is the 8 surrounding cells, 2 the 24 within two. */
  readonly radius: number;
  /** Neighbours of the agent's own group it needs to be happy. */
  readonly minSimilar: number;
}

/** The comparison's small configuration: 40×40, 1,000 agents, radius 1, at least 3 similar. */
export const schellingSmall: SchellingParams = Object.freeze({ width: 40, height: 40, agents: 1000, radius: 1, minSimilar: 3 });
/** The comparison's large configuration: 100×100, 8,000 agents, radius 2, at least 8 similar. */
export const schellingLarge: SchellingParams = Object.freeze({ width: 100, height: 100, agents: 8000, radius: 2, minSimilar: 8 });
/** Steps the comparison runs. */
export const SCHELLING_STEPS = 20;

/** The residents: where each lives, its group (1 or 2), and whether it was happy at its last turn. */
export type Residents = Population<{ cell: 'i32'; group: 'u8'; happy: 'u8' }>;

/** The state of a run. Cells are numbered x + width · y. */
export interface SchellingState {
  readonly params: SchellingParams;
  readonly residents: Residents;
  /**
   * What each cell holds, as a code: 0 empty, 1 for an agent of group 1, 64 for group 2. Summing
   * the codes over a neighbourhood counts both groups at once (ones in the low 6 bits, group 2
   * above them), with no branch per cell: a data-dependent branch per cell would be mispredicted
   * about half the time and cost more than the sum.
   */
  readonly codeAt: Uint8Array;
  /** The empty cells, in no particular order. A move swaps its destination for the cell it leaves. */
  readonly emptyCells: Int32Array;
  readonly emptyCount: number;
  /** Draws the destination of each move. */
  readonly relocation: RandomStream;
}

/** Cell code of each group (index 1 and 2); see `SchellingState.codeAt`. */
const CODE = Uint8Array.of(0, 1, 64);
/** A radius-3 ball holds 49 cells, so a count fits the 6 bits the codes give each group; radius 4 would not. */
const MAX_RADIUS = 3;

function checkRadius(path: string, radius: number): void {
  if (!(Number.isInteger(radius) && radius >= 1 && radius <= MAX_RADIUS)) {
    throw new PpsimError('invalid_argument', {
      path,
      expected: `a whole number from 1 to ${MAX_RADIUS}`,
      received: radius,
      hint: 'use 1 (the 8 surrounding cells) or 2 (the 24 within two), as the comparison does',
    });
  }
}

/** Agents of `group` in the Chebyshev ball of radius r around (x, y), the cell itself excluded. */
function similarNeighbours(codeAt: Uint8Array, width: number, height: number, x: number, y: number, r: number, group: number): number {
  const x0 = x > r ? x - r : 0;
  const x1 = x + r < width ? x + r : width - 1;
  const y0 = y > r ? y - r : 0;
  const y1 = y + r < height ? y + r : height - 1;
  let sum = 0;
  for (let ny = y0; ny <= y1; ny++) {
    const row = ny * width;
    for (let nx = x0; nx <= x1; nx++) sum += codeAt[row + nx] as number;
  }
  // The agent's own cell is in the sum: take it back out.
  return (group === 1 ? sum & 63 : sum >> 6) - 1;
}

/**
 * `happyShareOfGrid(groupAt, params): number` — share of agents with at least `minSimilar`
 * neighbours of their own group, recounted from a grid of groups (0 = empty). Framework-neutral:
 * the peer implementations in bench/peers export their final grid and are scored by this function.
 * @example happyShareOfGrid(groupsOf(sim.state), schellingSmall); // e.g. 0.93
 */
export function happyShareOfGrid(groupAt: ArrayLike<number>, params: SchellingParams): number {
  const { width, height, radius } = params;
  checkRadius('happyShareOfGrid(params.radius)', radius);
  const codes = Uint8Array.from(groupAt, (g) => CODE[g] as number);
  let agents = 0;
  let happy = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const group = groupAt[x + width * y] as number;
      if (group === 0) continue;
      agents++;
      if (similarNeighbours(codes, width, height, x, y, radius, group) >= params.minSimilar) happy++;
    }
  }
  return agents === 0 ? 0 : happy / agents;
}

/** `groupsOf(state): Uint8Array` — the group in each cell (1 or 2), 0 where empty: a copy. */
export function groupsOf(s: SchellingState): Uint8Array {
  return Uint8Array.from(s.codeAt, (code) => (code === 0 ? 0 : code === 1 ? 1 : 2));
}

/** Schelling's model: one agent phase in random order (the engine shuffles with `order/relocation`). */
export const schellingModel: ModelDefinition<SchellingParams, SchellingState> = {
  name: 'schelling',
  setup(params, { rng }) {
    checkRadius('schellingModel(params.radius)', params.radius);
    const cells = params.width * params.height;
    if (!(Number.isInteger(params.agents) && params.agents >= 1 && params.agents < cells)) {
      throw new PpsimError('invalid_argument', {
        path: 'schellingModel(params.agents)',
        expected: `a whole number from 1 to ${cells - 1} (at least one cell must stay empty)`,
        received: params.agents,
        hint: 'leave cells free to move to, e.g. 1,000 agents on 40 × 40 as the comparison does',
      });
    }
    const residents: Residents = createPopulation({ name: 'residents', fields: { cell: 'i32', group: 'u8', happy: 'u8' }, capacity: params.agents });
    const codeAt = new Uint8Array(cells);
    // A random arrangement of all cells: the first `agents` get residents, the rest start empty.
    const order = new Int32Array(cells);
    for (let c = 0; c < cells; c++) order[c] = c;
    rng.stream('placement').shuffle(order);
    for (let i = 0; i < params.agents; i++) {
      const slot = residents.add();
      const cell = order[i] as number;
      const group = i < params.agents / 2 ? 1 : 2;
      residents.columns.cell[slot] = cell;
      residents.columns.group[slot] = group;
      codeAt[cell] = CODE[group] as number;
    }
    return { params, residents, codeAt, emptyCells: order.slice(params.agents), emptyCount: cells - params.agents, relocation: rng.stream('relocation') };
  },
  phases: [
    {
      name: 'relocation',
      population: (s) => s.residents,
      order: 'random',
      agent(slot, s) {
        const { width, height, radius, minSimilar } = s.params;
        const { cell: cellOf, group: groupOf, happy } = s.residents.columns;
        const cell = cellOf[slot] as number;
        const group = groupOf[slot] as number;
        const y = (cell / width) | 0;
        if (similarNeighbours(s.codeAt, width, height, cell - y * width, y, radius, group) >= minSimilar) {
          happy[slot] = 1;
          return;
        }
        happy[slot] = 0;
        // Move to a uniformly random empty cell; the cell left behind takes its place in the list.
        const k = s.relocation.int(s.emptyCount);
        const target = s.emptyCells[k] as number;
        s.emptyCells[k] = cell;
        s.codeAt[target] = s.codeAt[cell] as number;
        s.codeAt[cell] = 0;
        cellOf[slot] = target;
      },
    },
  ],
  populations: (s) => [s.residents],
};

/** Share of agents happy now (recounted, not read from the flags of their last turn). */
export const happyShare = (s: SchellingState): number => happyShareOfGrid(groupsOf(s), s.params);

/**
 * `schellingRun(params, seed, steps = 20): RunResult` — one run observed every step: the share of
 * happy agents after each step is `result.table.series.happy`.
 */
export function schellingRun(params: SchellingParams, seed: number, steps = SCHELLING_STEPS): RunResult {
  const sim = createSimulation(schellingModel, { params, seed });
  return run(sim, { until: steps, collect: { model: { happy: happyShare } } });
}

/**
 * `schellingExample(seeds = 10)` — both configurations, seeds 1…n: the share happy at the start
 * (after step 1) and after 20 steps, averaged over the seeds.
 */
export function schellingExample(seeds = 10) {
  const summarise = (params: SchellingParams) => {
    let first = 0;
    let last = 0;
    for (let seed = 1; seed <= seeds; seed++) {
      const happy = schellingRun(params, seed).table.series.happy as Float64Array;
      first += happy[0] as number;
      last += happy[SCHELLING_STEPS - 1] as number;
    }
    return { afterFirstStep: first / seeds, afterLastStep: last / seeds };
  };
  return { small: summarise(schellingSmall), large: summarise(schellingLarge) };
}
