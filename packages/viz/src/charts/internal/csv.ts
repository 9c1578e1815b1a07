/**
 * Tidy CSV: a header row, one row per mark, RFC 4180 quoting (fields holding a comma, quote,
 * newline or surrounding space are quoted, quotes doubled), numbers written in full precision with
 * a dot, NaN and missing values as empty fields. Text that a spreadsheet would run as a formula
 * (beginning with `=`, `+`, `-`, `@`, tab or CR) gets a leading apostrophe; numbers never do.
 */
import { spreadsheetSafe } from '@ppsim/core';

export type CsvCell = string | number | undefined;

function field(cell: CsvCell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const safe = spreadsheetSafe(cell);
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV text of `header` and `rows`, lines ended by \r\n as RFC 4180 asks. */
export function csvTable(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `${[header, ...rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

/** The fields of each record of CSV `text` (RFC 4180: quoted fields may hold commas, quotes and newlines). */
export function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || record.length > 0) records.push([...record, cell]);
  return records;
}

const NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * `csvForLocale(text, locale)`: CSV as the locale's spreadsheets open it. English keeps commas
 * between fields and a full stop in numbers; Norwegian (`nb`) separates fields by semicolons and
 * writes numbers with a decimal comma, which is what Excel and LibreOffice set to Norwegian read
 * into columns (a comma-separated file opens there as one column per row).
 *
 * @example
 * csvForLocale('x,mean\r\n2005,0.25\r\n', 'nb'); // 'x;mean\r\n2005;0,25\r\n'
 */
export function csvForLocale(text: string, locale: 'en' | 'nb'): string {
  if (locale === 'en') return text;
  const field = (cell: string) => {
    if (NUMBER.test(cell)) return cell.replace('.', ',');
    return /[";\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
  };
  return `${csvRecords(text)
    .map((r) => r.map(field).join(';'))
    .join('\r\n')}\r\n`;
}
