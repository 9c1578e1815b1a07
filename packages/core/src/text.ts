/**
 * Text that leaves ppsim for a terminal or a spreadsheet. Scenario titles, labels, notes and paths are
 * user-given text: in a CSV cell they must not become spreadsheet formulas ("CSV injection"), and on a
 * terminal their control characters must not become escape sequences that move the cursor, recolour
 * or rewrite what was printed.
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

// C0 controls except tab and line feed, DEL, C1 controls, and the bidirectional overrides and isolates
// that make text display in another order than it is stored.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `visibleControls(text)`: `text` with every control character a terminal would act on written out as
 * a `\uXXXX` escape (ESC becomes the six characters `\u001b`); tabs and line feeds are kept. Inside a
 * JSON string the escape means the same character, so parsed JSON output is unchanged.
 * @example
 * visibleControls('Bergen\u001b[2J'); // "Bergen\\u001b[2J"
 */
export function visibleControls(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
