// Run with: pnpm tsx examples/schelling/main.ts
import { schellingExample } from './schelling.ts';

const r = schellingExample();
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
process.stdout.write(
  `${[
    "Schelling's segregation model, share of agents happy with their neighbourhood, mean over 10 seeds:",
    `  small (40×40, 1,000 agents, radius 1, ≥ 3 similar):    after step 1 ${pct(r.small.afterFirstStep)}, after step 20 ${pct(r.small.afterLastStep)}`,
    `  large (100×100, 8,000 agents, radius 2, ≥ 8 similar):  after step 1 ${pct(r.large.afterFirstStep)}, after step 20 ${pct(r.large.afterLastStep)}`,
  ].join('\n')}\n`,
);
