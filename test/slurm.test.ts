/**
 * docs/cluster.md's Slurm job array, run for real on a one-node Slurm on loopback (test/helpers/slurm.ts):
 * the documented script (docs/cluster/sweep-array.sh, quoted verbatim in the doc) is submitted with
 * sbatch, its shards merged with `ppsim merge`, and results.csv compared byte for byte with the same
 * sweep on one machine; then one task is cancelled mid-run, resubmitted alone with `sbatch --array=K`,
 * and the bytes checked again. Skipped where Slurm is not installed, except in CI (CI or
 * PPSIM_REQUIRE_CLUSTER=1 set), where a Slurm that cannot start fails the test and says why.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliProcess } from './helpers/cli.ts';
import { CLUSTER_REQUIRED, slurmMissing, startSlurm, waitFor, type MiniSlurm } from './helpers/slurm.ts';

const root = join(import.meta.dirname, '..');
const SCRIPT = join(root, 'docs', 'cluster', 'sweep-array.sh');
const SHARDS = 4;
const KILLED = 1;
const missing = slurmMissing();
// Made by the test, so that a skipped run leaves nothing behind.
let work = '';
let slurm: MiniSlurm | undefined;

/** The script's `pnpm ppsim sweep …` command as arguments, without --shard and --out: the one-machine sweep. */
function singleMachineArgs(): string[] {
  const text = readFileSync(SCRIPT, 'utf8').replace(/\\\n/g, ' ');
  const line = text.split('\n').find((l) => l.startsWith('pnpm ppsim sweep ')) ?? '';
  const words = line
    .split(/\s+/)
    .filter((w) => w !== '')
    .slice(3);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === '--shard' || words[i] === '--out') i++;
    else out.push(words[i] as string);
  }
  return out;
}

/** A submit folder that stands for a clone of ppsim (links to the repository's packages and dependencies), with logs/. */
function submitFolder(name: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'logs'), { recursive: true });
  for (const f of ['package.json', 'pnpm-workspace.yaml', 'node_modules', 'packages']) symlinkSync(join(root, f), join(dir, f));
  return dir;
}

const partsIn = (dir: string, k: number) => {
  const parts = join(dir, 'results', `sweep-shard-${k}`, 'parts');
  return existsSync(parts) ? readdirSync(parts).filter((f) => f.endsWith('.csv') && !f.startsWith('.')).length : 0;
};
const shardFolders = (dir: string) => Array.from({ length: SHARDS }, (_, k) => join(dir, 'results', `sweep-shard-${k}`));

function logsOf(dir: string): string {
  const logs = join(dir, 'logs');
  return readdirSync(logs)
    .map((f) => `--- ${f}\n${readFileSync(join(logs, f), 'utf8')}`)
    .join('\n');
}

async function submit(dir: string, extra: readonly string[] = []): Promise<string> {
  const s = slurm as MiniSlurm;
  return s
    .command('sbatch', ['--parsable', ...extra, SCRIPT], dir)
    .trim()
    .split(';')[0] as string;
}

async function finished(dir: string, job: string): Promise<void> {
  const s = slurm as MiniSlurm;
  await waitFor(
    () => s.command('squeue', ['-h', '-j', job, '-o', '%i']).trim() === '',
    () => `job ${job} did not finish:\n${s.command('squeue', ['-h'])}\n${logsOf(dir)}\n${s.logs()}`,
    600,
    250,
  );
}

afterAll(async () => {
  await slurm?.stop();
  if (work !== '') rmSync(work, { recursive: true, force: true });
}, 120_000);

describe.skipIf(missing !== undefined && !CLUSTER_REQUIRED)('docs/cluster/sweep-array.sh on a one-node Slurm', () => {
  it('sbatch, merge: the bytes of one machine; a task cancelled mid-run and resubmitted with --array=K: the same bytes', async () => {
    // In CI a missing or broken Slurm is a failure of this test, with the reason, never a skip.
    if (missing !== undefined) throw new Error(`Slurm is required here (CI or PPSIM_REQUIRE_CLUSTER=1) but cannot be started: ${missing}`);
    work = mkdtempSync(join(tmpdir(), 'ppsim-slurm-'));
    try {
      slurm = await startSlurm(join(work, 'cluster'), { cpus: 2 });
    } catch (error) {
      throw new Error(`Slurm is installed but a one-node cluster did not start: ${(error as Error).message}`);
    }
    const reference = join(work, 'single');
    const single = cliProcess(['sweep', ...singleMachineArgs(), '--quiet', '--out', reference]);

    // The whole array, then merge.
    const first = submitFolder('first');
    await finished(first, await submit(first));
    const merged = await cliProcess(['merge', ...shardFolders(first)], { cwd: first });
    expect(merged.code, `${merged.err}\n${logsOf(first)}`).toBe(0);
    const one = await single;
    expect(one.code, one.err).toBe(0);
    const expected = readFileSync(join(reference, 'results.csv'), 'utf8');
    expect(readFileSync(join(first, 'results', 'sweep-shard-0', 'results.csv'), 'utf8')).toBe(expected);
    expect(readFileSync(join(first, 'results', 'sweep-shard-0', 'summary.json'), 'utf8')).toBe(readFileSync(join(reference, 'summary.json'), 'utf8'));

    // Again; task KILLED is cancelled as soon as its first run is written, then resubmitted alone.
    const second = submitFolder('second');
    const job = await submit(second);
    const perShard = partsIn(first, KILLED);
    await waitFor(
      () => partsIn(second, KILLED) > 0,
      () => `task ${KILLED} wrote no run:\n${logsOf(second)}`,
      600,
      20,
    );
    slurm?.command('scancel', [`${job}_${KILLED}`]);
    await finished(second, job);
    const left = partsIn(second, KILLED);
    expect(left, `task ${KILLED} was to be cancelled mid-run`).toBeLessThan(perShard);
    expect(existsSync(join(second, 'results', 'sweep-shard-0', 'results.csv'))).toBe(false);
    const incomplete = await cliProcess(['merge', ...shardFolders(second)], { cwd: second });
    expect(incomplete.code).not.toBe(0);
    expect(incomplete.err).toMatch(/run \d+: expected a finished run in one of the folders, received "none"/);

    await finished(second, await submit(second, [`--array=${KILLED}`]));
    expect(readFileSync(join(second, 'logs', `ppsim-sweep-${KILLED}.out`), 'utf8')).not.toMatch(/Error|✖/);
    expect(partsIn(second, KILLED)).toBe(perShard);
    const again = await cliProcess(['merge', ...shardFolders(second)], { cwd: second });
    expect(again.code, `${again.err}\n${logsOf(second)}`).toBe(0);
    expect(readFileSync(join(second, 'results', 'sweep-shard-0', 'results.csv'), 'utf8')).toBe(expected);
  }, 240_000);
});
