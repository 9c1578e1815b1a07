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
    expect(r.out).toMatch(/recomputed from the recorded scenarios, seeds and replications: every metric, interval and series; taken as recorded from the file: titles, the command and the environment/);
  });

  it('a sweep folder: results.csv compared, its summary.json named as not compared', async () => {
    const out = join(dir, 'scope-sweep');
    expect((await ppsim('sweep', 'reference', '--param', 'governance.controlIntensity=0:1:2', '--reps', '1', '--years', '1', '--set', 'population.scale=0.05', '--quiet', '--out', out)).code).toBe(0);
    const r = await ppsim('rerun', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/compared: results\.csv; not compared: summary\.json/);
  });
});
