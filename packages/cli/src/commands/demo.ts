import { TABLE_METRICS, andThen, compareRuns, parseParams, replicationSeeds, summarise, type Answer, type Executor, type SyncExecutor, type YearlyRun } from '@ppsim/core';
import { formatNumber, formatTable } from '../format.ts';
import type { TextWriter } from '../sinks/csvSink.ts';
import { buildProvenance, currentEnvironment, documentText, provenanceScenario, type Environment, type ProvenanceScenario } from '../provenance.ts';
import { drawsOf, intervalCell, posteriorProvenance, replicateAll, withOutFiles, type ReplicationInputs, type ReplicationOptions } from './output.ts';
import { posteriorLine } from '../calibrate/posterior.ts';
import { withExecutor } from '../parallel/pool.ts';
import { resolveDefaults } from './scenario.ts';
import { noProgress, type ProgressFactory } from '../progress.ts';

export interface DemoOptions extends ReplicationOptions {
  readonly years: number;
}

/** The two regimes the main job compares: mechanism settings only. */
export const DEMO_REGIMES: readonly { readonly id: string; readonly label: string; readonly set: Readonly<Record<string, unknown>> }[] = [
  { id: 'integrated', label: 'integrated, frame', set: { 'governance.split': 'integrated', 'governance.financing': 'frame' } },
  { id: 'split', label: 'split, per-unit pay', set: { 'governance.split': 'internal', 'governance.financing': 'perUnitGranted' } },
];

/** Everything a `demo` document is made from; `rerun` rebuilds it from the provenance. */
export interface DemoInputs extends ReplicationInputs {
  /** The two regimes as the model saw them, integrated first. */
  readonly regimes: readonly ProvenanceScenario[];
}

/** `demoDocument(inputs, env, csv?, progress?, executor?)`: both regimes on the same seeds; the result document. */
export function demoDocument<E extends Executor = SyncExecutor>(inputs: DemoInputs, env: Environment, csv?: TextWriter, progress: ProgressFactory = noProgress, executor?: E): Answer<E, DemoDocument> {
  const seeds = replicationSeeds(inputs.seed, inputs.reps);
  const made = replicateAll(
    inputs.regimes.map((r) => ({ label: r.id, params: r.params, timeline: r.timeline })),
    seeds,
    csv,
    'regime',
    progress('demo', seeds.length * inputs.regimes.length),
    executor,
    inputs.posterior,
  );
  return andThen(made, ([a = [], b = []]) => document(inputs, env, seeds, a, b)) as Answer<E, DemoDocument>;
}

/** The demo's result document, both summaries and the paired difference. */
export type DemoDocument = ReturnType<typeof document>;

function document(inputs: DemoInputs, env: Environment, seeds: readonly number[], a: readonly YearlyRun[], b: readonly YearlyRun[]) {
  const sa = summarise(a);
  const sb = summarise(b);
  const diff = compareRuns(a, b);
  const doc = {
    ppsim: env.ppsim,
    command: 'demo',
    description: 'The reference municipality under an integrated and a split regime, paired by seed.',
    provenance: buildProvenance(env, { argv: inputs.argv, seed: inputs.seed, reps: inputs.reps, seeds, scenarios: inputs.regimes }, posteriorProvenance(inputs)),
    finalYear: sa.finalYear,
    regimes: DEMO_REGIMES.map((r) => ({ id: r.id, label: r.label, set: r.set })),
    metrics: Object.fromEntries(
      Object.keys(sa.metrics).map((name) => [name, { unit: sa.metrics[name]?.unit, integrated: pick(sa.metrics[name]), split: pick(sb.metrics[name]), difference: diff[name] }]),
    ),
  };
  return { doc, sa, sb, diff };
}

/**
 * The main job: the reference municipality under an integrated and a split regime, the same seeds
 * for both (common random numbers), final-year metrics with 95 % intervals and paired differences.
 */
export function runDemo(options: DemoOptions): string | Promise<string> {
  const base = resolveDefaults(options.set, options.years);
  const regimes = DEMO_REGIMES.map((r) =>
    provenanceScenario({
      id: r.id,
      params: parseParams(
        base.params,
        Object.entries(r.set).map(([path, value]) => ({ path, value })),
      ),
      timeline: [],
    }),
  );
  const inputs: DemoInputs = { argv: options.argv, seed: options.seed, reps: options.reps, regimes, ...drawsOf(options) };
  return withExecutor(options.workers, (executor) =>
    andThen(
      withOutFiles(options.out, (csv) => demoDocument(inputs, currentEnvironment(), csv, options.progress, executor)),
      (made) => demoText(options, inputs, made),
    ),
  );
}

function demoText(options: DemoOptions, inputs: DemoInputs, { doc, sa, sb, diff }: DemoDocument): string {
  if (options.json) return documentText(doc);
  const cell = (m: { mean: number; ci95: readonly [number, number] } | undefined) => intervalCell(m, formatNumber);
  const rows = TABLE_METRICS.map((name) => [name, sa.metrics[name]?.unit ?? '', cell(sa.metrics[name]), cell(sb.metrics[name]), cell(diff[name])]);
  return `${[
    'ppsim: the reference municipality under two governance regimes (teaching defaults [A], not a calibrated case)',
    `${options.reps} replications each, the same seeds for both (master seed ${options.seed}); ${inputs.regimes[0]?.params.horizon.years ?? ''} years of weekly steps; final year ${sa.finalYear}.`,
    'Mean [95 % t-interval]; the difference (split − integrated) is paired by seed.',
    ...(inputs.posterior === undefined ? [] : [posteriorLine(inputs.posterior)]),
    '',
    formatTable(['metric', 'unit', DEMO_REGIMES[0]?.label ?? '', DEMO_REGIMES[1]?.label ?? '', 'difference, paired'], rows),
    '',
    'These numbers come from assumed mechanism strengths; see docs/ODD.md for every assumption and its grade.',
    options.out === undefined ? '' : `Wrote series.csv (tidy: one row per regime, run and week) and summary.json in ${options.out}.`,
  ]
    .join('\n')
    .trimEnd()}\n`;
}

function pick(m: { mean: number; ci95: readonly [number, number] } | undefined) {
  return m === undefined ? undefined : { mean: m.mean, ci95: m.ci95 };
}
