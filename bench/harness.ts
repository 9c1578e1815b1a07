/**
 * The benchmark harness: warm-up, then timed repetitions in-process, reported as medians.
 * Timing lives here and only here: no test ever asserts on time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, totalmem, platform, arch, release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One benchmark: `setup` is timed apart; `run` returns the agent-steps it performed. */
export interface Workload {
  readonly name: string;
  readonly description: string;
  /** Prepares one repetition (not part of the stepping time). */
  setup(seed: number): () => number;
}

export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export interface WorkloadResult {
  readonly name: string;
  readonly description: string;
  readonly repetitions: number;
  readonly agentSteps: number;
  readonly agentStepsPerSecond: Summary;
  readonly runSeconds: Summary;
  readonly setupSeconds: Summary;
}

export interface BenchOptions {
  readonly warmup: number;
  readonly repetitions: number;
}

/** Median, min and max of a sample. */
export function summarise(xs: readonly number[]): Summary {
  const sorted = [...xs].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n % 2 === 1 ? (sorted[(n - 1) / 2] as number) : ((sorted[n / 2 - 1] as number) + (sorted[n / 2] as number)) / 2;
  return { median, min: sorted[0] ?? Number.NaN, max: sorted[n - 1] ?? Number.NaN };
}

/** Runs one workload: `warmup` untimed repetitions, then `repetitions` timed ones, seeds 1, 2, …. */
export function measure(workload: Workload, options: BenchOptions): WorkloadResult {
  for (let i = 0; i < options.warmup; i++) workload.setup(1_000_000 + i)();
  const rates: number[] = [];
  const runs: number[] = [];
  const setups: number[] = [];
  let agentSteps = 0;
  for (let i = 0; i < options.repetitions; i++) {
    const t0 = performance.now();
    const go = workload.setup(i + 1);
    const t1 = performance.now();
    agentSteps = go();
    const t2 = performance.now();
    setups.push((t1 - t0) / 1000);
    runs.push((t2 - t1) / 1000);
    rates.push(agentSteps / ((t2 - t1) / 1000));
  }
  return {
    name: workload.name,
    description: workload.description,
    repetitions: options.repetitions,
    agentSteps,
    agentStepsPerSecond: summarise(rates),
    runSeconds: summarise(runs),
    setupSeconds: summarise(setups),
  };
}

/** What the figures came from. */
export function machine(): Record<string, string | number> {
  const cpu = cpus();
  return {
    node: process.version,
    v8: process.versions.v8,
    platform: `${platform()} ${release()} ${arch()}`,
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
  };
}

/** The number after `--name` in this process's arguments, or `fallback` (the bench scripts' flags). */
export function numberFlag(name: string, fallback: number): number {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

/**
 * `timeCommand(args)`: runs `ppsim <args> --out <fresh folder>` as its own process from the
 * repository root and returns its wall time and the summary.json it wrote (the folder is removed).
 * Throws with the command's stderr when it fails.
 */
export function timeCommand<T>(args: readonly string[]): { readonly wallSeconds: number; readonly summary: T } {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const out = mkdtempSync(join(tmpdir(), `ppsim-bench-${args[0] ?? 'command'}-`));
  try {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['packages/cli/bin/ppsim.mjs', ...args, '--out', out], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
    const wallSeconds = (performance.now() - t0) / 1000;
    if (r.status !== 0) throw new Error(`ppsim ${args[0] ?? ''} failed: ${r.stderr}`);
    return { wallSeconds, summary: JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as T };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
