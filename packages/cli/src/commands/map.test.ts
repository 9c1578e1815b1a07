import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAP_DEFAULT_RANGES, METRICS } from '@ppsim/core';
import { cli, cliAsync } from '../../../../test/helpers/cli.ts';

const SMALL = ['--regimes', 'integrated,competitive-choice', '--runs', '6', '--reps', '2', '--years', '2', '--set', 'population.scale=0.05', '--quiet'];
const FILES = ['results.csv', 'points.csv', 'summary.json'];
const tmp = () => mkdtempSync(join(tmpdir(), 'ppsim-map-'));
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

// One map made on one thread, the reference every other way of making it must match byte for byte.
let single = '';
let printed = '';
beforeAll(() => {
  single = tmp();
  const r = cli('map', 'reference', ...SMALL, '--out', single);
  expect(r.code).toBe(0);
  expect(r.err).toBe('');
  printed = r.out;
});

describe('ppsim map reference --regimes integrated,competitive-choice --runs 6 --reps 2', () => {
  it('writes results.csv: one row per point, regime and replication, with the parameters and every metric of the final full year', () => {
    const [head = '', ...rows] = read(single, 'results.csv').trimEnd().split('\n');
    expect(head.split(',')).toEqual(['point', 'regime', 'rep', 'seed', ...MAP_DEFAULT_RANGES.map((r) => r.path), ...METRICS.map((m) => m.name)]);
    expect(rows).toHaveLength(6 * 2 * 2);
    const cells = rows.map((row) => row.split(','));
    expect(cells.map((c) => c.slice(0, 3).join(','))).toEqual(
      [0, 1, 2, 3, 4, 5].flatMap((p) => ['integrated', 'competitive-choice'].flatMap((regime) => [0, 1].map((rep) => `${p},${regime},${rep}`))),
    );
    for (const c of cells) {
      expect(c).toHaveLength(head.split(',').length);
      expect(c.filter((_, i) => i !== 1).every((x) => Number.isFinite(Number(x)))).toBe(true);
      // Whole-number parameters get whole values; replication i has the same seed in every regime.
      expect(Number.isInteger(Number(c[4 + MAP_DEFAULT_RANGES.findIndex((r) => r.path === 'providers.commercial.count')]))).toBe(true);
      expect(c[3]).toBe(cells[Number(c[2])]?.[3]);
    }
  });

  it('writes points.csv (means, paired differences, winner) and summary.json (wins, floor, tree, importance, provenance), and prints the report', () => {
    const points = read(single, 'points.csv').trimEnd().split('\n');
    expect(points).toHaveLength(7);
    expect(points[0]).toMatch(
      /^point,staff\.motivation\.mean,.*,integrated\.cost\.perNeedHourMet,integrated\.needMet,competitive-choice\.cost\.perNeedHourMet,competitive-choice\.needMet,competitive-choice\.costDiff,competitive-choice\.costDiffLo,competitive-choice\.costDiffHi,winner,decided$/,
    );
    for (const row of points.slice(1)) expect(row).toMatch(/,(integrated|competitive-choice),(true|false)$/);
    const summary = JSON.parse(read(single, 'summary.json')) as {
      format: string;
      runs: number;
      wins: Record<string, { share: number }>;
      tree: { root: { points: number } };
      importance: { parameter: string; tree: number }[];
      needMetFloor: { run: { value: number } };
      provenance: { command: string[] };
    };
    expect(summary).toMatchObject({ format: 'ppsim-map-summary/v1', runs: 24, tree: { maxDepth: 3, minLeaf: 5, root: { points: 6 } } });
    expect((summary.wins['integrated']?.share ?? 0) + (summary.wins['competitive-choice']?.share ?? 0)).toBeCloseTo(1, 12);
    expect(summary.importance.map((i) => i.parameter)).toEqual(MAP_DEFAULT_RANGES.map((r) => r.path));
    expect(summary.needMetFloor.run.value).toBeGreaterThanOrEqual(0);
    expect(summary.provenance.command).toEqual(['map', 'reference', ...SMALL.filter((a) => a !== '--quiet')]);
    expect(printed).toMatch(/^Regime map of reference: 6 points × 2 regimes × 2 replications \(lhs over 8 parameters\)/);
    expect(printed).toMatch(/\nintegrated +\d+ % +\d+ %\ncompetitive-choice +\d+ % +\d+ %\n/);
    expect(printed).toMatch(/\n {2}(everywhere \(no split\)|where .+): (integrated|competitive-choice) wins \d+ % of \d+ points\n/);
    expect(printed).toMatch(/\nNeed-met floor: lowest regime mean [\d.]+ \(.+ at point \d\); lowest single run/);
  });

  it('run again with --json: nothing is run again, and stdout is summary.json', () => {
    const r = cli('map', 'reference', ...SMALL, '--json', '--out', single);
    expect(r.code).toBe(0);
    expect(r.out).toBe(read(single, 'summary.json'));
  });

  it('--workers 2 writes the same bytes', async () => {
    const out = tmp();
    const r = await cliAsync('map', 'reference', ...SMALL, '--workers', '2', '--out', out);
    expect(r.code).toBe(0);
    for (const f of FILES) expect(read(out, f), f).toBe(read(single, f));
  });

  it('--shard 0/2 and 1/2 in two folders, then ppsim merge, write the same bytes', () => {
    const a = tmp();
    const b = tmp();
    expect(cli('map', 'reference', ...SMALL, '--shard', '0/2', '--out', a).out).toMatch(/^Shard done: 12 runs now, 0 done before/);
    expect(existsSync(join(a, 'results.csv'))).toBe(false);
    expect(cli('map', 'reference', ...SMALL, '--shard', '1/2', '--out', b).code).toBe(0);
    expect(cli('merge', a, b).code).toBe(0);
    for (const f of FILES) expect(read(a, f), f).toBe(read(single, f));
  });

  it('resumes after a part is deleted: runs only that one, and writes the same bytes', () => {
    const out = tmp();
    cli('map', 'reference', ...SMALL, '--out', out);
    rmSync(join(out, 'parts', '0000005.csv'));
    rmSync(join(out, 'results.csv'));
    writeFileSync(join(out, 'parts', '.0000006.csv.999999999.tmp'), 'half a row');
    const r = cli('map', 'reference', ...SMALL, '--json', '--out', out);
    expect(r.code).toBe(0);
    for (const f of FILES) expect(read(out, f), f).toBe(read(single, f));
    expect(existsSync(join(out, 'parts', '.0000006.csv.999999999.tmp'))).toBe(false);
  });

  it('refuses a folder that holds a different map, and ppsim rerun reproduces it', () => {
    const r = cli('map', 'reference', ...SMALL, '--seed', '2', '--out', single);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/map\.json: expected the same map as the one this folder holds, received "different settings"/);
    expect(cli('rerun', single).out).toMatch(
      /^✔ reproduced byte for byte: .*results\.csv \(24 runs of the map in .*map\.json\)\n {2}compared: results\.csv, summary\.json, points\.csv, each recomputed/,
    );
    // A verdict edited by hand in points.csv is found.
    const points = join(single, 'points.csv');
    const original = readFileSync(points, 'utf8');
    writeFileSync(
      points,
      original.replace(/,(true|false)\n/, (_, d: string) => `,${d === 'true' ? 'false' : 'true'}\n`),
    );
    const edited = cli('rerun', single);
    expect(edited.code).toBe(1);
    expect(edited.out).toMatch(/✖ not reproduced: .*points\.csv: first difference at line 2/);
    writeFileSync(points, original);
  });
});

