/**
 * A calibration's specification, fixed before any run and written to `calibration.json`: the
 * scenario as the model sees it, the parameters to fit and their ranges, the targets (as read,
 * with the file's hash), the size of each wave, the replications, the seed, the number of waves,
 * the implausibility cut-off, and how many samples to keep and check. A resumed or sharded
 * calibration runs exactly the same runs.
 */
import { createHash } from 'node:crypto';
import { parseTargets, replicationSeeds, type ModelParams, type ParamRange, type Target, type TimelineEvent } from '@ppsim/core';
import { LIMITS, fullYears, loadTargets, locateTargets, readUserFile } from '@ppsim/scenarios';
import { checkSpecCore, editedField, readFormat } from '../sweep/spec.ts';
import { withinLimits } from '../limits.ts';

/** The targets as recorded: the file they came from, its SHA-256, and what was read. */
export interface RecordedTargets {
  readonly file: string;
  readonly sha256: string;
  readonly title: string;
  readonly discrepancy: number;
  readonly targets: readonly Target[];
}

/** A calibration's specification, as written to calibration.json. */
export interface CalibrationSpec {
  readonly format: 'ppsim-calibration/v1';
  /** The command without --out, --shard, --workers, --quiet and --json. */
  readonly command: readonly string[];
  readonly scenario: {
    readonly id: string;
    readonly variant: string | null;
    readonly params: ModelParams;
    readonly timeline: readonly TimelineEvent[];
    /** What calibrated.yaml needs to stand as a scenario: the case it extends (an id or a file) and its place, service and title. */
    readonly label: { readonly extends: string; readonly title: string; readonly place: string; readonly service: string; readonly sets: readonly string[] };
  };
  readonly ranges: readonly ParamRange[];
  readonly targets: RecordedTargets;
  /** Design points per wave. */
  readonly points: number;
  readonly reps: number;
  readonly seed: number;
  readonly seeds: readonly number[];
  /** Most waves to run. */
  readonly waves: number;
  /** Implausibility cut-off. */
  readonly cutoff: number;
  /** Non-implausible samples to keep (samples.csv, and `--posterior`). */
  readonly samples: number;
  /** Samples run again to check the fit (ppc.csv): each on every replication seed. */
  readonly check: number;
}

/**
 * `readTargets(ref, params)`: a targets file (a built-in id such as `reference`, or a YAML or JSON
 * file) read by the scenarios package's loader — safely, every problem named with its path, each
 * target's year a full year of the scenario's horizon — with the SHA-256 of its text.
 */
export function readTargets(ref: string, params: ModelParams): RecordedTargets {
  const file = locateTargets(ref);
  const targets = loadTargets(file, { years: fullYears({ start: params.horizon.start, years: params.horizon.years }) });
  const text = readUserFile(file, { maxBytes: LIMITS.fileBytes, what: 'a targets file (YAML or JSON)', label: `--targets ${ref}` });
  return { file: ref, sha256: createHash('sha256').update(text).digest('hex'), title: targets.title, discrepancy: targets.discrepancy, targets: targets.targets };
}

/** `makeCalibrationSpec(input)`: the specification, with the replication seeds of the master seed. */
export function makeCalibrationSpec(input: Omit<CalibrationSpec, 'format' | 'seeds'>): CalibrationSpec {
  return { format: 'ppsim-calibration/v1', ...input, seeds: replicationSeeds(input.seed, input.reps) };
}

/** The flags' limits on a calibration's sizes; calibration.json is held to them when read back. */
export const CALIBRATION_LIMITS = {
  points: { min: 5, max: 10_000 },
  waves: { min: 1, max: 20 },
  samples: { min: 10, max: 100_000 },
  check: { min: 2, max: 1000 },
} as const;

/**
 * `readCalibrationSpec(path)`: the calibration.json of a calibration folder, checked as the flags
 * and the targets file were: replications, seed and sizes within limits, the master seed's seeds,
 * ranges of numeric parameters, valid scenario parameters, targets that name result metrics.
 */
export function readCalibrationSpec(path: string): CalibrationSpec {
  const spec = readFormat<CalibrationSpec>(path, 'ppsim-calibration/v1', 'calibrate');
  checkSpecCore(path, spec, [{ where: 'scenario', scenario: spec.scenario }]);
  for (const [field, limits] of Object.entries(CALIBRATION_LIMITS)) {
    const value = (spec as unknown as Record<string, unknown>)[field];
    if (!withinLimits(value, limits)) throw editedField(path, field, `a whole number from ${limits.min} to ${limits.max}, as --${field} accepts`, value);
  }
  if (!(typeof spec.cutoff === 'number' && spec.cutoff > 0 && spec.cutoff <= 10)) throw editedField(path, 'cutoff', 'a number above 0 and at most 10, as --cutoff accepts', spec.cutoff);
  const t = spec.targets as Partial<RecordedTargets> | undefined;
  parseTargets({ format: 'ppsim-targets/v1', title: t?.title, discrepancy: t?.discrepancy, targets: t?.targets }, `${path}: targets`);
  return spec;
}
