/**
 * `ppsim calibrate <scenario> --targets FILE --param path=lo:hi… --out DIR`: fits assumed parameters
 * to measured targets by history matching (calibrate/run.ts), resumably and shardably, and writes
 * the samples, the waves, the check against every target, a calibrated scenario and summary.json.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtInIds } from '@ppsim/scenarios';
import { PpsimError, andThen } from '@ppsim/core';
import { formatTable } from '../format.ts';
import { documentText } from '../provenance.ts';
import { withExecutor } from '../parallel/pool.ts';
import { writeDocument } from '../sweep/parts.ts';
import { parseRange } from '../sweep/spec.ts';
import { readResultFile } from '../readBack.ts';
import { runCalibration, type CalibrationOutcome, type WaveRecord } from '../calibrate/run.ts';
import { writeCalibration } from '../calibrate/outputs.ts';
import { makeCalibrationSpec, readTargets, type CalibrationSpec } from '../calibrate/spec.ts';
import { resolveScenario } from './scenario.ts';
import { resolveShard, type DesignOptions } from './sweep.ts';

/** Options of {@link calibrateCommand}: those of every design (scenario, ranges, replications, seed, folder) and the calibration's own. */
export interface CalibrateOptions extends DesignOptions {
  readonly targets: string;
  /** Design points per wave (default 10 per parameter). */
  readonly points?: number;
  readonly waves: number;
  readonly cutoff: number;
  readonly samples: number;
  readonly check: number;
  readonly shard?: string;
  readonly json: boolean;
  /** Where a line after each wave goes (the space left, the emulators' checks); the command line writes it on stderr unless --quiet. */
  readonly note?: (line: string) => void;
}

/** `calibrateCommand(o)`: checks every input, then runs or resumes the calibration in --out; returns the text to print. */
export function calibrateCommand(o: CalibrateOptions): string | Promise<string> {
  if (o.params.length === 0) {
    throw new PpsimError('invalid_input', { path: '--param', expected: 'at least one path=lo:hi to fit', received: 'none', hint: 'e.g. --param staff.motivation.mean=0.3:0.8' });
  }
  const scenario = resolveScenario(o.scenario, o.set, o.years, o.variant === undefined ? {} : { variant: o.variant });
  const ranges = o.params.map((p) => parseRange(p, { strict: true }));
  const targets = readTargets(o.targets, scenario.params);
  const spec = makeCalibrationSpec({
    command: o.command ?? [],
    scenario: {
      id: scenario.id,
      variant: scenario.variant ?? null,
      params: scenario.params,
      timeline: scenario.timeline,
      label: {
        extends: builtInIds().includes(scenario.id) || scenario.scenario?.file === undefined ? scenario.id : resolve(scenario.scenario.file),
        title: scenario.title,
        place: scenario.scenario?.place ?? '',
        service: scenario.scenario?.service ?? 'home care',
        sets: o.set,
      },
    },
    ranges,
    targets,
    points: o.points ?? 10 * ranges.length,
    reps: o.reps,
    seed: o.seed,
    waves: o.waves,
    cutoff: o.cutoff,
    samples: o.samples,
    check: o.check,
  });
  prepareFolder(o.out, spec);
  const shard = resolveShard(o.shard);
  const stage = (name: string, runs: number) => o.progress(`calibrate ${name}`, shard === undefined ? runs : Math.ceil((runs - shard.index) / shard.count));
  return withExecutor(o.workers, (executor) =>
    andThen(
      runCalibration(o.out, spec, executor, { ...(shard === undefined ? {} : { shard }), stage, ...(o.warn === undefined ? {} : { warn: o.warn }), onWave: (w) => o.note?.(waveLine(w)) }),
      (outcome) => report(o, spec, outcome),
    ),
  );
}

/** The line after a wave: how much of the box is left and how many emulators passed their check. */
function waveLine(w: WaveRecord): string {
  const passed = w.targets.filter((t) => t.used).length;
  return `wave ${w.wave} done: ${Number((100 * w.share).toPrecision(3))} % of the box left (estimated from ${w.tried} draws); ${passed} of ${w.targets.length} emulators passed their check`;
}

