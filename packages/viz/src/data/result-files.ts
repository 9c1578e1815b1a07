/**
 * What every reader of CLI result files shares: the files as the page received them, the one
 * error they raise (naming the file, what was expected, what was found and a fix), and the checks
 * of JSON and CSV text that all of them run.
 */
import type { z } from 'zod';

/** A file as the page received it. */
export interface InputFile {
  readonly name: string;
  readonly text: string;
}

/** A problem with the files, worded for the page. */
export class ResultError extends Error {
  constructor(
    readonly file: string,
    readonly expected: string,
    readonly received: string,
    readonly hint: string,
  ) {
    super(`${file}: expected ${expected}, received ${received}. Fix: ${hint}`);
    this.name = 'ResultError';
  }
}

/** A file's name without its folders. */
export const base = (name: string): string => name.split(/[\\/]/).pop() ?? name;

/** The JSON of `file`, or a ResultError saying it does not parse. */
export function parseJson(file: InputFile): unknown {
  try {
    return JSON.parse(file.text) as unknown;
  } catch (error) {
    throw new ResultError(base(file.name), 'JSON', `text that does not parse (${error instanceof Error ? error.message : String(error)})`, 'open summary.json or sensitivity.json as the CLI wrote it');
  }
}

/** A ResultError for a document that `what` (a schema) refused, at the first issue's path. */
export function schemaError(file: string, what: string, error: z.ZodError): ResultError {
  const first = error.issues[0];
  const where = first === undefined || first.path.length === 0 ? '' : ` at ${first.path.join('.')}`;
  return new ResultError(file, what, `a document that differs${where} (${first?.message ?? 'unknown'})`, 'open the files of a ppsim command unchanged; a newer ppsim may have written them');
}

/** A short account of a document that is not what was expected: its first keys, or its start. */
export function describe(doc: unknown): string {
  if (doc === null || typeof doc !== 'object') return JSON.stringify(doc)?.slice(0, 40) ?? String(doc);
  const keys = Object.keys(doc);
  return `an object with keys ${keys.slice(0, 6).join(', ')}${keys.length > 6 ? ', …' : ''}`;
}

/** The rows after the header, blank lines skipped; a row with another number of fields than the header is refused. */
export function bodyRows(file: InputFile, rows: readonly string[][], hint: string): string[][] {
  const width = rows[0]?.length ?? 0;
  return rows.slice(1).filter((row, i) => {
    if (row.length === 1 && row[0] === '') return false;
    if (row.length !== width) throw new ResultError(base(file.name), `${width} fields on every line`, `${row.length} on line ${i + 2}`, hint);
    return true;
  });
}

/** A number as ppsim writes one into CSV (`0.5`, `-1e-7`, `12`). */
const NUMBER_CELL = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * `numberCell(cell)`: the number a CSV cell holds, or NaN when it holds none: unlike `Number`, an
 * empty or blank cell is not 0, and `0x10`, `Infinity` or `1_000` are not numbers here.
 * @example
 * numberCell('0.25'); // 0.25
 * numberCell('');     // NaN
 */
export function numberCell(cell: string | undefined): number {
  return cell !== undefined && NUMBER_CELL.test(cell) ? Number(cell) : Number.NaN;
}
