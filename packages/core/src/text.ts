/**
 * Text that leaves ppsim for a spreadsheet, and comes back from one. Scenario titles, labels, notes and
 * paths are user-given text: in a CSV cell they must not become spreadsheet formulas ("CSV
 * injection"). The command line writes ppsim's CSV files and the viewer reads and exports them, so
 * both sides use these. (What reaches a terminal is the command line's affair: packages/cli/src/terminal.ts.)
 */

/** A cell a spreadsheet would read as a formula: it begins with `=`, `+`, `-`, `@`, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A number as JavaScript writes it (`-0.5`, `1e-7`, `-Infinity`): a spreadsheet reads it as a number, never a formula. */
const NUMBER = /^(?:[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|-?Infinity)$/;

/**
 * `spreadsheetSafe(text)`: a CSV cell's text that no spreadsheet runs as a formula. Text beginning with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe (`'=1+1`), which
 * spreadsheets show as text; a number (`-0.5`, `-1e-7`) is left as it is, so numeric columns keep
 * their bytes. Quoting for commas and quotes is the CSV writer's job, after this.
 * @example
 * spreadsheetSafe('=HYPERLINK("x")'); // "'=HYPERLINK(\"x\")"
 * spreadsheetSafe('-0.5');            // "-0.5"
 */
export function spreadsheetSafe(text: string): string {
  return FORMULA_START.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

/**
 * `fromSpreadsheetSafe(cell)`: the text {@link spreadsheetSafe} was given, for readers of ppsim's own
 * CSV files: a leading apostrophe before `=`, `+`, `-`, `@`, a tab or a carriage return is dropped.
 */
export function fromSpreadsheetSafe(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) && !NUMBER.test(cell.slice(1)) ? cell.slice(1) : cell;
}
