import { describe, expect, it } from 'vitest';
import { PpsimError } from '../errors.ts';
import { parseDesignCsv } from './index.ts';

function messageOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(PpsimError);
    expect((error as PpsimError).code).toBe('invalid_input');
    return (error as PpsimError).message;
  }
  throw new Error('expected a PpsimError');
}

describe('parseDesignCsv(text, paths)', () => {
  it('reads the points and reorders the columns to `paths`', () => {
    expect(parseDesignCsv('b,a\n2,1\n4,3\n', ['a', 'b'])).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('accepts quotes, spaces, CRLF, comments, blank lines and scientific notation', () => {
    const text = '# sweep of 2024-03\r\n"referral.rate", staff\r\n\r\n 1e-2 , 3\r\n.5,-4\r\n# done\r\n';
    expect(parseDesignCsv(text, ['referral.rate', 'staff'])).toEqual([
      [0.01, 3],
      [0.5, -4],
    ]);
  });

  it('names the line and column of a value that is not a number', () => {
    expect(messageOf(() => parseDesignCsv('a,b\n1,2\n3,x\n', ['a', 'b']))).toMatchInlineSnapshot(
      `"design CSV line 3, column 2 ("b"): expected a finite decimal number, received "x". Fix: write plain numbers with a dot for decimals, e.g. 0.25 or 1e-3"`,
    );
    expect(messageOf(() => parseDesignCsv('a,b\n1,1e999\n', ['a', 'b']))).toMatch(/line 2, column 2/);
    expect(messageOf(() => parseDesignCsv('a,b\n1,\n', ['a', 'b']))).toMatch(/line 2, column 2/);
  });

  it('rejects unknown, repeated and missing header columns, short rows and an empty design', () => {
    expect(messageOf(() => parseDesignCsv('a,c\n1,2\n', ['a', 'b']))).toMatch(/line 1, column 2: expected one of the parameter paths "a", "b", received "c"/);
    expect(messageOf(() => parseDesignCsv('a,a\n1,2\n', ['a']))).toMatch(/column 2: expected a path not named by an earlier column/);
    expect(messageOf(() => parseDesignCsv('a\n1\n', ['a', 'b']))).toMatch(/expected a column named "b"/);
    expect(messageOf(() => parseDesignCsv('a,b\n1,2\n3\n', ['a', 'b']))).toMatch(/line 3: expected 2 comma-separated values/);
    expect(messageOf(() => parseDesignCsv('a,b\n', ['a', 'b']))).toMatch(/at least one data line/);
    expect(messageOf(() => parseDesignCsv('\n\n', ['a', 'b']))).toMatch(/header/);
  });
});
