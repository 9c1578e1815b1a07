import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.ts';

const root = join(import.meta.dirname, '..');

// Small and short: 5 % of Bergen scale, few years, so the suite stays fast.
const SMALL = ['--set', 'population.scale=0.05'];

describe('ppsim demo', () => {
  it('--json prints one JSON document with both regimes, intervals and paired differences', () => {
    const { code, out, err } = cli('demo', '--reps', '3', '--years', '3', ...SMALL, '--json', '--quiet');
    expect(code).toBe(0);
    expect(err).toBe('');
    const doc = JSON.parse(out) as {
      finalYear: number;
      metrics: Record<string, { integrated: { mean: number; ci95: [number, number] }; split: { mean: number }; difference: { mean: number; ci95: [number, number] } }>;
    };
    expect(doc.finalYear).toBe(2007);
    const t = doc.metrics['cost.transaction'];
    expect(t?.integrated.ci95[0]).toBeLessThanOrEqual(t?.integrated.mean ?? Number.NaN);
    // A separate orderer office adds transaction costs in every replication.
    expect(t?.difference.ci95[0]).toBeGreaterThan(0);
  });

  it('gives the same bytes for the same seed and different bytes for another', () => {
    const a = cli('demo', '--reps', '2', '--years', '2', ...SMALL, '--seed', '4').out;
    expect(cli('demo', '--reps', '2', '--years', '2', ...SMALL, '--seed', '4').out).toBe(a);
    expect(cli('demo', '--reps', '2', '--years', '2', ...SMALL, '--seed', '5').out).not.toBe(a);
  });

  it('--out DIR writes a tidy series.csv and summary.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppsim-demo-'));
    const { code } = cli('demo', '--reps', '2', '--years', '2', ...SMALL, '--out', dir);
    expect(code).toBe(0);
    const lines = readFileSync(join(dir, 'series.csv'), 'utf8').trimEnd().split('\n');
    expect(lines[0]?.startsWith('regime,seed,step,year,served,')).toBe(true);
    // 2 regimes × 2 replications × 105 weekly steps in 2 years from 2005-01-03.
    expect(lines.length - 1).toBe(2 * 2 * 105);
    expect(JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'))).toHaveProperty('provenance.seeds');
    expect(readdirSync(dir).sort()).toEqual(['series.csv', 'summary.json']);
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

describe('ppsim run [scenario]', () => {
  it('--json has every design metric with unit, mean, ci95 and byYear', () => {
    const { code, out } = cli('run', 'reference', '--reps', '3', '--years', '2', ...SMALL, '--json');
    expect(code).toBe(0);
    const doc = JSON.parse(out) as { metrics: Record<string, { unit: string; mean: number; ci95: [number, number]; byYear: Record<string, number> }> };
    for (const name of [
      'cost.total',
      'cost.production',
      'cost.transaction',
      'cost.perUser',
      'adminShare',
      'hours.granted',
      'hours.delivered',
      'needMet',
      'wait.assessmentWeeks',
      'wait.startWeeks',
      'users.served',
      'users.functionMean',
      'prevention.share',
      'satisfaction.users',
      'staff.motivation',
      'staff.sickLeave',
      'staff.turnover',
      'directTimeShare',
      'gaming.overbilledHours',
      'complaints',
    ]) {
      const m = doc.metrics[name];
      expect(m, name).toBeDefined();
      expect(typeof m?.unit).toBe('string');
      expect(Number.isFinite(m?.mean)).toBe(true);
      // Full years only: the first days of 2007 that a two-year run spills into are not a year.
      expect(Object.keys(m?.byYear ?? {})).toEqual(['2005', '2006']);
    }
  });

  it('--set path=value changes a parameter, and a bad path or value exits 2 naming it', () => {
    const ok = cli('run', '--reps', '2', '--years', '1', ...SMALL, '--set', 'governance.split=internal', '--json');
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.out) as { scenario: { params: { governance: { split: string } } } }).scenario.params.governance.split).toBe('internal');
    const badPath = cli('run', '--reps', '2', '--set', 'governance.spilt=internal');
    expect(badPath.code).toBe(2);
    expect(badPath.err).toMatch(/governance.spilt: expected a parameter path; "governance" has "split"/);
    const badValue = cli('run', '--reps', '2', '--set', 'governance.split=bum');
    expect(badValue.code).toBe(2);
    expect(badValue.err).toMatch(/governance.split/);
  });

  it('exits 2 for an unknown scenario, listing the known ones', () => {
    const { code, err } = cli('run', 'bergn');
    expect(code).toBe(2);
    expect(err).toMatch(/scenario: expected a built-in scenario \(reference, [^)]*\) or a scenario file ending in \.yaml or \.json, received "bergn"/);
    expect(err).toMatch(/did you mean "bergen"\?/);
  });
});

describe('pnpm ppsim (as a process)', () => {
  it('--version prints the version and exits 0', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'packages/cli/src/bin.ts', '--version'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('the installed bin (bin/ppsim.mjs) runs the same CLI', () => {
    const r = spawnSync(process.execPath, ['packages/cli/bin/ppsim.mjs', 'run', '--reps', '2', '--years', '1', ...SMALL, '--json'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty(['metrics', 'users.served']);
  });
});

describe('ppsim demo --out (errors)', () => {
  it('exits 2 with the folder, the expectation and a fix when the folder cannot be created', () => {
    // A regular file where a folder should be: fails for every user, root included.
    const file = join(mkdtempSync(join(tmpdir(), 'ppsim-')), 'not-a-folder');
    writeFileSync(file, '');
    const { code, err } = cli('demo', '--reps', '2', '--years', '2', ...SMALL, '--out', join(file, 'out'));
    expect(code).toBe(2);
    expect(err.replace(file, '<file>')).toMatchInlineSnapshot(`
      "✖ <file>/out: expected a folder ppsim can create and write in, received "ENOTDIR". Fix: choose another --out folder, or check its permissions and free space
      "
    `);
  });
});

describe('progress', () => {
  it('ppsim run --json without --quiet: progress lines on stderr, stdout still one JSON document', () => {
    const { code, out, err } = cli('run', '--reps', '2', '--years', '1', ...SMALL, '--json');
    expect(code).toBe(0);
    expect(() => JSON.parse(out) as unknown).not.toThrow();
    // A line at the first run, and a last one with the total.
    expect(err).toMatch(/^run: 1\/2 runs \([\d.]+ runs\/s, ETA \d+ s\)\nrun: 2\/2 runs \([\d.]+ runs\/s, ETA 0 s\)\n$/);
  });
});

describe('ppsim run --out on a full disk', () => {
  // A 64 KiB tmpfs fills up after a few hundred rows; mounting needs root (as here and in CI).
  const mountPoint = mkdtempSync(join(tmpdir(), 'ppsim-full-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint]).status === 0;

  it.skipIf(!mounted)('stops with exit 1, names the file and the cause, and leaves nothing half-written', () => {
    try {
      const out = join(mountPoint, 'out');
      const { code, err } = cli('run', '--reps', '2', '--years', '2', ...SMALL, '--quiet', '--out', out);
      expect(code).toBe(1);
      expect(err).toMatch(/series\.csv: expected free space on the disk to write the file, received "ENOSPC". Fix: free some space or choose another --out folder; nothing was left half-written/);
      expect(readdirSync(out)).toEqual([]);
    } finally {
      spawnSync('umount', [mountPoint]);
    }
  });
});
