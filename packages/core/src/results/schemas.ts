/**
 * The result documents ppsim writes, as zod schemas: the `summary.json` of `run`, `compare`, `demo`,
 * `sweep` and `map`, and `sensitivity.json`. Defined once, here: the command line's documents are
 * checked against them (test/result-schemas.test.ts), the viewer reads with them, and `ppsim schema
 * --results` prints them as JSON Schema. They name the fields a reader relies on; documents may carry
 * more (each object is loose), and a field's meaning is in docs/cli.md.
 */
import { z } from 'zod';

/** The provenance block every summary carries: the ppsim version and the command that wrote it. */
export const provenanceSchema = z.looseObject({ ppsim: z.string(), command: z.array(z.string()) });
const provenance = provenanceSchema;

const interval = z.tuple([z.number().nullable(), z.number().nullable()]);
const byYear = z.record(z.string(), z.number().nullable());
const scenarioEntry = z.looseObject({ id: z.string(), variant: z.string().nullable().optional(), timeline: z.array(z.looseObject({ date: z.string(), label: z.string().optional() })).optional() });

/** The `summary.json` (and `--json` output) of `ppsim run`. */
export const runSummarySchema = z.looseObject({
  ppsim: z.string(),
  command: z.literal('run'),
  scenario: z.looseObject({ id: z.string(), title: z.string().optional(), variant: z.string().optional() }),
  provenance: provenance.extend({ scenarios: z.array(scenarioEntry).optional() }),
  finalYear: z.number(),
  metrics: z.record(z.string(), z.looseObject({ unit: z.string(), description: z.string(), mean: z.number().nullable(), ci95: interval, byYear })),
});

/** The `summary.json` (and `--json` output) of `ppsim compare`: every scenario, and paired differences against the first. */
export const compareSummarySchema = z.looseObject({
  ppsim: z.string(),
  command: z.literal('compare'),
  baseline: z.string(),
  scenarios: z.array(z.looseObject({ ref: z.string(), title: z.string().optional() })).min(2),
  provenance: provenance.extend({ scenarios: z.array(scenarioEntry).optional() }),
  finalYear: z.number(),
  metrics: z.record(
    z.string(),
    z.looseObject({
      unit: z.string(),
      description: z.string(),
      scenarios: z.array(z.looseObject({ ref: z.string(), mean: z.number().nullable(), ci95: interval, byYear })),
      differences: z.array(z.looseObject({ ref: z.string(), mean: z.number().nullable(), ci95: interval, effectSize: z.number().nullable().optional() })).optional(),
    }),
  ),
});

/** The `summary.json` (and `--json` output) of `ppsim demo`: two regimes and their paired difference. */
export const demoSummarySchema = z.looseObject({
  ppsim: z.string(),
  command: z.literal('demo'),
  regimes: z.array(z.looseObject({ id: z.string(), label: z.string() })).length(2),
  provenance,
  finalYear: z.number(),
  metrics: z.record(
    z.string(),
    z.looseObject({
      unit: z.string(),
      integrated: z.looseObject({ mean: z.number().nullable(), ci95: interval }),
      split: z.looseObject({ mean: z.number().nullable(), ci95: interval }),
      difference: z.looseObject({ mean: z.number().nullable(), ci95: interval, effectSize: z.number().nullable().optional() }),
    }),
  ),
});

/** The `summary.json` of a `ppsim sweep` folder (the rows are in results.csv). */
export const sweepSummarySchema = z.looseObject({
  format: z.literal('ppsim-sweep-summary/v1'),
  runs: z.number(),
  points: z.number(),
  reps: z.number(),
  columns: z.array(z.string()),
  provenance,
});

/** One row of sensitivity.json or sensitivity.csv: the metric, the method and the parameter, then its indices. */
export const sensitivityRowSchema = z.looseObject({ metric: z.string(), method: z.enum(['morris', 'sobol']), parameter: z.string() });
/** The `sensitivity.json` of `ppsim sensitivity`. */
export const sensitivitySchema = z.looseObject({ format: z.literal('ppsim-sensitivity/v1'), provenance, rows: z.array(sensitivityRowSchema).min(1) });

const share = z.number().min(0).max(1);

const treeNode = z.looseObject({
  points: z.number().int().nonnegative(),
  winner: z.string(),
  shares: z.record(z.string(), z.number()),
  parameter: z.string().optional(),
  threshold: z.number().optional(),
  get below(): z.ZodOptional<typeof treeNode> {
    return treeNode.optional();
  },
  get above(): z.ZodOptional<typeof treeNode> {
    return treeNode.optional();
  },
});

const regimeParams = z.looseObject({ horizon: z.looseObject({ years: z.number() }), population: z.looseObject({ scale: z.number() }) });

