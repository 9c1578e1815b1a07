/**
 * `pnpm bench:calibrate`: wall time of calibrating the reference's main assumed parameters (six,
 * all graded A: the need curve's size and skew, the yearly loss of function, the documentation that
 * control adds, the coordination a separate orderer costs, and sick-leave spells) to its register
 * targets (packages/scenarios/targets/reference.yaml) on 2 workers, run as its own process into a
 * fresh folder. Usage: pnpm bench:calibrate [--points 60] [--reps 2] [--waves 4] [--workers 2].
 * Writes bench/calibrate.json. Target: under 30 minutes on 2 workers (a benchmark, never a timed test).
 */
import { writeFileSync } from 'node:fs';
import { machine, numberFlag, timeCommand } from './harness.ts';

const points = numberFlag('points', 60);
const reps = numberFlag('reps', 2);
const waves = numberFlag('waves', 4);
const workers = numberFlag('workers', 2);
const PARAMS = [
  'service.needMaxHours=20:120',
  'service.needShape=0.8:4',
  'users.declinePerYear=0.01:0.15',
  'providers.documentationPerControl=0:0.4',
  'providers.coordinationShare=0:0.15',
  'staff.sickPerYear=0.5:6',
];
const command = [
  'calibrate',
  'reference',
  '--targets',
  'reference',
  ...PARAMS.flatMap((p) => ['--param', p]),
  '--set',
  'population.scale=0.1',
  '--years',
  '14',
  '--points',
  String(points),
  '--reps',
  String(reps),
  '--waves',
  String(waves),
  '--samples',
  '200',
  '--check',
  '20',
  '--workers',
  String(workers),
  '--quiet',
];

const { wallSeconds, summary } = timeCommand<{
  waves: { wave: number; runs: number; share: number }[];
  space: { share: number };
  check: { matched: number; covered: number; targets: unknown[] };
  parameters: unknown[];
}>(command);
const runs = summary.waves.reduce((s, w) => s + w.runs, 0) + 20 * reps;
process.stdout.write(
  `ppsim ${command.join(' ')}: ${(wallSeconds / 60).toFixed(1)} min for ${summary.waves.length} wave(s), ${runs} runs; space left ${(100 * summary.space.share).toPrecision(3)} %; ${summary.check.matched} of ${summary.check.targets.length} targets matched\n`,
);
writeFileSync(
  new URL('./calibrate.json', import.meta.url),
  `${JSON.stringify({ machine: machine(), command: ['ppsim', ...command], wallSeconds, runs, waves: summary.waves, space: summary.space, check: summary.check, parameters: summary.parameters }, null, 2)}\n`,
);
