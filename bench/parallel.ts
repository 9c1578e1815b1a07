/**
 * `pnpm bench:parallel`: wall time of `ppsim run reference --reps N` (Bergen scale, 20 years) on 1
 * and on W worker threads, each as its own process, median of R repetitions, and the speed-up.
 * Usage: pnpm bench:parallel [--reps 100] [--workers 2] [--repeat 1]. Writes bench/parallel.json.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { machine, numberFlag, summarise } from './harness.ts';

const reps = numberFlag('reps', 100);
const workers = numberFlag('workers', 2);
const repeat = numberFlag('repeat', 1);
const root = fileURLToPath(new URL('..', import.meta.url));

function wallSeconds(threads: number): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['packages/cli/bin/ppsim.mjs', 'run', 'reference', '--reps', String(reps), '--workers', String(threads), '--quiet', '--json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`ppsim run failed: ${r.stderr}`);
  return (performance.now() - t0) / 1000;
}

const results = [1, workers].map((threads) => {
  const times = Array.from({ length: repeat }, () => wallSeconds(threads));
  const s = summarise(times);
  process.stdout.write(`run reference --reps ${reps} --workers ${threads}: ${s.median.toFixed(1)} s (median of ${repeat})\n`);
  return { threads, wallSeconds: s };
});
const speedUp = (results[0]?.wallSeconds.median ?? Number.NaN) / (results[1]?.wallSeconds.median ?? Number.NaN);
process.stdout.write(`speed-up from 1 to ${workers} workers: ${speedUp.toFixed(2)}×\n`);
writeFileSync(new URL('./parallel.json', import.meta.url), `${JSON.stringify({ machine: machine(), reps, workers, results, speedUp }, null, 2)}\n`);
