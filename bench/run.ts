/**
 * `pnpm bench`: runs every workload (median of several timed runs after warm-up), prints
 * agent-steps per second, and writes bench/results.json. Filter with `pnpm bench <substring>`;
 * set BENCH_REPS to change the number of timed repetitions (default 10), BENCH_WARMUP the warm-up
 * runs (default 2) and BENCH_OUT the output file.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { machine, measure, type WorkloadResult } from './harness.ts';
import { engineWorkloads } from './workloads/engine.ts';
import { modelWorkloads } from './workloads/model.ts';

const filter = process.argv[2] ?? '';
const repetitions = Number(process.env.BENCH_REPS ?? 10);
const warmup = Number(process.env.BENCH_WARMUP ?? 2);
const workloads = [...engineWorkloads, ...modelWorkloads].filter((w) => w.name.includes(filter));
const results: WorkloadResult[] = [];
const fmt = (x: number) => (x >= 1e6 ? `${(x / 1e6).toFixed(1)} M` : x.toFixed(0));

process.stdout.write(`ppsim benchmarks: ${workloads.length} workloads, ${repetitions} timed repetitions each after ${warmup} warm-up runs\n`);
for (const w of workloads) {
  const r = measure(w, { warmup, repetitions });
  results.push(r);
  process.stdout.write(
    `${r.name.padEnd(32)} ${fmt(r.agentStepsPerSecond.median).padStart(8)} agent-steps/s (min ${fmt(r.agentStepsPerSecond.min)}, max ${fmt(r.agentStepsPerSecond.max)})` +
      `  run ${r.runSeconds.median.toFixed(3)} s  setup ${r.setupSeconds.median.toFixed(3)} s\n`,
  );
}
const out = process.env.BENCH_OUT ?? fileURLToPath(new URL('./results.json', import.meta.url));
writeFileSync(out, `${JSON.stringify({ machine: machine(), date: new Date().toISOString(), workloads: results }, null, 2)}\n`);
process.stdout.write(`wrote ${out}\n`);
