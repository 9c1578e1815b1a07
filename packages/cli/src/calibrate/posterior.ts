/**
 * `--posterior DIR`: parameter sets drawn from a calibration's samples, one per replication, so a
 * result's intervals cover parameter uncertainty (within what the targets allow) as well as the
 * model's stochastic uncertainty. The draws are recorded in the result's provenance, so `rerun`
 * needs the values, not the folder.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { PpsimError, createRng, isParamPath } from '@ppsim/core';
import { readJsonFile, readResultFile } from '../readBack.ts';

/** The parameter sets a result ran with: where they came from, the paths, and one row of values per replication. */
export interface Posterior {
  /** The calibration folder, as given. */
  readonly from: string;
  /** SHA-256 of its samples.csv. */
  readonly sha256: string;
  /** What it was calibrated to (the targets' title). */
  readonly targets: string;
  /** Samples in the calibration. */
  readonly samples: number;
  readonly paths: readonly string[];
  /** One parameter set per replication, values in the order of `paths`. */
  readonly values: readonly (readonly number[])[];
}

/**
 * `drawPosterior(dir, reps, seed)`: `reps` parameter sets drawn with replacement from the samples of
 * the calibration in `dir` (its own random stream of the master seed).
 *
 * @throws PpsimError `invalid_input` when `dir` is not a finished calibration or its samples are damaged.
 */
export function drawPosterior(dir: string, reps: number, seed: number): Posterior {
  const summary = readJsonFile(join(dir, 'summary.json'), 'the summary.json of a finished ppsim calibration') as { format?: unknown; targets?: { title?: unknown } } | null;
  if (summary?.format !== 'ppsim-calibration-summary/v1') {
    throw new PpsimError('invalid_input', {
      path: join(dir, 'summary.json'),
      expected: 'a finished ppsim calibration (format ppsim-calibration-summary/v1)',
      received: String(summary?.format),
      hint: 'pass the --out folder of `ppsim calibrate`',
    });
  }
  const text = readResultFile(join(dir, 'samples.csv'), 'the samples of a ppsim calibration');
  const [head = '', ...lines] = text.trimEnd().split('\n');
  const columns = head.split(',');
  const paths = columns.slice(1, -1);
  const bad = (expected: string, received: unknown) =>
    new PpsimError('invalid_input', { path: join(dir, 'samples.csv'), expected, received, hint: 'the file was edited or damaged: run the calibration again' });
  if (columns[0] !== 'sample' || columns[columns.length - 1] !== 'implausibility' || paths.length === 0 || !paths.every((p) => isParamPath(p))) {
    throw bad('a header sample,<parameter paths…>,implausibility', head);
  }
  const rows = lines.map((line, i) => {
    const cells = line.split(',').map(Number);
    if (cells.length !== columns.length || !cells.every(Number.isFinite)) throw bad(`${columns.length} numbers on line ${i + 2}`, line);
    return cells.slice(1, -1);
  });
  if (rows.length === 0) throw bad('at least one sample', 'none');
  const stream = createRng(seed).stream('posterior');
  const values = Array.from({ length: reps }, () => rows[stream.int(rows.length)] as number[]);
  return {
    from: dir,
    sha256: createHash('sha256').update(text).digest('hex'),
    targets: String(summary.targets?.title ?? ''),
    samples: rows.length,
    paths,
    values,
  };
}

/** The line a result prints about its draws. */
export function posteriorLine(p: Posterior): string {
  return `Parameters ${p.paths.join(', ')} drawn per replication from ${p.samples} calibrated samples in ${p.from} (${p.targets}): the intervals cover parameter and stochastic uncertainty.`;
}
