/**
 * The ppsim command line. Commands parse and validate their flags here, do their work in
 * `commands/`, write results to stdout and progress or errors to stderr, and exit with
 * 0 (ok), 1 (run failure) or 2 (bad input).
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { VERSION } from '@ppsim/core';
import { runDemo } from './commands/demo.ts';
import { EXIT, reportError } from './errors.ts';

function integerOption(flag: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}, received "${value}". Fix: e.g. ${flag} ${Math.min(max, Math.max(min, 20))}`);
    }
    return n;
  };
}

/** Builds the command tree; `write` and `writeErr` let tests capture output. */
export function buildProgram(io: { write: (s: string) => void; writeErr: (s: string) => void }, argv: readonly string[]): Command {
  const program = new Command('ppsim')
    .description('ppsim: agent-based simulation of the purchaser–provider split in public services')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.write, writeErr: io.writeErr, outputError: (s, write) => write(`✖ ${s.replace(/^error: /, '')}`) })
    .showHelpAfterError('(run `ppsim --help` for usage)');

  program
    .command('demo')
    .description('engine demonstration: a waiting list at an orderer office, with and without a staffing cut, over replications')
    .option('--reps <n>', 'replications per scenario', integerOption('--reps', 2, 10_000), 20)
    .option('--seed <s>', 'master seed; replication seeds derive from it', integerOption('--seed', 0, Number.MAX_SAFE_INTEGER), 1)
    .option('--years <y>', 'simulated years', integerOption('--years', 5, 200), 10)
    .option('--out <dir>', 'also write series.csv (tidy: one row per run and week), series.ndjson and summary.json there')
    .option('--json', 'print one JSON document on stdout and nothing else')
    .action((opts: { reps: number; seed: number; years: number; out?: string; json?: boolean }) => {
      io.write(runDemo({ reps: opts.reps, seed: opts.seed, years: opts.years, json: opts.json === true, argv, ...(opts.out === undefined ? {} : { out: opts.out }) }));
    });

  return program;
}

/** Runs the CLI on `argv` (without `node` and the script) and returns the exit code. */
export function main(argv: readonly string[], io = { write: (s: string) => void process.stdout.write(s), writeErr: (s: string) => void process.stderr.write(s) }): number {
  const program = buildProgram(io, argv);
  try {
    program.parse([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are exits with code 0; everything else commander rejects is bad input.
      return error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    return reportError(error, io.writeErr);
  }
}
