import { createSimulation, step } from '@ppsim/core';
import { parseParams, purchaserProviderModel } from '@ppsim/core/model';
const params = parseParams({ governance: { split: 'competitive', financing: 'perUnitGranted', userChoice: true }, providers: { commercial: { count: 4 } } });
for (let r = 0; r < 4; r++) {
  const t0 = performance.now();
  const sim = createSimulation(purchaserProviderModel, { params: { params }, seed: r + 1, clock: { start: '2005-01-03', unit: 'week' } });
  const t1 = performance.now();
  let agentSteps = 0;
  for (let i = 0; i < 1044; i++) { agentSteps += sim.state.users.size + sim.state.staff.size; step(sim); }
  const t2 = performance.now();
  console.log(`setup ${(t1 - t0).toFixed(0)} ms, run ${(t2 - t1).toFixed(0)} ms, ${(agentSteps / (t2 - t1) / 1000).toFixed(2)} M agent-steps/s, agents ${sim.state.users.size}+${sim.state.staff.size}`);
}
