import { PpsimError } from '@ppsim/core';

/** Exit codes of the ppsim CLI (design.md): 0 ok, 1 run failure, 2 bad input. */
export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;

/** A usage error found by the CLI itself (bad flag value), reported like a PpsimError. */
export function badOption(flag: string, expected: string, received: unknown, hint: string): PpsimError {
  return new PpsimError('invalid_input', { path: flag, expected, received, hint });
}

/** Prints an error as `✖ message` on stderr and returns the exit code it deserves. */
export function reportError(error: unknown, stderr: (text: string) => void): number {
  if (error instanceof PpsimError) {
    stderr(`✖ ${error.message}\n`);
    return error.code === 'invalid_input' || error.code === 'invalid_argument' || error.code === 'invalid_date' ? EXIT.badInput : EXIT.failure;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  stderr(`✖ ppsim failed unexpectedly: ${message}\n  Please report this with the command you ran.\n`);
  return EXIT.failure;
}
