/**
 * A finished calibration's files: `samples.csv` (the non-implausible samples, tidy), `waves.csv`
 * (what each wave could do and the space left), `ppc.csv` (each target observed against the checked
 * samples' runs), `calibrated.yaml` (a scenario extending the case, its fitted values graded F and
 * citing the targets) and `summary.json` (all of it with provenance). Each file is written whole or
 * not at all.
 */
import { join } from 'node:path';
import { observationSd, quantile, type CalibrationParameterSummary, type CalibrationTargetCheck, scaleDesign, targetName, type Target } from '@ppsim/core';
import { AtomicFileWriter } from '../sinks/fileWriter.ts';
import { csvField } from '../sinks/csvSink.ts';
import { commandEnvironment, currentEnvironment, provenanceScenario } from '../provenance.ts';
import { writeDocument } from '../sweep/parts.ts';
import type { CalibrationResult } from './run.ts';
import type { CalibrationSpec } from './spec.ts';

/** How a fitted parameter came out: the median of the samples and their central 95 % (the summary's schema in core). */
export type FittedParameter = CalibrationParameterSummary;

/** How each target came out in the check (the summary's schema in core). */
export type TargetCheck = CalibrationTargetCheck;

/** `fittedParameters(spec, result)`: per parameter, the median and central 95 % of the samples. */
export function fittedParameters(spec: CalibrationSpec, result: CalibrationResult): FittedParameter[] {
  const values = scaleDesign(result.samples, spec.ranges);
  return spec.ranges.map((r, j) => {
    const xs = values.map((v) => v[j] as number);
    return { path: r.path, lo: r.lo, hi: r.hi, median: quantile(xs, 0.5), q025: quantile(xs, 0.025), q975: quantile(xs, 0.975) };
  });
}

/** `targetChecks(spec, result)`: each target against the check runs. */
export function targetChecks(spec: CalibrationSpec, result: CalibrationResult): TargetCheck[] {
  return spec.targets.targets.map((t, i) => {
    const xs = (result.check.values[i] ?? []) as number[];
    const sd = observationSd(t);
    const lo = quantile(xs, 0.025);
    const hi = quantile(xs, 0.975);
    const mean = xs.reduce((s, v) => s + v, 0) / Math.max(1, xs.length);
    const runVariance = xs.length < 2 ? 0 : xs.reduce((s, v) => s + (v - mean) ** 2, 0) / (xs.length - 1);
    const matchVariance = result.targets[i] === undefined ? sd ** 2 : (result.targets[i]?.observationVariance ?? 0) + (result.targets[i]?.discrepancyVariance ?? 0);
    const implausibility = Math.abs(t.observed - mean) / Math.sqrt(runVariance + matchVariance);
    return {
      target: targetName(t),
      observed: t.observed,
      observedLo: t.observed - 1.96 * sd,
      observedHi: t.observed + 1.96 * sd,
      mean,
      lo,
      hi,
      covered: t.observed >= lo && t.observed <= hi,
      implausibility,
      matched: implausibility <= spec.cutoff,
      source: t.source,
      grade: t.grade,
    };
  });
}

/** Writes every result file of a finished calibration into `out`; returns the summary document. */
export function writeCalibration(out: string, spec: CalibrationSpec, result: CalibrationResult): ReturnType<typeof calibrationSummary> {
  const params = fittedParameters(spec, result);
  const checks = targetChecks(spec, result);
  writeCsv(
    join(out, 'samples.csv'),
    ['sample', ...spec.ranges.map((r) => r.path), 'implausibility'],
    scaleDesign(result.samples, spec.ranges).map((v, i) => [i, ...v, result.implausibility[i] as number]),
  );
  const names = spec.targets.targets.map((t) => targetName(t));
  writeCsv(
    join(out, 'waves.csv'),
    ['wave', 'points', 'runs', 'share', 'tried', ...names.flatMap((n) => [`${n}.validation`, `${n}.used`, `${n}.runSd`])],
    result.waves.map((w) => [w.wave, w.points, w.runs, w.share, w.tried, ...w.targets.flatMap((t) => [t.validation, t.used, t.runSd])]),
  );
  writeCsv(
    join(out, 'ppc.csv'),
    ['target', 'observed', 'observedLo', 'observedHi', 'simulatedMean', 'simulatedLo', 'simulatedHi', 'covered', 'implausibility', 'matched', 'grade', 'source'],
    checks.map((c) => [c.target, c.observed, c.observedLo, c.observedHi, c.mean, c.lo, c.hi, c.covered, c.implausibility, c.matched, c.grade, c.source]),
  );
  const writer = new AtomicFileWriter(join(out, 'calibrated.yaml'));
  writer.write(calibratedScenario(spec, result, params));
  writer.commit();
  const summary = calibrationSummary(spec, result, params, checks);
  writeDocument(join(out, 'summary.json'), summary);
  return summary;
}

