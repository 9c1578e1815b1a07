// Run with: pnpm tsx examples/sweep/main.ts
import { sweep } from './sweep.ts';

const r = sweep();
const cell = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(4));
process.stdout.write(`${[r.columns.join(','), ...r.rows.map((row) => [row.point, row.rep, row.seed, ...r.columns.slice(3).map((c) => cell(row.values[c]!))].join(','))].join('\n')}\n`);
