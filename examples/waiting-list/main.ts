// Run with: pnpm tsx examples/waiting-list/main.ts
import { waitingListComparison } from './waitingList.ts';

const r = waitingListComparison();
const f = (i: { mean: number; lo: number; hi: number }) => `${i.mean.toFixed(1)} [${i.lo.toFixed(1)}, ${i.hi.toFixed(1)}]`;
process.stdout.write(
  `${[
    'Applicants waiting for assessment, mean over the final year, 95 % interval over 20 runs:',
    `  six caseworkers:              ${f(r.staffed)}`,
    `  cut to five on 2009-07-01:    ${f(r.cut)}`,
    `  paired difference:            ${f(r.difference)}`,
  ].join('\n')}\n`,
);
