/**
 * Seeded fuzzing of files: random bytes, random YAML (anchors and aliases, tags, deep nesting,
 * duplicate and hostile keys, huge numbers, stray text) and random mutations of a real case file go
 * to the scenario loader, to `ppsim validate`, `ppsim run FILE` and `ppsim calibrate --targets FILE`
 * (in this process, and a few as real processes). Only exit 0 or 2 may come back (or a PpsimError),
 * never a stack trace, a hang or a polluted prototype.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PpsimError, createRng, type RandomStream } from '@ppsim/core';
import { loadScenario } from '@ppsim/scenarios';
import { cli, cliAsync, cliProcess } from './helpers/cli.ts';
import { prototypeDamage, restorePrototype } from './helpers/prototype.ts';

const dir = mkdtempSync(join(tmpdir(), 'ppsim-fuzz-files-'));
const BERGEN = readFileSync(join(import.meta.dirname, '..', 'packages', 'scenarios', 'cases', 'bergen.yaml'), 'utf8');
const pick = <T>(r: RandomStream, xs: readonly T[]): T => xs[r.int(xs.length)] as T;

const KEYS = [
  'id',
  'title',
  'params',
  'timeline',
  'variants',
  'format',
  'targets',
  'metric',
  'year',
  '__proto__',
  'constructor',
  'prototype',
  'governance.split',
  'x'.repeat(300),
  '',
  '🙂',
  '&a',
  '*a',
];
const SCALARS = [
  '1',
  '-1e309',
  '1e309',
  'NaN',
  '.inf',
  'null',
  '~',
  'true',
  'yes',
  "'text'",
  '"q\\u0000"',
  '0x1F',
  '2005-01-03',
  '!!js/function "f(){}"',
  '!custom x',
  '*undefined',
  '[1, 2',
  '{a: 1',
  '>-',
  '|',
];

/** A random YAML document: nested maps and lists, anchors and aliases, tags and stray lines. */
function randomYaml(r: RandomStream, depth = 0): string {
  const indent = '  '.repeat(depth);
  const lines: string[] = [];
  const n = 1 + r.int(5);
  for (let i = 0; i < n; i++) {
    const key = pick(r, KEYS);
    const roll = r.random();
    if (roll < 0.2 && depth < 6) lines.push(`${indent}${key}:${r.bernoulli(0.3) ? ' &a' : ''}\n${randomYaml(r, depth + 1)}`);
    else if (roll < 0.3 && depth < 6) lines.push(`${indent}${key}:\n${indent}  - ${pick(r, SCALARS)}\n${indent}  - ${pick(r, SCALARS)}`);
    else if (roll < 0.35) lines.push(`${indent}${key}: *a`);
    else if (roll < 0.4) lines.push(`${indent}${pick(r, SCALARS)}`);
    else lines.push(`${indent}${key}: ${pick(r, SCALARS)}`);
  }
  return lines.join('\n');
}

function randomBytes(r: RandomStream): Buffer {
  return Buffer.from(Array.from({ length: r.int(2000) }, () => r.int(256)));
}

/** Bergen's file with a few random edits: characters deleted, duplicated, or replaced by random ones. */
function mutated(r: RandomStream): string {
  let text = BERGEN;
  for (let k = 0; k < 1 + r.int(6); k++) {
    const at = r.int(text.length);
    const roll = r.random();
    const span = 1 + r.int(40);
    text =
      roll < 0.4
        ? text.slice(0, at) + text.slice(at + span)
        : roll < 0.7
          ? text.slice(0, at) + text.slice(at, at + span) + text.slice(at)
          : text.slice(0, at) + pick(r, [':', '-', '&a ', '*a', '\t', '"', '!!str ', '\u0000', '{', ']']) + text.slice(at);
  }
  return text;
}

afterEach(() => {
  const damage = prototypeDamage();
  restorePrototype();
  expect(damage).toEqual([]);
});

describe('fuzzed files (seeded)', () => {
  const inputs = (seed: number, count: number): Buffer[] => {
    const r = createRng(seed).stream('fuzz/files');
    return Array.from({ length: count }, (_, i) => (i % 3 === 0 ? randomBytes(r) : i % 3 === 1 ? Buffer.from(randomYaml(r)) : Buffer.from(mutated(r))));
  };

  it('loadScenario(random file) returns a scenario or throws PpsimError', () => {
    inputs(31, 150).forEach((bytes, i) => {
      const file = join(dir, `load-${i}.yaml`);
      writeFileSync(file, bytes);
      try {
        loadScenario(file);
      } catch (error) {
        expect(error, bytes.toString('utf8').slice(0, 200)).toBeInstanceOf(PpsimError);
      }
    });
  });

  it('ppsim validate / run FILE and calibrate --targets FILE: exit 0 or 2, no stack trace', async () => {
    for (const [i, bytes] of inputs(32, 90).entries()) {
      const file = join(dir, `cli-${i}.yaml`);
      writeFileSync(file, bytes);
      const results = [
        cli('validate', file),
        cli('run', file, '--reps', '2', '--years', '1', '--set', 'population.scale=0.01', '--quiet', '--json'),
        await cliAsync(
          'calibrate',
          'reference',
          '--targets',
          file,
          '--param',
          'governance.controlIntensity=0:1',
          '--points',
          '5',
          '--waves',
          '1',
          '--years',
          '1',
          '--set',
          'population.scale=0.01',
          '--quiet',
          '--out',
          join(dir, `cal-${i}`),
        ),
      ];
      for (const r of results) {
        expect([0, 2], `${r.err}\n${bytes.toString('utf8').slice(0, 200)}`).toContain(r.code);
        expect(r.err).not.toMatch(/\n\s+at /);
      }
    }
  }, 120_000);

  it('the ppsim process on random files: exit 0 or 2, one-line errors, no hang', async () => {
    const runs = inputs(33, 6).map((bytes, i) => {
      const file = join(dir, `process-${i}.yaml`);
      writeFileSync(file, bytes);
      return cliProcess(['validate', file], { killAfterMs: 30_000 });
    });
    for (const p of await Promise.all(runs)) {
      expect(p.signal).toBeNull();
      expect([0, 2]).toContain(p.code);
      expect(p.err).not.toMatch(/\n\s+at /);
    }
  }, 60_000);
});
