/**
 * A tiny wealth-exchange model used by the engine's tests (not exported from the package): agents
 * in random order give one unit to a random other; some leave each step and are replaced by
 * newcomers who inherit their wealth, so slots are freed and reused and total wealth is conserved.
 */
import { createPopulation, type Population } from '../population/index.ts';
import type { ModelDefinition } from './types.ts';

export interface WealthState {
  readonly agents: Population<{ wealth: 'f64'; joined: 'i32' }>;
  readonly leaveRate: number;
  turnover: number;
}

export interface WealthParams {
  readonly n: number;
  readonly leaveRate: number;
}

export const wealthModel: ModelDefinition<WealthParams, WealthState> = {
  name: 'wealth-test',
  setup(params) {
    const agents = createPopulation({ name: 'agents', fields: { wealth: 'f64', joined: 'i32' }, capacity: 8 });
    for (let i = 0; i < params.n; i++) {
      const slot = agents.add(); // add() first: it may reallocate the columns
      agents.columns.wealth[slot] = 1;
    }
    return { agents, leaveRate: params.leaveRate, turnover: 0 };
  },
  phases: [
    {
      name: 'exchange',
      population: (s) => s.agents,
      order: 'random',
      agent(slot, s, ctx) {
        const { wealth } = s.agents.columns;
        if ((wealth[slot] as number) <= 0) return;
        const stream = ctx.rng.stream('exchange');
        let other = stream.int(s.agents.slotCount);
        while (!s.agents.isAlive(other)) other = stream.int(s.agents.slotCount);
        wealth[slot] = (wealth[slot] as number) - 1;
        wealth[other] = (wealth[other] as number) + 1;
      },
    },
    {
      name: 'turnover',
      population: (s) => s.agents,
      order: 'slot',
      agent(slot, s, ctx) {
        if (ctx.rng.stream('turnover').random() >= s.leaveRate) return;
        const inherited = s.agents.columns.wealth[slot] as number;
        s.agents.remove(slot);
        const newcomer = s.agents.add();
        s.agents.columns.wealth[newcomer] = inherited;
        s.agents.columns.joined[newcomer] = ctx.step;
        s.turnover++;
      },
    },
  ],
  populations: (s) => [s.agents],
};

/** Gini coefficient of the agents' wealth (0 equal, 1 one agent owns all). */
export function gini(s: WealthState): number {
  const slots = s.agents.activeSlots();
  const w = Float64Array.from(slots, (slot) => s.agents.columns.wealth[slot] as number).sort();
  let cum = 0;
  let weighted = 0;
  for (let i = 0; i < w.length; i++) {
    cum += w[i] as number;
    weighted += (i + 1) * (w[i] as number);
  }
  return cum === 0 ? 0 : (2 * weighted) / (w.length * cum) - (w.length + 1) / w.length;
}
