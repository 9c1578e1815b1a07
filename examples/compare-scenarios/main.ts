// Run with: pnpm tsx examples/compare-scenarios/main.ts
import { compareScenarios } from './compareScenarios.ts';

const r = compareScenarios();
const thousands = (x: number) => String(Math.round(x)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const g = (x: number) => (Math.abs(x) >= 1000 ? thousands(x) : x.toFixed(3));
const ci = (m: { mean: number; ci95: readonly [number, number] }) => `${g(m.mean)} [${g(m.ci95[0])}, ${g(m.ci95[1])}]`;
const pad = (s: string, n: number) => s.padEnd(n);
process.stdout.write(
  `${[
    `Bergen against bergen:frame-funding, final year ${r.finalYear}, 5 replications on the same seeds, mean [95 % interval]:`,
    `${pad('metric', 18)}${pad('bergen', 40)}${pad('frame-funding', 40)}paired difference (d_z)`,
    ...r.rows.map((m) => `${pad(m.metric, 18)}${pad(ci(m.a), 40)}${pad(ci(m.b), 40)}${ci(m.difference)} (${m.difference.effectSize.toFixed(2)})`),
  ].join('\n')}\n`,
);
