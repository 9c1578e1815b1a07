/**
 * The OCI image recipe of docs/cluster.md (docs/cluster/Containerfile), built with Debian's buildah and
 * its entry point run on a sweep, whose results.csv must be the bytes of the same sweep run here.
 *
 * Two stand-ins, because of where the test runs: no container registry can be reached, so the recipe's
 * base (node:20-bookworm-slim) is replaced through its BASE argument by an image made here from this
 * machine's node and sh with their libraries; and crun cannot create containers in this sandbox
 * (hybrid cgroups), so the entry point runs with `buildah run --isolation chroot`. Everything else is
 * the recipe as documented. All images live in a temporary storage folder removed at the end.
 * Skipped without buildah, except in CI (see CLUSTER_REQUIRED), where it fails and says why.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliProcess } from './helpers/cli.ts';
import { CLUSTER_REQUIRED, which } from './helpers/slurm.ts';

const root = join(import.meta.dirname, '..');
// Made by the test, so that a skipped run leaves nothing behind.
let storage = '';
const buildahPath = which('buildah');
const SWEEP = ['sweep', 'reference', '--param', 'governance.controlIntensity=0.1:0.7:2', '--reps', '2', '--years', '1', '--set', 'population.scale=0.05', '--quiet'];

/** Runs buildah with the temporary storage; returns stdout, throws with stderr when it fails. */
function buildah(...args: string[]): string {
  const r = spawnSync(buildahPath ?? 'buildah', ['--root', join(storage, 'root'), '--runroot', join(storage, 'run'), '--storage-driver', 'vfs', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`buildah ${args.join(' ')} failed (exit ${r.status}): ${r.stderr}${r.error?.message ?? ''}`);
  return r.stdout.trim();
}

/** The files `program` needs to run: itself and the shared libraries ldd lists. */
function withLibraries(program: string): string[] {
  const ldd = spawnSync('ldd', [program], { encoding: 'utf8' }).stdout;
  return [program, ...[...ldd.matchAll(/(?:=> )?(\/\S+) \(0x/g)].map((m) => m[1] as string)];
}

/** A base image with this machine's node and sh, standing in for node:20-bookworm-slim. */
function standInBase(): string {
  const container = buildah('from', 'scratch');
  const mount = buildah('mount', container);
  for (const file of new Set([...withLibraries(process.execPath), ...withLibraries('/bin/sh')])) {
    // Symbolic links (/bin/sh → dash) are copied as the files they point to.
    const target = join(mount, file);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
    chmodSync(target, 0o755);
  }
  mkdirSync(join(mount, 'tmp'), { mode: 0o1777 });
  buildah('config', '--env', 'PATH=/usr/local/bin:/usr/bin:/bin', container);
  buildah('commit', '-q', container, 'localhost/ppsim-test-node');
  buildah('rm', container);
  return 'localhost/ppsim-test-node';
}

afterAll(() => {
  if (storage === '') return;
  if (buildahPath !== undefined) {
    spawnSync(buildahPath, ['--root', join(storage, 'root'), '--runroot', join(storage, 'run'), '--storage-driver', 'vfs', 'rm', '--all']);
  }
  rmSync(storage, { recursive: true, force: true });
}, 60_000);

describe.skipIf(buildahPath === undefined && !CLUSTER_REQUIRED)('docs/cluster/Containerfile built with buildah', () => {
  it("the image's entry point runs a sweep and writes the bytes of the same sweep run here", async () => {
    if (buildahPath === undefined) throw new Error('buildah is required here (CI or PPSIM_REQUIRE_CLUSTER=1) but missing; install with `apt-get update && apt-get install -y buildah` (.ci/run does)');
    storage = mkdtempSync(join(tmpdir(), 'ppsim-image-'));
    const local = cliProcess([...SWEEP, '--out', join(storage, 'local')]);
    const base = standInBase();
    buildah('build', '-q', '--isolation', 'chroot', '--build-arg', `BASE=${base}`, '-f', join(root, 'docs', 'cluster', 'Containerfile'), '-t', 'localhost/ppsim-test', root);
    const [image] = JSON.parse(`[${buildah('inspect', '--type', 'image', 'localhost/ppsim-test')}]`) as { OCIv1: { config: { Entrypoint: string[]; WorkingDir: string } } }[];
    const entrypoint = image?.OCIv1.config.Entrypoint ?? [];
    expect(entrypoint).toEqual(['node', 'packages/cli/bin/ppsim.mjs']);
    expect(image?.OCIv1.config.WorkingDir).toBe('/ppsim');
    const container = buildah('from', '-q', 'localhost/ppsim-test');
    const out = buildah('run', '--isolation', 'chroot', container, '--', ...entrypoint, ...SWEEP, '--out', '/tmp/out');
    expect(out).toMatch(/Sweep complete: 2 points × 2 replications/);
    const mount = buildah('mount', container);
    const here = await local;
    expect(here.code, here.err).toBe(0);
    expect(readFileSync(join(mount, 'tmp', 'out', 'results.csv'), 'utf8')).toBe(readFileSync(join(storage, 'local', 'results.csv'), 'utf8'));
  }, 240_000);
});
