/**
 * Runs a calibration into a folder by history matching in waves. Wave k is a sweep in `wave-<k>/`
 * (resumable after kill -9 and shardable with `--shard i/n`, as every sweep is): the first wave's
 * points are a Latin hypercube over the ranges, every later wave's a space-filling choice among
 * the points no earlier wave ruled out. After each wave an emulator per target is fitted to its
 * runs; the waves stop when the space stops shrinking (less than a fifth smaller than before) or
 * after `spec.waves`. The space left is sampled (`samples.csv`), a few samples are run again on
 * every seed as a check (`check/`, `ppc.csv`), and the results are written (outputs.ts).
 *
 * Everything after the runs is recomputed from the folder's files, so a resumed calibration
 * arrives at the same waves, samples and bytes.
 */
import { join } from 'node:path';
import { PpsimError, andThen, createRng, latinHypercubeUnit, matchTargets, scaleDesign, type Executor, type MatchTarget } from '@ppsim/core';
import { fitWave, nonImplausibleSpace, spaceFilling, type NonImplausibleSpace, type WaveFit, type WaveRuns } from '@ppsim/core/calibration';
import { makeSpec } from '../sweep/spec.ts';
import { runSweep } from '../sweep/run.ts';
import type { PartsOptions, Shard, SweepResult } from '../sweep/parts.ts';
import { readResultFile } from '../readBack.ts';
import type { CalibrationSpec } from './spec.ts';

/** How far one wave came: its size, what its emulators could do, and the space left after it. */
export interface WaveRecord {
  readonly wave: number;
  readonly points: number;
  readonly runs: number;
  /** Estimated share of the whole parameter box not ruled out after this wave. */
  readonly share: number;
  /** Uniform candidates the estimate rests on. */
  readonly tried: number;
  readonly targets: readonly { readonly name: string; readonly validation: number; readonly used: boolean; readonly runSd: number }[];
}

/** A finished calibration: the waves, the samples of the space left (unit cube and parameter units), and the check runs. */
export interface CalibrationResult {
  readonly waves: readonly WaveRecord[];
  readonly space: NonImplausibleSpace;
  readonly samples: readonly (readonly number[])[];
  readonly implausibility: readonly number[];
  /** The check: `values[target]` holds every run's value at the checked samples. */
  readonly check: { readonly points: readonly (readonly number[])[]; readonly values: readonly (readonly number[])[] };
  /** Every wave's emulators, and the targets as matched: what rules a point in or out (see `maxImplausibility`). */
  readonly fits: readonly WaveFit[];
  readonly targets: readonly MatchTarget[];
}

/** What a call did: finished, or ran its shard's share of a wave whose other shards are not done. */
export type CalibrationOutcome = { readonly kind: 'done'; readonly result: CalibrationResult } | { readonly kind: 'shard'; readonly stage: string; readonly ran: number; readonly skipped: number };

/** Options of {@link runCalibration}: a shard, progress per stage, and warnings (damaged parts). */
export interface CalibrationOptions {
  readonly shard?: Shard;
  /** Called when a stage (a wave, the check) starts, with its runs; returns the callback for each run. */
  readonly stage?: (name: string, runs: number) => { tick(): void; stop(): void };
  readonly warn?: (line: string) => void;
  /** Called after each wave's emulators are fitted, with what the wave did (progress: the space left). */
  readonly onWave?: (record: WaveRecord) => void;
}

/** The stages' folders: `wave-1`, `wave-2`, …, and `check`. */
export const waveFolder = (out: string, wave: number) => join(out, `wave-${wave}`);

/** `runCalibration(out, spec, executor, options)`: runs or resumes the calibration; answers at once in this thread, or a promise on a pool. */
export function runCalibration(out: string, spec: CalibrationSpec, executor: Executor, options: CalibrationOptions = {}): CalibrationOutcome | Promise<CalibrationOutcome> {
  const targets = matchTargets({ format: 'ppsim-targets/v1', title: spec.targets.title, discrepancy: spec.targets.discrepancy, targets: [...spec.targets.targets] });
  const dims = spec.ranges.length;
  const stream = (name: string) => createRng(spec.seed).stream(`calibrate/${name}`);
  const wave = (k: number, unit: number[][], fits: readonly WaveFit[], records: readonly WaveRecord[]): CalibrationOutcome | Promise<CalibrationOutcome> =>
    andThen(runStage(out, `wave-${k}`, spec, unit, executor, options), (result): CalibrationOutcome | Promise<CalibrationOutcome> => {
      if (!result.complete) return { kind: 'shard', stage: `wave ${k}`, ran: result.ran, skipped: result.skipped };
      const runs = readStage(waveFolder(out, k), spec, unit);
      const fit = fitWave(runs, targets, { cutoff: spec.cutoff });
      const all = [...fits, fit];
      const space = nonImplausibleSpace(all, targets, dims, stream(`space-${k}`), { wanted: Math.max(spec.samples, 10 * spec.points), cutoff: spec.cutoff });
      const record: WaveRecord = {
        wave: k,
        points: unit.length,
        runs: unit.length * spec.reps,
        share: space.share,
        tried: space.tried,
        targets: targets.map((t, i) => ({ name: t.name, validation: fit.validation[i] as number, used: fit.used[i] as boolean, runSd: Math.sqrt(fit.runVariance[i] as number) })),
      };
      options.onWave?.(record);
      if (space.points.length === 0) throw emptySpace(spec, targets, all, space, k);
      const previous = records[records.length - 1]?.share ?? 1;
      const done = k >= spec.waves || (k >= 2 && space.share > 0.8 * previous);
      if (!done) return wave(k + 1, spaceFilling(space.points, spec.points, stream(`wave-${k + 1}`)), all, [...records, record]);
      return finish(out, spec, targets, all, space, [...records, record], executor, options, stream);
    });
  return wave(1, latinHypercubeUnit(dims, spec.points, stream('wave-1')), [], []);
}

