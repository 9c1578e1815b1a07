import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PpsimError, andThen } from '@ppsim/core';
import { resolveScenario } from './scenario.ts';
import { makeSpec, parseRange, readSpec, runCount, type SweepSpec } from '../sweep/spec.ts';
import type { ProgressFactory } from '../progress.ts';
import { runSweep, sweepJob } from '../sweep/run.ts';
import { withExecutor } from '../parallel/pool.ts';
import { damagedLines, type PartsJob, type Shard, type SweepResult } from '../sweep/parts.ts';
import { mapJob } from '../map/run.ts';
import { readMapSpec } from '../map/spec.ts';

/** Options shared by sweep and sensitivity: the scenario, the parameter ranges, the replications and the folder. */
export interface DesignOptions {
  readonly scenario: string;
  readonly variant?: string;
  readonly params: readonly string[];
  readonly reps: number;
  readonly seed: number;
  readonly years?: number;
  readonly set: readonly string[];
  readonly out: string;
  /** The command as recorded (see SweepSpec.command). */
  readonly command?: readonly string[];
  readonly progress: ProgressFactory;
  /** Worker threads (default 1: in this thread). */
  readonly workers?: number;
  /** Where warnings go, one line each (default: nowhere); the command line writes them on stderr. */
  readonly warn?: (line: string) => void;
}

export interface SweepOptions extends DesignOptions {
  readonly design: string;
  readonly runs: number;
  readonly shard?: string;
}

/** `i/n`, or the Slurm / Kubernetes indexed-job variables when no --shard is given. */
export function resolveShard(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Shard | undefined {
  if (flag !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(flag);
    const index = Number(m?.[1]);
    const count = Number(m?.[2]);
    if (m === null || count < 1 || index >= count) {
      throw new PpsimError('invalid_input', { path: '--shard', expected: 'i/n with 0 ≤ i < n', received: flag, hint: 'e.g. --shard 0/4 for the first of four shards' });
    }
    return { index, count };
  }
  if (env.SLURM_ARRAY_TASK_ID !== undefined && env.SLURM_ARRAY_TASK_COUNT !== undefined) {
    const id = Number(env.SLURM_ARRAY_TASK_ID);
    const count = Number(env.SLURM_ARRAY_TASK_COUNT);
    const min = Number(env.SLURM_ARRAY_TASK_MIN ?? 0);
    const max = Number(env.SLURM_ARRAY_TASK_MAX ?? min + count - 1);
    // A task resubmitted alone (`sbatch --array=7`) sees an array of one task from 7 to 7, and an array
    // with gaps (`--array=3,7`) another count: neither tells the shard count of the whole sweep.
    if ((count === 1 && id !== 0) || max - min + 1 !== count) {
      throw new PpsimError('invalid_input', {
        path: 'SLURM_ARRAY_TASK_ID',
        expected: 'the tasks of one whole array 0..n-1 (the shard count is read from SLURM_ARRAY_TASK_COUNT)',
        received: `task ${id} of an array of ${count} from ${min} to ${max}`,
        hint: `pass the shard explicitly, e.g. --shard "$SLURM_ARRAY_TASK_ID/<shards>" (docs/cluster/sweep-array.sh does); a resubmitted task then keeps its shard`,
      });
    }
    return { index: id - min, count };
  }
  if (env.JOB_COMPLETION_INDEX !== undefined && env.PPSIM_SHARD_COUNT !== undefined) {
    return { index: Number(env.JOB_COMPLETION_INDEX), count: Number(env.PPSIM_SHARD_COUNT) };
  }
  return undefined;
}

/** `ppsim sweep`: runs (or resumes) a sweep into --out; returns the line to print. */
export function sweepCommand(o: SweepOptions): string | Promise<string> {
  if (o.params.length === 0) {
    throw new PpsimError('invalid_input', { path: '--param', expected: 'at least one path=lo:hi[:steps]', received: 'none', hint: 'e.g. --param governance.controlIntensity=0:1:5' });
  }
  const scenario = resolveScenario(o.scenario, o.set, o.years, o.variant === undefined ? {} : { variant: o.variant });
  const spec = makeSpec({
    scenario: { id: scenario.id, params: scenario.params, timeline: scenario.timeline },
    ranges: o.params.map((p) => parseRange(p)),
    design: o.design,
    runs: o.runs,
    reps: o.reps,
    seed: o.seed,
    command: o.command ?? [],
  });
  const shard = resolveShard(o.shard);
  const count = shard === undefined ? runCount(spec) : Math.ceil((runCount(spec) - shard.index) / shard.count);
  const progress = o.progress('sweep', count);
  const options = { ...(shard === undefined ? {} : { shard }), onProgress: () => progress.tick() };
  const finish = (result: SweepResult): string => {
    progress.stop();
    for (const line of damagedLines(result.damaged, 'its run was made again')) o.warn?.(line);
    return sweepMessage(spec, o.out, result);
  };
  return withExecutor(o.workers, (executor) => andThen(runSweep(o.out, spec, executor, options), finish));
}

function sweepMessage(spec: SweepSpec, out: string, result: SweepResult): string {
  return result.complete
    ? `Sweep complete: ${spec.points.length} points × ${spec.reps} replications; wrote ${join(out, 'results.csv')} and summary.json (${result.ran} runs now, ${result.skipped} done before).\n`
    : `Shard done: ${result.ran} runs now, ${result.skipped} done before; join the shards with \`ppsim merge\`.\n`;
}

/** `folderJob(dir)`: the job a sweep or map folder holds, rebuilt from its specification file. */
export function folderJob(dir: string): PartsJob {
  if (existsSync(join(dir, 'map.json'))) return mapJob(readMapSpec(join(dir, 'map.json')));
  if (existsSync(join(dir, 'sweep.json'))) return sweepJob(readSpec(join(dir, 'sweep.json')));
  throw new PpsimError('invalid_input', {
    path: dir,
    expected: 'a folder written by ppsim sweep or ppsim map (with sweep.json or map.json)',
    received: 'neither',
    hint: 'pass the --out folders of the shards',
  });
}

/** `ppsim merge DIR…`: joins the parts of the shard folders of one sweep or map into the first folder's results. */
export function mergeCommand(dirs: readonly string[]): string {
  const [first, ...rest] = dirs;
  if (first === undefined) throw new PpsimError('invalid_input', { path: 'merge', expected: 'one or more sweep or map folders', received: 'none', hint: 'ppsim merge out/shard-0 out/shard-1 …' });
  const job = folderJob(first);
  const text = JSON.stringify(job.spec);
  for (const dir of rest) {
    if (JSON.stringify(folderJob(dir).spec) !== text) {
      throw new PpsimError('invalid_input', { path: dir, expected: `the same ${job.specFile} as ${first}`, received: 'a different specification', hint: 'merge only shards of one command' });
    }
  }
  const passedOver = job.join(
    first,
    dirs.map((d) => join(d, 'parts')),
  );
  return `${[`Merged ${dirs.length} folder(s) into ${join(first, 'results.csv')}.`, ...damagedLines(passedOver, 'a sound copy from another folder was taken')].join('\n')}\n`;
}
