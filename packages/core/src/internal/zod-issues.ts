/**
 * Zod's issues in ppsim's words, for the two validators that report them: core's parameters
 * (`safeParseParams`) and @ppsim/scenarios' scenario files. One wording of "expected X", so a range
 * reads the same whichever of them found it.
 */
import type { z } from 'zod';

/** How {@link zodExpected} words an issue beyond the defaults. */
export interface ExpectedWords {
  /** Say the bounds of texts and lists as lengths ("a text of at most 80 characters"), not as values. Default false. */
  readonly lengths?: boolean;
  /** The word for a type zod names (`object`, `array`, …); default the name itself. */
  readonly typeName?: (expected: string) => string;
}

/**
 * `zodExpected(issue, words?)`: what a zod issue expected, in words: `a value ≤ 1`, `one of
 * "frame", "perUnitGranted"`, `a number`; an issue of another kind gives zod's own message (formats
 * and refinements carry their expectation there).
 *
 * @example
 * zodExpected(issue);                                       // "a value ≤ 1"
 * zodExpected(issue, { lengths: true });                    // "a text of at most 80 characters"
 */
export function zodExpected(zi: z.core.$ZodIssue, words: ExpectedWords = {}): string {
  const lengths = words.lengths === true;
  switch (zi.code) {
    case 'too_big':
      if (lengths && zi.origin === 'string') return `a text of at most ${String(zi.maximum)} characters`;
      if (lengths && zi.origin === 'array') return `a list of at most ${String(zi.maximum)} items`;
      return `a value ${zi.inclusive === false ? '<' : '≤'} ${String(zi.maximum)}`;
    case 'too_small':
      if (lengths && zi.origin === 'string') return `a text of at least ${String(zi.minimum)} character${zi.minimum === 1 ? '' : 's'}`;
      if (lengths && zi.origin === 'array') return `a list of at least ${String(zi.minimum)} item${zi.minimum === 1 ? '' : 's'}`;
      return `a value ${zi.inclusive === false ? '>' : '≥'} ${String(zi.minimum)}`;
    case 'invalid_value':
      return `one of ${zi.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_type':
      return `a ${words.typeName === undefined ? zi.expected : words.typeName(zi.expected)}`;
    default:
      return zi.message;
  }
}

/**
 * `valueAt(input, path)`: what `input` holds at a zod issue's path, following own keys only (never
 * what an object inherits); undefined where the path leads nowhere.
 *
 * @example
 * valueAt({ governance: { split: 'x' } }, ['governance', 'split']); // 'x'
 */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}