function finish(
  out: string,
  spec: CalibrationSpec,
  targets: readonly MatchTarget[],
  fits: readonly WaveFit[],
  space: NonImplausibleSpace,
  waves: readonly WaveRecord[],
  executor: Executor,
  options: CalibrationOptions,
  stream: (name: string) => ReturnType<ReturnType<typeof createRng>['stream']>,
): CalibrationOutcome | Promise<CalibrationOutcome> {
  const samples = space.points.slice(0, spec.samples).map((p) => [...p]);
  const checked = spaceFilling(samples, spec.check, stream('check'));
  return andThen(runStage(out, 'check', spec, checked, executor, options), (result): CalibrationOutcome => {
    if (!result.complete) return { kind: 'shard', stage: 'the check', ran: result.ran, skipped: result.skipped };
    const runs = readStage(join(out, 'check'), spec, checked);
    const values = targets.map((_, t) => runs.values.flatMap((perTarget) => perTarget[t] ?? []));
    return {
      kind: 'done',
      result: { waves, space, samples, implausibility: space.implausibility.slice(0, spec.samples), check: { points: checked, values }, fits, targets },
    };
  });
}

/** Runs one stage (a wave or the check) as a sweep of the points on every seed in its folder. */
function runStage(out: string, name: string, spec: CalibrationSpec, unit: readonly (readonly number[])[], executor: Executor, options: CalibrationOptions): SweepResult | Promise<SweepResult> {
  const sweep = makeSpec({
    scenario: { id: spec.scenario.id, params: spec.scenario.params, timeline: spec.scenario.timeline },
    ranges: spec.ranges,
    design: `calibration ${name}`,
    runs: unit.length,
    points: scaleDesign(unit, spec.ranges),
    reps: spec.reps,
    seed: spec.seed,
    command: spec.command,
  });
  const progress = options.stage?.(name, unit.length * spec.reps);
  const parts: PartsOptions = { ...(options.shard === undefined ? {} : { shard: options.shard }), onProgress: () => progress?.tick() };
  return andThen(runSweep(join(out, name), sweep, executor, parts), (result) => {
    progress?.stop();
    for (const d of result.damaged) options.warn?.(`⚠ ${d.file}: ${d.reason}; its run was made again`);
    return result;
  });
}

/** A finished stage's target values from its results.csv: `values[point][target][rep]`. */
function readStage(folder: string, spec: CalibrationSpec, unit: readonly (readonly number[])[]): WaveRuns {
  const [head = '', ...lines] = readResultFile(join(folder, 'results.csv'), 'the results of a calibration wave').trimEnd().split('\n');
  const columns = head.split(',');
  const targets = spec.targets.targets;
  const at = targets.map((t) => columns.indexOf(t.metric));
  const values = unit.map(() => targets.map(() => [] as number[]));
  for (const line of lines) {
    const cells = line.split(',');
    const point = Number(cells[0]);
    const year = Number(cells[3]);
    targets.forEach((t, i) => {
      if (t.year === year) values[point]?.[i]?.push(Number(cells[at[i] as number]));
    });
  }
  values.forEach((perTarget, p) =>
    perTarget.forEach((xs, i) => {
      if (xs.length !== spec.reps || !xs.every(Number.isFinite)) {
        throw new PpsimError('invalid_state', {
          path: join(folder, 'results.csv'),
          expected: `${spec.reps} finite values of ${targets[i]?.metric} in ${targets[i]?.year} at point ${p}`,
          received: `${xs.length}`,
          hint: "the target's year or metric is not in the results: check the targets file against the scenario's horizon",
        });
      }
    }),
  );
  return { points: unit, values };
}

/** No parameter set in the ranges can match the targets: say so, with the least implausible point found and its worst targets. */
function emptySpace(spec: CalibrationSpec, targets: readonly MatchTarget[], fits: readonly WaveFit[], space: NonImplausibleSpace, wave: number): PpsimError {
  const point = scaleDesign([space.closest.point], spec.ranges)[0] ?? [];
  const where = spec.ranges.map((r, j) => `${r.path}=${formatValue(point[j] as number)}`).join(', ');
  const last = fits[fits.length - 1];
  const worst = last === undefined ? [] : targets.map((t, i) => ({ t, p: last.emulators[i]?.predict(space.closest.point) })).filter((x) => x.p !== undefined);
  const far = worst.map((x) => `${x.t.name}: observed ${formatValue(x.t.observed)}, the model there ${formatValue(x.p?.mean ?? Number.NaN)}`).join('; ');
  return new PpsimError('invalid_input', {
    path: `${spec.targets.file} (wave ${wave})`,
    expected: `parameter sets in the ranges whose implausibility is at most ${spec.cutoff} for every target`,
    received: `none among ${space.tried} tried`,
    hint: `the closest, ${where}, has implausibility ${formatValue(space.closest.implausibility)} (${far}); widen the ranges (--param), fit other parameters, or allow for more model discrepancy in the targets file: the model may not reach these targets`,
  });
}

function formatValue(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(4))) : String(x);
}
