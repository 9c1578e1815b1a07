/**
 * A one-node Slurm for tests, on loopback only: munged, slurmctld and slurmd from Debian's `munge` and
 * `slurm-wlm`, each in the foreground as a child of the test, with a fresh munge key, a minimal
 * slurm.conf and all state in one temporary folder. No cgroups (proctrack/linuxproc, task/none), no
 * accounting, daemons run as the current user. `stop()` cancels every job and ends the daemons.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { join } from 'node:path';

/**
 * Whether the cluster tests (Slurm, the container image) must run rather than be skipped when their
 * tools are missing: in CI (`CI` set) and with `PPSIM_REQUIRE_CLUSTER=1` (`.ci/run` sets it).
 */
export const CLUSTER_REQUIRED = process.env['CI'] !== undefined || process.env['PPSIM_REQUIRE_CLUSTER'] === '1';

/** The programs the test cluster needs, with the Debian package that has each. */
const PROGRAMS = [
  ['munged', 'munge'],
  ['mungekey', 'munge'],
  ['slurmctld', 'slurm-wlm'],
  ['slurmd', 'slurm-wlm'],
  ['sbatch', 'slurm-wlm'],
  ['squeue', 'slurm-wlm'],
  ['scancel', 'slurm-wlm'],
  ['sinfo', 'slurm-wlm'],
] as const;
const SBIN = ['/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/** Where `program` is (on PATH or in the sbin folders), or undefined. */
export function which(program: string): string | undefined {
  const dirs = [...(process.env['PATH'] ?? '').split(':'), ...SBIN];
  return dirs.map((d) => join(d, program)).find((p) => existsSync(p));
}

/** Why Slurm cannot run here (the programs that are missing and how to install them), or undefined. */
export function slurmMissing(): string | undefined {
  const missing = PROGRAMS.filter(([p]) => which(p) === undefined);
  if (missing.length === 0) return undefined;
  return `missing ${missing.map(([p]) => p).join(', ')}; install with \`apt-get update && apt-get install -y slurm-wlm munge\` (.ci/run does)`;
}

/** A running one-node cluster. */
export interface MiniSlurm {
  /** The environment for Slurm's commands (SLURM_CONF set; PATH, HOME and locale only). */
  readonly env: NodeJS.ProcessEnv;
  /** Runs a Slurm command (sbatch, squeue, scancel, …) in `cwd`; throws with its output when it fails. */
  command(program: string, args: readonly string[], cwd?: string): string;
  /** The daemons' logs, for a failure message. */
  logs(): string;
  /** Cancels every job, waits for them to end, and stops the daemons. */
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `ready` until it returns true, at most `tries` times `ms` apart; throws `why()` otherwise. */
export async function waitFor(ready: () => boolean, why: () => string, tries = 300, ms = 200): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (ready()) return;
    await sleep(ms);
  }
  throw new Error(why());
}

function slurmConf(dir: string, user: string, ctldPort: number, slurmdPort: number, cpus: number): string {
  return `# A one-node test cluster on loopback (written by test/helpers/slurm.ts).
ClusterName=ppsimtest
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=${ctldPort}
SlurmdPort=${slurmdPort}
CommunicationParameters=NoInAddrAny,NoCtldInAddrAny
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=${join(dir, 'munge', 'munge.sock')}
SlurmUser=${user}
SlurmdUser=${user}
StateSaveLocation=${join(dir, 'state')}
SlurmdSpoolDir=${join(dir, 'spool')}
SlurmctldPidFile=${join(dir, 'slurmctld.pid')}
SlurmdPidFile=${join(dir, 'slurmd.pid')}
SlurmctldLogFile=${join(dir, 'log', 'slurmctld.log')}
SlurmdLogFile=${join(dir, 'log', 'slurmd.log')}
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MpiDefault=none
KillWait=5
NodeName=localhost NodeHostname=localhost NodeAddr=127.0.0.1 CPUs=${cpus} State=UNKNOWN
PartitionName=ppsim Nodes=localhost Default=YES MaxTime=INFINITE State=UP
`;
}

