import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { METRICS, PpsimError } from '@ppsim/core';
import { fullYears, listTargets, loadScenario, loadTargets, targetsJsonSchema, type ScenarioIssue } from './index.ts';

const dir = mkdtempSync(join(tmpdir(), 'ppsim-targets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A targets file in the temporary folder, from YAML text. */
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The error a call throws, with its issues. */
function failure(fn: () => unknown): PpsimError & { issues: readonly ScenarioIssue[] } {
  try {
    fn();
  } catch (error) {
    if (error instanceof PpsimError) return error as PpsimError & { issues: readonly ScenarioIssue[] };
    throw error;
  }
  throw new Error('expected a PpsimError');
}

const HEAD = 'format: ppsim-targets/v1\ntitle: T\ntargets:\n';
const TARGET = '  - { metric: directTimeShare, year: 2018, observed: 0.42, sd: 0.03, source: s, grade: M }\n';

describe('the shipped targets files', () => {
  const listing = listTargets();

  it('listTargets() finds reference and bergen, and both load', () => {
    expect(listing.invalid).toEqual([]);
    expect(listing.targets.map((t) => [t.id, t.scenario])).toEqual([
      ['bergen', 'bergen'],
      ['reference', 'reference'],
    ]);
  });

  it.each(['reference', 'bergen'])("loadTargets('%s', { years }): every target in a full year of its case, graded and sourced", (id) => {
    const years = fullYears(loadScenario(id).period);
    const targets = loadTargets(id, { years });
    expect(targets.scenario).toBe(id);
    expect(Object.isFrozen(targets.targets[0])).toBe(true);
    for (const t of targets.targets) {
      expect(years).toContain(t.year);
      expect(t.source.length).toBeGreaterThan(10);
      // An observation error from a source or explained in the note.
      expect(t.note?.length ?? 0).toBeGreaterThan(20);
    }
  });

  it('loadTargets(path) reads the same file by path, YAML or JSON', () => {
    const byId = loadTargets('bergen');
    expect(loadTargets(listing.targets[0]?.file ?? '')).toEqual(byId);
    expect(loadTargets(file('bergen.json', JSON.stringify(byId)))).toEqual(byId);
  });
});

describe('fullYears(period)', () => {
  it('is the calendar years a run reports: a last year of a few days is not one', () => {
    expect(fullYears({ start: '2005-01-03', years: 20 })).toEqual(Array.from({ length: 20 }, (_, i) => 2005 + i));
    expect(fullYears({ start: '2010-07-05', years: 1 })).toEqual([2010]);
    expect(fullYears({ start: '2010-01-04', years: 1 })).toEqual([2010]);
  });
});

describe('loadTargets(bad file)', () => {
  it('an unknown metric: the path in the file and the closest metric', () => {
    const error = failure(() => loadTargets(file('metric.yaml', `${HEAD}${TARGET.replace('directTimeShare', 'directTimeshare')}`)));
    expect(error.code).toBe('invalid_input');
    expect(error.message.replace(dir, '<dir>')).toMatchInlineSnapshot(`
      "<dir>/metric.yaml is not a valid ppsim targets file (1 problem; see \`ppsim schema --targets\`):
      ✖ targets[0].metric: expected a result metric (\`ppsim schema --results\`, docs/ODD.md §9.2), received "directTimeshare" (did you mean "directTimeShare"?)"
    `);
    expect(error.path).toBe(`${join(dir, 'metric.yaml')}: targets[0].metric`);
  });

  it('no sd and no interval, both, an empty interval, a bad grade, an unknown key: every problem at once', () => {
    const text = `${HEAD}${TARGET.replace(', sd: 0.03', '')}${TARGET.replace('sd: 0.03', 'sd: 0.03, interval: [0.4, 0.44]').replace('2018', '2017')}${TARGET.replace('sd: 0.03', 'interval: [0.5, 0.4]').replace('2018', '2016')}${TARGET.replace('grade: M', 'grade: B').replace('2018', '2015')}${TARGET.replace('source: s', 'sorce: s').replace('2018', '2014')}`;
    expect(failure(() => loadTargets(file('errors.yaml', text))).issues.map((i) => `${i.path}: ${i.message}`)).toMatchInlineSnapshot(`
      [
        "targets[0]: expected the observation error as \`sd\` or as \`interval\`, one of them, received neither (e.g. sd: 0.2 (a standard deviation) or interval: [7.0, 7.8] (95 %))",
        "targets[1]: expected the observation error as \`sd\` or as \`interval\`, one of them, received both (e.g. sd: 0.2 (a standard deviation) or interval: [7.0, 7.8] (95 %))",
        "targets[2].interval: expected a 95 % interval [lo, hi] with lo < hi, received [0.5,0.4] (e.g. interval: [7.0, 7.8])",
        "targets[3].grade: expected one of "M", "C", "A", received "B" (M measured, C case-reported, A assumption)",
        "targets[4].sorce: expected a known key (metric, year, observed, sd, interval, discrepancy, source, grade, note), received "sorce" (did you mean "source"?)",
        "targets[4].source: expected a string (the key is required), received undefined",
      ]
    `);
  });

  it('two targets for one metric and year, and a year the scenario does not report', () => {
    const error = failure(() => loadTargets(file('twice.yaml', `${HEAD}${TARGET}${TARGET}${TARGET.replace('2018', '2030')}`), { years: fullYears({ start: '2005-01-03', years: 20 }) }));
    expect(error.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'targets[1]: expected one target per metric and year, received directTimeShare@2018 again (first at targets[0]) (merge the observations into one target, e.g. with an interval that covers both)',
      `targets[2].year: expected a year the scenario's runs report (2005–2024), received 2030 (a target needs a full simulated year of the scenario it is fitted to)`,
    ]);
  });

  it('YAML junk, a wrong format, a scalar document: the line, or what was expected', () => {
    expect(failure(() => loadTargets(file('junk.yaml', `${HEAD}  - [unclosed\n`))).message).toMatch(
      /junk\.yaml is not a valid ppsim targets file \(1 problem;[^\n]*\n✖ line 5, column 1: expected valid YAML/,
    );
    expect(failure(() => loadTargets(file('tag.yaml', `${HEAD}${TARGET}x: !!js/function "1"\n`))).issues[0]?.hint).toBe('tags (!name, !!type) are not allowed in targets files; write the plain value');
    expect(failure(() => loadTargets(file('v2.yaml', `${HEAD.replace('v1', 'v2')}${TARGET}`))).issues[0]?.message).toBe('expected one of "ppsim-targets/v1", received "ppsim-targets/v2"');
    expect(failure(() => loadTargets(file('scalar.yaml', 'hello\n'))).issues[0]?.message).toBe('expected a mapping (key: value), received "hello"');
  });

  it('a folder, a named pipe, a missing file, an unknown id: refused without reading', () => {
    mkdirSync(join(dir, 'folder.yaml'));
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    expect(failure(() => loadTargets(join(dir, 'folder.yaml'))).issues[0]?.received).toBe('a folder');
    expect(failure(() => loadTargets(join(dir, 'pipe.yaml'))).issues[0]?.received).toBe('a named pipe (FIFO)');
    expect(failure(() => loadTargets(join(dir, 'missing.yaml'))).issues[0]?.message).toBe('expected a targets file, received nothing at that path (check the path)');
    expect(failure(() => loadTargets('bergn')).message).toMatchInlineSnapshot(
      `"targets: expected a built-in targets file (bergen, reference) or a file ending in .yaml or .json, received "bergn". Fix: did you mean "bergen"?"`,
    );
  });
});

describe('targetsJsonSchema()', () => {
  it('offers the result metrics and asks for one observation error', () => {
    const schema = targetsJsonSchema() as { $schema: string; properties: { targets: { items: { properties: { metric: { enum: string[] } }; oneOf: unknown[] } } } };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const target = schema.properties.targets.items;
    expect(target.properties.metric.enum).toEqual(METRICS.map((m) => m.name));
    expect(target.oneOf).toEqual([{ required: ['sd'] }, { required: ['interval'] }]);
  });
});
