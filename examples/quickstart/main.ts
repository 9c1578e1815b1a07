// Run with: pnpm tsx examples/quickstart/main.ts
import { quickstart } from './quickstart.ts';

const r = quickstart();
const f = (x: number) => x.toFixed(1);
process.stdout.write(
  `${[
    `one run, users left after ten years: ${r.singleRun}`,
    `decline 0.001/week: ${f(r.slow.mean)} users [95 % CI ${f(r.slow.lo)}, ${f(r.slow.hi)}] over ${r.slow.n} runs`,
    `decline 0.0012/week: ${f(r.fast.mean)} users [95 % CI ${f(r.fast.lo)}, ${f(r.fast.hi)}]`,
    `paired difference:  ${f(r.difference.mean)} users [95 % CI ${f(r.difference.lo)}, ${f(r.difference.hi)}]`,
  ].join('\n')}\n`,
);
