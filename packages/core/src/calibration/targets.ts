/**
 * Calibration targets: what was measured, when, how precisely, and where it comes from. A target
 * is a result metric's value in a calendar year with its observation error (a standard deviation,
 * or a 95 % interval read as ±1.96 sd), an optional model discrepancy (default: a share of the
 * observed value, `discrepancy` at the top), its source and its evidence grade.
 */
import { z } from 'zod';
import { PpsimError } from '../errors.ts';
import { METRICS, type YearlyRun } from '../model/metrics.ts';
/** A target as the match sees it: the observed value and the two variances the model is forgiven. */
export interface MatchTarget {
  readonly name: string;
  readonly observed: number;
  /** Observation error variance (the target's sd squared). */
  readonly observationVariance: number;
  /** Model discrepancy variance. */
  readonly discrepancyVariance: number;
}

const gradeSchema = z.enum(['M', 'C', 'A']).describe('evidence grade: M measured, C case-reported, A assumption');

/** One target. */
export const calibrationTargetSchema = z
  .strictObject({
    metric: z.string().min(1).describe('a result metric (`ppsim schema --results`, docs/ODD.md §9.2)'),
    year: z.number().int().describe('the calendar year the observation refers to (a full simulated year)'),
    observed: z.number().refine(Number.isFinite, 'a finite number'),
    sd: z.number().positive().optional().describe("observation error, standard deviation in the metric's unit"),
    interval: z.tuple([z.number(), z.number()]).optional().describe('observation error as a 95 % interval [lo, hi]'),
    discrepancy: z.number().min(0).optional().describe("model discrepancy, standard deviation in the metric's unit (default: the file's share of |observed|)"),
    source: z.string().min(1),
    grade: gradeSchema,
    note: z.string().optional(),
  })
  .refine((t) => (t.sd === undefined) !== (t.interval === undefined), { message: 'give the observation error as sd or as interval, one of them' })
  .refine((t) => t.interval === undefined || t.interval[0] < t.interval[1], { message: 'interval [lo, hi] needs lo < hi', path: ['interval'] });

/** A targets file. */
export const calibrationTargetsSchema = z.strictObject({
  format: z.literal('ppsim-targets/v1'),
  title: z.string().min(1),
  /** The scenario the targets describe (a case id), for the reader. */
  scenario: z.string().optional(),
  /** Default model discrepancy: a standard deviation of this share of |observed| (default 0.1). */
  discrepancy: z.number().min(0).max(1).default(0.1),
  targets: z.array(calibrationTargetSchema).min(1),
});

/** A parsed targets file. */
export type Targets = z.infer<typeof calibrationTargetsSchema>;
/** One parsed target. */
export type Target = Targets['targets'][number];

/**
 * `parseTargets(input, file)`: a targets file checked against the schema and the metric registry;
 * every problem becomes one issue naming its path (`targets[2].metric`).
 *
 * @throws PpsimError `invalid_input` with the first problem, and all of them in `issues`.
 */
export function parseTargets(input: unknown, file = 'targets'): Targets {
  const parsed = calibrationTargetsSchema.safeParse(input);
  const problems: { path: string; message: string; received?: unknown }[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ path: issue.path.map(String).join('.'), message: issue.message });
  } else {
    const names = new Set(METRICS.map((m) => m.name));
    parsed.data.targets.forEach((t, i) => {
      if (!names.has(t.metric)) problems.push({ path: `targets.${i}.metric`, message: 'a result metric', received: t.metric });
    });
  }
  const first = problems[0];
  if (first !== undefined || !parsed.success) {
    throw new PpsimError('invalid_input', {
      path: `${file}: ${first?.path ?? ''}`,
      expected: first?.message ?? 'a targets file',
      received: first?.received ?? 'something else',
      hint: first?.path.endsWith('metric') === true ? 'see `ppsim schema --results` or docs/ODD.md §9.2 for the metrics' : 'see `ppsim schema --targets` for the format',
    });
  }
  return parsed.data;
}

/** A target's observation standard deviation (from its sd, or its 95 % interval). */
export function observationSd(t: Target): number {
  return t.sd ?? ((t.interval as [number, number])[1] - (t.interval as [number, number])[0]) / (2 * 1.959963984540054);
}

/** The targets as the history match sees them: observation and discrepancy variances. */
export function matchTargets(targets: Targets): MatchTarget[] {
  return targets.targets.map((t) => ({
    name: targetName(t),
    observed: t.observed,
    observationVariance: observationSd(t) ** 2,
    discrepancyVariance: (t.discrepancy ?? targets.discrepancy * Math.abs(t.observed)) ** 2,
  }));
}

/** `metric@year`, the target's name in outputs. */
export function targetName(t: Pick<Target, 'metric' | 'year'>): string {
  return `${t.metric}@${t.year}`;
}

/**
 * `targetValue(run, t)`: a run's value of the target's metric in the target's year, or undefined
 * when the run has no such full year.
 */
export function targetValue(run: YearlyRun, t: Pick<Target, 'metric' | 'year'>): number | undefined {
  const i = run.years.indexOf(t.year);
  return i < 0 ? undefined : run.values[t.metric]?.[i];
}
