import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PpsimError } from '@ppsim/core';
import { listScenarios, loadScenario, type ScenarioIssue } from './index.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const casesDir = join(fixtures, 'cases');
const load = (ref: string, variant?: string) => loadScenario(ref, { casesDir, ...(variant === undefined ? {} : { variant }) });

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

describe('loadScenario(id, { casesDir })', () => {
  it("returns metadata, evidence with units, frozen params and a timeline in core's shape", () => {
    const s = load('town');
    expect(s).toMatchObject({ id: 'town', place: 'Town, Nowhere', service: 'home care', period: { start: '2005-01-03', years: 10 }, extends: [] });
    expect(s.summary).toMatch(/^A made-up town/);
    expect(s.knowledge.assumed).toBe('Everything.');
    expect(s.sources.map((x) => x.id)).toEqual(['fixture', 'report-1']);
    expect(s.evidence).toEqual([
      { path: 'population.scale', value: 0.05, unit: 'factor', source: 'fixture', grade: 'A' },
      { path: 'governance.controlIntensity', value: 0.4, unit: 'share 0–1', source: 'report-1', grade: 'C', note: 'claimed by the report' },
    ]);
    expect(s.params.horizon).toEqual({ start: '2005-01-03', years: 10 });
    expect(s.params.governance.controlIntensity).toBe(0.4);
    expect(s.params.governance.split).toBe('integrated');
    expect(Object.isFrozen(s.params.governance)).toBe(true);
    expect(Object.isFrozen(s.timeline[0]?.set)).toBe(true);
    expect(s.timeline.map((e) => [e.date, e.label, e.set.map((c) => `${c.path}=${String(c.value)}`)])).toEqual([
      ['2009-01-05', 'Orderer office', ['governance.split=internal', 'governance.financing=perUnitGranted']],
      ['2011-06-06', 'Standard times cut', ['service.standardTimeFactor=0.85']],
    ]);
    expect(s.variants.map((v) => v.name)).toEqual(['frame', 'no-cut']);
    expect(s.variant).toBeUndefined();
  });

  it('{ variant } overrides params, removes events by label and adds its own', () => {
    const s = load('town', 'frame');
    expect(s.params.governance.financing).toBe('frame');
    expect(s.timeline.map((e) => e.label)).toEqual(['Orderer office, frame-funded', 'Standard times cut']);
    expect(s.variant).toMatchObject({ name: 'frame', title: 'Town with frame funding', removedEvents: ['Orderer office'], addedEvents: ['Orderer office, frame-funded'] });
    expect(s.evidence.find((e) => e.path === 'governance.financing')).toEqual({ path: 'governance.financing', value: 'frame', unit: 'setting', source: 'fixture', grade: 'A' });
    expect(load('town', 'no-cut').timeline.map((e) => e.label)).toEqual(['Orderer office']);
  });

  it('{ variant: unknown } names the variants and the closest one', () => {
    expect(failure(() => load('town', 'fram')).message).toMatchInlineSnapshot(`"variant: expected a variant of town (frame, no-cut), received "fram". Fix: did you mean "frame"?"`);
  });

  it('an unknown id names the built-ins and the closest one', () => {
    const error = failure(() => load('twon'));
    expect(error.message).toMatchInlineSnapshot(
      `"scenario: expected a built-in scenario (reference, town, town-late) or a scenario file ending in .yaml or .json, received "twon". Fix: did you mean "town"?"`,
    );
    expect(error.issues).toHaveLength(1);
  });

  it('reference is built in even without a case file: the model defaults', () => {
    const s = load('reference');
    expect(s.evidence).toEqual([]);
    expect(s.timeline).toEqual([]);
    expect(s.params.governance.split).toBe('integrated');
  });
});

