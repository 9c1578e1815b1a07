/**
 * Reading a design that a user wrote by hand or produced elsewhere (R, Python, a spreadsheet): a CSV
 * whose header names parameter paths and whose rows are design points.
 */
import { PpsimError } from '../errors.ts';

// A plain decimal or scientific number; rejects "", "0x1f", "Infinity", "1,5" and stray text.
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function fail(path: string, expected: string, received: unknown, hint: string): PpsimError {
  return new PpsimError('invalid_input', { path, expected, received, hint });
}

// Strips surrounding whitespace and one pair of double quotes ("referral.rate" → referral.rate).
function cell(raw: string): string {
  const t = raw.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).trim() : t;
}

/**
 * `parseDesignCsv(text: string, paths: readonly string[]): number[][]` — the design points of a CSV
 * text, with columns reordered to `paths`.
 *
 * Format: comma-separated; the first non-blank line is a header naming each parameter path exactly
 * once (any order; fields may be double-quoted); every further non-blank line is one point with a
 * number in every column. Blank lines and lines starting with `#` are skipped; CRLF line ends are
 * accepted. Error paths name the line (1-based, as an editor shows it) and the column.
 *
 * @param text - the CSV text.
 * @param paths - the parameter paths expected, in the column order wanted in the result.
 * @returns rows = points, columns in the order of `paths`.
 * @throws PpsimError `invalid_input` for a missing, unknown or repeated header column, a row with
 * the wrong number of fields, a value that is not a finite number, or no data rows.
 * @example
 * parseDesignCsv('b,a\n2,1\n4,3\n', ['a', 'b']); // [[1, 2], [3, 4]]
 */
export function parseDesignCsv(text: string, paths: readonly string[]): number[][] {
  if (typeof text !== 'string') throw fail('parseDesignCsv(text)', 'the text of a CSV file', text, 'read the file first and pass its contents');
  const lines = text.split(/\r?\n/);
  let headerLine = -1;
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] as string).trim();
    if (t.length > 0 && !t.startsWith('#')) {
      headerLine = i;
      break;
    }
  }
  const example = `e.g. "${paths.join(',')}"`;
  if (headerLine < 0) throw fail('design CSV line 1', 'a header naming the parameter paths', text, `start the file with a header line, ${example}`);
  const header = (lines[headerLine] as string).split(',').map(cell);
  const where = `design CSV line ${headerLine + 1}`;
  const columnOf: number[] = [];
  header.forEach((name, c) => {
    if (!paths.includes(name)) {
      throw fail(`${where}, column ${c + 1}`, `one of the parameter paths ${paths.map((p) => `"${p}"`).join(', ')}`, name, 'rename the column to a varied parameter path, or remove it');
    }
    if (header.indexOf(name) !== c) throw fail(`${where}, column ${c + 1}`, 'a path not named by an earlier column', name, 'remove the repeated column');
  });
  for (const path of paths) {
    const c = header.indexOf(path);
    if (c < 0) throw fail(where, `a column named "${path}"`, header.join(','), `add the column, ${example}`);
    columnOf.push(c);
  }
  const points: number[][] = [];
  for (let i = headerLine + 1; i < lines.length; i++) {
    const t = (lines[i] as string).trim();
    if (t.length === 0 || t.startsWith('#')) continue;
    const fields = t.split(',').map(cell);
    if (fields.length !== header.length) {
      throw fail(`design CSV line ${i + 1}`, `${header.length} comma-separated values, one per header column`, t, 'give every column a value on every line');
    }
    points.push(
      columnOf.map((c) => {
        const field = fields[c] as string;
        const value = Number(field);
        if (!NUMBER.test(field) || !Number.isFinite(value)) {
          throw fail(`design CSV line ${i + 1}, column ${c + 1} ("${header[c] as string}")`, 'a finite decimal number', field, 'write plain numbers with a dot for decimals, e.g. 0.25 or 1e-3');
        }
        return value;
      }),
    );
  }
  if (points.length === 0) throw fail('design CSV', 'at least one data line after the header', text, 'add one line per design point below the header');
  return points;
}
