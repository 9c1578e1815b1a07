/**
 * Seeded fuzzing of parameter paths and values: random paths (real keys, `__proto__`, `constructor`,
 * `prototype`, empty segments, very long paths, unicode) with random values go through
 * `parseParams`, the scenario loader and the CLI's `--set` (in this process, and a few as real
 * processes). Only exit 0 or 2 (or a PpsimError) may come back, never a stack trace or a hang, and
 * Object.prototype must be as it was after every case.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PpsimError, createRng, safeParseParams, type RandomStream } from '@ppsim/core';
import { loadScenario } from '@ppsim/scenarios';
import { cli, cliProcess } from './helpers/cli.ts';
import { prototypeDamage, restorePrototype } from './helpers/prototype.ts';

const SEGMENTS = [
  'governance',
  'split',
  'controlIntensity',
  'population',
  'scale',
  'staff',
  'motivation',
  'mean',
  'horizon',
  'years',
  'providers',
  'commercial',
  'count',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'valueOf',
  'toString',
  '__defineGetter__',
  'length',
  '0',
  '',
  ' ',
  'ø',
  'Ærø',
  '🙂',
  'İ',
  'a\u202eb',
  '\u0301',
  'x'.repeat(3000),
];
const VALUES = ['1', '0', '-1', '0.5', '1e999', 'NaN', 'true', 'false', 'null', '"internal"', 'internal', '', '{"__proto__":{"polluted":1}}', '[1,2]', '{}', '🙂', '"x"'.repeat(50)];

const pick = <T>(r: RandomStream, xs: readonly T[]): T => xs[r.int(xs.length)] as T;

const PREFIXES = ['__proto__', 'governance.__proto__', 'staff.motivation.__proto__', 'constructor.prototype', 'population.constructor'];
const INHERITED = ['hasOwnProperty', 'valueOf', 'toString', 'isPrototypeOf', 'constructor', '__proto__', 'polluted'];

/** A random dotted path: a prefix into the prototype and a name it has, a few segments, or now and then hundreds. */
function randomPath(r: RandomStream): string {
  if (r.bernoulli(0.3)) return `${pick(r, PREFIXES)}.${pick(r, INHERITED)}`;
  const n = r.bernoulli(0.05) ? 200 + r.int(400) : 1 + r.int(5);
  return Array.from({ length: n }, () => pick(r, SEGMENTS)).join('.');
}

const parsed = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

afterEach(() => {
  const damage = prototypeDamage();
  restorePrototype();
  expect(damage).toEqual([]);
});

describe('fuzzed parameter paths and values (seeded)', () => {
  it('safeParseParams({}, random patches) returns data or issues, and never throws or pollutes', () => {
    const r = createRng(17).stream('fuzz/patches');
    for (let i = 0; i < 400; i++) {
      const patches = Array.from({ length: 1 + r.int(3) }, () => ({ path: randomPath(r), value: parsed(pick(r, VALUES)) }));
      const result = safeParseParams({}, patches);
      if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
      expect(prototypeDamage()).toEqual([]);
    }
  });

  it('loadScenario(file with random params and timeline paths) returns a scenario or throws PpsimError', () => {
    const r = createRng(18).stream('fuzz/loader');
    const file = join(mkdtempSync(join(tmpdir(), 'ppsim-fuzz-')), 'fuzz.json');
    for (let i = 0; i < 120; i++) {
      const entry = () => ({ value: parsed(pick(r, VALUES)), source: 's', grade: 'A' });
      const doc = {
        id: 'fuzz',
        title: 'Fuzz',
        place: 'Nowhere',
        service: 'home care',
        period: { start: '2005-01-03', years: 2 },
        summary: 'Random paths.',
        sources: [{ id: 's', kind: 'assumption', citation: 'none' }],
        params: Object.fromEntries(Array.from({ length: 1 + r.int(3) }, () => [randomPath(r), entry()])),
        timeline: [{ date: '2006-01-02', label: 'Change', set: Object.fromEntries([[randomPath(r), entry()]]) }],
      };
      // JSON text, so that "__proto__" arrives as an own key, as it would from a file.
      writeFileSync(file, JSON.stringify(doc));
      try {
        loadScenario(file);
      } catch (error) {
        expect(error).toBeInstanceOf(PpsimError);
      }
      expect(prototypeDamage()).toEqual([]);
    }
  });

  it('ppsim run reference --set RANDOM: exit 0 or 2, no stack trace, no pollution', () => {
    const r = createRng(19).stream('fuzz/cli');
    for (let i = 0; i < 150; i++) {
      const sets = Array.from({ length: 1 + r.int(2) }, () => `${randomPath(r)}=${pick(r, VALUES)}`);
      const result = cli('run', 'reference', '--reps', '2', '--years', '1', '--set', 'population.scale=0.01', ...sets.flatMap((s) => ['--set', s]), '--json', '--quiet');
      expect([0, 2], sets.join(' ')).toContain(result.code);
      expect(result.err).not.toMatch(/\n\s+at /);
      expect(prototypeDamage()).toEqual([]);
    }
  });

  it('the ppsim process with hostile --set flags: exit 2 with one line of error, no stack trace', async () => {
    const r = createRng(20).stream('fuzz/process');
    const runs = Array.from({ length: 3 }, () =>
      cliProcess(['run', 'reference', '--reps', '2', '--years', '1', '--set', `${pick(r, ['__proto__', 'constructor', 'prototype'])}.${randomPath(r)}=${pick(r, VALUES)}`, '--quiet'], {
        killAfterMs: 30_000,
      }),
    );
    for (const p of await Promise.all(runs)) {
      expect(p.signal).toBeNull();
      expect(p.code).toBe(2);
      expect(p.err).toMatch(/^✖ .*expected a parameter path/);
      expect(p.err).not.toMatch(/\n\s+at /);
    }
  }, 60_000);
});
