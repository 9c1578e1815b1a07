/**
 * The one error class of ppsim, with a closed set of codes.
 *
 * Every message follows one pattern: what was wrong (`where`), what was expected, what was received,
 * and how to fix it. Callers at a boundary (CLI, viewer) can render `code`, `path` and `hint`
 * separately; everybody else just reads `message`.
 */

/** The closed set of error codes. Add a code here, never an ad-hoc string elsewhere. */
export const ERROR_CODES = [
  /** An argument to a library function is outside its domain (a negative rate, a NaN weight). */
  'invalid_argument',
  /** A date or step is malformed or outside the simulated calendar. */
  'invalid_date',
  /** A population or buffer would exceed an explicit limit. */
  'limit_exceeded',
  /** A call made in the wrong state (stepping a finished run, removing a dead agent). */
  'invalid_state',
  /** Input data (a scenario, a parameter set, a result file) fails validation. */
  'invalid_input',
] as const;

/** One of {@link ERROR_CODES}: what kind of problem a {@link PpsimError} reports. */
export type PpsimErrorCode = (typeof ERROR_CODES)[number];

/** What a {@link PpsimError} says about the problem: where, what was expected, what was received, how to fix it. */
export interface PpsimErrorDetails {
  /** Where the problem is: a function argument (`normal(sd)`) or a data path (`timeline[2].date`). */
  readonly path: string;
  /** What was expected, in words: "a finite number ≥ 0". */
  readonly expected: string;
  /** What was received; rendered briefly (a text quoted, an array by its length, an object as "an object"). */
  readonly received: unknown;
  /** How to fix it, with an example where one helps. */
  readonly hint?: string;
}

/**
 * An error with a code, the path of the offending value, what was expected and received, and a hint.
 *
 * @example
 * throw new PpsimError('invalid_argument', {
 *   path: 'exponential(rate)', expected: 'a finite number > 0', received: -1,
 *   hint: 'pass the event rate per step, e.g. 0.2',
 * });
 * // message: "exponential(rate): expected a finite number > 0, received -1. Fix: pass the event rate per step, e.g. 0.2"
 */
export class PpsimError extends Error {
  readonly code: PpsimErrorCode;
  readonly path: string;
  readonly expected: string;
  readonly received: string;
  readonly hint: string | undefined;

  constructor(code: PpsimErrorCode, details: PpsimErrorDetails) {
    const received = describeValue(details.received);
    const fix = details.hint === undefined ? '' : `. Fix: ${details.hint}`;
    super(`${details.path}: expected ${details.expected}, received ${received}${fix}`);
    this.name = 'PpsimError';
    this.code = code;
    this.path = details.path;
    this.expected = details.expected;
    this.received = received;
    this.hint = details.hint;
  }
}

/**
 * `describeValue(value)`: a received value, briefly and unambiguously, for an error message: a text
 * quoted (long ones cut), numbers and booleans as they are, an array or typed array by its length.
 * Shared with @ppsim/scenarios through `@ppsim/core/internal`.
 *
 * @example
 * describeValue('internal'); // '"internal"'
 * describeValue([1, 2]);     // 'an array of length 2'
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name} of length ${(value as unknown as ArrayLike<number>).length}`;
  if (typeof value === 'function') return 'a function';
  return 'an object';
}
