/** `ppsim compare a b …`: scenarios on common random numbers, paired differences against the first. */
import { PpsimError, TABLE_METRICS, andThen, compareRuns, replicationSeeds, summarise, type Answer, type Executor, type SyncExecutor, type YearlyRun } from '@ppsim/core';
import { formatNumber, formatTable } from '../format.ts';
import type { TextWriter } from '../sinks/csvSink.ts';
import { buildProvenance, currentEnvironment, documentText, provenanceScenario, type Environment, type ProvenanceScenario } from '../provenance.ts';
import { digitsFor, intervalCell, replicateAll, withOutFiles, type ReplicationInputs, type ReplicationOptions, drawsOf, posteriorProvenance } from './output.ts';
import { posteriorLine } from '../calibrate/posterior.ts';
import { withExecutor } from '../parallel/pool.ts';
import { resolveScenario, splitReference } from './scenario.ts';
import { noProgress, type ProgressFactory } from '../progress.ts';

export interface CompareOptions extends ReplicationOptions {
  /** Scenario references: `case`, `case:variant`, or a file path (`file.yaml:variant` too). The first is the baseline. */
  readonly scenarios: readonly string[];
  readonly casesDir?: string;
  readonly years?: number;
}

/** One compared scenario: the reference as given, its title, and what the model saw. */
export interface CompareEntry {
  readonly ref: string;
  readonly title: string;
  readonly scenario: ProvenanceScenario;
}

/** Everything a `compare` document is made from; `rerun` rebuilds it from the provenance. */
export interface CompareInputs extends ReplicationInputs {
  readonly entries: readonly CompareEntry[];
}

type Summary = ReturnType<typeof summarise>;

/** `compareDocument(inputs, env, csv?, progress?, executor?)`: replicates every scenario on the same seeds; the result document. */
export function compareDocument<E extends Executor = SyncExecutor>(
  inputs: CompareInputs,
  env: Environment,
  csv?: TextWriter,
  progress: ProgressFactory = noProgress,
  executor?: E,
): Answer<E, CompareDocument> {
  const seeds = replicationSeeds(inputs.seed, inputs.reps);
  const made = replicateAll(
    inputs.entries.map((e) => ({ label: e.ref, params: e.scenario.params, timeline: e.scenario.timeline })),
    seeds,
    csv,
    'scenario',
    progress('compare', seeds.length * inputs.entries.length),
    executor,
    inputs.posterior,
  );
  return andThen(made, (runs) => document(inputs, env, seeds, runs)) as Answer<E, CompareDocument>;
}

/** A comparison's result document, its summaries and its paired differences. */
export type CompareDocument = ReturnType<typeof document>;

function document(inputs: CompareInputs, env: Environment, seeds: readonly number[], runs: readonly (readonly YearlyRun[])[]) {
  const summaries: Summary[] = runs.map((r) => summarise(r));
  const base = runs[0] ?? [];
  const diffs = runs.slice(1).map((r) => compareRuns(base, r));
  const first = summaries[0];
  const names = Object.keys(first?.metrics ?? {});
  const doc = {
    ppsim: env.ppsim,
    command: 'compare',
    description: 'Each scenario on the same seeds (common random numbers); differences are paired by seed against the baseline, the first scenario.',
    baseline: inputs.entries[0]?.ref,
    scenarios: inputs.entries.map((e) => ({ ref: e.ref, id: e.scenario.id, variant: e.scenario.variant, title: e.title, sha256: e.scenario.sha256 })),
    provenance: buildProvenance(env, { argv: inputs.argv, seed: inputs.seed, reps: inputs.reps, seeds, scenarios: inputs.entries.map((e) => e.scenario) }, posteriorProvenance(inputs)),
    finalYear: first?.finalYear,
    metrics: Object.fromEntries(
      names.map((name) => [
        name,
        {
          unit: first?.metrics[name]?.unit,
          description: first?.metrics[name]?.description,
          scenarios: summaries.map((s, k) => {
            const m = s.metrics[name];
            return { ref: inputs.entries[k]?.ref, mean: m?.mean, ci95: m?.ci95, byYear: m?.byYear };
          }),
          differences: diffs.map((d, k) => ({ ref: inputs.entries[k + 1]?.ref, ...d[name] })),
        },
      ]),
    ),
  };
  return { doc, summaries, diffs };
}

