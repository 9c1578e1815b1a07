import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRICS, replicationSeeds } from '@ppsim/core';
import { cli } from './helpers/cli.ts';
import { canonicalJson, sha256 } from '../packages/cli/src/provenance.ts';

const root = join(import.meta.dirname, '..');
const cases = relative(process.cwd(), join(root, 'packages/scenarios/src/fixtures/cases'));

// Small and short: 5 % of Bergen scale, few years, so the suite stays fast.
const SMALL = ['--set', 'population.scale=0.05'];

interface Estimate {
  ref: string;
  mean: number;
  ci95: [number, number];
  byYear: Record<string, number>;
}
interface Difference {
  ref: string;
  mean: number;
  ci95: [number, number];
  effectSize: number | null;
}
interface CompareDoc {
  ppsim: string;
  command: string;
  baseline: string;
  scenarios: { ref: string; id: string; variant: string | null; title: string; sha256: string }[];
  provenance: {
    ppsim: string;
    command: string[];
    node: string;
    platform: string;
    gitCommit: string | null;
    seed: number;
    reps: number;
    seeds: number[];
    scenarios: { id: string; variant: string | null; sha256: string; params: { horizon: { years: number } }; timeline: unknown[] }[];
  };
  finalYear: number;
  metrics: Record<string, { unit: string; scenarios: Estimate[]; differences: Difference[] }>;
}

function compareJson(...argv: string[]): CompareDoc {
  const r = cli('compare', ...argv, '--json', '--quiet');
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as CompareDoc;
}

describe('ppsim compare <a> <b> [more…] --json', () => {
  const argv = ['town', 'town:frame', 'reference', '--cases', cases, '--reps', '3', '--years', '3', ...SMALL];
  const doc = compareJson(...argv);

  it("prints one JSON document: every metric, each scenario's final-year estimate, and a paired difference per non-baseline scenario", () => {
    expect(doc.command).toBe('compare');
    expect(doc.baseline).toBe('town');
    expect(doc.scenarios.map((s) => [s.ref, s.id, s.variant])).toEqual([
      ['town', 'town', null],
      ['town:frame', 'town', 'frame'],
      ['reference', 'reference', null],
    ]);
    expect(doc.finalYear).toBe(2007);
    expect(Object.keys(doc.metrics)).toEqual(METRICS.map((m) => m.name));
    for (const [name, m] of Object.entries(doc.metrics)) {
      expect(
        m.scenarios.map((s) => s.ref),
        name,
      ).toEqual(['town', 'town:frame', 'reference']);
      expect(
        m.differences.map((d) => d.ref),
        name,
      ).toEqual(['town:frame', 'reference']);
      for (const s of m.scenarios) {
        expect(s.ci95[0]).toBeLessThanOrEqual(s.mean);
        expect(Object.keys(s.byYear)).toEqual(['2005', '2006', '2007']);
      }
    }
  });

  it('differences are b − a of the paired final-year values: their mean is the difference of the means', () => {
    for (const [name, m] of Object.entries(doc.metrics)) {
      const [a, b] = m.scenarios;
      const d = m.differences[0];
      expect(d?.mean, name).toBeCloseTo((b?.mean ?? 0) - (a?.mean ?? 0), 6);
      expect(d?.ci95[0], name).toBeLessThanOrEqual(d?.mean ?? Number.NaN);
    }
  });

  it('applies --years and --set to every scenario, and records them in the embedded parameters', () => {
    expect(doc.provenance.scenarios.map((s) => s.params.horizon.years)).toEqual([3, 3, 3]);
    expect(doc.provenance.scenarios.every((s) => (s.params as unknown as { population: { scale: number } }).population.scale === 0.05)).toBe(true);
  });

  it('carries the provenance: version, argv as given, node, platform, git commit, seeds, reps and hashed scenarios', () => {
    const p = doc.provenance;
    expect(Object.keys(p)).toEqual(['ppsim', 'command', 'node', 'platform', 'gitCommit', 'seed', 'reps', 'seeds', 'scenarios']);
    expect(p.command).toEqual(['compare', ...argv, '--json', '--quiet']);
    expect(p.node).toBe(process.version);
    expect(p.platform).toBe(process.platform);
    expect(p.gitCommit === null || /^[0-9a-f]{40}$/.test(p.gitCommit)).toBe(true);
    expect(p.seeds).toEqual(replicationSeeds(1, 3));
    expect(p.reps).toBe(3);
    for (const s of p.scenarios) expect(s.sha256).toBe(sha256(canonicalJson({ params: s.params, timeline: s.timeline })));
    expect(doc.scenarios.map((s) => s.sha256)).toEqual(p.scenarios.map((s) => s.sha256));
    expect(new Set(p.scenarios.map((s) => s.sha256)).size).toBe(3);
    expect(JSON.stringify(doc)).not.toMatch(/createdAt|timestamp/);
  });

  it('gives the same bytes for the same inputs, and other bytes for another seed', () => {
    const again = cli('compare', ...argv, '--json', '--quiet').out;
    expect(again).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    const other = compareJson(...argv, '--seed', '2');
    expect(other.provenance.seeds).not.toEqual(doc.provenance.seeds);
    expect(other.metrics['cost.total']?.scenarios[0]?.mean).not.toBe(doc.metrics['cost.total']?.scenarios[0]?.mean);
    // The scenarios themselves did not change: their hashes are stable.
    expect(other.provenance.scenarios.map((s) => s.sha256)).toEqual(doc.provenance.scenarios.map((s) => s.sha256));
  });
});

