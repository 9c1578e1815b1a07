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
