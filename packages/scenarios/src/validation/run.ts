/**
 * Runs the validation patterns: each pattern's region sampled by a Latin hypercube, both arms at
 * every point on the same seeds (common random numbers), the paired effect of each checked metric
 * in the final full year, and each check's verdict over the points.
 */
import {
  andThen,
  compare,
  compareRuns,
  createRng,
  latinHypercube,
  parseParams,
  regimePreset,
  replicationSeeds,
  summarise,
  tInterval,
  withRegime,
  type Answer,
  type CompareResult,
  type Executor,
  type ModelParams,
  type StudyScenario,
  type SyncExecutor,
} from '@ppsim/core';
import { loadScenario } from '../loader.ts';
import { PATTERNS } from './patterns.ts';
import type { Arm, Check, Pattern } from './types.ts';

/** What a check concludes; `by construction` is the verdict of a pattern a formula fixes. */
export type Verdict = 'reproduced' | 'not reproduced' | 'inconclusive' | 'by construction';

/** Share of points at which an `up`/`down` effect must reach its minimum size to count as reproduced. */
export const HOLD_SHARE = 0.75;

/** Options of {@link runValidation}. */
export interface ValidationOptions {
  /** population.scale for every arm that is not a case (1 = Bergen scale). */
  readonly scale: number;
  readonly reps: number;
  /** Points sampled in each pattern's region. */
  readonly points: number;
  readonly seed: number;
  /** Only patterns whose id starts with one of these (default: all). */
  readonly only?: readonly string[];
  /** Called after each pattern, e.g. for progress on stderr. */
  readonly onPattern?: (result: PatternResult) => void;
}

/** Where the runs are made: this thread by default (answers at once), or e.g. the command line's worker pool (a promise). */
export interface ValidationExecution<E extends Executor> {
  readonly executor?: E;
}

/** One check over the region: its effect at each point, the share of points where it holds, the pooled effect and the verdict. */
export interface CheckResult {
  readonly check: Check;
  readonly effects: readonly number[];
  readonly holding: number;
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
  readonly verdict: Exclude<Verdict, 'by construction'>;
}

/** One pattern with the results of its checks and the overall verdict. */
export interface PatternResult {
  readonly pattern: Pattern;
  readonly points: number;
  readonly checks: readonly CheckResult[];
  readonly verdict: Verdict;
}

/**
 * `runValidation({ scale, reps, points, seed, only?, onPattern?, executor? })`: runs both arms of
 * every pattern (or those in `only`) at `points` points of its region on the same seeds and judges
 * each check. A pattern is one comparison study (both arms at every point) through core's `compare`,
 * so it runs on any executor with the same numbers. `pnpm validate` calls it and writes docs/validation.md.
 */
export function runValidation<E extends Executor = SyncExecutor>(options: ValidationOptions & ValidationExecution<E>): Answer<E, PatternResult[]> {
  const seeds = replicationSeeds(options.seed, options.reps);
  const chosen = PATTERNS.filter((p) => options.only === undefined || options.only.some((prefix) => p.id.startsWith(prefix)));
  const results: PatternResult[] = [];
  const next = (i: number): PatternResult[] | Promise<PatternResult[]> => {
    const pattern = chosen[i];
    if (pattern === undefined) return results;
    return andThen(runPattern(pattern, options, seeds), (result) => {
      options.onPattern?.(result);
      results.push(result);
      return next(i + 1);
    });
  };
  return next(0) as Answer<E, PatternResult[]>;
}

function runPattern(pattern: Pattern, options: ValidationOptions & ValidationExecution<Executor>, seeds: readonly number[]): PatternResult | Promise<PatternResult> {
  const ranges = pattern.region.ranges;
  const design = ranges.length === 0 ? [[]] : latinHypercube(ranges, options.points, createRng(options.seed).stream(`validation/${pattern.id}`));
  // Both arms at every point, as one study: arm 2p is A at point p, arm 2p + 1 is B.
  const scenarios = design.flatMap((values) => [armScenario(pattern, pattern.a, values, options.scale), armScenario(pattern, pattern.b, values, options.scale)]);
  const study = compare(scenarios, { seeds, ...(options.executor === undefined ? {} : { executor: options.executor }) }) as CompareResult | Promise<CompareResult>;
  return andThen(study, ({ arms }) => judgePattern(pattern, design.length, (p) => [arms[2 * p] ?? [], arms[2 * p + 1] ?? []]));
}

