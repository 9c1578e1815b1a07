import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { main } from '../packages/cli/src/main.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeCommand, resolveShard, sweepCommand, type SweepOptions } from '../packages/cli/src/commands/sweep.ts';
import { noProgress } from '../packages/cli/src/progress.ts';

const root = join(import.meta.dirname, '..');
const tmp = () => mkdtempSync(join(tmpdir(), 'ppsim-sweep-'));
const quiet = noProgress;

function options(out: string, extra: Partial<SweepOptions> = {}): SweepOptions {
  return {
    scenario: 'reference',
    params: ['governance.controlIntensity=0.1:0.7:2'],
    design: 'grid',
    runs: 0,
    reps: 2,
    seed: 3,
    years: 1,
    set: ['population.scale=0.02'],
    out,
    progress: quiet,
    ...extra,
  };
}

describe('sweepCommand(options)', () => {
  it('writes tidy results.csv (one row per run and year) and summary.json', () => {
    const out = tmp();
    expect(sweepCommand(options(out))).toMatch(/Sweep complete: 2 points × 2 replications/);
    const lines = readFileSync(join(out, 'results.csv'), 'utf8').trimEnd().split('\n');
    expect(lines[0]?.startsWith('point,rep,seed,year,governance.controlIntensity,cost.total,')).toBe(true);
    // 4 runs × 1 full year: one year from 2005-01-03 ends in the first days of 2006, which are not a year.
    expect(lines.length - 1).toBe(4);
    expect(new Set(lines.slice(1).map((l) => l.split(',')[3]))).toEqual(new Set(['2005']));
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'))).toMatchObject({ runs: 4, points: 2, reps: 2, provenance: { ppsim: '0.1.0', command: [], node: process.version, seed: 3 } });
  });

  it('resumes without redoing finished runs and gives the same bytes', () => {
    const out = tmp();
    sweepCommand(options(out));
    const before = readFileSync(join(out, 'results.csv'), 'utf8');
    rmSync(join(out, 'parts', '0000002.csv'));
    rmSync(join(out, 'results.csv'));
    expect(sweepCommand(options(out))).toMatch(/1 runs now, 3 done before/);
    expect(readFileSync(join(out, 'results.csv'), 'utf8')).toBe(before);
  });

  it('refuses to resume a folder that holds a different sweep', () => {
    const out = tmp();
    sweepCommand(options(out));
    expect(() => sweepCommand(options(out, { seed: 4 }))).toThrow(/expected the same sweep as the one this folder holds/);
  });

  it('--shard i/n in separate folders, then merge, gives exactly the single-machine bytes', () => {
    const single = tmp();
    sweepCommand(options(single));
    const a = tmp();
    const b = tmp();
    expect(sweepCommand(options(a, { shard: '0/2' }))).toMatch(/Shard done/);
    sweepCommand(options(b, { shard: '1/2' }));
    expect(existsSync(join(a, 'results.csv'))).toBe(false);
    mergeCommand([a, b]);
    expect(readFileSync(join(a, 'results.csv'), 'utf8')).toBe(readFileSync(join(single, 'results.csv'), 'utf8'));
  });
});

