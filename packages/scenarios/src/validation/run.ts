/**
 * Runs the validation patterns: each arm replicated with the same seeds (common random numbers),
 * the paired difference of each metric in the final full year, and each check's verdict.
 */
import { compareRuns, parseParams, replicationSeeds, runReplications, summarise, type ModelParamsInput } from '@ppsim/core';
import { loadScenario } from '../loader.ts';
import { PATTERNS, type Arm, type Effect, type Pattern, type Verdict } from './patterns.ts';

/** Options of {@link runValidation}. */
export interface ValidationOptions {
  /** population.scale for every arm (1 = Bergen scale). */
  readonly scale: number;
  readonly reps: number;
  readonly seed: number;
  /** Only patterns whose id starts with one of these (default: all). */
  readonly only?: readonly string[];
  /** Called after each pattern, e.g. for progress on stderr. */
  readonly onPattern?: (result: PatternResult) => void;
}

/** One check of a pattern: the claim, the paired effects it looked at, and its verdict. */
export interface CheckResult {
  readonly claim: string;
  readonly effects: readonly Effect[];
  readonly verdict: Verdict;
}

/** One pattern with the results of its checks and the overall verdict. */
export interface PatternResult {
  readonly pattern: Pattern;
  readonly checks: readonly CheckResult[];
  readonly verdict: Verdict;
}

/**
 * `runValidation({ scale, reps, seed, only?, onPattern? })`: runs both arms of every pattern (or
 * those in `only`) on the same seeds and judges each check by its paired 95 % interval.
 * `pnpm validate` calls it and writes docs/validation.md.
 */
export function runValidation(options: ValidationOptions): PatternResult[] {
  const seeds = replicationSeeds(options.seed, options.reps);
  const chosen = PATTERNS.filter((p) => options.only === undefined || options.only.some((prefix) => p.id.startsWith(prefix)));
  return chosen.map((pattern) => {
    const a = runArm(pattern.a, options.scale, seeds);
    const b = runArm(pattern.b, options.scale, seeds);
    const diff = compareRuns(a, b);
    const base = summarise(a).metrics;
    const checks = pattern.checks.map((check) => {
      const effects = check.metrics.map((metric): Effect => {
        const d = diff[metric];
        if (d === undefined) throw new Error(`validation pattern ${pattern.id}: unknown metric ${metric}`);
        return { metric, base: base[metric]?.mean ?? Number.NaN, mean: d.mean, lo: d.ci95[0], hi: d.ci95[1] };
      });
      return { claim: check.claim, effects, verdict: check.judge(effects) };
    });
    const result: PatternResult = { pattern, checks, verdict: overall(checks.map((c) => c.verdict)) };
    options.onPattern?.(result);
    return result;
  });
}

function runArm(arm: Arm, scale: number, seeds: readonly number[]) {
  if (arm.scenario !== undefined) {
    const s = loadScenario(arm.scenario.id, arm.scenario.variant === undefined ? {} : { variant: arm.scenario.variant });
    return runReplications({ params: s.params, timeline: s.timeline, seeds });
  }
  const input = { ...arm.params, population: { ...(arm.params.population ?? {}), scale } } as ModelParamsInput;
  return runReplications({ params: parseParams(input), seeds, ...(arm.timeline === undefined ? {} : { timeline: arm.timeline }) });
}

function overall(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.every((v) => v === 'reproduced')) return 'reproduced';
  if (verdicts.some((v) => v === 'not reproduced')) return 'not reproduced';
  return 'inconclusive';
}