describe('ppsim map with bad input', () => {
  const fixture = join(tmp(), 'tiny.yaml');
  writeFileSync(
    fixture,
    [
      'id: tiny',
      'title: Tiny town',
      'place: Tiny, Nowhere',
      'service: home care',
      'period: { start: 2005-01-03, years: 2 }',
      'extends: reference',
      'summary: A variant that changes nothing, and one that changes only control.',
      'variants:',
      '  same:',
      '    title: Nothing changes',
      '  tight:',
      '    title: Tight control',
      '    params:',
      '      governance.controlIntensity: { value: 0.9, source: assumption, grade: A }',
    ].join('\n'),
  );
  /** Runs `ppsim map` with `args` into a folder that must not appear; returns stderr. */
  const refused = (...args: string[]): string => {
    const out = join(tmp(), 'never');
    const r = cli('map', ...args, '--quiet', '--out', out);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(existsSync(out)).toBe(false);
    return r.err;
  };

  it('an unknown regime: lists the known ones and the closest', () => {
    expect(refused('--regimes', 'integrated,compettive-choice')).toMatchInlineSnapshot(`
      "✖ --regimes: expected a variant of reference (internal-split, competitive-per-unit, trust-based) or a governance preset (integrated, integrated-per-unit, internal-split, internal-split-per-unit, competitive-choice, competitive-tender, competitive-performed, trust-based, hod), received "compettive-choice". Fix: did you mean "competitive-choice"?
      "
    `);
  });

  it('fewer than two regimes, or one twice', () => {
    expect(refused('--regimes', 'integrated')).toMatchInlineSnapshot(`
      "✖ --regimes: expected at least two regimes separated by commas, the baseline first, received "integrated". Fix: e.g. --regimes integrated,competitive-choice
      "
    `);
    expect(refused('--regimes', 'integrated,integrated')).toMatchInlineSnapshot(`
      "✖ --regimes: expected each regime once, received "integrated". Fix: drop the repeated name
      "
    `);
  });

  it('a regime that sets nothing of its own: an empty variant, or settings all varied or overridden', () => {
    expect(refused(fixture, '--regimes', 'same,integrated')).toMatchInlineSnapshot(`
      "✖ --regimes: expected regimes that each set something the map neither varies (--param) nor overrides (--set); same sets nothing, received "same". Fix: give the variant parameters or events in the scenario file, or choose a governance preset
      "
    `);
    expect(refused(fixture, '--regimes', 'tight,integrated')).toMatchInlineSnapshot(`
      "✖ --regimes: expected regimes that each set something the map neither varies (--param) nor overrides (--set); tight sets only governance.controlIntensity, received "tight". Fix: choose another regime, or vary and override less of what it sets
      "
    `);
    expect(
      refused('--regimes', 'integrated,internal-split', '--set', 'governance.split=internal', '--set', 'governance.financing=frame', '--set', 'governance.userChoice=false'),
    ).toMatchInlineSnapshot(`
      "✖ --regimes: expected regimes that each set something the map neither varies (--param) nor overrides (--set); integrated sets only governance.split, governance.financing, governance.userChoice, providers.commercial.count, received "integrated". Fix: choose another regime, or vary and override less of what it sets
      "
    `);
  });

  it('an unknown, non-numeric, out-of-bounds or fractional-integer parameter', () => {
    expect(refused('--regimes', 'integrated,internal-split', '--param', 'staff.motivaton.mean=0:1')).toMatchInlineSnapshot(`
      "✖ --param: expected the path of a numeric model parameter, received "staff.motivaton.mean=0:1". Fix: did you mean "staff.motivation.mean"?
      "
    `);
    expect(refused('--regimes', 'integrated,internal-split', '--param', 'governance.split=0:1')).toMatchInlineSnapshot(`
      "✖ --param: expected a numeric parameter; governance.split is a choice (integrated, internal, competitive), received "governance.split=0:1". Fix: set it with --set, or compare its settings as scenarios
      "
    `);
    expect(refused('--regimes', 'integrated,internal-split', '--param', 'staff.motivation.mean=0:2')).toMatchInlineSnapshot(`
      "✖ --param: expected a range within staff.motivation.mean's bounds 0–1, received "staff.motivation.mean=0:2". Fix: e.g. --param staff.motivation.mean=0:1
      "
    `);
    expect(refused('--regimes', 'integrated,internal-split', '--param', 'providers.commercial.count=0.5:4')).toMatchInlineSnapshot(`
      "✖ --param: expected whole-number bounds: providers.commercial.count is a whole number, received "providers.commercial.count=0.5:4". Fix: e.g. --param providers.commercial.count=1:4
      "
    `);
  });

  it('an empty range (lo > hi, or lo = hi), grid steps, or a parameter twice', () => {
    expect(refused('--regimes', 'integrated,internal-split', '--param', 'staff.motivation.mean=0.9:0.2')).toMatchInlineSnapshot(`
      "✖ --param: expected path=lo:hi with lo < hi, received "staff.motivation.mean=0.9:0.2". Fix: e.g. --param staff.motivation.mean=0.2:0.9
      "
    `);
    expect(refused('--regimes', 'integrated,internal-split', '--param', 'staff.motivation.mean=0.5:0.5')).toMatchInlineSnapshot(`
      "✖ --param: expected path=lo:hi with lo < hi, received "staff.motivation.mean=0.5:0.5". Fix: e.g. --param staff.motivation.mean=0.2:0.9
      "
    `);
    expect(refused('--regimes', 'integrated,internal-split', '--param', 'staff.motivation.mean=0:1:5')).toMatchInlineSnapshot(`
      "✖ --param: expected path=lo:hi with lo < hi, received "staff.motivation.mean=0:1:5". Fix: e.g. --param staff.motivation.mean=0.2:0.9
      "
    `);
    expect(refused('--regimes', 'integrated,internal-split', '--param', 'staff.motivation.mean=0:1', '--param', 'staff.motivation.mean=0:0.5')).toMatchInlineSnapshot(`
      "✖ --param: expected each parameter once, received "staff.motivation.mean". Fix: drop the repeated --param
      "
    `);
  });

  it('--runs below 2, --reps below 2, a design other than lhs or sobol, a tolerance outside 0–1', () => {
    expect(refused('--regimes', 'integrated,internal-split', '--runs', '1')).toMatchInlineSnapshot(`
      "✖ option '--runs <n>' argument '1' is invalid. expected a whole number from 2 to 1000000, received "1". Fix: e.g. --runs 20
      (run \`ppsim --help\` for usage)
      "
    `);
    expect(refused('--regimes', 'integrated,internal-split', '--reps', '1')).toMatchInlineSnapshot(`
      "✖ --reps: expected at least 2 replications per regime and point (paired intervals need two), received 1. Fix: e.g. --reps 5
      "
    `);
    expect(refused('--regimes', 'integrated,internal-split', '--design', 'grid')).toMatchInlineSnapshot(`
      "✖ --design: expected lhs or sobol, received "grid". Fix: e.g. --design lhs (the default), or sobol for a quasi-random design
      "
    `);
    expect(refused('--regimes', 'integrated,internal-split', '--need-tolerance', '2')).toMatchInlineSnapshot(`
      "✖ option '--need-tolerance <share>' argument '2' is invalid. expected a share from 0 to 1, received "2". Fix: e.g. --need-tolerance 0.02
      (run \`ppsim --help\` for usage)
      "
    `);
  });

  it('a variant regime when the scenario is already a variant; an unknown scenario', () => {
    expect(refused('reference:trust-based', '--regimes', 'internal-split,integrated')).toMatchInlineSnapshot(`
      "✖ --regimes: expected a governance preset (integrated, integrated-per-unit, internal-split, internal-split-per-unit, competitive-choice, competitive-tender, competitive-performed, trust-based, hod): the scenario is already variant trust-based, received "internal-split". Fix: map reference without :trust-based to compare its variants
      "
    `);
    expect(refused('refrence', '--regimes', 'integrated,internal-split')).toMatchInlineSnapshot(`
      "✖ scenario: expected a built-in scenario (reference, bergen, moss, oslo-district, sarpsborg, scotland, slagelse, stavanger, vanersborg) or a scenario file ending in .yaml or .json, received "refrence". Fix: did you mean "reference"?
      "
    `);
  });
});
