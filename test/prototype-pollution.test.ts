/**
 * Parameter paths that name what every object inherits (`__proto__`, `constructor`, `prototype`)
 * are refused at every way a path enters: `--set`, `sweep`/`map --param`, design CSV headers,
 * scenario files (params and timelines), `rerun`'s provenance (params and timeline) and code
 * (`parseParams` patches). Each exits 2 (or throws) and leaves Object.prototype as it was.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PpsimError, parseParams, safeParseParams } from '@ppsim/core';
import { loadScenario } from '@ppsim/scenarios';
import { cli } from './helpers/cli.ts';
import { prototypeDamage, restorePrototype } from './helpers/prototype.ts';

const SMALL = ['--reps', '2', '--years', '1', '--set', 'population.scale=0.05', '--quiet'];
const tmp = () => mkdtempSync(join(tmpdir(), 'ppsim-pollution-'));

afterEach(() => {
  // A failing case must not take the rest of the suite down with it.
  const damage = prototypeDamage();
  restorePrototype();
  expect(damage).toEqual([]);
});

/** Runs the CLI in this process and checks that it refused the input and left Object.prototype alone. */
function refused(...argv: string[]): string {
  const r = cli(...argv);
  expect(prototypeDamage()).toEqual([]);
  expect(r.code).toBe(2);
  expect(r.err).not.toMatch(/\n\s+at /);
  return r.err;
}

describe('parameter paths through the prototype', () => {
  it('parseParams(params, [{ path: "__proto__.hasOwnProperty", value: 1 }]) throws invalid_input; safeParseParams returns the issue', () => {
    expect(() => parseParams({}, [{ path: '__proto__.hasOwnProperty', value: 1 }])).toThrow(PpsimError);
    const result = safeParseParams({}, [
      { path: 'population.scale', value: 0.5 },
      { path: 'constructor.prototype.polluted', value: 1 },
    ]);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => [i.path, i.received, i.patch])).toEqual([['constructor.prototype.polluted', 'constructor', 1]]);
  });

  it.each([
    ['__proto__.hasOwnProperty=1', '__proto__'],
    ['constructor.prototype.polluted=1', 'constructor'],
    ['governance.__proto__.valueOf=0', '__proto__'],
    ['population.constructor=1', 'constructor'],
  ])('ppsim run reference --set %s exits 2 naming the segment', (set, segment) => {
    expect(refused('run', 'reference', ...SMALL, '--set', set)).toContain(`expected a parameter path; "`);
    expect(refused('run', 'reference', ...SMALL, '--set', set)).toContain(`received "${segment}"`);
  });

  it('ppsim sweep --param population.__proto__.valueOf=0:1:2 and a design CSV header __proto__.valueOf exit 2', () => {
    refused('sweep', 'reference', '--param', 'population.__proto__.valueOf=0:1:2', ...SMALL, '--out', tmp());
    const csv = join(tmp(), 'design.csv');
    writeFileSync(csv, '__proto__.valueOf\n0.5\n');
    refused('sweep', 'reference', '--param', 'governance.controlIntensity=0:1:2', '--design', csv, ...SMALL, '--out', tmp());
  });

  it('ppsim map --param __proto__.valueOf=0:1 exits 2', () => {
    refused('map', 'reference', '--regimes', 'integrated,competitive-choice', '--param', '__proto__.valueOf=0:1', '--runs', '2', ...SMALL, '--out', tmp());
  });

  it('ppsim validate FILE: params and timeline paths through __proto__ and constructor are problems of the file', () => {
    const file = join(tmp(), 'hostile.yaml');
    writeFileSync(
      file,
      [
        'id: hostile',
        'title: Hostile',
        'place: Nowhere',
        'service: home care',
        'period: { start: 2005-01-03, years: 2 }',
        'summary: Paths through the prototype.',
        'sources: [{ id: s, kind: assumption, citation: none }]',
        'params:',
        '  __proto__.hasOwnProperty: { value: 1, source: s, grade: A }',
        'timeline:',
        '  - date: 2006-01-02',
        '    label: Poison',
        '    set:',
        '      constructor.prototype.polluted: { value: 1, source: s, grade: A }',
        '',
      ].join('\n'),
    );
    const err = refused('validate', file);
    expect(err).toContain('__proto__.hasOwnProperty');
    expect(err).toContain('constructor.prototype.polluted');
    expect(() => loadScenario(file)).toThrow(PpsimError);
  });

  it('ppsim rerun DIR: provenance with a timeline path or a params key through __proto__ exits 2', () => {
    const dir = tmp();
    expect(cli('run', 'reference', ...SMALL, '--out', dir).code).toBe(0);
    const original = readFileSync(join(dir, 'summary.json'), 'utf8');
    const doc = JSON.parse(original) as { provenance: { scenarios: { params: Record<string, unknown>; timeline: unknown[] }[] } };
    const scenario = doc.provenance.scenarios[0] as { params: Record<string, unknown>; timeline: unknown[] };
    scenario.timeline = [{ date: '2005-06-06', set: [{ path: '__proto__.hasOwnProperty', value: 1 }] }];
    writeFileSync(join(dir, 'summary.json'), JSON.stringify(doc));
    expect(refused('rerun', dir)).toContain('timeline[0].set[0] (__proto__.hasOwnProperty)');
    const again = JSON.parse(original) as typeof doc;
    // JSON.parse makes "__proto__" an own key; the schema must refuse it, not follow it.
    const params = JSON.parse(JSON.stringify((again.provenance.scenarios[0] as { params: unknown }).params).replace('{', '{"__proto__":{"hasOwnProperty":1},')) as Record<string, unknown>;
    (again.provenance.scenarios[0] as { params: unknown }).params = params;
    writeFileSync(join(dir, 'summary.json'), JSON.stringify(again));
    expect(refused('rerun', dir)).toContain('__proto__');
  });
});
