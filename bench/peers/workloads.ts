/**
 * A framework's comparison rows as benchmark workloads: setup (building the grid and agents) is
 * timed apart from stepping. Agent-steps = agents × steps.
 */
import type { Workload } from '../harness.ts';
import type { Row } from './rows.ts';
import type { Framework } from './types.ts';

/** `peerWorkload(framework, row): Workload` — named `<row>-<framework>`, e.g. `schelling-large-flocc`. */
export function peerWorkload(framework: Framework, row: Row): Workload {
  return {
    name: `${row.name}-${framework.name}`,
    description: `${row.description}; ${framework.version}`,
    setup(seed) {
      const run = row.model === 'schelling' ? framework.schelling(row.params, seed) : framework.boltzmann(row.params, seed);
      return () => {
        run.step(row.steps);
        return row.agents * row.steps;
      };
    },
  };
}
