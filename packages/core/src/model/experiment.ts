/**
 * Running the model the way the CLI and the viewer do: parameters in, replications with common
 * random numbers, metrics per year with 95 % intervals out.
 */
import { createClock } from '../engine/clock/index.ts';
import { assertPaired, replicate, type RunResult, type Sink } from '../engine/simulation/index.ts';
import { replicationSeeds, type Seed } from '../engine/rng/index.ts';
import { pairedDifference, tInterval } from '../engine/stats/index.ts';
import { METRICS, metricsByYear, type YearlyRun } from './metrics.ts';
import { createPurchaserProviderModel } from './model.ts';
import type { ModelParams } from './params/index.ts';
import { modelReporters } from './reporters.ts';
import type { BehaviourRules } from './rules.ts';
import type { TimelineEvent } from './setup.ts';

/**
 * What {@link runReplications} runs: the model's parameters, dated events, the replication seeds,
 * optionally swapped behaviour rules, extra sinks and a progress callback.
 */
export interface RunSpec {
  /** Validated parameters (`parseParams`, or a scenario's `params`); the horizon sets the run length. */
  readonly params: ModelParams;
  /** Dated parameter changes, in date order (a scenario's `timeline`). */
  readonly timeline?: readonly TimelineEvent[];
  /** One replication per seed, e.g. `replicationSeeds(1, 20)`; the same seeds give common random numbers. */
  readonly seeds: readonly Seed[];
  /** Behaviour rules to swap in for the defaults (see {@link BehaviourRules}). */
  readonly rules?: Partial<BehaviourRules>;
  /** Extra sinks per replication (e.g. the CLI's CSV writer). */
  readonly sinks?: (seed: Seed, index: number) => readonly Sink[];
  /** Called after each replication (progress). */
  readonly onRun?: (done: number, total: number) => void;
}

/** One metric over replications: final-year mean and 95 % interval, and the mean per year. */
export interface MetricSummary {
  readonly unit: string;
  readonly description: string;
  readonly mean: number;
  readonly ci95: readonly [number, number];
  readonly byYear: Readonly<Record<string, number>>;
}

/** Runs the model once per seed over the horizon; returns the raw runs. */
export function runReplications(spec: RunSpec): RunResult[] {
  const { params } = spec;
  const clock = { start: params.horizon.start, unit: 'week' as const };
  const until = createClock(clock).stepsInYears(params.horizon.years);
  return replicate(createPurchaserProviderModel(spec.rules), {
    params: { params, ...(spec.timeline === undefined ? {} : { timeline: spec.timeline }) },
    seeds: spec.seeds,
    clock,
    until,
    collect: { model: modelReporters },
    ...(spec.sinks === undefined ? {} : { sinks: spec.sinks }),
    ...(spec.onRun === undefined ? {} : { onRun: spec.onRun }),
  });
}

/** Metric values per year for each run: `[run][metric][yearIndex]` (a run reduced by a study already is). */
export function runMetrics(runs: readonly (RunResult | YearlyRun)[]): { readonly years: readonly number[]; readonly values: Readonly<Record<string, readonly number[]>> }[] {
  return runs.map((r) => ('table' in r ? metricsByYear(r.table) : r));
}

/**
 * Summarises replications: for every metric the final full year's mean with its 95 % t-interval,
 * and the mean per full year (a run of 20 years from 2005-01-03 ends in the first days of 2025;
 * those days are not a year, so 2024 is the final year: see `yearRanges`).
 */
export function summarise(runs: readonly (RunResult | YearlyRun)[]): { readonly finalYear: number; readonly metrics: Readonly<Record<string, MetricSummary>> } {
  const per = runMetrics(runs);
  const years = per[0]?.years ?? [];
  const finalIndex = finalFullYearIndex(undefined, years);
  const metrics: Record<string, MetricSummary> = {};
  for (const m of METRICS) {
    const finals = per.map((r) => (r.values[m.name] as readonly number[])[finalIndex] as number);
    const interval = tInterval(finals);
    const byYear: Record<string, number> = {};
    years.forEach((y, i) => {
      byYear[String(y)] = per.reduce((acc, r) => acc + ((r.values[m.name] as readonly number[])[i] as number), 0) / per.length;
    });
    metrics[m.name] = { unit: m.unit, description: m.description, mean: interval.mean, ci95: [interval.lo, interval.hi], byYear };
  }
  return { finalYear: years[finalIndex] ?? Number.NaN, metrics };
}

/** Paired difference b − a of every metric's final-year value (runs paired by seed; throws if they are not). */
export function compareRuns(a: readonly (RunResult | YearlyRun)[], b: readonly (RunResult | YearlyRun)[]) {
  assertPaired(a, b, 'compareRuns');
  const pa = runMetrics(a);
  const pb = runMetrics(b);
  const finalIndex = finalFullYearIndex(undefined, pa[0]?.years ?? []);
  const out: Record<string, { mean: number; ci95: [number, number]; effectSize: number }> = {};
  for (const m of METRICS) {
    const xa = pa.map((r) => (r.values[m.name] as readonly number[])[finalIndex] as number);
    const xb = pb.map((r) => (r.values[m.name] as readonly number[])[finalIndex] as number);
    const d = pairedDifference(xa, xb);
    out[m.name] = { mean: d.mean, ci95: [d.lo, d.hi], effectSize: d.effectSize };
  }
  return out;
}

/**
 * `finalFullYearIndex(run, years)`: the index in `years` (a run's full calendar years, as from
 * {@link metricsByYear}) of the final full year. `metricsByYear` leaves out a last year that is not
 * full (the full-year rule of `yearRanges`), so this is the last index; every final-year result
 * (summarise, compare, sweeps, maps) uses it.
 *
 * @example
 * const perYear = metricsByYear(run.table);
 * const needMet = perYear.values['needMet']?.[finalFullYearIndex(run, perYear.years)];
 */
export function finalFullYearIndex(_run: RunResult | undefined, years: readonly number[]): number {
  return years.length === 0 ? 0 : years.length - 1;
}

export { replicationSeeds };
