/**
 * Reading a calibration (`ppsim calibrate --out DIR`). summary.json (format
 * ppsim-calibration-summary/v1) is checked with core's schema and against itself: it gives the
 * searched parameters, the waves and the check of every target. samples.csv holds the
 * non-implausible samples the pairs plot draws; ppc.csv and waves.csv repeat the check and the
 * waves, and when given must agree with the summary (calibration-csv.ts). A damaged summary refuses
 * the whole; a missing or damaged CSV file is a problem the page names while it shows the rest.
 */
import { RESULT_SCHEMAS, type CalibrationParameterSummary } from '@ppsim/core';
import { metricOf } from '../metrics.ts';
import { checkPpc, checkWaves, readSamples, type CalibrationSamples, type CalibrationSummary } from './calibration-csv.ts';
import { base, ResultError, schemaError, type InputFile } from './result-files.ts';

const calibrationSummary = RESULT_SCHEMAS.calibrate;

export type { CalibrationSamples, CalibrationSummary } from './calibration-csv.ts';

/** A value with its interval. */
export interface Interval {
  readonly value: number;
  readonly lo: number;
  readonly hi: number;
}

/** One target against the check runs (a row of ppc.csv). */
export interface CalibrationTarget {
  /** `metric@year`, as the targets file and ppc.csv name it. */
  readonly name: string;
  readonly metric: string;
  /** The metric's unit ('' when the metric is not one of core's). */
  readonly unit: string;
  /** The observed value with its 95 % band (±1.96 observation standard deviations). */
  readonly observed: Interval;
  /** The check runs' mean and their central 95 %. */
  readonly simulated: Interval;
  /** Whether the runs' central 95 % contains the observed value. */
  readonly covered: boolean;
  /** The match's implausibility at the checked samples (allowing for observation error and model discrepancy), and whether it is within the cut-off. */
  readonly implausibility: number;
  readonly matched: boolean;
  readonly grade: string;
  readonly source: string;
}

/** A searched parameter: its range and how the samples came out in it (the summary's schema in core). */
export type CalibrationParameter = CalibrationParameterSummary;

/** What one wave did. */
export interface CalibrationWave {
  readonly wave: number;
  readonly points: number;
  readonly runs: number;
  /** Share of the searched box no wave up to this one ruled out. */
  readonly share: number;
  /** Targets whose emulator failed its check in this wave (they ruled nothing out). */
  readonly failed: readonly string[];
}

/** A calibration, read. */
export interface CalibrationResult {
  readonly kind: 'calibration';
  /** `scenario` or `scenario:variant`. */
  readonly scenario: string;
  readonly targetsTitle: string;
  readonly method: string;
  /** How to read the samples, in the words of summary.json (history matching gives a region, not a posterior). */
  readonly reading: string;
  readonly cutoff: number;
  readonly parameters: readonly CalibrationParameter[];
  readonly targets: readonly CalibrationTarget[];
  readonly waves: readonly CalibrationWave[];
  /** The space left after the last wave: its share of the box, the points tried to estimate it, the samples kept. */
  readonly space: { readonly share: number; readonly tried: number; readonly samples: number };
  /** The check: samples run on every seed against every target, and how many targets their runs cover. */
  readonly check: { readonly samples: number; readonly reps: number; readonly covered: number };
  /** undefined when samples.csv was not given or could not be read (see `problems`). */
  readonly samples: CalibrationSamples | undefined;
  /** What is wrong with the CSV files; the rest is shown. */
  readonly problems: readonly ResultError[];
  readonly provenance: unknown;
  readonly files: readonly string[];
}

/** The CSV files of a calibration folder, as given. */
export interface CalibrationFiles {
  readonly samples?: InputFile | undefined;
  readonly ppc?: InputFile | undefined;
  readonly waves?: InputFile | undefined;
}

/**
 * `readCalibration(doc, files, summaryName)`: a calibration from its parsed summary.json and its
 * CSV files.
 * @throws ResultError when the summary is not a finished calibration's or disagrees with itself.
 */