/** summary.json: what was fitted to what, how the waves went, how the fit checks, with provenance. */
function calibrationSummary(spec: CalibrationSpec, result: CalibrationResult, params: readonly FittedParameter[], checks: readonly TargetCheck[]) {
  const env = currentEnvironment();
  return {
    format: 'ppsim-calibration-summary/v1',
    method: 'history matching with Gaussian-process emulators (Vernon, Goldstein & Bower 2010; Andrianakis et al. 2015)',
    reading:
      "The samples are drawn uniformly from the parameter sets no wave ruled out (implausibility at most the cut-off for every target): a region the targets allow, not a posterior distribution. Intervals drawn from them (--posterior) cover parameter uncertainty within that region and the model's own stochastic uncertainty.",
    cutoff: spec.cutoff,
    targets: { file: spec.targets.file, sha256: spec.targets.sha256, title: spec.targets.title, count: spec.targets.targets.length },
    parameters: params,
    waves: result.waves,
    space: { share: result.space.share, tried: result.space.tried, samples: result.samples.length },
    check: { samples: result.check.points.length, reps: spec.reps, targets: checks, covered: checks.filter((c) => c.covered).length, matched: checks.filter((c) => c.matched).length },
    provenance: {
      ...commandEnvironment(spec.command, env),
      scenario: provenanceScenario({
        id: spec.scenario.id,
        ...(spec.scenario.variant === null ? {} : { variant: spec.scenario.variant }),
        params: spec.scenario.params,
        timeline: spec.scenario.timeline,
      }),
      seed: spec.seed,
      reps: spec.reps,
      seeds: spec.seeds,
    },
    spec,
  };
}

/**
 * calibrated.yaml: a scenario file extending the case, with each fitted parameter at the samples'
 * median, graded F and citing the targets it was fitted to (`ppsim run calibrated.yaml` runs it;
 * `--posterior` carries the whole sample instead of the median).
 */
function calibratedScenario(spec: CalibrationSpec, result: CalibrationResult, params: readonly FittedParameter[]): string {
  const q = (s: string) => JSON.stringify(s);
  const fittedTo = spec.targets.targets.map((t: Target) => targetName(t)).join(', ');
  const label = spec.scenario.label;
  const variant = spec.scenario.variant === null ? '' : ` (variant ${spec.scenario.variant}: run it as calibrated.yaml:${spec.scenario.variant})`;
  const sets = label.sets.length === 0 ? '' : ` The calibration ran with ${label.sets.map((s) => `--set ${s}`).join(' ')}, which this file does not repeat.`;
  const lines = [
    `# Written by ppsim calibrate (${result.waves.length} wave${result.waves.length === 1 ? '' : 's'} of history matching); see summary.json beside it.`,
    `id: ${spec.scenario.id}-calibrated`,
    `title: ${q(`${label.title}, calibrated to ${spec.targets.title}`)}`,
    `place: ${q(label.place)}`,
    `service: ${q(label.service)}`,
    `period: { start: ${q(spec.scenario.params.horizon.start)}, years: ${spec.scenario.params.horizon.years} }`,
    `extends: ${q(label.extends)}`,
    `summary: ${q(`${label.title}${variant}, with ${params.map((p) => p.path).join(', ')} fitted by history matching to ${spec.targets.title} (${fittedTo}). Each fitted value is the median of the samples the targets allow; summary.json and samples.csv beside this file give their spread, and --posterior carries it into results.${sets}`)}`,
    'sources:',
    '  - id: calibration',
    '    kind: calibration',
    `    citation: ${q(`ppsim calibrate: history matching to ${spec.targets.file} (sha256 ${spec.targets.sha256.slice(0, 12)}…): ${fittedTo}`)}`,
    'params:',
    ...params.flatMap((p) => [
      `  ${p.path}:`,
      `    value: ${Number(p.median.toPrecision(6))}`,
      '    source: calibration',
      '    grade: F',
      `    note: ${q(`median of ${result.samples.length} non-implausible samples (95 %: ${Number(p.q025.toPrecision(4))}–${Number(p.q975.toPrecision(4))}; searched ${p.lo}–${p.hi}); fitted to ${fittedTo}`)}`,
    ]),
  ];
  return `${lines.join('\n')}\n`;
}

function writeCsv(path: string, header: readonly string[], rows: readonly (readonly (string | number | boolean)[])[]): void {
  const csv = new AtomicFileWriter(path);
  csv.write(`${header.map(csvField).join(',')}\n`);
  for (const row of rows) csv.write(`${row.map((c) => (typeof c === 'string' ? csvField(c) : String(c))).join(',')}\n`);
  csv.commit();
}
