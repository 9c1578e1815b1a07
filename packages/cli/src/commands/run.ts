import { TABLE_METRICS, andThen, replicationSeeds, summarise, type Answer, type Executor, type SyncExecutor } from '@ppsim/core';
import { formatNumber, formatTable } from '../format.ts';
import type { TextWriter } from '../sinks/csvSink.ts';
import { buildProvenance, currentEnvironment, documentText, provenanceScenario, type Environment, type ProvenanceScenario } from '../provenance.ts';
import { posteriorLine } from '../calibrate/posterior.ts';
import { drawsOf, intervalCell, posteriorProvenance, replicateAll, withOutFiles, type ReplicationInputs, type ReplicationOptions } from './output.ts';
import { withExecutor } from '../parallel/pool.ts';
import { resolveScenario, splitReference, type ResolvedScenario } from './scenario.ts';
import { noProgress, type ProgressFactory } from '../progress.ts';

export interface RunOptions extends ReplicationOptions {
  readonly scenario: string;
  readonly variant?: string;
  /** Folder of built-in cases (default: packages/scenarios/cases/). */
  readonly casesDir?: string;
  readonly years?: number;
}

/**
 * Everything a `run` document is made from. `rerun` rebuilds these from a document's provenance,
 * so a changed case file cannot change a rerun.
 */
export interface RunInputs extends ReplicationInputs {
  readonly scenario: ProvenanceScenario;
  /** Descriptive fields of the document's `scenario` (id, title, variant, place, extends, evidence, sources). */
  readonly label: Readonly<Record<string, unknown>>;
  /** Extra provenance fields: the scenario reference and variant as given. */
  readonly asked: Readonly<Record<string, unknown>>;
}

/** `runDocument(inputs, env, csv?, progress?, executor?)`: replicates the scenario and returns the result document. */
export function runDocument<E extends Executor = SyncExecutor>(inputs: RunInputs, env: Environment, csv?: TextWriter, progress: ProgressFactory = noProgress, executor?: E): Answer<E, RunDocument> {
  const seeds = replicationSeeds(inputs.seed, inputs.reps);
  const made = replicateAll(
    [{ label: inputs.scenario.id, params: inputs.scenario.params, timeline: inputs.scenario.timeline }],
    seeds,
    csv,
    'scenario',
    progress('run', seeds.length),
    executor,
    inputs.posterior,
  );
  return andThen(made, ([runs = []]) => document(inputs, env, seeds, runs)) as Answer<E, RunDocument>;
}

/** A run's result document and its summary. */
export type RunDocument = ReturnType<typeof document>;

function document(inputs: RunInputs, env: Environment, seeds: readonly number[], runs: Parameters<typeof summarise>[0]) {
  const summary = summarise(runs);
  const doc = {
    ppsim: env.ppsim,
    command: 'run',
    scenario: { ...inputs.label, params: inputs.scenario.params, timeline: inputs.scenario.timeline },
    provenance: buildProvenance(env, { argv: inputs.argv, seed: inputs.seed, reps: inputs.reps, seeds, scenarios: [inputs.scenario] }, { ...inputs.asked, ...posteriorProvenance(inputs) }),
    finalYear: summary.finalYear,
    metrics: summary.metrics,
  };
  return { doc, summary };
}

/** `ppsim run`: replications of one scenario; final-year metrics with 95 % intervals. */
export function runCommand(options: RunOptions): string | Promise<string> {
  // `case:variant` works as in compare; an explicit --variant wins.
  const ref = options.variant === undefined ? splitReference(options.scenario) : { id: options.scenario, variant: options.variant };
  const scenario = resolveScenario(ref.id, options.set, options.years, {
    ...(ref.variant === undefined ? {} : { variant: ref.variant }),
    ...(options.casesDir === undefined ? {} : { casesDir: options.casesDir }),
  });
  const inputs: RunInputs = {
    argv: options.argv,
    seed: options.seed,
    reps: options.reps,
    scenario: provenanceScenario(scenario),
    label: {
      id: scenario.id,
      title: scenario.title,
      ...(scenario.variant === undefined ? {} : { variant: scenario.variant }),
      place: scenario.scenario?.place,
      extends: scenario.scenario?.extends,
      evidence: scenario.scenario?.evidence,
      sources: scenario.scenario?.sources,
    },
    asked: { scenario: options.scenario, ...(options.variant === undefined ? {} : { variant: options.variant }) },
    ...drawsOf(options),
  };
  return withExecutor(options.workers, (executor) =>
    andThen(
      withOutFiles(options.out, (csv) => runDocument(inputs, currentEnvironment(), csv, options.progress, executor)),
      (made) => runText(options, scenario, inputs, made),
    ),
  );
}

function runText(options: RunOptions, scenario: ResolvedScenario, inputs: RunInputs, { doc, summary }: RunDocument): string {
  if (options.json) return documentText(doc);
  const g = scenario.params.governance;
  const rows = TABLE_METRICS.map((name) => {
    const m = summary.metrics[name];
    return m === undefined ? [name, '', ''] : [name, m.unit, intervalCell(m, formatNumber)];
  });
  return `${[
    `ppsim run ${scenario.id}${scenario.variant === undefined ? '' : ` --variant ${scenario.variant}`}: ${scenario.title}`,
    `at the start: split ${g.split}, financing ${g.financing}, user choice ${g.userChoice ? 'on' : 'off'}, control ${g.controlIntensity}${events(scenario.timeline.length)}`,
    `${options.reps} replications, master seed ${options.seed}, ${scenario.params.horizon.years} years of weekly steps from ${scenario.params.horizon.start}; final year ${summary.finalYear}; mean [95 % t-interval].`,
    ...(inputs.posterior === undefined ? [] : [posteriorLine(inputs.posterior)]),
    '',
    formatTable(['metric', 'unit', 'final year'], rows),
    '',
    'All metrics, per year, with --json. Defaults are teaching assumptions [A] unless docs/ODD.md says otherwise.',
    options.out === undefined ? '' : `Wrote series.csv and summary.json in ${options.out}.`,
  ]
    .join('\n')
    .trimEnd()}\n`;
}

function events(n: number): string {
  return n === 0 ? '' : `; then ${n} dated event${n === 1 ? '' : 's'} (listed with --json)`;
}