/**
 * `startSlurm(dir, { cpus })`: starts munged, slurmctld and slurmd with everything under `dir`, and
 * resolves when the node is idle. Throws with the daemons' logs when it does not come up.
 */
export async function startSlurm(dir: string, options: { readonly cpus: number }): Promise<MiniSlurm> {
  for (const sub of ['munge', 'state', 'spool', 'log']) mkdirSync(join(dir, sub), { recursive: true, mode: 0o700 });
  chmodSync(join(dir, 'munge'), 0o700);
  const user = userInfo().username;
  const conf = join(dir, 'slurm.conf');
  writeFileSync(conf, slurmConf(dir, user, await freePort(), await freePort(), options.cpus));
  const env: NodeJS.ProcessEnv = { PATH: `${process.env['PATH'] ?? ''}:${SBIN.join(':')}`, HOME: process.env['HOME'] ?? dir, LANG: 'C.UTF-8', SLURM_CONF: conf };
  const children: ChildProcess[] = [];
  const log = (name: string) => openSync(join(dir, 'log', `${name}.out`), 'a');
  const daemon = (program: string, args: readonly string[]) => {
    const child = spawn(which(program) ?? program, args, { env, stdio: ['ignore', log(program), log(program)] });
    child.on('error', () => {});
    children.push(child);
    return child;
  };
  const logs = () =>
    ['munge/munged.log', 'log/slurmctld.log', 'log/slurmd.log', 'log/munged.out', 'log/slurmctld.out', 'log/slurmd.out']
      .filter((f) => existsSync(join(dir, f)))
      .map((f) => `--- ${f}\n${readFileSync(join(dir, f), 'utf8').split('\n').slice(-15).join('\n')}`)
      .join('\n');
  const command = (program: string, args: readonly string[], cwd?: string): string => {
    const r = spawnSync(which(program) ?? program, args, { env, cwd, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${program} ${args.join(' ')} failed (exit ${r.status}): ${r.stderr}${r.error?.message ?? ''}`);
    return r.stdout;
  };
  const stop = async () => {
    try {
      spawnSync(which('scancel') ?? 'scancel', ['--user', user], { env });
      await waitFor(
        () => spawnSync(which('squeue') ?? 'squeue', ['-h'], { env, encoding: 'utf8' }).stdout?.trim() === '',
        () => 'jobs still running',
        100,
        200,
      ).catch(() => {});
    } finally {
      // slurmd first, so that no step is started after the controller has gone; munged last.
      for (const child of [...children].reverse()) {
        if (child.exitCode !== null || child.signalCode !== null) continue;
        const exited = new Promise<void>((r) => child.once('exit', () => r()));
        child.kill('SIGTERM');
        await Promise.race([exited, sleep(5000)]);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
    }
  };

  try {
    const key = join(dir, 'munge', 'munge.key');
    const made = spawnSync(which('mungekey') ?? 'mungekey', ['--create', `--keyfile=${key}`, '--force'], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`mungekey failed: ${made.stderr}`);
    chmodSync(key, 0o600);
    daemon('munged', [
      '--foreground',
      '--force',
      `--socket=${join(dir, 'munge', 'munge.sock')}`,
      `--key-file=${key}`,
      `--log-file=${join(dir, 'munge', 'munged.log')}`,
      `--pid-file=${join(dir, 'munge', 'munged.pid')}`,
      `--seed-file=${join(dir, 'munge', 'munged.seed')}`,
    ]);
    await waitFor(
      () => existsSync(join(dir, 'munge', 'munge.sock')),
      () => `munged did not start:\n${logs()}`,
      100,
      100,
    );
    daemon('slurmctld', ['-D', '-i', '-f', conf]);
    daemon('slurmd', ['-D', '-N', 'localhost', '-f', conf]);
    await waitFor(
      () => {
        const r = spawnSync(which('sinfo') ?? 'sinfo', ['-h', '-N', '-o', '%T'], { env, encoding: 'utf8' });
        return r.status === 0 && r.stdout.trim() === 'idle';
      },
      () => `the Slurm node did not become idle:\n${logs()}`,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { env, command, logs, stop };
}
