/**
 * ppsim's implementations are the examples themselves (examples/schelling,
 * examples/boltzmann-wealth), driven through `createSimulation` and `step` as a user would.
 */
import { createSimulation, step } from '@ppsim/core';
import { groupsOf, schellingModel } from '../../examples/schelling/schelling.ts';
import { boltzmannModel } from '../../examples/boltzmann-wealth/boltzmannWealth.ts';
import type { Framework } from './types.ts';

/** ppsim's implementations of the two models. */
export const ppsim: Framework = {
  name: 'ppsim',
  version: 'ppsim (this repository)',
  schelling(params, seed) {
    const sim = createSimulation(schellingModel, { params, seed });
    return { step: (n) => void step(sim, n), groups: () => groupsOf(sim.state) };
  },
  boltzmann(params, seed) {
    const sim = createSimulation(boltzmannModel, { params, seed });
    const { traders } = sim.state;
    return { step: (n) => void step(sim, n), wealth: () => Array.from(traders.columns.wealth.subarray(0, traders.slotCount)) };
  },
};
