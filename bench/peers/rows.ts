/**
 * The four rows of the comparison: Schelling at the two sizes of the ABM framework comparison and
 * Boltzmann wealth at Mesa's two benchmark sizes.
 */
import { SCHELLING_STEPS, schellingLarge, schellingSmall, type SchellingParams } from '../../examples/schelling/schelling.ts';
import { boltzmannLarge, boltzmannSmall, type BoltzmannParams } from '../../examples/boltzmann-wealth/boltzmannWealth.ts';

/** One configuration of one model. */
export type Row =
  | { readonly name: string; readonly model: 'schelling'; readonly params: SchellingParams; readonly steps: number; readonly agents: number; readonly description: string }
  | { readonly name: string; readonly model: 'boltzmann'; readonly params: BoltzmannParams; readonly steps: number; readonly agents: number; readonly description: string };

export const ROWS: readonly Row[] = [
  {
    name: 'schelling-small',
    model: 'schelling',
    params: schellingSmall,
    steps: SCHELLING_STEPS,
    agents: schellingSmall.agents,
    description: 'Schelling, 40×40, 1,000 agents, radius 1, ≥ 3 similar, 20 steps',
  },
  {
    name: 'schelling-large',
    model: 'schelling',
    params: schellingLarge,
    steps: SCHELLING_STEPS,
    agents: schellingLarge.agents,
    description: 'Schelling, 100×100, 8,000 agents, radius 2, ≥ 8 similar, 20 steps',
  },
  {
    name: 'boltzmann-small',
    model: 'boltzmann',
    params: boltzmannSmall,
    steps: boltzmannSmall.steps,
    agents: boltzmannSmall.agents,
    description: 'Boltzmann wealth, 10×10 torus, 100 agents, 125 steps',
  },
  {
    name: 'boltzmann-large',
    model: 'boltzmann',
    params: boltzmannLarge,
    steps: boltzmannLarge.steps,
    agents: boltzmannLarge.agents,
    description: 'Boltzmann wealth, 100×100 torus, 10,000 agents, 10 steps',
  },
];
