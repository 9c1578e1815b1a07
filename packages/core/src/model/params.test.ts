import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PpsimError } from '../errors.ts';
import { checkParamPath, isParamPath, modelParamsSchema, parameterLeaves, paramPaths, parseParams, parsePatch, safeParseParams, withParam, type ModelParamsInput } from './index.ts';

/** The canonical parameter paths of design.md ("Canonical parameters") with their defaults. */
const CANONICAL: readonly (readonly [string, unknown])[] = [
  ['governance.split', 'integrated'],
  ['governance.financing', 'frame'],
  ['governance.userChoice', false],
  ['governance.controlIntensity', 0.3],
  ['governance.decisionSpecificity', 0.3],
  ['governance.autonomy', 0.6],
  ['transactionCosts.scale', 1],
  ['staff.motivation.mean', 0.7],
  ['staff.motivation.crowding', 0.35],
  ['providers.commercial.count', 0],
  ['service.measurability', 0.35],
  ['population.scale', 1],
  ['horizon.years', 20],
];

function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);
}

/** The JSON Schema node of a parameter path (what `ppsim schema` prints). */
function schemaNode(path: string): Record<string, unknown> | undefined {
  const json = z.toJSONSchema(modelParamsSchema, { io: 'input' }) as Record<string, unknown>;
  return path.split('.').reduce<Record<string, unknown> | undefined>((node, key) => (node?.properties as Record<string, Record<string, unknown>> | undefined)?.[key], json);
}

function thrown(fn: () => unknown): PpsimError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PpsimError) return error;
    throw error;
  }
  throw new Error('expected a PpsimError, nothing was thrown');
}

