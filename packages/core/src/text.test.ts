import { describe, expect, it } from 'vitest';
import { fromSpreadsheetSafe, spreadsheetSafe } from './text.ts';

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
