/**
 * `ppsim rerun` holds a result's recorded provenance to the command line's limits (packages/cli/src/
 * limits.ts): an edited file that asks for 100,000 replications or a negative seed is refused with
 * exit 2 before anything runs, as the same flags would be; and it says what it compared.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../packages/cli/src/main.ts';

const dir = mkdtempSync(join(tmpdir(), 'ppsim-rerun-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ppsim(...args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(args, { write: (s) => void (out += s), writeErr: (s) => void (out += s) });
  return { code, out };
}

describe('ppsim rerun on a result whose provenance asks for more than the command line allows', () => {
  it.each([
    ['reps', 100_000, /provenance\.reps: expected a whole number from 2 to 10000, as the command line accepts, received 100000/],
    ['reps', 1.5, /provenance\.reps: expected a whole number from 2 to 10000/],
    ['seed', -1, /provenance\.seed: expected a whole number from 0 to/],
  ] as const)('provenance.%s = %s: exit 2, the path and the limit named, nothing run', async (field, value, message) => {
    const out = join(dir, `${field}-${String(value)}`);
    expect((await ppsim('run', 'reference', '--reps', '2', '--years', '1', '--set', 'population.scale=0.05', '--quiet', '--out', out)).code).toBe(0);
    const file = join(out, 'summary.json');
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { provenance: Record<string, unknown> };
    doc.provenance[field] = value;
    writeFileSync(file, JSON.stringify(doc));
    const r = await ppsim('rerun', out);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(message);
    expect(r.out).not.toMatch(/\n\s+at /);
  });
});

describe('ppsim rerun says what it compared', () => {
  it('a run: the recomputed values, and what it took from the file as recorded', async () => {
    const out = join(dir, 'scope-run');
    expect((await ppsim('run', 'reference', '--reps', '2', '--years', '1', '--set', 'population.scale=0.05', '--quiet', '--out', out)).code).toBe(0);
    const r = await ppsim('rerun', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /recomputed from the recorded scenarios, seeds and replications: every metric, interval and series; taken as recorded from the file: titles, the command and the environment/,
    );
  });

  it('a sweep folder: every result file recomputed and compared, the environment taken as recorded', async () => {
    const out = join(dir, 'scope-sweep');
    expect((await ppsim('sweep', 'reference', '--param', 'governance.controlIntensity=0:1:2', '--reps', '1', '--years', '1', '--set', 'population.scale=0.05', '--quiet', '--out', out)).code).toBe(0);
    const r = await ppsim('rerun', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/compared: results\.csv, summary\.json, each recomputed from the sweep's specification; taken as recorded: the environment/);
  });
});

describe('sweep.json and map.json edited to ask for more than the flags allow, or damaged', () => {
  const edits: readonly (readonly [string, (spec: Record<string, unknown>) => void, RegExp])[] = [
    ['reps', (s) => void (s.reps = 100_000), /sweep\.json: reps: expected a whole number from 1 to 10000, as --reps accepts, received 100000/],
    ['seeds', (s) => void ((s.seeds as number[])[0] = 1), /sweep\.json: seeds: expected the 2 replication seeds of master seed 1/],
    ['points', (s) => void (s.points = [[0.5, 7]]), /sweep\.json: points\[0\]: expected 1 finite numbers, one per range/],
    ['ranges', (s) => void ((s.ranges as { path: string }[])[0]!.path = '__proto__.x'), /sweep\.json: ranges\[0\]: expected a numeric model parameter/],
    [
      'params',
      (s) => void ((s.scenario as { params: { governance: { controlIntensity: number } } }).params.governance.controlIntensity = 9),
      /sweep\.json: scenario\.params: expected valid model parameters, received "expected a value ≤ 1, received 9"/,
    ],
  ];
  it.each(edits)('%s: rerun and resume exit 2 naming the field, nothing run', async (_name, edit, message) => {
    const out = join(dir, `sweep-${_name}`);
    const argv = ['sweep', 'reference', '--param', 'governance.controlIntensity=0.2:0.6:2', '--reps', '2', '--years', '1', '--set', 'population.scale=0.02', '--quiet', '--out', out];
    expect((await ppsim(...argv)).code).toBe(0);
    const file = join(out, 'sweep.json');
    const spec = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    edit(spec);
    writeFileSync(file, JSON.stringify(spec));
    const rerun = await ppsim('rerun', out);
    expect(rerun.code).toBe(2);
    expect(rerun.out).toMatch(message);
    const merge = await ppsim('merge', out);
    expect(merge.code).toBe(2);
  });

  it('map.json with replications beyond --reps: exit 2', async () => {
    const out = join(dir, 'map-reps');
    expect(
      (await ppsim('map', 'reference', '--regimes', 'integrated,competitive-choice', '--runs', '2', '--reps', '2', '--years', '1', '--set', 'population.scale=0.02', '--quiet', '--out', out)).code,
    ).toBe(0);
    const file = join(out, 'map.json');
    const spec = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    spec.reps = 50_000;
    writeFileSync(file, JSON.stringify(spec));
    const rerun = await ppsim('rerun', out);
    expect(rerun.code).toBe(2);
    expect(rerun.out).toMatch(/map\.json: reps: expected a whole number from 1 to 10000/);
  });
});
