import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliAsync as cli } from './helpers/cli.ts';

const SMALL = ['--years', '2', '--set', 'population.scale=0.05', '--quiet'];

describe('--workers N (worker threads)', () => {
  it('ppsim run: the same series.csv and summary.json bytes with 1 and 3 workers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppsim-workers-'));
    const one = await cli('run', '--reps', '5', ...SMALL, '--out', dir);
    expect(one.code).toBe(0);
    const csv = readFileSync(join(dir, 'series.csv'), 'utf8');
    const summary = readFileSync(join(dir, 'summary.json'), 'utf8');
    const three = await cli('run', '--reps', '5', ...SMALL, '--out', dir, '--workers', '3');
    expect(three.code).toBe(0);
    expect(three.out).toBe(one.out);
    expect(readFileSync(join(dir, 'series.csv'), 'utf8')).toBe(csv);
    expect(readFileSync(join(dir, 'summary.json'), 'utf8')).toBe(summary);
  });

  it('ppsim compare and demo --json: the same document with 1 and 2 workers', async () => {
    for (const argv of [
      ['compare', 'reference', 'reference:internal-split', '--reps', '3'],
      ['demo', '--reps', '3'],
    ]) {
      const one = await cli(...argv, ...SMALL, '--json');
      const two = await cli(...argv, ...SMALL, '--json', '--workers', '2');
      expect(two.code).toBe(0);
      expect(two.out).toBe(one.out);
    }
  });

  it('--workers 0 is bad input (exit 2)', async () => {
    const r = await cli('run', '--workers', '0');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--workers <n>.*expected a whole number from 1 to 64/);
  });
});
