import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, cliAsync } from './helpers/cli.ts';

const SMALL = ['--years', '2', '--set', 'population.scale=0.05', '--quiet'];
const PARAMS = ['--param', 'governance.controlIntensity=0:1', '--param', 'staff.motivation.crowding=0:1'];

describe('ppsim sensitivity', () => {
  it('--method morris gives μ*, μ and σ with bootstrap intervals per metric and parameter; control moves direct time several times more than crowding (which acts only through motivation and slack)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppsim-sens-'));
    const r = cli('sensitivity', ...PARAMS, '--samples', '4', '--reps', '1', '--metric', 'directTimeShare', ...SMALL, '--out', dir);
    expect(r.code).toBe(0);
    const { rows } = JSON.parse(readFileSync(join(dir, 'sensitivity.json'), 'utf8')) as { rows: { parameter: string; muStar: number; muStarLo: number; muStarHi: number }[] };
    const control = rows.find((x) => x.parameter === 'governance.controlIntensity');
    const crowding = rows.find((x) => x.parameter === 'staff.motivation.crowding');
    expect(control?.muStarLo).toBeLessThanOrEqual(control?.muStar ?? Number.NaN);
    expect(control?.muStar).toBeGreaterThan(3 * (crowding?.muStar ?? Number.POSITIVE_INFINITY));
    expect(readFileSync(join(dir, 'sensitivity.csv'), 'utf8').split('\n')[0]).toBe('metric,method,parameter,mu,muStar,sigma,muStarLo,muStarHi');
  });

  it('--method sobol gives S1 and ST with intervals', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppsim-sens-'));
    const r = cli('sensitivity', ...PARAMS, '--method', 'sobol', '--samples', '8', '--reps', '1', '--metric', 'directTimeShare', ...SMALL, '--out', dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Sobol indices of the final full year, 32 points × 1 replications/);
    const { rows } = JSON.parse(readFileSync(join(dir, 'sensitivity.json'), 'utf8')) as { rows: { parameter: string; S1: number; ST: number }[] };
    expect(rows.map((x) => x.parameter)).toEqual(['governance.controlIntensity', 'staff.motivation.crowding']);
    for (const row of rows) expect(Number.isFinite(row.ST)).toBe(true);
  });

  it('exits 2 on an unknown method or a single parameter', () => {
    expect(cli('sensitivity', ...PARAMS, '--method', 'fast', '--out', mkdtempSync(join(tmpdir(), 'x-'))).code).toBe(2);
    expect(cli('sensitivity', '--param', 'governance.controlIntensity=0:1', '--out', mkdtempSync(join(tmpdir(), 'x-'))).code).toBe(2);
  });
});

describe('ppsim sensitivity --workers 2', () => {
  it('gives the same sensitivity.csv bytes as one thread', async () => {
    const one = mkdtempSync(join(tmpdir(), 'ppsim-sens-'));
    const two = mkdtempSync(join(tmpdir(), 'ppsim-sens-'));
    const argv = ['sensitivity', ...PARAMS, '--samples', '3', '--reps', '1', '--metric', 'directTimeShare', ...SMALL];
    expect(cli(...argv, '--out', one).code).toBe(0);
    const { code, err } = await cliAsync(...argv, '--out', two, '--workers', '2');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(readFileSync(join(two, 'sensitivity.csv'), 'utf8')).toBe(readFileSync(join(one, 'sensitivity.csv'), 'utf8'));
  });
});

describe('ppsim rerun <sensitivity folder>', () => {
  it('recomputes results.csv, summary.json, sensitivity.csv and sensitivity.json and compares each; an edited index exits 1 naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppsim-sens-rerun-'));
    expect(cli('sensitivity', ...PARAMS, '--samples', '2', '--reps', '1', '--metric', 'needMet', '--metric', 'directTimeShare', ...SMALL, '--out', dir).code).toBe(0);
    const ok = cli('rerun', dir);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/compared: results\.csv, summary\.json, sensitivity\.csv, sensitivity\.json, each recomputed/);
    const file = join(dir, 'sensitivity.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[2] = (lines[2] ?? '').replace(/,([\d.]+),/, (_, x: string) => `,${Number(x) * 2},`);
    writeFileSync(file, lines.join('\n'));
    const edited = cli('rerun', dir);
    expect(edited.code).toBe(1);
    expect(edited.out).toMatch(/✖ not reproduced: .*sensitivity\.csv: first difference at line 3/);
  });
});
