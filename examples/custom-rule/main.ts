// Run with: pnpm tsx examples/custom-rule/main.ts
import { compareRules } from './customRule.ts';

const r = compareRules();
const f = (m: { mean: number; ci95: readonly [number, number] }) => `${(100 * m.mean).toFixed(1)} % [${(100 * m.ci95[0]).toFixed(1)}, ${(100 * m.ci95[1]).toFixed(1)}]`;
process.stdout.write(
  `${[
    'Prevention share of direct time, split with per-unit pay, final year, 95 % interval:',
    `  default rule (multitasking pull):  ${f(r.standard)}`,
    `  shielded rule (knights resist):    ${f(r.shielded)}`,
  ].join('\n')}\n`,
);
