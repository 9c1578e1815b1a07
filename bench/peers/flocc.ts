/**
 * Schelling and Boltzmann wealth in Flocc 0.7, written as a Flocc user would: `Agent`s with data
 * read through `get`/`set`, a `tick` rule per agent, `environment.tick({ randomizeOrder: true })`
 * for a random activation order each step, and Flocc's seeded `utils.random`/`utils.shuffle`.
 * Flocc 0.7 exports no grid of agents (its `Terrain` holds cell values and always wraps), so the
 * model keeps the occupants of the cells in plain arrays.
 * Rules as in examples/schelling and examples/boltzmann-wealth.
 */
import { Agent, Environment, utils } from 'flocc';
import type { SchellingParams } from '../../examples/schelling/schelling.ts';
import type { BoltzmannParams } from '../../examples/boltzmann-wealth/boltzmannWealth.ts';
import type { BoltzmannRun, Framework, SchellingRun } from './types.ts';

const TICK = { randomizeOrder: true } as const;

function schelling(params: SchellingParams, seed: number): SchellingRun {
  utils.seed(seed);
  const { width, height } = params;
  const environment = new Environment({ torus: false, width, height });
  environment.set({ radius: params.radius, minSimilar: params.minSimilar });
  const occupant: (Agent | null)[] = new Array<Agent | null>(width * height).fill(null);
  const cells = utils.shuffle(Array.from({ length: width * height }, (_, i) => i));
  const empty = cells.slice(params.agents);

  const tick = (agent: Agent) => {
    const radius = environment.get('radius') as number;
    const x = agent.get('x') as number;
    const y = agent.get('y') as number;
    const group = agent.get('group') as number;
    let similar = 0;
    for (let ny = Math.max(0, y - radius); ny <= Math.min(height - 1, y + radius); ny++) {
      for (let nx = Math.max(0, x - radius); nx <= Math.min(width - 1, x + radius); nx++) {
        const other = occupant[nx + width * ny];
        if (other && other !== agent && other.get('group') === group) similar++;
      }
    }
    if (similar >= (environment.get('minSimilar') as number)) {
      agent.set('happy', true);
      return;
    }
    // Move to a random empty cell; the cell left behind takes its place in the list.
    const k = utils.random(0, empty.length - 1);
    const target = empty[k] as number;
    empty[k] = x + width * y;
    occupant[x + width * y] = null;
    occupant[target] = agent;
    agent.set({ x: target % width, y: Math.floor(target / width), happy: false });
  };

  for (let i = 0; i < params.agents; i++) {
    const cell = cells[i] as number;
    const agent = new Agent({ x: cell % width, y: Math.floor(cell / width), group: i < params.agents / 2 ? 1 : 2, happy: false, tick });
    environment.addAgent(agent);
    occupant[cell] = agent;
  }
  return {
    step: (n) => {
      for (let i = 0; i < n; i++) environment.tick(TICK);
    },
    groups: () => Uint8Array.from(occupant, (a) => (a ? (a.get('group') as number) : 0)),
  };
}

const DX = [-1, 0, 1, -1, 1, -1, 0, 1];
const DY = [-1, -1, -1, 0, 0, 1, 1, 1];

function boltzmann(params: BoltzmannParams, seed: number): BoltzmannRun {
  utils.seed(seed);
  const { width, height } = params;
  const environment = new Environment({ torus: true, width, height });
  const here: Agent[][] = Array.from({ length: width * height }, () => []);

  const tick = (agent: Agent) => {
    // Move to one of the 8 surrounding cells; the grid wraps.
    const d = utils.random(0, 7);
    const x = agent.get('x') as number;
    const y = agent.get('y') as number;
    const nx = (x + (DX[d] as number) + width) % width;
    const ny = (y + (DY[d] as number) + height) % height;
    const from = here[x + width * y] as Agent[];
    from.splice(from.indexOf(agent), 1);
    const cellmates = here[nx + width * ny] as Agent[];
    cellmates.push(agent);
    agent.set({ x: nx, y: ny });
    // Give 1 unit to a random other agent on the new cell (the mover is the last in the list).
    if ((agent.get('wealth') as number) > 0 && cellmates.length > 1) {
      const other = cellmates[utils.random(0, cellmates.length - 2)] as Agent;
      other.increment('wealth');
      agent.decrement('wealth');
    }
  };

  for (let i = 0; i < params.agents; i++) {
    const cell = utils.random(0, width * height - 1);
    const agent = new Agent({ x: cell % width, y: Math.floor(cell / width), wealth: 1, tick });
    environment.addAgent(agent);
    (here[cell] as Agent[]).push(agent);
  }
  return {
    step: (n) => {
      for (let i = 0; i < n; i++) environment.tick(TICK);
    },
    wealth: () => environment.getAgents().map((a) => a.get('wealth') as number),
  };
}

/** Flocc's implementations of the two models. */
export const flocc: Framework = { name: 'flocc', version: 'flocc 0.7.0', schelling, boltzmann };