describe('loadScenario with extends', () => {
  it('inherits sources, params, timeline and variants; this file overrides and appends', () => {
    const s = load('town-late');
    expect(s.extends).toEqual(['town']);
    expect(s.sources.map((x) => x.id)).toEqual(['fixture', 'report-1', 'decision-2011']);
    expect(s.params.governance.controlIntensity).toBe(0.5);
    expect(s.params.population.scale).toBe(0.05);
    expect(s.timeline.map((e) => e.label)).toEqual(['Orderer office', 'Standard times cut', 'Tendering']);
    expect(s.variants.map((v) => v.name)).toEqual(['frame', 'no-cut']);
    expect(load('town-late', 'no-cut').timeline.map((e) => e.label)).toEqual(['Orderer office', 'Tendering']);
  });

  it("resolves a relative path from the extending file, and the child's variants see the parent's sources", () => {
    const s = loadScenario(join(fixtures, 'child.yaml'), { variant: 'light' });
    expect(s.extends).toEqual(['town']);
    expect(s.params.governance.controlIntensity).toBe(0.1);
    expect(s.variants.map((v) => v.name)).toEqual(['frame', 'no-cut', 'light']);
  });

  it('a cycle is an error that names the cycle', () => {
    const error = failure(() => loadScenario(join(fixtures, 'cycle-a.yaml')));
    expect(error.issues.map((i) => `${i.file ?? ''} ${i.path}: ${i.message}`)).toEqual([
      './cycle-b.yaml extends: expected a chain of `extends` without cycles, received cycle-a → cycle-b → cycle-a (one of these files must stop extending the others)',
    ]);
  });

  it('a parent that does not exist is reported at extends, with the closest id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppsim-scenario-'));
    const file = join(dir, 'orphan.yaml');
    writeFileSync(file, 'id: orphan\ntitle: O\nplace: P\nservice: home care\nperiod: { start: 2005-01-03, years: 2 }\nsummary: S.\nextends: tonw\n');
    expect(failure(() => loadScenario(file, { casesDir })).issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'extends: expected a built-in scenario (reference, town, town-late) or a path ending in .yaml or .json, received "tonw" (did you mean "town"?)',
    ]);
  });
});

