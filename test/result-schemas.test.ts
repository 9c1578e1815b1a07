/**
 * The result documents the command line writes are the ones core's schemas describe (RESULT_SCHEMAS,
 * packages/core/src/results/schemas.ts): each command runs once, small, and its summary.json (or
 * sensitivity.json) must parse; `ppsim schema --results` prints the same schemas as JSON Schema.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RESULT_SCHEMAS } from '@ppsim/core';
import { main } from '../packages/cli/src/main.ts';

const dir = mkdtempSync(join(tmpdir(), 'ppsim-result-schemas-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SMALL = ['--years', '2', '--set', 'population.scale=0.05', '--quiet'];

async function ppsim(...args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(args, { write: (s) => void (out += s), writeErr: (s) => void (out += s) });
  return { code, out };
}

const cases: readonly (readonly [keyof typeof RESULT_SCHEMAS, string, readonly string[]])[] = [
  ['run', 'summary.json', ['run', 'reference', '--reps', '2', ...SMALL]],
  ['compare', 'summary.json', ['compare', 'reference', 'reference:internal-split', '--reps', '2', ...SMALL]],
  ['demo', 'summary.json', ['demo', '--reps', '2', ...SMALL]],
  ['sweep', 'summary.json', ['sweep', 'reference', '--param', 'governance.controlIntensity=0:1:2', '--reps', '1', ...SMALL]],
  [
    'sensitivity',
    'sensitivity.json',
    ['sensitivity', 'reference', '--param', 'governance.controlIntensity=0:1', '--param', 'staff.motivation.crowding=0:1', '--samples', '2', '--reps', '1', '--metric', 'needMet', ...SMALL],
  ],
  ['map', 'summary.json', ['map', 'reference', '--regimes', 'integrated,competitive-choice', '--runs', '5', '--reps', '2', ...SMALL]],
  [
    'calibrate',
    'summary.json',
    [
      'calibrate',
      'reference',
      '--targets',
      join(import.meta.dirname, 'fixtures', 'targets-small.yaml'),
      '--param',
      'governance.controlIntensity=0:1',
      '--points',
      '6',
      '--reps',
      '2',
      '--waves',
      '1',
      '--samples',
      '10',
      '--check',
      '2',
      ...SMALL,
    ],
  ],
];

describe('result documents and their schemas', () => {
  it.each(cases)('ppsim %s writes a %s that RESULT_SCHEMAS describes', async (command, file, args) => {
    const out = join(dir, command);
    const r = await ppsim(...args, '--out', out);
    expect(r.code, r.out).toBe(0);
    const parsed = RESULT_SCHEMAS[command].safeParse(JSON.parse(readFileSync(join(out, file), 'utf8')));
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  });

  it('a document of another command does not pass for this one', () => {
    const run = JSON.parse(readFileSync(join(dir, 'run', 'summary.json'), 'utf8')) as unknown;
    expect(RESULT_SCHEMAS.compare.safeParse(run).success).toBe(false);
    expect(RESULT_SCHEMAS.map.safeParse(run).success).toBe(false);
  });

  it('ppsim schema --results prints every schema as JSON Schema, by command', async () => {
    const r = await ppsim('schema', '--results');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as Record<string, { $schema?: string; type?: string }>;
    expect(Object.keys(doc)).toEqual(Object.keys(RESULT_SCHEMAS));
    for (const schema of Object.values(doc)) expect(schema.type).toBe('object');
  });
});
