/**
 * `pnpm bench`: runs every workload (median of several timed runs after warm-up), prints
 * agent-steps per second, and writes bench/results.json. Filter with `pnpm bench <substring>`;
 * set BENCH_REPS to change the number of timed repetitions (default 10), BENCH_WARMUP the warm-up
 * runs (default 2) and BENCH_OUT the output file.
 *
 * The peer comparison (Schelling and Boltzmann wealth in ppsim, Flocc and AgentScript, rows named
 * `schelling-small`, `schelling-large`, `boltzmann-small`, `boltzmann-large`) runs last, each
 * framework in its own process: `pnpm bench peers` runs only it, `pnpm bench schelling` only the
 * Schelling rows. BENCH_PEER_REPS (default 30), BENCH_PEER_WARMUP (default 3) and
 * BENCH_AGREE_SEEDS (default 100; 0 skips the agreement check) set its sizes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { machine, measure, type WorkloadResult } from './harness.ts';
import { engineWorkloads } from './workloads/engine.ts';
import { modelWorkloads } from './workloads/model.ts';
import { comparePeers, type PeerComparison } from './peers/compare.ts';
import { ROWS } from './peers/rows.ts';

const filter = process.argv[2] ?? '';
const repetitions = Number(process.env.BENCH_REPS ?? 10);
const warmup = Number(process.env.BENCH_WARMUP ?? 2);
const workloads = filter === 'peers' ? [] : [...engineWorkloads, ...modelWorkloads].filter((w) => w.name.includes(filter));
const peerRows = filter === 'peers' ? ROWS : ROWS.filter((r) => r.name.includes(filter) || filter.startsWith(`${r.name}-`));
const results: WorkloadResult[] = [];
const fmt = (x: number) => (x >= 1e6 ? `${(x / 1e6).toFixed(1)} M` : x.toFixed(0));
const write = (line: string) => process.stdout.write(`${line}\n`);

if (workloads.length > 0) write(`ppsim benchmarks: ${workloads.length} workloads, ${repetitions} timed repetitions each after ${warmup} warm-up runs`);
for (const w of workloads) {
  const r = measure(w, { warmup, repetitions });
  results.push(r);
  write(
    `${r.name.padEnd(32)} ${fmt(r.agentStepsPerSecond.median).padStart(8)} agent-steps/s (min ${fmt(r.agentStepsPerSecond.min)}, max ${fmt(r.agentStepsPerSecond.max)})` +
      `  run ${r.runSeconds.median.toFixed(3)} s  setup ${r.setupSeconds.median.toFixed(3)} s`,
  );
}
let peers: PeerComparison | undefined;
if (peerRows.length > 0) {
  write(`peer comparison: ${peerRows.map((r) => r.name).join(', ')} in ppsim, Flocc 0.7 and AgentScript 0.10`);
  peers = comparePeers(peerRows, write);
  results.push(...peers.results);
  if (peers.agreement.some((a) => !a.ok)) {
    write('the implementations DISAGREE on at least one statistic: the timings above compare different models');
    process.exitCode = 1;
  }
}
const out = process.env.BENCH_OUT ?? fileURLToPath(new URL('./results.json', import.meta.url));
const { results: _timed, ...comparison } = peers ?? { results: [] };
const json = { machine: machine(), date: new Date().toISOString(), workloads: results, ...(peers ? { peers: comparison } : {}) };
writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
write(`wrote ${out}`);
