/**
 * Engine workloads: the waiting-list demo at two sizes, and a bare population-churn loop that
 * measures the struct-of-arrays layer alone (add, update, remove, commit).
 */
import { createPopulation, createRng, createSimulation, step } from '@ppsim/core';
import { defaultWaitingListParams, waitingListModel } from '@ppsim/core/demo';
import type { Workload } from '../harness.ts';

function waitingList(name: string, users: number, steps: number): Workload {
  return {
    name,
    description: `waiting-list demo, ${users.toLocaleString('en')} users in care, ${steps} weekly steps (agent-steps = users alive × steps)`,
    setup(seed) {
      const params = { ...defaultWaitingListParams, initialUsers: users, arrivalsPerWeek: users / 100, assessmentsPerCaseworker: users / 550 };
      const sim = createSimulation(waitingListModel, { params, seed });
      return () => {
        let agentSteps = 0;
        for (let i = 0; i < steps; i++) {
          agentSteps += sim.state.users.size + sim.state.applicants.size;
          step(sim);
        }
        return agentSteps;
      };
    },
  };
}

const populationChurn: Workload = {
  name: 'engine-population-churn',
  description: '100,000 agents, 100 steps: each step every agent is updated and 1 % are replaced (remove + add + commit)',
  setup(seed) {
    const rng = createRng(seed);
    const s = rng.stream('churn');
    const pop = createPopulation({ name: 'agents', fields: { x: 'f64', y: 'f32', group: 'i32' }, capacity: 110_000 });
    for (let i = 0; i < 100_000; i++) pop.add();
    return () => {
      let agentSteps = 0;
      for (let t = 0; t < 100; t++) {
        const { x, y } = pop.columns;
        const alive = pop.alive;
        const n = pop.slotCount;
        for (let i = 0; i < n; i++) {
          if (alive[i] !== 1) continue;
          x[i] = (x[i] as number) + s.random();
          y[i] = (y[i] as number) * 0.99;
          agentSteps++;
        }
        for (let k = 0; k < 1000; k++) {
          const slot = s.int(n);
          if (pop.isAlive(slot)) pop.remove(slot);
          pop.add();
        }
        pop.commit();
      }
      return agentSteps;
    };
  },
};

export const engineWorkloads: readonly Workload[] = [waitingList('engine-waiting-list-small', 3_000, 520), waitingList('engine-waiting-list-large', 30_000, 520), populationChurn];
