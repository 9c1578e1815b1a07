// Quickstart: a population whose functional ability declines week by week; users whose ability
// reaches zero leave care. Run it once, then replicate two decline rates with common random numbers.
import {
  byYear,
  createPopulation,
  createSimulation,
  ensembleInterval,
  pairedEnsembleDifference,
  replicate,
  replicationSeeds,
  run,
  type ModelDefinition,
  type Population,
  type RunResult,
} from '@ppsim/core';

interface Params {
  readonly n: number;
  readonly decline: number;
}
interface State {
  readonly users: Population<{ ability: 'f32' }>;
  readonly decline: number;
}

export const model: ModelDefinition<Params, State> = {
  name: 'decline',
  setup(params, { rng }) {
    const users = createPopulation({ name: 'users', fields: { ability: 'f32' }, capacity: params.n });
    for (let i = 0; i < params.n; i++) {
      const slot = users.add(); // add first: growing may reallocate the columns
      users.columns.ability[slot] = rng.stream('init').random();
    }
    return { users, decline: params.decline };
  },
  phases: [
    {
      name: 'ageing',
      run(state, ctx) {
        const draws = ctx.rng.stream('ageing'); // each mechanism draws from its own stream
        const { users } = state;
        const { ability } = users.columns;
        for (let s = 0; s < users.slotCount; s++) {
          if (users.alive[s] !== 1) continue;
          ability[s] = ability[s]! - state.decline * draws.random();
          if (ability[s]! <= 0) users.remove(s); // safe mid-loop: the slot is reused only after the step
        }
      },
    },
  ],
  populations: (state) => [state.users],
};

const collect = { model: { users: (s: State) => s.users.size } };
const usersAtEnd = (r: RunResult) => byYear(r.table, 'users', 'last').value.at(-1)!;

export function quickstart(reps = 30) {
  // One run: exactly 520 weekly steps (ten years), one row per step.
  const sim = createSimulation(model, { params: { n: 1000, decline: 0.001 }, seed: 1, clock: { start: '2005-01-03', unit: 'week' } });
  const single = run(sim, { until: 520, collect });

  // An ensemble of two scenarios with the same seeds: paired by seed, common random numbers.
  const seeds = replicationSeeds(1, reps);
  const slow = replicate(model, { params: { n: 1000, decline: 0.001 }, seeds, until: 520, collect });
  const fast = replicate(model, { params: { n: 1000, decline: 0.0012 }, seeds, until: 520, collect });
  return {
    singleRun: usersAtEnd(single),
    slow: ensembleInterval(slow, usersAtEnd),
    fast: ensembleInterval(fast, usersAtEnd),
    difference: pairedEnsembleDifference(slow, fast, usersAtEnd),
  };
}
