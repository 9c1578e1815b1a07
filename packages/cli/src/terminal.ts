/**
 * Text that leaves ppsim for a terminal. Scenario titles, labels, notes and paths are user-given text:
 * on a terminal their control characters must not become escape sequences that move the cursor,
 * recolour or rewrite what was printed.
 */

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
