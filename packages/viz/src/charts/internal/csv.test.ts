import { describe, expect, it } from 'vitest';
import { csvTable } from './csv.ts';

describe('csvTable', () => {
  it('csvTable(header, rows): CRLF lines, fields with commas, quotes or newlines quoted, quotes doubled', () => {
    expect(csvTable(['key', 'label', 'value'], [['a', 'Plain', 1.5], ['b', 'x, "y"\nz', -2]])).toBe(
      'key,label,value\r\na,Plain,1.5\r\nb,"x, ""y""\nz",-2\r\n',
    );
  });

  it('csvTable(header, rows): NaN, infinities and missing values as empty fields; edge spaces kept by quoting', () => {
    expect(csvTable(['a', 'b', 'c', 'd'], [[NaN, undefined, Infinity, ' padded ']])).toBe('a,b,c,d\r\n,,," padded "\r\n');
  });
});
