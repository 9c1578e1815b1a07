import { describe, expect, it } from 'vitest';
import { csvForLocale, csvRecords, csvTable } from './csv.ts';

describe('csvTable', () => {
  it('csvTable(header, rows): CRLF lines, fields with commas, quotes or newlines quoted, quotes doubled', () => {
    expect(
      csvTable(
        ['key', 'label', 'value'],
        [
          ['a', 'Plain', 1.5],
          ['b', 'x, "y"\nz', -2],
        ],
      ),
    ).toBe('key,label,value\r\na,Plain,1.5\r\nb,"x, ""y""\nz",-2\r\n');
  });

  it('csvTable(header, rows): NaN, infinities and missing values as empty fields; edge spaces kept by quoting', () => {
    expect(csvTable(['a', 'b', 'c', 'd'], [[NaN, undefined, Infinity, ' padded ']])).toBe('a,b,c,d\r\n,,," padded "\r\n');
  });

  it('csvTable(header, rows): text a spreadsheet would run as a formula gets an apostrophe; numbers stay numbers', () => {
    expect(
      csvTable(
        ['label', 'value'],
        [
          ['=1+1', -0.5],
          ['+cmd', -1e-7],
          ['-x', 2],
          ['@SUM(A1)', 0],
          ['\tTab', 1],
          ['-0.5', 3],
        ],
      ),
    ).toBe("label,value\r\n'=1+1,-0.5\r\n'+cmd,-1e-7\r\n'-x,2\r\n'@SUM(A1),0\r\n'\tTab,1\r\n-0.5,3\r\n");
    expect(csvTable(['label'], [['=HYPERLINK("http://x", "y")']])).toBe('label\r\n"\'=HYPERLINK(""http://x"", ""y"")"\r\n');
  });

  it('csvForLocale(text, "nb"): semicolons between fields, decimal commas in numbers, text with a semicolon quoted', () => {
    const text = csvTable(
      ['x', 'label', 'mean'],
      [
        [2005, 'Behov dekket; andel', 0.25],
        [2006, 'x, "y"', -1.5e-7],
      ],
    );
    expect(csvForLocale(text, 'nb')).toBe('x;label;mean\r\n2005;"Behov dekket; andel";0,25\r\n2006;"x, ""y""";-1,5e-7\r\n');
    expect(csvForLocale(text, 'en')).toBe(text);
    expect(csvRecords(text)).toEqual([
      ['x', 'label', 'mean'],
      ['2005', 'Behov dekket; andel', '0.25'],
      ['2006', 'x, "y"', '-1.5e-7'],
    ]);
  });
});
