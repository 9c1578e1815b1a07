/**
 * The purchaser–provider model at Bergen scale (≈ 9,000 users and ≈ 2,000 staff at the start,
 * 20 years of weekly steps), in two regimes: integrated and frame-funded, and a competitive split
 * with per-unit pay, user choice and four commercial firms (the heavier path).
 * Agent-steps = users and staff alive at each step, summed over the steps.
 */
import { createClock, createSimulation, parseParams, purchaserProviderModel, step, type ModelParamsInput } from '@ppsim/core';
import type { Workload } from '../harness.ts';

function modelWorkload(name: string, description: string, input: ModelParamsInput): Workload {
  const params = parseParams(input);
  const clock = { start: params.horizon.start, unit: 'week' as const };
  const steps = createClock(clock).stepsInYears(params.horizon.years);
  return {
    name,
    description: `${description}; ${steps} weekly steps`,
    setup(seed) {
      const sim = createSimulation(purchaserProviderModel, { params: { params }, seed, clock });
      return () => {
        let agentSteps = 0;
        for (let i = 0; i < steps; i++) {
          agentSteps += sim.state.users.size + sim.state.staff.size;
          step(sim);
        }
        return agentSteps;
      };
    },
  };
}

export const modelWorkloads: readonly Workload[] = [
  modelWorkload('model-bergen-scale', 'purchaser–provider model, Bergen scale, integrated and frame-funded', {}),
  modelWorkload('model-bergen-scale-competitive', 'purchaser–provider model, Bergen scale, competitive split, per-unit pay, user choice, 4 firms', {
    governance: { split: 'competitive', financing: 'perUnitGranted', userChoice: true },
    providers: { commercial: { count: 4 } },
  }),
];
