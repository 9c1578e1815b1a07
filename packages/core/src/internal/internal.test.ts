import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { closest, deepFreeze, valueAt, zodExpected } from './index.ts';

const issueOf = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  if (r.success) throw new Error('expected an issue');
  return r.error.issues[0] as z.core.$ZodIssue;
};

describe('zodExpected(issue, words?)', () => {
  it('zodExpected(too_big of a number) and of a text: values unless lengths are asked for', () => {
    expect(zodExpected(issueOf(z.number().max(1), 2))).toBe('a value ≤ 1');
    expect(zodExpected(issueOf(z.string().max(3), 'abcd'))).toBe('a value ≤ 3');
    expect(zodExpected(issueOf(z.string().max(3), 'abcd'), { lengths: true })).toBe('a text of at most 3 characters');
    expect(zodExpected(issueOf(z.array(z.number()).min(1), []), { lengths: true })).toBe('a list of at least 1 item');
  });

  it("zodExpected(invalid_type, { typeName }) names the type in the caller's words", () => {
    expect(zodExpected(issueOf(z.number(), 'x'))).toBe('a number');
    expect(zodExpected(issueOf(z.object({}), 3), { typeName: (t) => (t === 'object' ? 'mapping' : t) })).toBe('a mapping');
    expect(zodExpected(issueOf(z.enum(['a', 'b']), 'c'))).toBe('one of "a", "b"');
  });
});

describe('valueAt(input, path)', () => {
  it('follows own keys only', () => {
    expect(valueAt({ a: { b: [1, 2] } }, ['a', 'b', 1])).toBe(2);
    expect(valueAt({}, ['constructor'])).toBeUndefined();
  });
});

describe('closest(name, known)', () => {
  it('closest(typo, known) is the near name; a far name has none', () => {
    expect(closest('governance.spilt', ['governance.split', 'governance.autonomy'])).toBe('governance.split');
    expect(closest('budget', ['governance.split'])).toBeUndefined();
  });
});

describe('deepFreeze(value)', () => {
  it('freezes every level and returns the value', () => {
    const v = deepFreeze({ a: { b: [1] } });
    expect(Object.isFrozen(v.a.b)).toBe(true);
  });
});
