import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listScenarios, targetsJsonSchema } from '@ppsim/scenarios';
import { cli } from './helpers/cli.ts';

const root = join(import.meta.dirname, '..');
const fixtures = relative(process.cwd(), join(root, 'packages/scenarios/src/fixtures'));
const cases = join(fixtures, 'cases');

describe('ppsim validate <file>', () => {
  it('exits 0 and says what the file holds when it is valid', () => {
    const r = cli('validate', join(fixtures, 'child.yaml'), '--cases', cases);
    expect(r).toEqual({ code: 0, out: `✔ ${join(fixtures, 'child.yaml')} is a valid ppsim scenario (2 params, 2 events, 3 variants)\n`, err: '' });
  });

  it('exits 2 and lists every problem on stderr, one per line', () => {
    const r = cli('validate', join(fixtures, 'bad.yaml'));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    const lines = r.err.trimEnd().split('\n');
    expect(lines[0]).toBe(`✖ ${join(fixtures, 'bad.yaml')} is not a valid ppsim scenario (14 problems; see packages/scenarios/FORMAT.md or \`ppsim schema\`):`);
    expect(lines.slice(1).every((l) => l.startsWith('✖ '))).toBe(true);
    expect(lines).toContain('✖ timeline[2].date: expected an ISO date YYYY-MM-DD within 2005-01-03…2025-01-02, received "2009-13-01" (months run from 01 to 12, e.g. "2009-12-01")');
  });

  it('exits 2 on a YAML syntax error, naming line and column', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ppsim-validate-')), 'broken.yaml');
    writeFileSync(file, 'id: x\n  title: y\n');
    const r = cli('validate', file);
    expect(r.code).toBe(2);
    expect(r.err.replace(file, '<file>')).toMatchInlineSnapshot(`
      "✖ <file> is not a valid ppsim scenario (2 problems; see packages/scenarios/FORMAT.md or \`ppsim schema\`):
      ✖ line 1, column 5: expected valid YAML (Nested mappings are not allowed in compact mappings), received "id: x" (check indentation (spaces, not tabs), colons after keys and closing brackets)
      ✖ line 1, column 5: expected valid YAML (Implicit keys need to be on a single line), received "id: x" (check indentation (spaces, not tabs), colons after keys and closing brackets)
      "
    `);
  });
});

describe('ppsim list [--json]', () => {
  it('shows every case, one line each, with its variants indented below', () => {
    const r = cli('list', '--cases', cases);
    expect(r.code).toBe(0);
    expect(r.out).toMatchInlineSnapshot(`
      "reference  Reference municipality: integrated, frame-funded home care (Bergen scale, teaching defaults [A])
      town       Town — orderer office from 2009, per-unit pay
        frame    Town with frame funding
        no-cut   Town without the standard-time cut
      town-late  Town, with commercial providers from 2012
        frame    Town with frame funding
        no-cut   Town without the standard-time cut

      Run one with \`ppsim run <id> [--variant <name>]\`.
      "
    `);
  });

  it('--json prints one document with every case and variant', () => {
    const r = cli('list', '--cases', cases, '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as { scenarios: { id: string; file?: string; variants: { name: string }[] }[]; invalid: unknown[] };
    expect(doc.invalid).toEqual([]);
    expect(doc.scenarios.map((s) => `${s.id}:${s.variants.map((v) => v.name).join(',')}`)).toEqual(['reference:', 'town:frame,no-cut', 'town-late:frame,no-cut']);
    expect(doc.scenarios[1]?.file).toBe(join(cases, 'town.yaml'));
  });

  it('exits 2 when a case file does not load, after listing the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppsim-cases-'));
    writeFileSync(join(dir, 'broken.yaml'), 'id: broken\n');
    const r = cli('list', '--cases', dir);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/^reference {2}/);
    expect(r.err).toMatch(/built-in cases: expected every case file to load, received "broken \(5 problems\)". Fix: run `ppsim validate .*broken.yaml` to see them/);
  });

  it('lists the built-in cases of packages/scenarios/cases, reference first', () => {
    const r = cli('list', '--json');
    const doc = JSON.parse(r.out) as { scenarios: { id: string }[] };
    expect(doc.scenarios[0]?.id).toBe('reference');
  });
});