describe('damaged, forged and foreign parts', () => {
  const part = (out: string, run: number) => join(out, 'parts', `${String(run).padStart(7, '0')}.csv`);
  const warned = (out: string, extra: Partial<SweepOptions> = {}) => {
    const lines: string[] = [];
    const message = sweepCommand(options(out, { warn: (l) => lines.push(l), ...extra })) as string;
    return { message, lines };
  };

  it('resume redoes a truncated part, a junk part and a part with a changed row, says so, and gives the clean bytes', () => {
    const clean = tmp();
    sweepCommand(options(clean));
    const out = tmp();
    sweepCommand(options(out));
    rmSync(join(out, 'results.csv'));
    const text = readFileSync(part(out, 1), 'utf8');
    writeFileSync(part(out, 1), text.slice(0, Math.floor(text.length * 0.7)));
    writeFileSync(part(out, 2), 'not,a,part\n');
    writeFileSync(part(out, 3), readFileSync(part(out, 3), 'utf8').replace(/,2005,/, ',2004,'));
    const { message, lines } = warned(out);
    expect(message).toMatch(/3 runs now, 1 done before/);
    expect(lines).toEqual([
      expect.stringMatching(/0000001\.csv: (cut short|1 rows where 2 were written|checksum mismatch).*; its run was made again$/),
      expect.stringMatching(/0000002\.csv: no part header .*; its run was made again$/),
      expect.stringMatching(/0000003\.csv: checksum mismatch \(the rows were changed\); its run was made again$/),
    ]);
    expect(readFileSync(join(out, 'results.csv'), 'utf8')).toBe(readFileSync(join(clean, 'results.csv'), 'utf8'));
  });

  it('parts left without their sweep.json are not adopted by a different command', () => {
    const out = tmp();
    sweepCommand(options(out));
    rmSync(join(out, 'sweep.json'));
    rmSync(join(out, 'results.csv'));
    const { message, lines } = warned(out, { seed: 4 });
    expect(message).toMatch(/4 runs now, 0 done before/);
    expect(lines.filter((l) => /a part of another specification; its run was made again/.test(l))).toHaveLength(4);
    const fresh = tmp();
    sweepCommand(options(fresh, { seed: 4 }));
    expect(readFileSync(join(out, 'results.csv'), 'utf8')).toBe(readFileSync(join(fresh, 'results.csv'), 'utf8'));
  });

  it('merge takes a sound copy over a damaged one and says so; with no sound copy it names the part and exits 2', () => {
    const single = tmp();
    sweepCommand(options(single));
    const a = tmp();
    const b = tmp();
    sweepCommand(options(a));
    sweepCommand(options(b));
    writeFileSync(part(a, 2), readFileSync(part(a, 2), 'utf8').replace(/,2005,/, ',2004,'));
    const merged = mergeCommand([a, b]);
    expect(merged).toMatch(/0000002\.csv: checksum mismatch \(the rows were changed\); a sound copy from another folder was taken/);
    expect(readFileSync(join(a, 'results.csv'), 'utf8')).toBe(readFileSync(join(single, 'results.csv'), 'utf8'));
    writeFileSync(part(b, 2), 'junk');
    rmSync(join(a, 'results.csv'));
    let err = '';
    const code = main(['merge', a, b], { write: () => undefined, writeErr: (s) => void (err += s) });
    expect(code).toBe(2);
    expect(err).toMatch(
      /0000002\.csv: expected a sound part of run 2, received "checksum mismatch \(the rows were changed\)"\. Fix: no sound copy in the other folders either \(.*0000002\.csv: no part header/,
    );
    expect(existsSync(join(a, 'results.csv'))).toBe(false);
  });
});

describe('resolveShard(flag, env)', () => {
  it('reads --shard, then Slurm array variables, then a Kubernetes completion index', () => {
    expect(resolveShard('1/4', {})).toEqual({ index: 1, count: 4 });
    expect(resolveShard(undefined, { SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_COUNT: '8' })).toEqual({ index: 3, count: 8 });
    expect(resolveShard(undefined, { JOB_COMPLETION_INDEX: '2', PPSIM_SHARD_COUNT: '5' })).toEqual({ index: 2, count: 5 });
    expect(resolveShard(undefined, {})).toBeUndefined();
    expect(() => resolveShard('4/4', {})).toThrow(/expected i\/n with 0 ≤ i < n/);
  });

  it('refuses Slurm variables that cannot tell the shard count: a task resubmitted alone, an array with gaps', () => {
    const slurm = (id: number, count: number, min: number, max: number) => ({
      SLURM_ARRAY_TASK_ID: String(id),
      SLURM_ARRAY_TASK_COUNT: String(count),
      SLURM_ARRAY_TASK_MIN: String(min),
      SLURM_ARRAY_TASK_MAX: String(max),
    });
    expect(resolveShard(undefined, slurm(2, 4, 0, 3))).toEqual({ index: 2, count: 4 });
    expect(resolveShard(undefined, slurm(3, 16, 1, 16))).toEqual({ index: 2, count: 16 });
    expect(resolveShard(undefined, slurm(0, 1, 0, 0))).toEqual({ index: 0, count: 1 });
    expect(() => resolveShard(undefined, slurm(7, 1, 7, 7))).toThrow(
      /SLURM_ARRAY_TASK_ID: expected the tasks of one whole array 0\.\.n-1 .*received "task 7 of an array of 1 from 7 to 7"\. Fix: pass the shard explicitly/,
    );
    expect(() => resolveShard(undefined, slurm(7, 2, 3, 7))).toThrow(/received "task 7 of an array of 2 from 3 to 7"/);
    expect(resolveShard('7/16', slurm(7, 1, 7, 7))).toEqual({ index: 7, count: 16 });
  });
});

describe('ppsim sweep killed with SIGKILL and started again', () => {
  it('finishes without redoing runs and with exactly the bytes of an uninterrupted sweep', async () => {
    const argv = (out: string) => [
      'packages/cli/bin/ppsim.mjs',
      'sweep',
      'reference',
      '--param',
      'governance.controlIntensity=0.1:0.7:3',
      '--reps',
      '2',
      '--years',
      '1',
      '--set',
      'population.scale=0.05',
      '--quiet',
      '--out',
      out,
    ];
    const reference = tmp();
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, argv(reference), { cwd: root, stdio: 'ignore' });
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
    });
    const out = tmp();
    // Start, wait for the first finished run, then kill -9 in the middle of the sweep.
    await new Promise<void>((resolve) => {
      const child = spawn(process.execPath, argv(out), { cwd: root, stdio: 'ignore' });
      const timer = setInterval(() => {
        const parts = existsSync(join(out, 'parts')) ? readdirSync(join(out, 'parts')).filter((f) => f.endsWith('.csv')) : [];
        if (parts.length >= 2) {
          clearInterval(timer);
          child.kill('SIGKILL');
        }
      }, 20);
      child.on('exit', () => {
        clearInterval(timer);
        resolve();
      });
    });
    const done = readdirSync(join(out, 'parts')).filter((f) => f.endsWith('.csv')).length;
    expect(done).toBeLessThan(6);
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, argv(out), { cwd: root, stdio: 'ignore' });
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
    });
    expect(readFileSync(join(out, 'results.csv'), 'utf8')).toBe(readFileSync(join(reference, 'results.csv'), 'utf8'));
    expect(readdirSync(join(out, 'parts')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('ppsim sweep --workers N', () => {
  it('writes exactly the bytes of the one-thread sweep', async () => {
    const single = tmp();
    sweepCommand(options(single));
    const threaded = tmp();
    const message = await sweepCommand(options(threaded, { workers: 2 }));
    expect(message).toMatch(/Sweep complete: 2 points × 2 replications/);
    expect(readFileSync(join(threaded, 'results.csv'), 'utf8')).toBe(readFileSync(join(single, 'results.csv'), 'utf8'));
  });
});

describe('ppsim rerun <sweep folder>', () => {
  it('runs the recorded sweep again and compares results.csv byte for byte; a tampered file exits 1', () => {
    const out = tmp();
    sweepCommand(options(out));
    let text = '';
    const ok = main(['rerun', out], { write: (s) => void (text += s), writeErr: () => undefined }) as number;
    expect(ok).toBe(0);
    expect(text).toMatch(/✔ reproduced byte for byte: .*results\.csv \(4 runs of the sweep/);
    expect(text).toMatch(/compared: results\.csv, summary\.json, each recomputed from the sweep's specification; taken as recorded: the environment/);
    const file = join(out, 'results.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/,2005,/, ',2004,'));
    expect(main(['rerun', out], { write: () => undefined, writeErr: () => undefined })).toBe(1);
  });

  it('an edited summary.json is not reproduced: the field is named (exit 1); the recorded environment is not a difference', () => {
    const out = tmp();
    sweepCommand(options(out));
    const file = join(out, 'summary.json');
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { provenance: { node: string; seeds: number[] } };
    doc.provenance.node = 'v0.0.1';
    writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
    let text = '';
    expect(main(['rerun', out], { write: (s) => void (text += s), writeErr: () => undefined })).toBe(0);
    doc.provenance.seeds[0] = 7;
    writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
    text = '';
    expect(main(['rerun', out], { write: (s) => void (text += s), writeErr: () => undefined })).toBe(1);
    expect(text).toMatch(/✖ not reproduced: .*summary\.json: provenance\.seeds\.0: recorded 7, rerun \d+/);
  });
});

describe('ppsim sweep provenance', () => {
  it('records the command without --out, --shard, --workers and --quiet, so shards merge to the single-machine summary.json bytes', () => {
    const base = ['sweep', 'reference', '--param', 'governance.controlIntensity=0.1:0.7:2', '--reps', '2', '--years', '1', '--set', 'population.scale=0.02', '--quiet'];
    const run = (...extra: string[]) => main([...base, ...extra], { write: () => undefined, writeErr: () => undefined }) as number;
    const single = tmp();
    const a = tmp();
    const b = tmp();
    expect(run('--out', single)).toBe(0);
    expect(run('--out', a, '--shard', '0/2')).toBe(0);
    expect(run('--out', b, '--shard', '1/2')).toBe(0);
    expect(main(['merge', a, b], { write: () => undefined, writeErr: () => undefined })).toBe(0);
    const summary = JSON.parse(readFileSync(join(single, 'summary.json'), 'utf8')) as { provenance: { command: string[] } };
    expect(summary.provenance.command).toEqual(base.filter((x) => x !== '--quiet'));
    expect(readFileSync(join(a, 'summary.json'), 'utf8')).toBe(readFileSync(join(single, 'summary.json'), 'utf8'));
    expect(readFileSync(join(a, 'results.csv'), 'utf8')).toBe(readFileSync(join(single, 'results.csv'), 'utf8'));
  });
});