export function readCalibration(doc: unknown, files: CalibrationFiles, summaryName = 'summary.json'): CalibrationResult {
  const file = base(summaryName);
  if ((doc as { format?: unknown }).format === 'ppsim-calibration/v1') {
    throw new ResultError(
      file,
      'the summary.json, samples.csv and ppc.csv of ppsim calibrate',
      "the calibration's specification (calibration.json) without them",
      'open the folder once `ppsim calibrate` has finished (it writes them after the check; the same command resumes an unfinished calibration)',
    );
  }
  const parsed = calibrationSummary.safeParse(doc);
  if (!parsed.success) throw schemaError(file, 'the summary.json of ppsim calibrate', parsed.error);
  const s = parsed.data;
  checkSummary(file, s);
  const targets = s.check.targets.map((c): CalibrationTarget => {
    const metric = c.target.replace(/@[^@]*$/, '');
    return {
      name: c.target,
      metric,
      unit: metricOf(metric)?.unit ?? '',
      observed: { value: c.observed, lo: c.observedLo, hi: c.observedHi },
      simulated: { value: c.mean, lo: c.lo, hi: c.hi },
      covered: c.covered,
      implausibility: c.implausibility,
      matched: c.matched,
      grade: c.grade,
      source: c.source,
    };
  });
  const problems: ResultError[] = [];
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof ResultError)) throw error;
      problems.push(error);
      return undefined;
    }
  };
  const samples = attempt(() => {
    if (files.samples === undefined)
      throw new ResultError('samples.csv', 'the samples beside summary.json', 'summary.json without samples.csv', 'open the whole calibration folder, or summary.json together with samples.csv');
    return readSamples(files.samples, s);
  });
  if (files.ppc !== undefined) attempt(() => checkPpc(files.ppc as InputFile, s));
  if (files.waves !== undefined) attempt(() => checkWaves(files.waves as InputFile, s));
  return {
    kind: 'calibration',
    scenario: scenarioOf(s.provenance),
    targetsTitle: s.targets.title,
    method: s.method,
    reading: s.reading,
    cutoff: s.cutoff,
    parameters: s.parameters.map((p) => ({ path: p.path, lo: p.lo, hi: p.hi, median: p.median, q025: p.q025, q975: p.q975 })),
    targets,
    waves: s.waves.map((w) => ({ wave: w.wave, points: w.points, runs: w.runs, share: w.share, failed: w.targets.filter((x) => !x.used).map((x) => x.name) })),
    space: { share: s.space.share, tried: s.space.tried, samples: s.space.samples },
    check: { samples: s.check.samples, reps: s.check.reps, covered: s.check.covered },
    samples,
    problems,
    provenance: s.provenance,
    files: [file, ...[files.samples, files.ppc, files.waves].filter((f) => f !== undefined).map((f) => base(f.name))],
  };
}

/** `scenario` or `scenario:variant` from the provenance, or '?' when it does not say. */
function scenarioOf(provenance: unknown): string {
  const sc = (provenance as { scenario?: { id?: unknown; variant?: unknown } }).scenario;
  const id = typeof sc?.id === 'string' ? sc.id : '?';
  return typeof sc?.variant === 'string' ? `${id}:${sc.variant}` : id;
}

/** The summary agrees with itself: each parameter and target once, ranges that are ranges, as many targets as it says. */
function checkSummary(file: string, s: CalibrationSummary): void {
  const fail = (expected: string, received: string) => new ResultError(file, expected, received, 'open the summary.json that ppsim calibrate wrote, unchanged');
  const paths = s.parameters.map((p) => p.path);
  const twice = paths.find((p, i) => paths.indexOf(p) !== i);
  if (twice !== undefined) throw fail('each parameter once in parameters', `${twice} twice`);
  const empty = s.parameters.find((p) => !(p.lo < p.hi));
  if (empty !== undefined) throw fail(`a searched range lo < hi for ${empty.path}`, `${empty.lo}–${empty.hi}`);
  const names = s.check.targets.map((c) => c.target);
  const again = names.find((n, i) => names.indexOf(n) !== i);
  if (again !== undefined) throw fail('each target once in check.targets', `${again} twice`);
  if (names.length !== s.targets.count) throw fail(`${s.targets.count} targets in check.targets (as targets.count says)`, `${names.length}`);
}
