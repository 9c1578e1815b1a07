import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PpsimError } from '@ppsim/core';
import { LIMITS, loadScenario, parseScenarioText, readScenarioFile, type ScenarioIssue } from './index.ts';

const lines = (issues: readonly ScenarioIssue[]) => issues.map((i) => `${i.path}: ${i.message}`);
const HEAD = 'id: t\ntitle: T\nplace: P\nservice: home care\nperiod: { start: 2005-01-03, years: 2 }\nsummary: S.\n';

describe('parseScenarioText(text)', () => {
  it('reads YAML 1.2 core: dates stay text, yes/no stay text, no merge keys', () => {
    const { data, issues } = parseScenarioText('d: 2005-01-03\nb: yes\nn: 1e3\nm:\n  <<: { a: 1 }\n');
    expect(issues).toEqual([]);
    expect(data).toEqual({ d: '2005-01-03', b: 'yes', n: 1000, m: { '<<': { a: 1 } } });
  });

  it('reads JSON with the same parser, and refuses its duplicate keys', () => {
    expect(parseScenarioText('{"id": "t", "period": {"years": 2}}').data).toEqual({ id: 't', period: { years: 2 } });
    expect(lines(parseScenarioText('{"id": "t",\n "id": "u"}').issues)).toEqual([
      'line 2, column 2: expected valid YAML (Map keys must be unique), received "\\"id\\": \\"u\\"}" (each key may appear once per mapping; merge the two entries)',
    ]);
  });

  it('reports a syntax error with its line and column', () => {
    expect(lines(parseScenarioText('id: t\ntitle: [unclosed\nplace: P\n').issues)).toMatchInlineSnapshot(`
      [
        "line 3, column 1: expected valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ]), received "place: P" (check indentation (spaces, not tabs), colons after keys and closing brackets)",
      ]
    `);
  });

  it('refuses tags: language tags, custom tags and binary', () => {
    const { issues } = parseScenarioText('a: !!js/function "return 1"\nb: !custom 1\nc: !!binary aGVsbG8=\n');
    expect(issues.map((i) => i.path)).toEqual(['line 1, column 4', 'line 2, column 4', 'line 3, column 4']);
    expect(issues[0]?.hint).toMatch(/tags .* are not allowed/);
  });

  it('refuses more than one document', () => {
    expect(lines(parseScenarioText('a: 1\n---\nb: 2\n').issues)[0]).toMatch(/^line 2, column 1: expected valid YAML \(Source contains multiple documents/);
  });

  it(`caps alias expansion at ${LIMITS.aliases} ("billion laughs")`, () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]'].join(
      '\n',
    );
    const { data, issues } = parseScenarioText(bomb);
    expect(data).toBeUndefined();
    expect(lines(issues)).toMatchInlineSnapshot(`
      [
        "(document): expected at most 100 alias expansions (*name), received "Excessive alias count indicates a resource exhaustion attack" (anchors and aliases are capped against "billion laughs" files; write the values out instead)",
      ]
    `);
    // A few aliases are fine.
    expect(parseScenarioText('a: &a 1\nb: *a\n').data).toEqual({ a: 1, b: 1 });
  });

  it('refuses __proto__, constructor and prototype keys anywhere, and pollutes nothing', () => {
    const { data, issues } = parseScenarioText('__proto__:\n  polluted: 1\nparams:\n  constructor: { prototype: 1 }\nlist:\n  - prototype: 2\n');
    expect(lines(issues)).toEqual([
      '__proto__: expected a key other than __proto__, constructor or prototype, received "__proto__" (these keys are refused because they can change object prototypes; rename or remove the key)',
      'params.constructor: expected a key other than __proto__, constructor or prototype, received "constructor" (these keys are refused because they can change object prototypes; rename or remove the key)',
      'list[0].prototype: expected a key other than __proto__, constructor or prototype, received "prototype" (these keys are refused because they can change object prototypes; rename or remove the key)',
    ]);
    expect(data).toEqual({ params: {}, list: [{}] });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
  });

  it(`refuses text over ${LIMITS.fileBytes} bytes before parsing it`, () => {
    const big = `summary: "${'x'.repeat(LIMITS.fileBytes)}"\n`;
    expect(lines(parseScenarioText(big).issues)).toEqual([
      `(file): expected a scenario file of at most 1048576 bytes (1 MiB), received ${LIMITS.fileBytes + 12} bytes (split the scenario with \`extends\`, or move long texts to the sources)`,
    ]);
  });

  it('survives absurd nesting with a bounded list of errors', () => {
    const { data, issues } = parseScenarioText('['.repeat(100_000));
    expect(data).toBeUndefined();
    expect(issues.length).toBeLessThanOrEqual(LIMITS.yamlErrors + 1);
    expect(parseScenarioText(`a: ${'['.repeat(40)}${']'.repeat(40)}`).issues.map((i) => i.expected)).toEqual([`at most ${LIMITS.depth} levels of nesting`]);
  });
});