/** The `summary.json` of a `ppsim map` folder (the points are in points.csv, the runs in results.csv). */
export const mapSummarySchema = z.looseObject({
  format: z.literal('ppsim-map-summary/v1'),
  points: z.number().int().positive(),
  reps: z.number().int().positive(),
  regimes: z.array(z.looseObject({ name: z.string().min(1), kind: z.string(), description: z.string(), settings: z.array(z.string()) })).min(2),
  baseline: z.string(),
  needTolerance: z.number(),
  winnerRule: z.string(),
  wins: z.record(z.string(), z.looseObject({ share, decidedShare: share })),
  needMetFloor: z.looseObject({
    pointMean: z.looseObject({ value: z.number(), point: z.number().int(), regime: z.string() }),
    run: z.looseObject({ value: z.number(), point: z.number().int(), regime: z.string(), rep: z.number().int(), seed: z.number().optional() }),
  }),
  tree: z.looseObject({ maxDepth: z.number().int(), minLeaf: z.number().int(), root: treeNode }),
  importance: z.array(z.looseObject({ parameter: z.string(), tree: z.number(), separation: z.record(z.string(), z.number().nullable()) })),
  provenance,
  spec: z.looseObject({
    scenario: z.looseObject({ id: z.string(), variant: z.string().nullable() }),
    design: z.string(),
    seed: z.number(),
    ranges: z.array(z.looseObject({ path: z.string(), lo: z.number(), hi: z.number() })).min(1),
    regimes: z.array(z.looseObject({ params: regimeParams.optional() })).optional(),
  }),
});

/** A fitted parameter in a calibration's summary.json: its searched range, the samples' median and central 95 %. */
export const calibrationParameterSchema = z.looseObject({ path: z.string(), lo: z.number(), hi: z.number(), median: z.number(), q025: z.number(), q975: z.number() });
/** A fitted parameter as {@link calibrationParameterSchema} reads it (the writer and the viewer share it). */
export type CalibrationParameterSummary = z.infer<typeof calibrationParameterSchema>;

/** A target in a calibration's check: observed with its 95 % band against the runs' mean and central 95 %, and the match's implausibility. */
export const calibrationTargetCheckSchema = z.looseObject({
  target: z.string(),
  observed: z.number(),
  observedLo: z.number(),
  observedHi: z.number(),
  mean: z.number(),
  lo: z.number(),
  hi: z.number(),
  covered: z.boolean(),
  implausibility: z.number().nonnegative(),
  matched: z.boolean(),
  source: z.string(),
  grade: z.string(),
});
/** A target's check as {@link calibrationTargetCheckSchema} reads it. */
export type CalibrationTargetCheck = z.infer<typeof calibrationTargetCheckSchema>;

/** The `summary.json` of a `ppsim calibrate` folder (the samples are in samples.csv, the waves in waves.csv, the check in ppc.csv). */
export const calibrationSummarySchema = z.looseObject({
  format: z.literal('ppsim-calibration-summary/v1'),
  method: z.string(),
  reading: z.string(),
  cutoff: z.number().positive(),
  targets: z.looseObject({ file: z.string(), sha256: z.string(), title: z.string(), count: z.number().int().positive() }),
  parameters: z.array(calibrationParameterSchema).min(1),
  waves: z
    .array(
      z.looseObject({
        wave: z.number().int().positive(),
        points: z.number().int().positive(),
        runs: z.number().int().positive(),
        share: share,
        tried: z.number().int().nonnegative(),
        targets: z.array(z.looseObject({ name: z.string(), validation: share, used: z.boolean(), runSd: z.number() })),
      }),
    )
    .min(1),
  space: z.looseObject({ share, tried: z.number().int().nonnegative(), samples: z.number().int().positive() }),
  check: z.looseObject({
    samples: z.number().int().positive(),
    reps: z.number().int().positive(),
    targets: z.array(calibrationTargetCheckSchema).min(1),
    covered: z.number().int().nonnegative(),
    matched: z.number().int().nonnegative(),
  }),
  provenance,
});

/** Every result document's schema, by the command that writes it. */
export const RESULT_SCHEMAS = Object.freeze({
  run: runSummarySchema,
  compare: compareSummarySchema,
  demo: demoSummarySchema,
  sweep: sweepSummarySchema,
  sensitivity: sensitivitySchema,
  map: mapSummarySchema,
  calibrate: calibrationSummarySchema,
});

/** `resultJsonSchemas()`: each result document's schema as JSON Schema (draft 2020-12), by command. */
export function resultJsonSchemas(): Readonly<Record<keyof typeof RESULT_SCHEMAS, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(RESULT_SCHEMAS)) out[name] = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return out as Record<keyof typeof RESULT_SCHEMAS, unknown>;
}
