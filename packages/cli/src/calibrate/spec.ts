/**
 * A calibration's specification, fixed before any run and written to `calibration.json`: the
 * scenario as the model sees it, the parameters to fit and their ranges, the targets (as read,
 * with the file's hash), the size of each wave, the replications, the seed, the number of waves,
 * the implausibility cut-off, and how many samples to keep and check. A resumed or sharded
 * calibration runs exactly the same runs.
 */
import { createHash } from 'node:crypto';
import { PpsimError, parseTargets, replicationSeeds, type ModelParams, type ParamRange, type Target, type TimelineEvent } from '@ppsim/core';
import { LIMITS, parseScenarioText, readUserFile } from '@ppsim/scenarios';
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
 * `readTargets(file)`: a targets file (YAML or JSON) read safely (a regular file under the size
 * limit, no tags or alias bombs) and checked against core's schema and metric registry.
 */
export function readTargets(file: string): RecordedTargets {
  const text = readUserFile(file, { maxBytes: LIMITS.fileBytes, what: 'a targets file (YAML or JSON)', label: `--targets ${file}` });
  const parsed = parseScenarioText(text);
  const problem = parsed.issues[0];
  if (problem !== undefined) {
    throw new PpsimError('invalid_input', { path: `${file}: ${problem.path}`, expected: problem.expected, received: problem.received, hint: problem.hint ?? 'see `ppsim schema --targets`' });
  }
  const targets = parseTargets(parsed.data, file);
  return { file, sha256: createHash('sha256').update(text).digest('hex'), title: targets.title, discrepancy: targets.discrepancy, targets: targets.targets };
}

/**
 * `checkTargetYears(targets, params)`: every target's year is a full simulated year of the
 * scenario's horizon, or the error names the target and the years there are.
 */
export function checkTargetYears(targets: RecordedTargets, params: ModelParams): void {
  const first = Number(params.horizon.start.slice(0, 4));
  const last = first + params.horizon.years - 1;
  targets.targets.forEach((t, i) => {
    if (t.year < first || t.year > last) {
      throw new PpsimError('invalid_input', {
        path: `${targets.file}: targets.${i}.year`,
        expected: `a full simulated year of the scenario, ${first}–${last}`,
        received: t.year,
        hint: t.year > last ? `run longer (e.g. --years ${t.year - first + 1}) or drop the target` : 'drop the target, or start the scenario earlier (--set horizon.start=…)',
      });
    }
  });
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