/** Writes calibration.json into a new folder, or checks that the folder holds this same calibration. */
function prepareFolder(out: string, spec: CalibrationSpec): void {
  const file = join(out, 'calibration.json');
  for (const other of ['sweep.json', 'map.json']) {
    if (existsSync(join(out, other)))
      throw new PpsimError('invalid_input', { path: out, expected: 'a new folder, or one holding a calibration.json', received: `a folder holding ${other}`, hint: 'choose another --out folder' });
  }
  if (!existsSync(file)) {
    writeDocument(file, spec);
    return;
  }
  if (readResultFile(file, 'a ppsim calibration specification') !== documentText(spec)) {
    throw new PpsimError('invalid_input', {
      path: file,
      expected: 'the same calibration as the one this folder holds',
      received: 'different settings or targets',
      hint: 'resume with exactly the same command and targets file, or choose a new --out folder',
    });
  }
}

function report(o: CalibrateOptions, spec: CalibrationSpec, outcome: CalibrationOutcome): string {
  if (outcome.kind === 'shard') {
    const line = `Shard done for ${outcome.stage}: ${outcome.ran} runs now, ${outcome.skipped} done before; run the same command again when every shard of this stage is done, to go on.`;
    return o.json ? documentText({ complete: false, stage: outcome.stage, ran: outcome.ran, skipped: outcome.skipped }) : `${line}\n`;
  }
  const summary = writeCalibration(o.out, spec, outcome.result);
  if (o.json) return documentText(summary);
  const f = (x: number) => (Number.isFinite(x) ? String(Number(x.toPrecision(3))) : String(x));
  const waves = summary.waves.map((w) => [
    String(w.wave),
    String(w.points),
    String(w.runs),
    `${f(100 * w.share)} %`,
    w.targets
      .filter((t) => !t.used)
      .map((t) => t.name)
      .join(', ') || '–',
  ]);
  const params = summary.parameters.map((p) => [p.path, `${f(p.lo)}–${f(p.hi)}`, f(p.median), `${f(p.q025)}–${f(p.q975)}`]);
  const checks = summary.check.targets.map((c) => [
    c.target,
    `${f(c.observed)} [${f(c.observedLo)}, ${f(c.observedHi)}]`,
    `${f(c.mean)} [${f(c.lo)}, ${f(c.hi)}]`,
    c.covered ? 'yes' : 'no',
    f(c.implausibility),
    c.matched ? 'yes' : 'NO',
    c.grade,
  ]);
  return `${[
    `ppsim calibrate ${spec.scenario.id}${spec.scenario.variant === null ? '' : `:${spec.scenario.variant}`} to ${spec.targets.title} (${spec.targets.targets.length} targets, ${spec.ranges.length} parameter${spec.ranges.length === 1 ? '' : 's'})`,
    `History matching: ${summary.waves.length} wave(s) of ${spec.points} points × ${spec.reps} replications; implausibility cut-off ${spec.cutoff}.`,
    '',
    formatTable(['wave', 'points', 'runs', 'space left', 'targets ruling nothing out (emulator failed its check)'], waves),
    '',
    formatTable(['parameter', 'searched', 'median', '95 % of samples'], params),
    '',
    `Check: ${summary.check.samples} samples × ${spec.reps} replications against every target (observed with its 95 % band; simulated mean and central 95 % of the runs; inside: the observed value lies within the runs' 95 %; I: the match's implausibility at the checked samples, allowing for the observation error and the model discrepancy; matched: I ≤ ${spec.cutoff}):`,
    '',
    formatTable(['target', 'observed', 'simulated', 'inside', 'I', 'matched', 'grade'], checks),
    '',
    summary.reading,
    `Wrote samples.csv, waves.csv, ppc.csv, calibrated.yaml and summary.json in ${o.out}; use them with --posterior ${o.out}.`,
  ].join('\n')}\n`;
}
