import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../packages/cli/src/main.ts';

const root = join(import.meta.dirname, '..');

/** Runs the CLI in-process and captures its output. */
function cli(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, { write: (s) => void (out += s), writeErr: (s) => void (err += s) });
  return { code, out, err };
}

describe('ppsim demo', () => {
  it('--json prints one JSON document with intervals and a paired difference', () => {
    const { code, out, err } = cli('demo', '--reps', '3', '--years', '6', '--json');
    expect(code).toBe(0);
    expect(err).toBe('');
    const doc = JSON.parse(out) as { metrics: Record<string, { staffed: { ci95: [number, number]; n: number }; difference: { mean: number } }>; finalYear: number };
    expect(doc.finalYear).toBe(2010);
    expect(doc.metrics.waiting?.staffed.n).toBe(3);
    // After the cut capacity is below demand, so the queue is longer in every replication.
    expect(doc.metrics.waiting?.difference.mean).toBeGreaterThan(50);
  });

  it('gives the same bytes for the same seed and different bytes for another', () => {
    const a = cli('demo', '--reps', '2', '--years', '5', '--seed', '4').out;
    expect(cli('demo', '--reps', '2', '--years', '5', '--seed', '4').out).toBe(a);
    expect(cli('demo', '--reps', '2', '--years', '5', '--seed', '5').out).not.toBe(a);
  });

  it('--out DIR writes a tidy series.csv and summary.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppsim-demo-'));
    const { code } = cli('demo', '--reps', '2', '--years', '5', '--out', dir);
    expect(code).toBe(0);
    const lines = readFileSync(join(dir, 'series.csv'), 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('scenario,seed,step,year,waiting,waitedWeeks,assessed,users,caseworkers');
    // 2 scenarios × 2 replications × 261 weekly steps in 5 years from 2005-01-03.
    expect(lines.length - 1).toBe(2 * 2 * 261);
    expect(JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'))).toHaveProperty('provenance.seeds');
    const ndjson = readFileSync(join(dir, 'series.ndjson'), 'utf8').trimEnd().split('\n');
    expect(ndjson.length).toBe(2 * 2 * (261 + 2)); // header, rows, end per run
    expect(readdirSync(dir).sort()).toEqual(['series.csv', 'series.ndjson', 'summary.json']);
  });

  it('exits 2 on a bad flag value and names the flag, the expectation and a fix', () => {
    const { code, err } = cli('demo', '--reps', 'many');
    expect(code).toBe(2);
    expect(err).toMatch(/--reps <n>.*expected a whole number from 2 to 10000, received "many". Fix: e\.g\. --reps 20/);
  });

  it('exits 2 on an unknown command', () => {
    const { code, err } = cli('simulate');
    expect(code).toBe(2);
    expect(err).toMatch(/unknown command 'simulate'/);
  });
});

describe('pnpm ppsim (as a process)', () => {
  it('--version prints the version and exits 0', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'packages/cli/src/bin.ts', '--version'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('the installed bin (bin/ppsim.mjs) runs the same CLI', () => {
    const r = spawnSync(process.execPath, ['packages/cli/bin/ppsim.mjs', 'demo', '--reps', '2', '--years', '5', '--json'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('metrics.users');
  });
});

describe('ppsim demo --out (errors)', () => {
  it('exits 2 with the folder, the expectation and a fix when the folder cannot be created', () => {
    // A regular file where a folder should be: fails for every user, root included.
    const file = join(mkdtempSync(join(tmpdir(), 'ppsim-')), 'not-a-folder');
    writeFileSync(file, '');
    const { code, err } = cli('demo', '--reps', '2', '--years', '5', '--out', join(file, 'out'));
    expect(code).toBe(2);
    expect(err.replace(file, '<file>')).toMatchInlineSnapshot(`
      "✖ <file>/out: expected a folder ppsim can create and write in, received "ENOTDIR". Fix: choose another --out folder, or check its permissions and free space
      "
    `);
  });
});
