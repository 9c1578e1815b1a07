/**
 * `pnpm bench:map`: wall time of the regime map at the size the design brief sets a target for,
 * `ppsim map reference --regimes integrated,competitive-choice --runs 200 --reps 5
 * --set population.scale=0.25 --workers 2` (20 years), run as its own process into a fresh folder.
 * Usage: pnpm bench:map [--runs 200] [--reps 5] [--workers 2]. Writes bench/map.json. Target: under
 * 10 minutes on 2 workers (a benchmark, never a timed test).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine, numberFlag } from './harness.ts';

const runs = numberFlag('runs', 200);
const reps = numberFlag('reps', 5);
const workers = numberFlag('workers', 2);
const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'ppsim-bench-map-'));
const command = [
  'map',
  'reference',
  '--regimes',
  'integrated,competitive-choice',
  '--runs',
  String(runs),
  '--reps',
  String(reps),
  '--set',
  'population.scale=0.25',
  '--workers',
  String(workers),
  '--quiet',
  '--out',
  out,
];

const t0 = performance.now();
const r = spawnSync(process.execPath, ['packages/cli/bin/ppsim.mjs', ...command], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
const wallSeconds = (performance.now() - t0) / 1000;
if (r.status !== 0) throw new Error(`ppsim map failed: ${r.stderr}`);
const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { runs: number; wins: Record<string, { share: number }> };
rmSync(out, { recursive: true, force: true });
const perRun = (wallSeconds * workers) / summary.runs;
process.stdout.write(`ppsim ${command.slice(0, -2).join(' ')}: ${(wallSeconds / 60).toFixed(1)} min for ${summary.runs} runs (${perRun.toFixed(2)} worker-s per run)\n`);
writeFileSync(
  new URL('./map.json', import.meta.url),
  `${JSON.stringify({ machine: machine(), command: ['ppsim', ...command.slice(0, -2)], runs: summary.runs, wallSeconds, workerSecondsPerRun: perRun, wins: summary.wins }, null, 2)}\n`,
);