/** `ppsim compare`: the result as text (key metrics) or, with `json`, the whole document. */
export function compareCommand(options: CompareOptions): string | Promise<string> {
  const entries: CompareEntry[] = options.scenarios.map((ref) => {
    const { id, variant } = splitReference(ref);
    const s = resolveScenario(id, options.set, options.years, {
      ...(variant === undefined ? {} : { variant }),
      ...(options.casesDir === undefined ? {} : { casesDir: options.casesDir }),
    });
    return { ref, title: s.title, scenario: provenanceScenario(s) };
  });
  checkSameHorizon(entries);
  const inputs: CompareInputs = { argv: options.argv, seed: options.seed, reps: options.reps, entries, ...drawsOf(options) };
  return withExecutor(options.workers, (executor) =>
    andThen(
      withOutFiles(options.out, (csv) => compareDocument(inputs, currentEnvironment(), csv, options.progress, executor)),
      (made) => compareText(options, inputs, made),
    ),
  );
}

function compareText(options: CompareOptions, inputs: CompareInputs, { doc, summaries, diffs }: CompareDocument): string {
  const { entries } = inputs;
  if (options.json) return documentText(doc);
  const baseline = entries[0]?.ref ?? '';
  const rows = TABLE_METRICS.map((name) => [
    name,
    summaries[0]?.metrics[name]?.unit ?? '',
    ...summaries.map((s) => intervalCell(s.metrics[name], formatNumber)),
    ...diffs.map((d) => differenceCell(d[name])),
  ]);
  const header = ['metric', 'unit', ...entries.map((e) => e.ref), ...entries.slice(1).map((e) => `${e.ref} − ${baseline} (d_z)`)];
  const p = entries[0]?.scenario.params;
  return `${[
    `ppsim compare: ${entries.map((e) => e.ref).join(', ')}; baseline ${baseline}`,
    `${options.reps} replications each on the same seeds (master seed ${options.seed}); ${p?.horizon.years ?? ''} years of weekly steps from ${p?.horizon.start ?? ''}; final year ${summaries[0]?.finalYear ?? ''}.`,
    'Mean [95 % t-interval]; differences are paired by seed, with the standardised effect size d_z.',
    ...(inputs.posterior === undefined ? [] : [posteriorLine(inputs.posterior)]),
    '',
    formatTable(header, rows),
    '',
    'All metrics, per year, with --json.',
    options.out === undefined ? '' : `Wrote series.csv (tidy: one row per scenario, run and week) and summary.json in ${options.out}.`,
  ]
    .join('\n')
    .trimEnd()}\n`;
}

function differenceCell(d: { readonly mean: number; readonly ci95: readonly [number, number]; readonly effectSize: number } | undefined): string {
  if (d === undefined) return '';
  const digits = digitsFor(d.mean);
  const sign = (x: number) => `${x > 0 ? '+' : ''}${formatNumber(x, digits)}`;
  const dz = Number.isFinite(d.effectSize) ? formatNumber(d.effectSize, 2) : d.mean === 0 ? '–' : '∞';
  return `${sign(d.mean)} [${sign(d.ci95[0])}, ${sign(d.ci95[1])}] (${dz})`;
}

/** Paired differences need the same weeks in every scenario: the same start and number of years. */
function checkSameHorizon(entries: readonly CompareEntry[]): void {
  const base = entries[0]?.scenario.params.horizon;
  if (base === undefined) return;
  for (const e of entries.slice(1)) {
    const h = e.scenario.params.horizon;
    if (h.start !== base.start || h.years !== base.years) {
      throw new PpsimError('invalid_input', {
        path: e.ref,
        expected: `the baseline's horizon (${base.years} years from ${base.start}) so that runs pair week by week`,
        received: `${h.years} years from ${h.start}`,
        hint: `give every scenario the same horizon, e.g. --years ${Math.min(base.years, h.years)}${h.start === base.start ? '' : ` --set horizon.start=${base.start}`}`,
      });
    }
  }
}
