/**
 * One framework in its own process (started by bench/peers/compare.ts):
 *
 *   node --import tsx bench/peers/child.ts time  <framework> <out.json> <row>…
 *   node --import tsx bench/peers/child.ts agree <framework> <out.json> <seeds> <row>…
 *
 * `time` measures each row (warm-up, then timed runs with seeds 1, 2, …; BENCH_PEER_WARMUP and
 * BENCH_PEER_REPS, defaults 3 and 30); `agree` scores each row over seeds 1…n. Results go to
 * <out.json>; nothing is printed.
 */
import { writeFileSync } from 'node:fs';
import { measure } from '../harness.ts';
import { rowOutcomes, type Outcomes } from './agreement.ts';
import { isFrameworkName, loadFramework } from './frameworks.ts';
import { ROWS } from './rows.ts';
import { peerWorkload } from './workloads.ts';

const [mode, name = '', out = '', ...rest] = process.argv.slice(2);
if (!isFrameworkName(name) || out === '' || (mode !== 'time' && mode !== 'agree')) {
  process.stderr.write('usage: child.ts time|agree <ppsim|flocc|agentscript> <out.json> [seeds] <row>…\n');
  process.exit(2);
}
const framework = await loadFramework(name);
if (mode === 'time') {
  const warmup = Number(process.env.BENCH_PEER_WARMUP ?? 3);
  const repetitions = Number(process.env.BENCH_PEER_REPS ?? 30);
  const rows = ROWS.filter((r) => rest.includes(r.name));
  const results = rows.map((row) => measure(peerWorkload(framework, row), { warmup, repetitions }));
  writeFileSync(out, JSON.stringify({ framework: name, version: framework.version, results }));
} else {
  const [seedCount = '50', ...names] = rest;
  const seeds = Array.from({ length: Number(seedCount) }, (_, i) => i + 1);
  const outcomes: Record<string, Outcomes> = {};
  for (const row of ROWS.filter((r) => names.includes(r.name))) outcomes[row.name] = rowOutcomes(framework, row, seeds);
  writeFileSync(out, JSON.stringify({ framework: name, version: framework.version, outcomes }));
}