describe('parseParams(input)', () => {
  it.each(CANONICAL)('parseParams({}) gives %s its documented default %j', (path, expected) => {
    const params = parseParams({});
    expect(at(params, path)).toEqual(expected);
    // Documented: the schema (and so `ppsim schema`, the viewer and docs/ODD.md) carries the same
    // default with a description, a unit and the source of the default.
    const node = schemaNode(path);
    expect(node?.default).toEqual(expected);
    expect(node?.description).toEqual(expect.any(String));
    expect(node?.unit).toEqual(expect.any(String));
    expect(node?.source).toEqual(expect.any(String));
  });

  it('parseParams() equals parseParams({}) and keeps given values', () => {
    expect(parseParams()).toEqual(parseParams({}));
    const params = parseParams({ governance: { split: 'competitive', controlIntensity: 0.9 }, staff: { motivation: { crowding: 0 } } });
    expect(params.governance.split).toBe('competitive');
    expect(params.governance.controlIntensity).toBe(0.9);
    expect(params.staff.motivation.crowding).toBe(0);
    expect(params.staff.motivation.mean).toBe(0.7);
  });

  it.each([
    ['an unknown top-level key', { foo: 1 }, 'foo', 'a known key'],
    ['an unknown nested key', { governance: { splt: 'internal' } }, 'governance.splt', 'did you mean "split"?'],
    ['an out-of-range share', { governance: { controlIntensity: 1.5 } }, 'governance.controlIntensity', '1'],
    ['a negative count', { providers: { commercial: { count: -1 } } }, 'providers.commercial.count', '0'],
    ['a scale below its minimum', { population: { scale: 0 } }, 'population.scale', '0.01'],
    ['a fractional year count', { horizon: { years: 2.5 } }, 'horizon.years', 'int'],
    ['an unknown setting', { governance: { split: 'outsourced' } }, 'governance.split', 'integrated'],
  ])('parseParams(%s) throws invalid_input naming the path', (_what, input, path, mention) => {
    const error = thrown(() => parseParams(input as ModelParamsInput));
    expect(error.code).toBe('invalid_input');
    expect(error.path).toBe(path);
    expect(error.message.startsWith(`${path}: expected `)).toBe(true);
    expect(error.message).toContain(mention);
  });

  it('parseParams(input with two problems) reports both', () => {
    const error = thrown(() => parseParams({ governance: { controlIntensity: 2 }, population: { scale: 0 } }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('population.scale');
    expect(error.message).toContain('governance.controlIntensity');
  });

  it('returns a deeply frozen object', () => {
    const params = parseParams({ governance: { split: 'internal' } });
    const frozen = (value: unknown): boolean => value === null || typeof value !== 'object' || (Object.isFrozen(value) && Object.values(value).every(frozen));
    expect(frozen(params)).toBe(true);
    expect(() => {
      (params.staff.motivation as { mean: number }).mean = 0.1;
    }).toThrow(TypeError);
    expect(params.staff.motivation.mean).toBe(0.7);
  });
});

describe('withParam(params, path, value)', () => {
  it('withParam(params, "governance.split", "internal") returns a validated, frozen copy', () => {
    const params = parseParams({});
    const changed = withParam(params, 'governance.split', 'internal');
    expect(changed.governance.split).toBe('internal');
    expect(params.governance.split).toBe('integrated');
    expect(Object.isFrozen(changed.governance)).toBe(true);
    expect({ ...changed, governance: { ...changed.governance, split: 'integrated' } }).toEqual(params);
  });

  it('withParam(params, nested path, value) reaches three levels down', () => {
    expect(withParam(parseParams({}), 'staff.motivation.crowding', 0).staff.motivation.crowding).toBe(0);
  });

  it('withParam(params, unknown path) throws invalid_input listing the keys that exist', () => {
    const error = thrown(() => withParam(parseParams({}), 'governance.spilt', 'internal'));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatchInlineSnapshot(
      `"governance.spilt: expected a parameter path; "governance" has "split", "financing", "userChoice", "tendering", "controlIntensity", "decisionSpecificity", "autonomy", "benchmarking", "decisionsWithEndDate", "reviewWeeks", "blendingPerYear", "blendSpecificity", "blendControl", "blendAssessment", received "spilt". Fix: did you mean "split"?"`,
    );
    expect(thrown(() => withParam(parseParams({}), 'nope', 1)).path).toBe('nope');
  });

  it('withParam(params, path, out-of-range value) throws invalid_input at that path', () => {
    const error = thrown(() => withParam(parseParams({}), 'governance.controlIntensity', 3));
    expect(error.code).toBe('invalid_input');
    expect(error.path).toBe('governance.controlIntensity');
    expect(thrown(() => withParam(parseParams({}), 'governance.split', 'outsourced')).path).toBe('governance.split');
  });
});

describe('parseParams(input, patches) and safeParseParams', () => {
  it('parseParams(input, patches) applies the patches in order on top of the input, once', () => {
    const params = parseParams({ governance: { split: 'internal' } }, [
      { path: 'population.scale', value: 0.5 },
      { path: 'population.scale', value: 0.1 },
      { path: 'governance.userChoice', value: true },
    ]);
    expect([params.governance.split, params.population.scale, params.governance.userChoice]).toEqual(['internal', 0.1, true]);
    expect(Object.isFrozen(params.population)).toBe(true);
  });

  it('safeParseParams(params, bad patches) returns every issue as data, each naming its patch', () => {
    const result = safeParseParams(parseParams({}), [
      { path: 'governance.controlIntensity', value: 2 },
      { path: 'governance.spilt', value: 'internal' },
      { path: 'population.scale', value: 0.5 },
    ]);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((i) => [i.path, i.patch, i.message])).toEqual([
      ['governance.spilt', 1, expect.stringMatching(/^expected a parameter path; "governance" has "split", .*received "spilt" \(did you mean "split"\?\)$/) as unknown],
      ['governance.controlIntensity', 0, 'expected a value ≤ 1, received 2'],
    ]);
    expect(result.error.message).toMatch(/Fix: did you mean "split"\?; and 1 more: governance.controlIntensity: expected a value ≤ 1, received 2$/);
  });

  it('checkParamPath(path): a group, a value taken for a group, and what objects inherit are not parameter paths', () => {
    expect(checkParamPath('staff.motivation.crowding')).toBeUndefined();
    expect(checkParamPath('staff.motivation')?.message).toMatchInlineSnapshot(
      `"expected a parameter path; "staff.motivation" is a group of "mean", "sd", "crowding", "crowdingIn", "missionMatch", "adjustWeeks", received "staff.motivation" (set one of its parameters, e.g. staff.motivation.mean)"`,
    );
    expect(checkParamPath('governance.split.x')?.message).toMatchInlineSnapshot(
      `"expected a parameter path; "governance.split" is a value, not a group, received "x" (see \`ppsim schema\` for every parameter path)"`,
    );
    for (const path of ['__proto__.hasOwnProperty', 'constructor.prototype', 'governance.__proto__', 'toString']) {
      expect(checkParamPath(path)?.received, path).toBe(path.split('.').find((k) => ['__proto__', 'constructor', 'toString'].includes(k)));
      expect(isParamPath(path)).toBe(false);
    }
    expect(paramPaths().size).toBe(parameterLeaves().length);
  });

  it('parsePatch(text) reads "path=value" as --set does: JSON where it parses, else the text', () => {
    expect(parsePatch('governance.split=internal')).toEqual({ path: 'governance.split', value: 'internal' });
    expect(parsePatch('population.scale=0.1')).toEqual({ path: 'population.scale', value: 0.1 });
    expect(parsePatch('governance.userChoice=true')).toEqual({ path: 'governance.userChoice', value: true });
    expect(parsePatch('a=b=c')).toEqual({ path: 'a', value: 'b=c' });
    expect(parsePatch('=1')).toBeUndefined();
    expect(parsePatch('noequals')).toBeUndefined();
  });
});

describe('parameterLeaves', () => {
  it('lists every leaf with its kind, range, default and evidence, in schema order', () => {
    const leaves = parameterLeaves();
    const byPath = new Map(leaves.map((l) => [l.path, l]));
    expect(leaves[0]?.path).toBe('horizon.start');
    expect(byPath.get('horizon.start')?.kind).toBe('text');
    expect(byPath.get('governance.split')).toMatchObject({ kind: 'choice', choices: ['integrated', 'internal', 'competitive'] });
    expect(byPath.get('governance.userChoice')?.kind).toBe('boolean');
    expect(byPath.get('staff.initialStaff')).toMatchObject({ kind: 'integer', min: 1, defaultValue: 2000 });
    expect(byPath.get('staff.motivation.crowding')).toMatchObject({ kind: 'number', min: 0, max: 2, defaultValue: 0.35, unit: 'motivation per unit control', grade: 'C' });
    // Every default is a valid value: setting each leaf to its default changes nothing.
    const params = parseParams({});
    for (const leaf of leaves) if (leaf.defaultValue !== undefined) expect(withParam(params, leaf.path, leaf.defaultValue)).toEqual(params);
  });
});
