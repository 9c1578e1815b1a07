import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.ts';

const root = join(import.meta.dirname, '..');

const SMALL = ['--set', 'population.scale=0.05'];

/** Runs a command with --out into a fresh folder and returns the folder. */
function result(...argv: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'ppsim-rerun-'));
  const r = cli(...argv, '--out', dir);
  expect(r.code).toBe(0);
  return dir;
}

type Doc = Record<string, unknown> & {
  ppsim: string;
  provenance: Record<string, unknown> & { ppsim: string; scenarios: { params: { governance: { controlIntensity: number } } }[] };
  metrics: Record<string, { mean: number }>;
};
const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as Doc;
const write = (dir: string, doc: unknown) => writeFileSync(join(dir, 'summary.json'), `${JSON.stringify(doc, null, 2)}\n`);

/** A run's --out folder whose embedded governance.controlIntensity was then edited to `value`. */
function tamperedRun(value: number): string {
  const dir = result('run', 'reference', '--reps', '2', '--years', '1', ...SMALL);
  const doc = read(dir);
  const s = doc.provenance.scenarios[0];
  if (s !== undefined) s.params.governance.controlIntensity = value;
  write(dir, doc);
  return dir;
}

describe('ppsim rerun DIR', () => {
  it('reproduces a run, a compare and a demo byte for byte (summary.json and series.csv), exit 0', () => {
    const dirs = [
      result('run', 'bergen:integrated', '--reps', '2', '--years', '2', ...SMALL),
      result('compare', 'reference', 'reference:competitive-per-unit', '--reps', '2', '--years', '2', ...SMALL),
      result('demo', '--reps', '2', '--years', '2', ...SMALL),
    ];
    for (const dir of dirs) {
      const r = cli('rerun', dir);
      expect(r).toEqual({ code: 0, out: expect.stringMatching(/^✔ reproduced byte for byte: .*summary\.json and series\.csv \(ppsim (run|compare|demo) /) as unknown, err: '' });
    }
  });

  it('accepts the summary.json file itself, and a saved --json output', () => {
    const dir = result('run', 'reference', '--reps', '2', '--years', '1', ...SMALL);
    expect(cli('rerun', join(dir, 'summary.json')).code).toBe(0);
    const saved = join(mkdtempSync(join(tmpdir(), 'ppsim-rerun-')), 'result.json');
    writeFileSync(saved, cli('compare', 'reference', 'bergen', '--reps', '2', '--years', '1', ...SMALL, '--json').out);
    expect(cli('rerun', saved).out).toBe(
      `✔ reproduced byte for byte: ${saved} (ppsim compare reference bergen --reps 2 --years 1 --set population.scale=0.05 --json)\n` +
        '  recomputed from the recorded scenarios, seeds and replications: every metric, interval and series; taken as recorded from the file: titles, the command and the environment\n',
    );
  });

  it('uses the parameters embedded in the file, so a changed case file cannot change the rerun', () => {
    const cases = mkdtempSync(join(tmpdir(), 'ppsim-cases-'));
    cpSync(join(root, 'packages/scenarios/src/fixtures/cases'), cases, { recursive: true });
    const dir = result('run', 'town', '--cases', cases, '--reps', '2', '--years', '2', ...SMALL);
    const file = join(cases, 'town.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(/^title: .*$/m, 'title: edited')
        .replace('governance.controlIntensity: { value: 0.4', 'governance.controlIntensity: { value: 0.9'),
    );
    const now = JSON.parse(cli('run', 'town', '--cases', cases, '--reps', '2', '--years', '2', ...SMALL, '--json').out) as Doc;
    expect(now.provenance.scenarios[0]?.params.governance.controlIntensity).toBe(0.9);
    expect(cli('rerun', dir).code).toBe(0);
  });

  it('--json prints one JSON report on stdout and nothing else', () => {
    const dir = result('run', 'reference', '--reps', '2', '--years', '1', ...SMALL);
    const r = cli('rerun', dir, '--json');
    expect(r.err).toBe('');
    expect(JSON.parse(r.out)).toMatchObject({ reproduced: true, seriesReproduced: true, ppsim: { recorded: '0.1.0', now: '0.1.0' }, warnings: [] });
  });
});

describe('ppsim rerun (not reproduced, exit 1)', () => {
  it('names the first differing metric of a tampered file, and how many differ', () => {
    const dir = result('run', 'reference', '--reps', '2', '--years', '1', ...SMALL);
    const doc = read(dir);
    const recorded = doc.metrics['cost.transaction']?.mean ?? 0;
    (doc.metrics['cost.transaction'] as { mean: number }).mean = recorded + 1;
    write(dir, doc);
    const r = cli('rerun', dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('✖ not reproduced: ppsim run reference --reps 2 --years 1 --set population.scale=0.05 --out ');
    expect(r.out).toContain(`1 of ${Object.keys(doc.metrics).length} metrics differ; first cost.transaction (mean): recorded ${recorded + 1}, rerun ${recorded}`);
    const json = JSON.parse(cli('rerun', dir, '--json').out) as { reproduced: boolean; firstDifference: { path: string } };
    expect(json).toMatchObject({ reproduced: false, seriesReproduced: true, firstDifference: { path: 'metrics/cost.transaction/mean' } });
  });

  it('recomputes from a tampered parameter: the hash and the results no longer match', () => {
    const dir = tamperedRun(0.9);
    const r = cli('rerun', dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/metrics differ; first /);
    expect(r.out).toMatch(/series\.csv: first difference at line \d+/);
  });

  it('finds a changed series.csv', () => {
    const dir = result('run', 'reference', '--reps', '2', '--years', '1', ...SMALL);
    const csv = join(dir, 'series.csv');
    const lines = readFileSync(csv, 'utf8').split('\n');
    lines[3] = `${lines[3] ?? ''}0`;
    writeFileSync(csv, lines.join('\n'));
    const r = cli('rerun', dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/series\.csv: first difference at line 4\n$/);
  });

  it('reports edits that change only the bytes (formatting)', () => {
    const dir = result('run', 'reference', '--reps', '2', '--years', '1', ...SMALL);
    writeFileSync(join(dir, 'summary.json'), JSON.stringify(read(dir)));
    const r = cli('rerun', dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/the same values, but the bytes differ/);
  });
});

describe('ppsim rerun (another version)', () => {
  it('warns on stderr that the version differs, and still compares', () => {
    const dir = result('run', 'reference', '--reps', '2', '--years', '1', ...SMALL);
    const doc = read(dir);
    doc.ppsim = '0.0.9';
    doc.provenance.ppsim = '0.0.9';
    write(dir, doc);
    const r = cli('rerun', dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^✔ reproduced byte for byte/);
    expect(r.err).toBe('⚠ the result was made with ppsim 0.0.9, this is ppsim 0.1.0: differences may come from changes to the model\n');
  });
});

describe('ppsim rerun (not a ppsim result, exit 2)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ppsim-rerun-bad-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it.each([
    ['other.json', '{"name": "not ppsim"}', 'received "JSON without the ppsim and command fields"'],
    ['text.json', 'hello', 'received "text that is not JSON"'],
    [
      'old.json',
      '{"ppsim": "0.1.0", "command": "run", "provenance": {"version": "0.1.0", "argv": []}}',
      'received "a run result without rerunnable provenance". Fix: the provenance needs command, seed, reps and scenarios',
    ],
    [
      'sweep.json',
      '{"ppsim": "0.1.0", "command": "sweep", "provenance": {"command": [], "seed": 1, "reps": 2, "scenarios": []}}',
      'received "a result of ppsim sweep". Fix: rerun reproduces results of run, compare and demo',
    ],
  ])('%s: names the file, what a ppsim result is, and what it found', (name, text, message) => {
    const path = file(name, text);
    const r = cli('rerun', path);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`✖ ${path}: expected a ppsim result (summary.json, or the saved stdout of \`ppsim run|compare|demo --json\`) with its provenance, `);
    expect(r.err).toContain(message);
  });

  it('a folder without summary.json', () => {
    const empty = mkdtempSync(join(tmpdir(), 'ppsim-rerun-empty-'));
    const r = cli('rerun', empty);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`✖ ${join(empty, 'summary.json')}: expected a ppsim result`);
    expect(r.err).toContain('received "no such file"');
  });

  it('an embedded parameter out of range: the error names its path', () => {
    const out = tamperedRun(7);
    const r = cli('rerun', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/governance\.controlIntensity/);
  });
});
