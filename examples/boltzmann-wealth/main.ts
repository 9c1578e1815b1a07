// Run with: pnpm tsx examples/boltzmann-wealth/main.ts
import { boltzmannExample } from './boltzmannWealth.ts';

const r = boltzmannExample();
process.stdout.write(
  `${[
    'Boltzmann wealth model, Gini coefficient of wealth at the end (everyone starts with 1 unit: Gini 0), mean over 10 seeds:',
    `  small (100 agents on 10×10, 125 steps):        ${r.small.finalGini.toFixed(3)}`,
    `  large (10,000 agents on 100×100, 10 steps):    ${r.large.finalGini.toFixed(3)}`,
  ].join('\n')}\n`,
);
