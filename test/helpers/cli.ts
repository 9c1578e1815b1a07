/** Runs the ppsim CLI in-process for tests, capturing stdout and stderr instead of printing them. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../packages/cli/src/main.ts';

const ROOT = join(import.meta.dirname, '..', '..');

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

/** What a ppsim process did: its exit code, or the signal that ended it, and its output. */
export interface ProcessResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly out: string;
  readonly err: string;
}

/**
 * `cliProcess(argv, { killAfterMs? })`: runs the installed bin (packages/cli/bin/ppsim.mjs) as its own
 * process from the repository root. A process still running after `killAfterMs` (default 60 s) is
 * killed, so a hang shows as `signal: 'SIGKILL'` instead of a test that never ends.
 */
export function cliProcess(argv: readonly string[], options: { readonly killAfterMs?: number; readonly cwd?: string } = {}): Promise<ProcessResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'packages/cli/bin/ppsim.mjs'), ...argv], { cwd: options.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => void (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => void (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 60_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, out, err });
    });
  });
}
