/**
 * The ppsim command line. Commands parse and validate their flags here, do their work in
 * `commands/`, write results to stdout and progress or errors to stderr, and exit with
 * 0 (ok), 1 (run failure) or 2 (bad input).
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { REGIME_PRESETS, VERSION } from '@ppsim/core';
import { runDemo } from './commands/demo.ts';
import { compareCommand } from './commands/compare.ts';
import { isCalibrationFolder, rerunCommand, type RerunResult } from './commands/rerun.ts';
import { runCommand } from './commands/run.ts';
import { mapCommand } from './commands/map.ts';
import { CALIBRATION_LIMITS } from './calibrate/spec.ts';
import { mergeCommand, sweepCommand } from './commands/sweep.ts';
import { splitReference } from './commands/scenario.ts';
import { sensitivityCommand } from './commands/sensitivity.ts';
import { listCommand, schemaCommand, validateCommand } from './commands/scenarios.ts';
import { targetsSchemaCommand } from './commands/schema.ts';
import { DESIGN_REPS_LIMITS, MAX_POINTS, REPS_LIMITS, SEED_LIMITS, YEARS_LIMITS } from './limits.ts';
import { viewCommand } from './commands/view.ts';
import { EXIT, badOption, reportError } from './errors.ts';
import { makeProgress } from './progress.ts';
import { visibleControls } from './terminal.ts';

const CASES_HELP = 'folder of built-in cases (default: packages/scenarios/cases)';

function integerOption(flag: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}, received "${value}". Fix: e.g. ${flag} ${Math.min(max, Math.max(min, 20))}`);
    }
    return n;
  };
}

function cutoffOption(value: string): number {
  const x = Number(value);
  if (value.trim() === '' || !(x > 0 && x <= 10)) throw new InvalidArgumentError(`expected a number above 0 and at most 10, received "${value}". Fix: e.g. --cutoff 3`);
  return x;
}

function shareOption(flag: string) {
  return (value: string): number => {
    const x = Number(value);
    if (value.trim() === '' || !(x >= 0 && x <= 1)) throw new InvalidArgumentError(`expected a share from 0 to 1, received "${value}". Fix: e.g. ${flag} 0.02`);
    return x;
  };
}

/** Builds the command tree; `write` and `writeErr` let tests capture output. */
export function buildProgram(
  io: { write: (s: string) => void; writeErr: (s: string) => void; tty?: boolean },
  argv: readonly string[],
  status: { code: number; pending?: Promise<void> } = { code: EXIT.ok },
): Command {
  const program = new Command('ppsim')
    .description('ppsim: agent-based simulation of the purchaser–provider split in public services')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.write, writeErr: io.writeErr, outputError: (s, write) => write(`✖ ${s.replace(/^error: /, '')}`) })
    .showHelpAfterError('(run `ppsim --help` for usage)');

  const collectSet = (value: string, previous: string[]) => [...previous, value];
  // A command run on worker threads answers later: main() then returns a promise of the exit code.
  const emit = (result: string | Promise<string>) => {
    if (typeof result === 'string') io.write(result);
    else status.pending = result.then(io.write);
  };
  // Bars only when stderr is a terminal and the output goes to this process's own stderr.
  const progressFor = (quiet: boolean | undefined) => makeProgress({ quiet: quiet === true, tty: io.tty === true, writeErr: io.writeErr });

  /** The flags demo, run and compare share besides their own --reps, --years and --set. */
  const replicationFlags = (command: Command, outHelp: string) =>
    command
      .option('--seed <s>', 'master seed; replication seeds derive from it', integerOption('--seed', SEED_LIMITS.min, SEED_LIMITS.max), 1)
      .option('--out <dir>', outHelp)
      .option('--json', 'print one JSON document on stdout and nothing else')
      .option('--workers <n>', 'worker threads for the replications (results are the same bytes for any number)', integerOption('--workers', 1, 64), 1)
      .option('--posterior <dir>', 'draw one parameter set per replication from a calibration (the --out folder of ppsim calibrate): intervals then cover parameter uncertainty as well')
      .option('--quiet', 'no progress on stderr');
  interface ReplicationFlags {
    reps: number;
    seed: number;
    set: string[];
    out?: string;
    json?: boolean;
    quiet?: boolean;
    workers: number;
    posterior?: string;
  }
  const replication = (opts: ReplicationFlags) => ({
    reps: opts.reps,
    seed: opts.seed,
    set: opts.set,
    json: opts.json === true,
    argv: withoutWorkers(argv),
    progress: progressFor(opts.quiet),
    workers: opts.workers,
    ...(opts.out === undefined ? {} : { out: opts.out }),
    ...(opts.posterior === undefined ? {} : { posteriorDir: opts.posterior }),
  });

  /** The flags of run and compare: --reps, --years, --set and --cases (each with its own help), then the replication flags. */
  const scenarioFlags = (command: Command, help: { readonly reps: string; readonly years: string; readonly set: string }, outHelp: string) =>
    replicationFlags(
      command
        .option('--reps <n>', help.reps, integerOption('--reps', REPS_LIMITS.min, REPS_LIMITS.max), 10)
        .option('--years <y>', help.years, integerOption('--years', YEARS_LIMITS.min, YEARS_LIMITS.max))
        .option('--set <path=value>', help.set, collectSet, [])
        .option('--cases <dir>', CASES_HELP),
      outHelp,
    );
  type ScenarioFlags = ReplicationFlags & { years?: number; cases?: string };
  /** What run and compare pass on from those flags: the replication flags, and --cases and --years when given. */
  const scenarioRun = (opts: ScenarioFlags) => ({
    ...replication(opts),
    ...(opts.cases === undefined ? {} : { casesDir: opts.cases }),
    ...(opts.years === undefined ? {} : { years: opts.years }),
  });

  replicationFlags(
    program
      .command('demo')
      .description('the main job: the reference municipality under an integrated and a split regime, with 95 % intervals and paired differences')
      .option('--reps <n>', 'replications per regime', integerOption('--reps', REPS_LIMITS.min, REPS_LIMITS.max), 10)
      // demo's own floor of two years is as old as the command (the model allows one); the ceiling is the model's.
      .option('--years <y>', 'simulated years', integerOption('--years', 2, YEARS_LIMITS.max), 10)
      .option('--set <path=value>', 'change a parameter for both regimes (repeatable), e.g. --set staff.motivation.crowding=0', collectSet, []),
    'also write series.csv (tidy: one row per regime, run and week) and summary.json there',
  ).action((opts: ReplicationFlags & { years: number }) => {
    emit(runDemo({ ...replication(opts), years: opts.years }));
  });

  scenarioFlags(
    program
      .command('run')
      .description('replications of one scenario: final-year metrics with 95 % intervals (all metrics per year with --json)')
      .argument('[scenario]', 'a built-in case id (`ppsim list`), `case:variant`, or a scenario file (.yaml or .json)', 'reference')
      .option('--variant <name>', 'run a named variant ("what if") of the scenario; `ppsim list` shows them'),
    {
      reps: 'replications',
      years: "simulated years (default: the scenario's)",
      set: 'change a parameter (repeatable), e.g. --set governance.split=internal',
    },
    'also write series.csv (tidy: one row per run and week) and summary.json there',
  ).action((scenario: string, opts: ScenarioFlags & { variant?: string }) => {
    emit(runCommand({ ...scenarioRun(opts), scenario, ...(opts.variant === undefined ? {} : { variant: opts.variant }) }));
  });

  scenarioFlags(
    program
      .command('compare')
      .description("scenarios on the same seeds (common random numbers): each one's final-year metrics with 95 % intervals, and paired differences against the first")
      .argument('<scenarios...>', 'two or more: a built-in case id, `case:variant`, or a scenario file (.yaml or .json); the first is the baseline'),
    {
      reps: 'replications per scenario',
      years: "simulated years for every scenario (default: each scenario's)",
      set: 'change a parameter in every scenario (repeatable), e.g. --set staff.motivation.crowding=0',
    },
    'also write series.csv (tidy: one row per scenario, run and week) and summary.json there',
  ).action((scenarios: string[], opts: ScenarioFlags) => {
    if (scenarios.length < 2) {
      throw badOption(
        'scenarios',
        'at least two scenarios to compare, the baseline first',
        scenarios.join(' '),
        `add another, e.g. \`ppsim compare ${scenarios[0] ?? 'reference'} reference:internal-split\``,
      );
    }
    emit(compareCommand({ ...scenarioRun(opts), scenarios }));
  });

  program
    .command('rerun')
    .description('re-execute a result from its own provenance and check that it is reproduced byte for byte (exit 0) or not (exit 1)')
    .argument('<result>', 'an --out folder of run, compare, demo, sweep or map, or its summary.json (or a saved --json output)')
    .option('--json', 'print one JSON report on stdout and nothing else')
    .action((target: string, opts: { json?: boolean }) => {
      const report = (result: RerunResult) => {
        for (const w of result.warnings) io.writeErr(`${w}\n`);
        io.write(result.output);
        status.code = result.code;
      };
      // A calibration is rerun by code loaded only then (see the calibrate command below).
      if (isCalibrationFolder(target)) status.pending = import('./calibrate/rerun.ts').then(({ rerunCalibration }) => report(rerunCalibration(target, { json: opts.json === true })));
      else report(rerunCommand(target, { json: opts.json === true }));
    });

  program
    .command('list')
    .description('the built-in scenarios, one line each, with their variants indented below')
    .option('--json', 'print one JSON document on stdout and nothing else')
    .option('--cases <dir>', CASES_HELP)
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
    .description('print the JSON Schema of scenario files (for editors: autocompletion and checks as you type), with --results of the result documents, with --targets of calibration targets files')
    .option('--results', 'the JSON Schemas of the result documents (summary.json of run, compare, demo, sweep, map and calibrate; sensitivity.json), by command')
    .option('--targets', 'the JSON Schema of calibration targets files (packages/scenarios/targets/*.yaml)')
    .action((opts: { results?: boolean; targets?: boolean }) => {
      if (opts.results === true && opts.targets === true)
        throw badOption('--targets', 'one schema at a time', '--results --targets', 'run `ppsim schema --results` and `ppsim schema --targets` separately');
      io.write(opts.targets === true ? targetsSchemaCommand() : schemaCommand(opts.results === true));
    });

  /** The options sweep and sensitivity share: scenario, output folder, ranges, replications, seed. */
  const designCommand = (
    name: string,
    description: string,
    outHelp: string,
    repsDefault: number,
    param: readonly [flag: string, help: string] = ['<path=lo:hi[:steps]>', 'a parameter range (repeatable); steps for grids'],
  ) =>
    program
      .command(name)
      .description(description)
      .argument('[scenario]', 'a case id (case:variant), or a scenario file', 'reference')
      .requiredOption('--out <dir>', outHelp)
      .option(`--param ${param[0]}`, param[1], collectSet, [])
      .option('--reps <n>', 'replications per point (the same seeds at every point)', integerOption('--reps', DESIGN_REPS_LIMITS.min, DESIGN_REPS_LIMITS.max), repsDefault)
      .option('--seed <s>', 'master seed', integerOption('--seed', SEED_LIMITS.min, SEED_LIMITS.max), 1)
      .option('--years <y>', "simulated years (default: the scenario's)", integerOption('--years', YEARS_LIMITS.min, YEARS_LIMITS.max))
      .option('--set <path=value>', 'change a parameter at every point (repeatable)', collectSet, [])
      .option('--quiet', 'no progress lines on stderr');
  interface DesignOptions {
    out: string;
    param: string[];
    reps: number;
    seed: number;
    years?: number;
    set: string[];
    quiet?: boolean;
  }
  const common = (scenario: string, opts: DesignOptions) => {
    const ref = splitReference(scenario);
    return {
      scenario: ref.id,
      params: opts.param,
      reps: opts.reps,
      seed: opts.seed,
      set: opts.set,
      out: opts.out,
      command: recordedDesignCommand(argv),
      progress: progressFor(opts.quiet),
      warn: (line: string) => io.writeErr(`${line}\n`),
      ...(ref.variant === undefined ? {} : { variant: ref.variant }),
      ...(opts.years === undefined ? {} : { years: opts.years }),
    };
  };

  /** The flags of the commands whose runs shard across machines and threads: sweep and map. */
  const shardFlags = (command: Command) =>
    command
      .option('--shard <i/n>', 'run every n-th run starting at i (default: from SLURM_ARRAY_TASK_ID/COUNT or JOB_COMPLETION_INDEX/PPSIM_SHARD_COUNT)')
      .option('--workers <n>', 'worker threads (results are the same bytes for any number)', integerOption('--workers', 1, 64), 1);

  shardFlags(
    designCommand(
      'sweep',
      'runs a design of parameter points × replications into a folder, streaming tidy CSV; resumable and shardable',
      'folder for sweep.json, parts/, results.csv and summary.json (resume by running the same command again)',
      5,
    )
      .option('--design <d>', 'grid, lhs, sobol, or a CSV file of points with parameter paths as header', 'grid')
      .option('--runs <n>', 'design points for lhs and sobol', integerOption('--runs', 1, MAX_POINTS), 20),
  ).action((scenario: string, opts: DesignOptions & { design: string; runs: number; shard?: string; workers: number }) => {
    emit(sweepCommand({ ...common(scenario, opts), design: opts.design, runs: opts.runs, workers: opts.workers, ...(opts.shard === undefined ? {} : { shard: opts.shard }) }));
  });

  shardFlags(
    designCommand(
      'map',
      "the regime map: every regime at every point of a design over the assumed world parameters (default: core's MAP_DEFAULT_RANGES), on the same seeds; who wins where, and which parameters decide it. Resumable and shardable",
      'folder for map.json, parts/, results.csv, points.csv and summary.json (resume by running the same command again)',
      5,
      ['<path=lo:hi>', 'a parameter range to map, lo < hi (repeatable; default: the assumed world parameters of MAP_DEFAULT_RANGES)'],
    )
      .requiredOption(
        '--regimes <a,b,…>',
        `two or more regimes, the baseline first: variants of the scenario (\`ppsim list\`) or governance presets (${REGIME_PRESETS.map((r) => r.name).join(', ')}); a variant wins over a preset of the same name`,
      )
      .option('--design <d>', 'lhs or sobol', 'lhs')
      .option('--runs <n>', 'design points', integerOption('--runs', 2, MAX_POINTS), 64)
      .option('--need-tolerance <share>', 'a regime may win on cost only if its mean needMet is within this of the best', shareOption('--need-tolerance'), 0.02)
      .option('--posterior <dir>', 'draw one parameter set per replication from a calibration (the --out folder of ppsim calibrate): the verdicts then allow for parameter uncertainty')
      .option('--json', 'print summary.json on stdout and nothing else'),
  ).action((scenario: string, opts: DesignOptions & { posterior?: string; regimes: string; design: string; runs: number; needTolerance: number; shard?: string; workers: number; json?: boolean }) => {
    emit(
      mapCommand({
        ...common(scenario, opts),
        regimes: opts.regimes,
        design: opts.design,
        runs: opts.runs,
        needTolerance: opts.needTolerance,
        ...(opts.posterior === undefined ? {} : { posteriorDir: opts.posterior }),
        workers: opts.workers,
        json: opts.json === true,
        ...(opts.shard === undefined ? {} : { shard: opts.shard }),
      }),
    );
  });

  program
    .command('calibrate')
    .description(
      'fits assumed parameters to measured targets by history matching with Gaussian-process emulators, in waves; writes the non-implausible samples, the check against every target and a calibrated scenario. Resumable and shardable',
    )
    .argument('[scenario]', 'a case id (case:variant), or a scenario file', 'reference')
    .requiredOption('--targets <file|id>', 'a targets file (YAML or JSON; `ppsim schema --targets`), or a built-in one by id (reference, bergen)')
    .requiredOption('--out <dir>', 'folder for calibration.json, wave-<k>/, check/, samples.csv, waves.csv, ppc.csv, calibrated.yaml and summary.json (resume by running the same command again)')
    .option('--param <path=lo:hi>', 'a parameter to fit and the range to search, lo < hi (repeatable)', collectSet, [])
    .option('--points <n>', 'design points per wave (default: 10 per parameter)', integerOption('--points', CALIBRATION_LIMITS.points.min, CALIBRATION_LIMITS.points.max))
    .option('--reps <n>', 'replications per point (the same seeds at every point)', integerOption('--reps', 2, 10_000), 3)
    .option('--waves <n>', 'most waves (they stop sooner when the space stops shrinking)', integerOption('--waves', CALIBRATION_LIMITS.waves.min, CALIBRATION_LIMITS.waves.max), 4)
    .option('--cutoff <i>', 'implausibility cut-off', cutoffOption, 3)
    .option('--samples <n>', 'non-implausible samples to keep', integerOption('--samples', CALIBRATION_LIMITS.samples.min, CALIBRATION_LIMITS.samples.max), 200)
    .option('--check <n>', 'samples run again on every seed to check the fit', integerOption('--check', CALIBRATION_LIMITS.check.min, CALIBRATION_LIMITS.check.max), 20)
    .option('--seed <s>', 'master seed', integerOption('--seed', SEED_LIMITS.min, SEED_LIMITS.max), 1)
    .option('--years <y>', "simulated years (default: the scenario's)", integerOption('--years', YEARS_LIMITS.min, YEARS_LIMITS.max))
    .option('--set <path=value>', 'change a parameter at every point (repeatable)', collectSet, [])
    .option('--shard <i/n>', 'run every n-th run of the current wave starting at i (default: from SLURM_ARRAY_TASK_ID/COUNT or JOB_COMPLETION_INDEX/PPSIM_SHARD_COUNT)')
    .option('--workers <n>', 'worker threads (results are the same bytes for any number)', integerOption('--workers', 1, 64), 1)
    .option('--json', 'print summary.json on stdout and nothing else')
    .option('--quiet', 'no progress lines on stderr')
    .action(
      (
        scenario: string,
        opts: {
          targets: string;
          out: string;
          param: string[];
          points?: number;
          reps: number;
          waves: number;
          cutoff: number;
          samples: number;
          check: number;
          seed: number;
          years?: number;
          set: string[];
          shard?: string;
          workers: number;
          json?: boolean;
          quiet?: boolean;
        },
      ) => {
        const ref = splitReference(scenario);
        // Loaded only when calibrating: the emulators' linear algebra, once loaded, slows the
        // model's own loops in the same process by about a tenth (measured with pnpm bench model).
        emit(
          import('./commands/calibrate.ts').then(({ calibrateCommand }) =>
            calibrateCommand({
              scenario: ref.id,
              ...(ref.variant === undefined ? {} : { variant: ref.variant }),
              targets: opts.targets,
              params: opts.param,
              ...(opts.points === undefined ? {} : { points: opts.points }),
              reps: opts.reps,
              seed: opts.seed,
              waves: opts.waves,
              cutoff: opts.cutoff,
              samples: opts.samples,
              check: opts.check,
              ...(opts.years === undefined ? {} : { years: opts.years }),
              set: opts.set,
              out: opts.out,
              command: recordedDesignCommand(argv),
              ...(opts.shard === undefined ? {} : { shard: opts.shard }),
              workers: opts.workers,
              json: opts.json === true,
              progress: progressFor(opts.quiet),
              warn: (line: string) => io.writeErr(`${line}\n`),
              note: (line: string) => {
                if (opts.quiet !== true) io.writeErr(`${line}\n`);
              },
            }),
          ),
        );
      },
    );

  program
    .command('merge')
    .description("joins the shard folders of one sweep or map into the first folder's results (results.csv, summary.json; points.csv for a map): the bytes one machine would write")
    .argument('<dirs...>', 'shard folders written by `ppsim sweep|map … --shard i/n`')
    .action((dirs: string[]) => {
      io.write(mergeCommand(dirs));
    });

  designCommand(
    'sensitivity',
    'Morris elementary effects or Sobol indices of result metrics, with bootstrap intervals; the runs are a resumable sweep in --out',
    'folder for the runs (resumable) and sensitivity.csv / sensitivity.json',
    2,
  )
    .option('--method <m>', 'morris or sobol', 'morris')
    .option('--samples <n>', 'Morris trajectories, or the Saltelli base sample size for sobol', integerOption('--samples', 2, 100_000), 10)
    .option('--metric <name>', 'a result metric to analyse (repeatable; default cost.total and needMet)', collectSet, [])
    .option('--workers <n>', 'worker threads (results are the same bytes for any number)', integerOption('--workers', 1, 64), 1)
    .action((scenario: string, opts: DesignOptions & { method: string; samples: number; metric: string[]; workers: number }) => {
      emit(
        sensitivityCommand({
          ...common(scenario, opts),
          method: opts.method,
          samples: opts.samples,
          workers: opts.workers,
          metrics: opts.metric.length > 0 ? opts.metric : ['cost.total', 'needMet'],
        }),
      );
    });

  program
    .command('view')
    .description('serve the browser viewer on 127.0.0.1 (building it first if needed); with a result folder, open it')
    .argument('[dir]', 'an --out folder of run, compare, demo, sweep or sensitivity to open')
    .option('--port <n>', 'port on 127.0.0.1 (0: any free port)', integerOption('--port', 0, 65_535), 5178)
    .option('--rebuild', 'build the viewer even if its build looks current')
    .option('--no-open', 'do not open a browser (none is opened when there is no desktop)')
    .action((dir: string | undefined, opts: { port: number; rebuild?: boolean; open: boolean }) => {
      emit(viewCommand({ port: opts.port, open: opts.open, ...(dir === undefined ? {} : { dir }), ...(opts.rebuild === true ? { rebuild: true } : {}) }, io.writeErr));
    });

  return program;
}

