/**
 * Explicit size limits of scenario files (FORMAT.md, "Limits"). They keep a hostile or mistaken file
 * from exhausting memory or time, and every one of them has its own error message.
 */
export const LIMITS = {
  /** Bytes of one scenario file. */
  fileBytes: 1024 * 1024,
  /** Bytes of a design CSV (`ppsim sweep --design FILE.csv`). */
  designBytes: 64 * 1024 * 1024,
  /**
   * Bytes of one result or specification file read back (`rerun`, `merge`, a resumed sweep, `view`):
   * well below the longest string Node.js holds (about 512 MiB).
   */
  resultBytes: 256 * 1024 * 1024,
  /** Entries in one `params` or `set` block. */
  params: 200,
  /** Dated events in one timeline. */
  events: 200,
  /** Named variants of one scenario. */
  variants: 50,
  /** Sources of one scenario. */
  sources: 200,
  /** YAML alias expansions (`*name`) in one file, against "billion laughs" files. */
  aliases: 100,
  /** Nesting depth of the parsed document. */
  depth: 32,
  /** Files in one `extends` chain. */
  extendsDepth: 10,
  /** YAML syntax errors reported before the rest are summarised. */
  yamlErrors: 10,
} as const;

/** Keys refused anywhere in a scenario file, because they can pollute object prototypes. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
