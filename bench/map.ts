/**
 * `pnpm bench:map`: wall time of the regime map at the size the design brief sets a target for,
 * `ppsim map reference --regimes integrated,competitive-choice --runs 200 --reps 5
 * --set population.scale=0.25 --workers 2` (20 years), run as its own process into a fresh folder (timeCommand in harness.ts).
 * Usage: pnpm bench:map [--runs 200] [--reps 5] [--workers 2]. Writes bench/map.json. Target: under
 * 10 minutes on 2 workers (a benchmark, never a timed test).
 */
import { writeFileSync } from 'node:fs';
import { machine, numberFlag, timeCommand } from './harness.ts';

const runs = numberFlag('runs', 200);
const reps = numberFlag('reps', 5);
const workers = numberFlag('workers', 2);
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
];

const { wallSeconds, summary } = timeCommand<{ runs: number; wins: Record<string, { share: number }> }>(command);
const perRun = (wallSeconds * workers) / summary.runs;
process.stdout.write(`ppsim ${command.join(' ')}: ${(wallSeconds / 60).toFixed(1)} min for ${summary.runs} runs (${perRun.toFixed(2)} worker-s per run)\n`);
writeFileSync(
  new URL('./map.json', import.meta.url),
  `${JSON.stringify({ machine: machine(), command: ['ppsim', ...command], runs: summary.runs, wallSeconds, workerSecondsPerRun: perRun, wins: summary.wins }, null, 2)}\n`,
);