/** A sweep's or map's command as recorded: without --out, --shard, --workers, --quiet and --json, so every shard and resume agrees. */
function recordedDesignCommand(argv: readonly string[]): string[] {
  return withoutFlags(argv, ['--out', '--shard', '--workers'], ['--quiet', '--json']);
}

/** The arguments as recorded in provenance: `--workers` changes how fast, never what, so it is left out. */
function withoutWorkers(argv: readonly string[]): string[] {
  return withoutFlags(argv, ['--workers']);
}

/** `argv` without the `valued` flags (with their value, `--f v` or `--f=v`) and the `bare` ones. */
function withoutFlags(argv: readonly string[], valued: readonly string[], bare: readonly string[] = []): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (valued.includes(a)) i++;
    else if (!bare.includes(a) && !valued.some((flag) => a.startsWith(`${flag}=`))) out.push(a);
  }
  return out;
}

/** Runs the CLI on `argv` (without `node` and the script) and returns the exit code. */
export function main(
  argv: readonly string[],
  io: { write: (s: string) => void; writeErr: (s: string) => void; tty?: boolean } = {
    write: (s: string) => void process.stdout.write(s),
    writeErr: (s: string) => void process.stderr.write(s),
    tty: process.stderr.isTTY === true,
  },
): number | Promise<number> {
  const status: { code: number; pending?: Promise<void> } = { code: EXIT.ok };
  // Everything printed passes here: user-given text (titles, labels, notes, paths, flag values) may
  // hold escape sequences, which are shown as `\u001b` rather than acted on by the terminal.
  const shown = { ...io, write: (s: string) => io.write(visibleControls(s)), writeErr: (s: string) => io.writeErr(visibleControls(s)) };
  const program = buildProgram(shown, argv, status);
  try {
    program.parse([...argv], { from: 'user' });
    if (status.pending !== undefined)
      return status.pending.then(
        () => status.code,
        (error: unknown) => reportError(error, shown.writeErr),
      );
    return status.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are exits with code 0; everything else commander rejects is bad input.
      return error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    return reportError(error, shown.writeErr);
  }
}