describe('readScenarioFile(path)', () => {
  it('checks the size before reading, and names a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppsim-yaml-'));
    const big = join(dir, 'big.yaml');
    writeFileSync(big, Buffer.alloc(LIMITS.fileBytes + 1, 0x20));
    expect(readScenarioFile(big).issues[0]?.expected).toBe('a scenario file of at most 1048576 bytes (1 MiB)');
    expect(lines(readScenarioFile(join(dir, 'missing.yaml')).issues)).toEqual([
      '(file): expected a scenario file, received nothing at that path (check the path; built-in cases are run by id, see `ppsim list`)',
    ]);
  });
});

describe('loadScenario(file) with hostile or oversized content', () => {
  const write = (text: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'ppsim-yaml-')), 's.yaml');
    writeFileSync(file, text);
    return file;
  };
  const issuesOf = (file: string) => {
    try {
      loadScenario(file);
    } catch (error) {
      if (error instanceof PpsimError) return lines((error as PpsimError & { issues: ScenarioIssue[] }).issues);
      throw error;
    }
    return [];
  };

  // Refused keys are dropped before the schema check, so they sort after the problems that can be placed.
  it('reports a prototype key together with the schema problems of the same file', () => {
    expect(issuesOf(write(`${HEAD}knowledge:\n  __proto__: { measured: x }\n  asumed: y\n`))).toEqual([
      'knowledge.asumed: expected a known key (measured, claimed, assumed), received "asumed" (did you mean "assumed"?)',
      'knowledge.__proto__: expected a key other than __proto__, constructor or prototype, received "__proto__" (these keys are refused because they can change object prototypes; rename or remove the key)',
    ]);
  });

  it(`limits params to ${LIMITS.params} entries, events to ${LIMITS.events} and variants to ${LIMITS.variants}`, () => {
    const params = Array.from({ length: LIMITS.params + 1 }, (_, i) => `  p${i}: { value: 1, source: a, grade: A }`).join('\n');
    const events = Array.from({ length: LIMITS.events + 1 }, (_, i) => `  - { date: 2005-01-03, label: e${i}, set: { governance.autonomy: { value: 0.5, source: a, grade: A } } }`).join('\n');
    const variants = Array.from({ length: LIMITS.variants + 1 }, (_, i) => `  v${i}: { title: V }`).join('\n');
    const found = issuesOf(write(`${HEAD}sources: [{ id: a, kind: assumption, citation: C }]\nparams:\n${params}\ntimeline:\n${events}\nvariants:\n${variants}\n`));
    expect(found.filter((l) => !l.includes('a model parameter path'))).toEqual([
      'params: expected at most 200 parameter entries, received 201 entries (set only values that differ from the defaults)',
      'timeline: expected a list of at most 200 items, received an array of length 201',
      'variants: expected at most 50 variants, received 51 variants (split the scenario into several files with `extends`)',
    ]);
  });
});
