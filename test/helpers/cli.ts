/** Runs the ppsim CLI in-process for tests, capturing stdout and stderr instead of printing them. */
import { main } from '../../packages/cli/src/main.ts';

export interface CliResult {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** `cli(...argv)`: runs a command that answers synchronously (one thread) and returns its exit code and output. */
export function cli(...argv: string[]): CliResult {
  let out = '';
  let err = '';
  const code = main(argv, { write: (s) => void (out += s), writeErr: (s) => void (err += s) }) as number;
  return { code, out, err };
}

/** `cliAsync(...argv)`: as `cli`, for commands that may answer later (`--workers`, `view`). */
export async function cliAsync(...argv: string[]): Promise<CliResult> {
  let out = '';
  let err = '';
  const code = await main(argv, { write: (s) => void (out += s), writeErr: (s) => void (err += s) });
  return { code, out, err };
}