describe('loadScenario on a file with many mistakes', () => {
  it('reports every problem at once, each with path, expectation, what was received and a hint', () => {
    const error = failure(() => loadScenario(join(fixtures, 'bad.yaml')));
    expect(error.code).toBe('invalid_input');
    expect(error.message.replace(fixtures, '<fixtures>')).toMatchInlineSnapshot(`
      "<fixtures>/bad.yaml is not a valid ppsim scenario (14 problems; see packages/scenarios/FORMAT.md or \`ppsim schema\`):
      ✖ id: expected a name of lower-case letters, digits and hyphens, e.g. "bergen-2015", received "Bad_Id"
      ✖ sorces: expected a known key ($schema, id, title, place, service, period, extends, summary, knowledge, sources, params, timeline, variants), received "sorces" (did you mean "sources"?)
      ✖ params["governance.finansing"]: expected a model parameter path (\`ppsim schema\` lists them all), received "governance.finansing" (did you mean "governance.financing"?)
      ✖ params["governance.split"].value: expected one of "integrated", "internal", "competitive", received "split" (governance.split is one of "integrated", "internal", "competitive"; default "integrated")
      ✖ params["governance.controlIntensity"].value: expected a value ≤ 1, received 1.5 (governance.controlIntensity is a number from 0 to 1 (share 0–1); default 0.3)
      ✖ params["governance.controlIntensity"].source: expected the id of an entry in sources ("fixture"), received "fixtur" (did you mean "fixture"?)
      ✖ params["staff.motivation.mean"].grade: expected one of "M", "C", "A", "F", received "X" (M measured, C claimed by a source, A our assumption, F fitted to measured targets by ppsim calibrate)
      ✖ params["service.measurability"].value: expected a number, a text or true/false (the key is required), received undefined
      ✖ timeline[1].date: expected a date on or after the previous event's 2009-01-05 (events in date order), received "2008-01-07" (move the event to its place in the list)
      ✖ timeline[2].date: expected an ISO date YYYY-MM-DD within 2005-01-03…2025-01-02, received "2009-13-01" (months run from 01 to 12, e.g. "2009-12-01")
      ✖ timeline[3].date: expected an ISO date YYYY-MM-DD within 2005-01-03…2025-01-02, received "2031-01-06" (move the event into the period, or change \`period\`)
      ✖ timeline[3].set["governance.userChoice"].value: expected a boolean, received "yes" (governance.userChoice is true or false; default false)
      ✖ variants["what-if"].removeEvents[0]: expected the label of an event in the base timeline, received "Refrom" (did you mean "Reform"?)
      ✖ variants["what-if"].params["governance.controlIntensity"].value: expected a value ≥ 0, received -1 (governance.controlIntensity is a number from 0 to 1 (share 0–1); default 0.3)"
    `);
  });

  it('keeps the problems as data on error.issues', () => {
    const { issues } = failure(() => loadScenario(join(fixtures, 'bad.yaml')));
    expect(issues.find((i) => i.path === 'timeline[2].date')).toEqual({
      path: 'timeline[2].date',
      expected: 'an ISO date YYYY-MM-DD within 2005-01-03…2025-01-02',
      received: '2009-13-01',
      hint: 'months run from 01 to 12, e.g. "2009-12-01"',
      message: expect.stringMatching(/^expected an ISO date/) as unknown,
    });
    expect(issues.find((i) => i.path === 'params["governance.finansing"]')?.hint).toBe('did you mean "governance.financing"?');
  });

  it('refuses period paths in params, unknown keys in entries, and a built-in whose id is not its file name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppsim-scenario-'));
    writeFileSync(
      join(dir, 'named.yaml'),
      [
        'id: other-name',
        'title: T',
        'place: P',
        'service: home care',
        'period: { start: 2005-01-03, years: 2 }',
        'summary: S.',
        'sources: [{ id: a, kind: assumption, citation: C }]',
        'params:',
        '  horizon.years: { value: 3, source: a, grade: A }',
        '  governance.autonomy: { value: 0.5, source: a, grade: A, note: n, sorce: a }',
        'timeline:',
        '  - { date: 2005-03-07, label: Empty, set: {} }',
      ].join('\n'),
    );
    expect(failure(() => loadScenario('named', { casesDir: dir })).issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'id: expected the file name of a built-in case ("named"), received "other-name" (rename the file to other-name.yaml or set id: named)',
      'params["horizon.years"]: expected a model parameter path other than horizon.start and horizon.years, received "horizon.years" (set the simulated period with `period: { start, years }`)',
      'params["governance.autonomy"].sorce: expected a known key (value, source, grade, note), received "sorce" (did you mean "source"?)',
      'timeline[0].set: expected at least one parameter change, received an empty mapping (an event sets one or more parameters, e.g. governance.split: { value: competitive, source: …, grade: M })',
    ]);
  });
});

describe('listScenarios({ casesDir })', () => {
  it('lists reference first, then every case by id, with its variants', () => {
    const { scenarios, invalid } = listScenarios({ casesDir });
    expect(invalid).toEqual([]);
    expect(scenarios.map((s) => [s.id, s.variants.map((v) => v.name)])).toEqual([
      ['reference', []],
      ['town', ['frame', 'no-cut']],
      ['town-late', ['frame', 'no-cut']],
    ]);
  });

  it('lists a case that does not load under invalid, with its problems, and keeps the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppsim-cases-'));
    writeFileSync(join(dir, 'broken.yaml'), 'id: broken\n');
    const { scenarios, invalid } = listScenarios({ casesDir: dir });
    expect(scenarios.map((s) => s.id)).toEqual(['reference']);
    expect(invalid.map((c) => [c.id, c.issues.length])).toEqual([['broken', 5]]);
  });
});
