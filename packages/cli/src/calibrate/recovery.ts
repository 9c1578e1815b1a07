/**
 * Does the calibration work? A simulation-based check: draw a parameter point the calibration is not
 * told, make targets from one run of the model there (one realisation, as the world is one) plus
 * observation noise at each target's stated error, calibrate blind, and see whether the true point
 * is among those not ruled out. Over several points, the share kept is the method's coverage; the
 * share of the box left says how much the targets taught (a calibration that rules nothing out
 * covers every truth and is worth nothing).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { maxImplausibility } from '@ppsim/core/calibration';
import { andThen, createRng, parseParams, runTask, scaleDesign, targetValue, type Executor, type ModelParams, type ParamRange, type Target, type TimelineEvent } from '@ppsim/core';
import { writeDocument } from '../sweep/parts.ts';
import { runCalibration, type CalibrationOutcome } from './run.ts';
import { makeCalibrationSpec, type CalibrationSpec } from './spec.ts';

/** What to check: the scenario, the parameters and ranges, the targets' metrics, years and errors, and the calibration's sizes. */
export interface RecoveryOptions {
  readonly scenario: { readonly id: string; readonly params: ModelParams; readonly timeline: readonly TimelineEvent[] };
  readonly ranges: readonly ParamRange[];
  /** Targets without observed values: those come from the hidden truth. */
  readonly targets: readonly Omit<Target, 'observed'>[];
  /** Hidden truths to try. */
  readonly truths: number;
  readonly points: number;
  readonly reps: number;
  readonly waves: number;
  readonly seed: number;
  readonly discrepancy?: number;
}

/** One hidden truth: where it was, whether the calibration kept it, its implausibility, and the share of the box left. */
export interface RecoveryTrial {
  readonly truth: readonly number[];
  readonly kept: boolean;
  readonly implausibility: number;
  readonly share: number;
  readonly waves: number;
}

/** `recoveryCheck(options, executor)`: each hidden truth calibrated blind; the trials in order. */
export function recoveryCheck(o: RecoveryOptions, executor: Executor): RecoveryTrial[] | Promise<RecoveryTrial[]> {
  const trials: RecoveryTrial[] = [];
  const next = (k: number): RecoveryTrial[] | Promise<RecoveryTrial[]> => {
    if (k === o.truths) return trials;
    return andThen(trial(o, k, executor), (t) => {
      trials.push(t);
      return next(k + 1);
    });
  };
  return next(0);
}

function trial(o: RecoveryOptions, k: number, executor: Executor): RecoveryTrial | Promise<RecoveryTrial> {
  const stream = createRng(o.seed).stream(`recovery/truth-${k}`);
  const unit = o.ranges.map(() => stream.random());
  const truth = scaleDesign([unit], o.ranges)[0] as number[];
  const params = parseParams(
    o.scenario.params,
    o.ranges.map((r, j) => ({ path: r.path, value: truth[j] })),
  );
  // The world: one run at the truth on a seed the calibration never uses, observed with noise.
  const world = runTask({ run: 0, point: 0, arm: 0, rep: 0, seed: 1 + stream.int(2 ** 40), params, timeline: o.scenario.timeline, collect: 'years' }).yearly;
  const targets = o.targets.map((t) => ({ ...t, observed: (targetValue(world, t) as number) + stream.normal(0, t.sd ?? 0) }));
  const spec: CalibrationSpec = makeCalibrationSpec({
    command: ['recovery', String(k)],
    scenario: { ...o.scenario, variant: null, label: { extends: o.scenario.id, title: o.scenario.id, place: '', service: 'home care', sets: [] } },
    ranges: o.ranges,
    targets: { file: `hidden truth ${k}`, sha256: '', title: `hidden truth ${k}`, discrepancy: o.discrepancy ?? 0, targets },
    points: o.points,
    reps: o.reps,
    seed: o.seed + k + 1,
    waves: o.waves,
    cutoff: 3,
    samples: 50,
    check: 2,
  });
  const out = mkdtempSync(join(tmpdir(), 'ppsim-recovery-'));
  writeDocument(join(out, 'calibration.json'), spec);
  const done = (outcome: CalibrationOutcome): RecoveryTrial => {
    rmSync(out, { recursive: true, force: true });
    if (outcome.kind !== 'done') throw new Error('a recovery trial runs unsharded');
    const { fits, targets: matched, space, waves } = outcome.result;
    const implausibility = maxImplausibility(fits, matched, unit);
    return { truth, kept: implausibility <= spec.cutoff, implausibility, share: space.share, waves: waves.length };
  };
  try {
    return andThen(runCalibration(out, spec, executor), done);
  } catch (error) {
    rmSync(out, { recursive: true, force: true });
    throw error;
  }
}