describe('ppsim schema', () => {
  it('prints the JSON Schema of scenario files', () => {
    const r = cli('schema');
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.out) as { title: string; properties: Record<string, unknown> };
    expect(schema.title).toBe('ppsim scenario (format v1)');
    expect(Object.keys(schema.properties)).toEqual(['$schema', 'id', 'title', 'place', 'service', 'period', 'extends', 'summary', 'knowledge', 'sources', 'params', 'timeline', 'variants']);
  });

  it('--targets prints the JSON Schema of calibration targets files, the same as targetsJsonSchema()', () => {
    const r = cli('schema', '--targets');
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.out) as { title: string; properties: Record<string, unknown> };
    expect(schema).toEqual(targetsJsonSchema());
    expect(schema.title).toBe('ppsim calibration targets (format ppsim-targets/v1)');
    expect(Object.keys(schema.properties)).toEqual(['format', 'title', 'scenario', 'discrepancy', 'targets']);
  });

  it('--results --targets exits 2: one schema at a time', () => {
    const r = cli('schema', '--results', '--targets');
    expect(r).toEqual({
      code: 2,
      out: '',
      err: '✖ --targets: expected one schema at a time, received "--results --targets". Fix: run `ppsim schema --results` and `ppsim schema --targets` separately\n',
    });
  });
});

describe('ppsim run <scenario> --variant V', () => {
  it('runs a case by id with a variant, and --json carries the scenario, its evidence and labelled events', () => {
    const r = cli('run', 'town', '--cases', cases, '--variant', 'frame', '--reps', '2', '--years', '5', '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as {
      scenario: { id: string; variant: string; params: { governance: { financing: string } }; timeline: { date: string; label: string }[]; evidence: unknown[] };
      provenance: { scenario: string; variant: string };
      metrics: Record<string, { byYear: Record<string, number> }>;
    };
    expect(doc.scenario).toMatchObject({ id: 'town', variant: 'frame', params: { governance: { financing: 'frame' } } });
    expect(doc.scenario.timeline.map((e) => e.label)).toEqual(['Orderer office, frame-funded', 'Standard times cut']);
    expect(doc.provenance).toMatchObject({ scenario: 'town', variant: 'frame' });
    expect(Object.keys(doc.metrics['cost.total']?.byYear ?? {})).toEqual(['2005', '2006', '2007', '2008', '2009']);
  });

  it('runs a scenario file, and the dated events change the regime during the run', () => {
    const r = cli('run', join(fixtures, 'child.yaml'), '--cases', cases, '--reps', '2', '--years', '6', '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as { metrics: Record<string, { byYear: Record<string, number> }> };
    // The orderer office of 2009 adds transaction costs.
    const t = doc.metrics['cost.transaction']?.byYear ?? {};
    expect(t['2010']).toBeGreaterThan(t['2007'] ?? Number.POSITIVE_INFINITY);
  });

  it('prints the scenario title and the dated events in the text output', () => {
    const r = cli('run', 'town', '--cases', cases, '--reps', '2', '--years', '1');
    expect(r.out.split('\n').slice(0, 2)).toEqual([
      'ppsim run town: Town — orderer office from 2009, per-unit pay',
      'at the start: split integrated, financing frame, user choice off, control 0.4; then 2 dated events (listed with --json)',
    ]);
  });

  it('exits 2 on an unknown variant, naming the closest', () => {
    const r = cli('run', 'town', '--cases', cases, '--variant', 'fram');
    expect(r.code).toBe(2);
    expect(r.err).toBe('✖ variant: expected a variant of town (frame, no-cut), received "fram". Fix: did you mean "frame"?\n');
  });
});

describe('every built-in case and variant in packages/scenarios/cases', () => {
  // Whatever cases are there: each loads and runs one short, small replication pair.
  const { scenarios, invalid } = listScenarios();
  it('loads', () => {
    expect(invalid.map((c) => `${c.id}: ${c.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`)).toEqual([]);
  });
  const runs = scenarios.flatMap((s) => [[s.id], ...s.variants.map((v) => [s.id, '--variant', v.name])]);
  it.each(runs)('ppsim run %s %s %s runs', (...ref) => {
    const r = cli('run', ...ref.filter((x): x is string => x !== undefined), '--reps', '2', '--years', '1', '--set', 'population.scale=0.05', '--json', '--quiet');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });
});