describe('ppsim compare a a (common random numbers)', () => {
  it('gives differences of exactly 0 with zero-width intervals when a scenario is compared with itself', () => {
    const doc = compareJson('reference', 'reference', '--reps', '3', '--years', '2', ...SMALL);
    for (const [name, m] of Object.entries(doc.metrics)) {
      expect(m.scenarios[1], name).toEqual({ ...m.scenarios[0], ref: 'reference' });
      expect(m.differences[0], name).toEqual({ ref: 'reference', mean: 0, ci95: [0, 0], effectSize: null });
    }
  });
});

describe('ppsim compare (text and files)', () => {
  it("prints the key metrics: each scenario's mean [95 % CI] and the paired difference with d_z", () => {
    const r = cli('compare', 'reference', 'reference:internal-split', '--reps', '2', '--years', '2', ...SMALL, '--quiet');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('ppsim compare: reference, reference:internal-split; baseline reference');
    expect(lines.find((l) => l.startsWith('metric'))).toMatch(/^metric +unit +reference +reference:internal-split +reference:internal-split − reference \(d_z\)$/);
    expect(lines.find((l) => l.startsWith('cost.transaction'))).toMatch(
      /^cost\.transaction +currency\/year +[\d,]+ \[[\d,]+, [\d,]+\] +[\d,]+ \[[\d,]+, [\d,]+\] +\+[\d,]+ \[[-+][\d,]+, \+[\d,]+\] \(-?[\d.]+\)$/,
    );
  });

  it('--out DIR writes a tidy series.csv (scenario,seed,step,year,…) and summary.json equal to the --json output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppsim-compare-'));
    const argv = ['compare', 'reference', 'reference:trust-based', '--reps', '2', '--years', '2', ...SMALL, '--out', dir, '--json'];
    const r = cli(...argv);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'summary.json'), 'utf8')).toBe(r.out);
    const lines = readFileSync(join(dir, 'series.csv'), 'utf8').trimEnd().split('\n');
    expect(lines[0]?.startsWith('scenario,seed,step,year,served,')).toBe(true);
    expect(lines.length - 1).toBe(2 * 2 * 105);
    expect(new Set(lines.slice(1).map((l) => l.split(',')[0]))).toEqual(new Set(['reference', 'reference:trust-based']));
  });
});

describe('ppsim compare (bad input, exit 2)', () => {
  it('an unknown scenario: lists the known ones and the closest match', () => {
    const r = cli('compare', 'reference', 'bergn', '--reps', '2');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/scenario: expected a built-in scenario \(reference, bergen, [^)]*\) or a scenario file ending in \.yaml or \.json, received "bergn"/);
    expect(r.err).toMatch(/did you mean "bergen"\?/);
  });

  it('an unknown variant: names the variants of the case', () => {
    const r = cli('compare', 'town', 'town:fram', '--cases', cases, '--reps', '2');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/variant: expected a variant of town \(frame, no-cut\), received "fram"/);
  });

  it('a single scenario: asks for a second one', () => {
    const r = cli('compare', 'reference');
    expect(r.code).toBe(2);
    expect(r.err).toMatchInlineSnapshot(`
      "✖ scenarios: expected at least two scenarios to compare, the baseline first, received "reference". Fix: add another, e.g. \`ppsim compare reference reference:internal-split\`
      "
    `);
  });

  it('scenarios of different horizons: says how to give them the same one', () => {
    const r = cli('compare', 'reference', 'moss', '--reps', '2');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /moss: expected the baseline's horizon \(20 years from 2005-01-03\) so that runs pair week by week, received "10 years from 2005-01-03". Fix: give every scenario the same horizon, e.g. --years 10/,
    );
  });

  it('a bad --set: names the path', () => {
    const r = cli('compare', 'reference', 'bergen', '--reps', '2', '--set', 'governance.spilt=internal');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/governance.spilt: expected a parameter path/);
  });
});

describe('provenance in run and demo', () => {
  it('run --json and demo --json carry the same provenance fields, and the same scenario hashes the same everywhere', () => {
    const run = JSON.parse(cli('run', 'reference', '--reps', '2', '--years', '2', ...SMALL, '--json').out) as CompareDoc;
    const demo = JSON.parse(cli('demo', '--reps', '2', '--years', '2', ...SMALL, '--json').out) as CompareDoc;
    const cmp = compareJson('reference', 'bergen', '--reps', '2', '--years', '2', ...SMALL);
    expect(Object.keys(run.provenance)).toEqual(['ppsim', 'command', 'node', 'platform', 'gitCommit', 'seed', 'reps', 'seeds', 'scenario', 'scenarios']);
    expect(Object.keys(demo.provenance)).toEqual(['ppsim', 'command', 'node', 'platform', 'gitCommit', 'seed', 'reps', 'seeds', 'scenarios']);
    expect(run.provenance.command).toEqual(['run', 'reference', '--reps', '2', '--years', '2', ...SMALL, '--json']);
    expect(demo.provenance.scenarios.map((s) => [s.id, s.variant])).toEqual([
      ['integrated', null],
      ['split', null],
    ]);
    expect(run.provenance.scenarios[0]?.sha256).toBe(cmp.provenance.scenarios[0]?.sha256);
    // The demo's integrated regime is the model defaults, which is what the reference case is.
    expect(demo.provenance.scenarios[0]?.sha256).toBe(run.provenance.scenarios[0]?.sha256);
  });
});

describe('ppsim compare --json (as a process)', () => {
  it('stdout is exactly one JSON document', () => {
    const r = spawnSync(process.execPath, ['packages/cli/bin/ppsim.mjs', 'compare', 'reference', 'reference:trust-based', '--reps', '2', '--years', '1', ...SMALL, '--json', '--quiet'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toHaveProperty(['metrics', 'cost.total', 'differences', 0, 'effectSize']);
  });
});
