import { describe, expect, it } from 'vitest';
import { fromSpreadsheetSafe, spreadsheetSafe, visibleControls } from './text.ts';

describe('spreadsheetSafe(text)', () => {
  it('puts an apostrophe before text beginning with =, +, -, @, tab or CR', () => {
    for (const text of ['=1+1', '+A1', '-A1', '@SUM(A1:A2)', '\tx', '\rx', '=HYPERLINK("http://x")', '-', '--x', '-1+2', '-Infinityx']) {
      expect(spreadsheetSafe(text)).toBe(`'${text}`);
    }
  });

  it('leaves numbers as JavaScript writes them, and other text, unchanged', () => {
    for (const text of ['-0.5', '-1e-7', '+3', '-2E+10', '.5', '-.5', '-Infinity', 'Infinity', '0', 'bergen', 'a=b', '', "'=x", ' =x']) {
      expect(spreadsheetSafe(text)).toBe(text);
    }
  });
});

describe('fromSpreadsheetSafe(cell)', () => {
  it('gives back what spreadsheetSafe was given', () => {
    for (const text of ['=1+1', '-x', '@x', '\tx', '-0.5', 'plain', "'quoted", '']) {
      expect(fromSpreadsheetSafe(spreadsheetSafe(text))).toBe(text);
    }
  });
});

describe('visibleControls(text)', () => {
  const cases: readonly (readonly [given: string, shown: string])[] = [
    ['Bergen\u001b[2J\u001b]0;title\u0007', 'Bergen\\u001b[2J\\u001b]0;title\\u0007'],
    ['a\rb\u0000c\u007fd\u009be\u202ef\u2066', 'a\\u000db\\u0000c\\u007fd\\u009be\\u202ef\\u2066'],
    ['line\n\tindented – æøå ✔', 'line\n\tindented – æøå ✔'],
  ];
  it.each(cases)('visibleControls(%j): ESC, C0, C1, DEL and bidirectional overrides as \\uXXXX; tabs and line feeds kept', (given, shown) => {
    expect(visibleControls(given)).toBe(shown);
  });

  it('visibleControls(JSON text): parses to the same value', () => {
    const value = { title: 'x\u009b31m\u007f' };
    expect(JSON.parse(visibleControls(JSON.stringify(value)))).toEqual(value);
  });
});
