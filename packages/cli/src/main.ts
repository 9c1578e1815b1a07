/**
 * The ppsim command line. Commands parse and validate their flags here, do their work in
 * `commands/`, write results to stdout and progress or errors to stderr, and exit with
 * 0 (ok), 1 (run failure) or 2 (bad input).
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { VERSION } from '@ppsim/core';
import { runDemo } from './commands/demo.ts';
import { runCommand } from './commands/run.ts';
import { listCommand, schemaCommand, validateCommand } from './commands/scenarios.ts';
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

  const collectSet = (value: string, previous: string[]) => [...previous, value];

  program
    .command('demo')
    .description('the main job: the reference municipality under an integrated and a split regime, with 95 % intervals and paired differences')
    .option('--reps <n>', 'replications per regime', integerOption('--reps', 2, 10_000), 10)
    .option('--seed <s>', 'master seed; replication seeds derive from it', integerOption('--seed', 0, Number.MAX_SAFE_INTEGER), 1)
    .option('--years <y>', 'simulated years', integerOption('--years', 2, 100), 10)
    .option('--set <path=value>', 'change a parameter for both regimes (repeatable), e.g. --set staff.motivation.crowding=0', collectSet, [])
    .option('--out <dir>', 'also write series.csv (tidy: one row per regime, run and week) and summary.json there')
    .option('--json', 'print one JSON document on stdout and nothing else')
    .action((opts: { reps: number; seed: number; years: number; set: string[]; out?: string; json?: boolean }) => {
      io.write(runDemo({ reps: opts.reps, seed: opts.seed, years: opts.years, set: opts.set, json: opts.json === true, argv, ...(opts.out === undefined ? {} : { out: opts.out }) }));
    });

  program
    .command('run')
    .description('replications of one scenario: final-year metrics with 95 % intervals (all metrics per year with --json)')
    .argument('[scenario]', 'a built-in case id (`ppsim list`) or a scenario file (.yaml or .json)', 'reference')
    .option('--variant <name>', 'run a named variant ("what if") of the scenario; `ppsim list` shows them')
    .option('--reps <n>', 'replications', integerOption('--reps', 2, 10_000), 10)
    .option('--seed <s>', 'master seed; replication seeds derive from it', integerOption('--seed', 0, Number.MAX_SAFE_INTEGER), 1)
    .option('--years <y>', 'simulated years (default: the scenario\'s)', integerOption('--years', 1, 100))
    .option('--set <path=value>', 'change a parameter (repeatable), e.g. --set governance.split=internal', collectSet, [])
    .option('--out <dir>', 'also write series.csv (tidy: one row per run and week) and summary.json there')
    .option('--json', 'print one JSON document on stdout and nothing else')
    .option('--cases <dir>', 'folder of built-in cases (default: packages/scenarios/cases)')
    .action((scenario: string, opts: { variant?: string; reps: number; seed: number; years?: number; set: string[]; out?: string; json?: boolean; cases?: string }) => {
      io.write(runCommand({
        scenario, reps: opts.reps, seed: opts.seed, set: opts.set, json: opts.json === true, argv,
        ...(opts.variant === undefined ? {} : { variant: opts.variant }), ...(opts.cases === undefined ? {} : { casesDir: opts.cases }),
        ...(opts.years === undefined ? {} : { years: opts.years }), ...(opts.out === undefined ? {} : { out: opts.out }),
      }));
    });

  program
    .command('list')
    .description('the built-in scenarios, one line each, with their variants indented below')
    .option('--json', 'print one JSON document on stdout and nothing else')
    .option('--cases <dir>', 'folder of built-in cases (default: packages/scenarios/cases)')
    .action((opts: { json?: boolean; cases?: string }) => {
      const { output, error } = listCommand({ json: opts.json === true, ...(opts.cases === undefined ? {} : { casesDir: opts.cases }) });
      io.write(output);
      if (error !== undefined) throw error;
    });

  program
    .command('validate')
    .description('check a scenario file: every problem with its path (exit 2), or a line saying it is valid (exit 0)')
    .argument('<file>', 'a scenario file (.yaml or .json) or a built-in case id')
    .option('--cases <dir>', 'folder of built-in cases that `extends` ids refer to (default: packages/scenarios/cases)')
    .action((file: string, opts: { cases?: string }) => {
      io.write(validateCommand(file, opts.cases === undefined ? {} : { casesDir: opts.cases }));
    });

  program
    .command('schema')
    .description('print the JSON Schema of scenario files (for editors: autocompletion and checks as you type)')
    .action(() => {
      io.write(schemaCommand());
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
