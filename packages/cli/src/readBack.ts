/**
 * Reading back files that a ppsim command wrote and a user pointed at (a result folder's summary.json,
 * a sweep's sweep.json and parts): through the same guarded reader as scenario files, so a named pipe,
 * a device or a folder in their place is refused with exit 2 instead of hanging or filling memory.
 */
import { PpsimError } from '@ppsim/core';
import { LIMITS, readUserFile } from '@ppsim/scenarios';

/**
 * `readResultFile(path, what?)`: the text of a regular file of at most `LIMITS.resultBytes` bytes.
 * @throws PpsimError `invalid_input` naming the path, what was found, and a fix.
 */
export function readResultFile(path: string, what = 'a file written by ppsim'): string {
  return readUserFile(path, { maxBytes: LIMITS.resultBytes, what });
}

/**
 * `readJsonFile(path, what)`: the parsed JSON of a regular file written by ppsim.
 * @throws PpsimError `invalid_input` when the file cannot be read or is not JSON.
 */
export function readJsonFile(path: string, what: string): unknown {
  const text = readResultFile(path, what);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new PpsimError('invalid_input', {
      path,
      expected: `${what} (JSON)`,
      received: 'text that is not JSON',
      hint: 'the file was damaged or replaced; write it again with the command that made it',
    });
  }
}