/** Judges a pattern's checks from both arms' runs at each of its `points` points. */
function judgePattern(pattern: Pattern, points: number, runsAt: (point: number) => readonly [Parameters<typeof summarise>[0], Parameters<typeof summarise>[0]]): PatternResult {
  // Per check: the effect at each point, and (for a single point) the paired interval over seeds.
  const effects = pattern.checks.map(() => [] as number[]);
  let single: { lo: number; hi: number }[] = [];
  for (let p = 0; p < points; p++) {
    const [a, b] = runsAt(p);
    const diff = compareRuns(a, b);
    const base = summarise(a).metrics;
    single = pattern.checks.map((check, k) => {
      const d = diff[check.metric];
      if (d === undefined) throw new Error(`validation pattern ${pattern.id}: unknown metric ${check.metric}`);
      const scale = check.relative ? Math.abs(base[check.metric]?.mean ?? Number.NaN) : 1;
      (effects[k] as number[]).push(relativeTo(d.mean, scale));
      return { lo: relativeTo(d.ci95[0], scale), hi: relativeTo(d.ci95[1], scale) };
    });
  }
  const checks = pattern.checks.map((check, k) => judgeCheck(check, effects[k] as number[], points === 1 ? single[k] : undefined));
  const verdict: Verdict = pattern.construction !== undefined ? 'by construction' : overall(checks.map((c) => c.verdict));
  return { pattern, points, checks, verdict };
}

/** An effect over a base; a base of zero makes any change infinitely large in its direction. */
function relativeTo(x: number, base: number): number {
  if (base > 0 && Number.isFinite(base)) return x / base;
  return x === 0 ? 0 : x * Number.POSITIVE_INFINITY;
}

/**
 * `judgeCheck(check, effects, seedInterval?)`: the verdict of one check from its effect at each
 * point (the pooled interval is a t-interval over the points; for a single point, pass the paired
 * interval over seeds).
 */
export function judgeCheck(check: Check, effects: readonly number[], seedInterval?: { readonly lo: number; readonly hi: number }): CheckResult {
  const pooled = seedInterval ?? pooledInterval(effects);
  const mean = effects.reduce((s, x) => s + x, 0) / effects.length;
  const holdsAt = (e: number) => (check.expect === 'up' ? e >= check.minEffect : check.expect === 'down' ? e <= -check.minEffect : within(e, check.bounds));
  const holding = effects.filter(holdsAt).length / effects.length;
  let verdict: CheckResult['verdict'];
  if (check.expect === 'within') {
    const [lo, hi] = check.bounds ?? [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
    verdict = pooled.lo >= lo && pooled.hi <= hi ? 'reproduced' : pooled.hi < lo || pooled.lo > hi ? 'not reproduced' : 'inconclusive';
  } else {
    const sign = check.expect === 'up' ? 1 : -1;
    const right = sign > 0 ? pooled.lo > 0 : pooled.hi < 0;
    const wrong = sign > 0 ? pooled.hi < 0 : pooled.lo > 0;
    verdict = right && holding >= HOLD_SHARE ? 'reproduced' : wrong || holding < 1 - HOLD_SHARE ? 'not reproduced' : 'inconclusive';
  }
  return { check, effects, holding, mean, lo: pooled.lo, hi: pooled.hi, verdict };
}

function within(x: number, bounds: readonly [number, number] | undefined): boolean {
  return bounds === undefined || (x >= bounds[0] && x <= bounds[1]);
}

function pooledInterval(effects: readonly number[]): { lo: number; hi: number } {
  if (effects.some((e) => !Number.isFinite(e))) {
    const all = effects.every((e) => e > 0) ? Number.POSITIVE_INFINITY : effects.every((e) => e < 0) ? Number.NEGATIVE_INFINITY : Number.NaN;
    return { lo: all, hi: all };
  }
  if (effects.length < 2) return { lo: effects[0] ?? Number.NaN, hi: effects[0] ?? Number.NaN };
  const t = tInterval(effects);
  return { lo: t.lo, hi: t.hi };
}

/** An arm of a pattern at one point of its region: a case as it is, or the region's values with the arm's preset and settings. */
function armScenario(pattern: Pattern, arm: Arm, values: readonly number[], scale: number): StudyScenario {
  if (arm.scenario !== undefined) {
    const s = loadScenario(arm.scenario.id, arm.scenario.variant === undefined ? {} : { variant: arm.scenario.variant });
    return { params: s.params, timeline: s.timeline };
  }
  let params: ModelParams = parseParams({ population: { scale } }, [
    ...Object.entries(pattern.region.fixed).map(([path, value]) => ({ path, value })),
    ...pattern.region.ranges.map((r, k) => ({ path: r.path, value: values[k] })),
  ]);
  if (arm.preset !== undefined) {
    const preset = regimePreset(arm.preset);
    if (preset === undefined) throw new Error(`validation pattern ${pattern.id}: unknown preset ${arm.preset}`);
    params = withRegime(params, preset);
  }
  if (arm.set !== undefined)
    params = parseParams(
      params,
      Object.entries(arm.set).map(([path, value]) => ({ path, value })),
    );
  return { params, ...(arm.timeline === undefined ? {} : { timeline: arm.timeline }) };
}

function overall(verdicts: readonly CheckResult['verdict'][]): Verdict {
  if (verdicts.every((v) => v === 'reproduced')) return 'reproduced';
  if (verdicts.some((v) => v === 'not reproduced')) return 'not reproduced';
  return 'inconclusive';
}
