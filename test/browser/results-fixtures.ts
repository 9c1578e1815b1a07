/**
 * Real CLI result folders for the viewer's tests: small runs of `ppsim run`, `compare`, `demo`,
 * `sweep`, `sensitivity` and `map`, written once per test file into a temporary folder, and a small
 * `ppsim calibrate` (writeCalibrationFolder) for the tests that need one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { main } from '../../packages/cli/src/main.ts';

export interface ResultFolders {
  readonly root: string;
  readonly run: string;
  readonly compare: string;
  readonly demo: string;
  readonly sweep: string;
  readonly sensitivity: string;
  readonly map: string;
}

const SMALL = ['--set', 'population.scale=0.05', '--quiet'];

async function cli(...argv: string[]): Promise<void> {
  let err = '';
  const code = await main(argv, { write: () => {}, writeErr: (s) => void (err += s) });
  if (code !== 0) throw new Error(`ppsim ${argv.join(' ')} exited with ${code}: ${err}`);
}

/** Writes the six kinds of result folder; returns their paths. */
export async function writeResultFolders(): Promise<ResultFolders> {
  const root = mkdtempSync(join(tmpdir(), 'ppsim-results-'));
  const f: ResultFolders = {
    root,
    run: join(root, 'run'),
    compare: join(root, 'compare'),
    demo: join(root, 'demo'),
    sweep: join(root, 'sweep'),
    sensitivity: join(root, 'sensitivity'),
    map: join(root, 'map'),
  };
  await cli('run', 'bergen', '--reps', '3', '--years', '6', '--out', f.run, ...SMALL);
  await cli('compare', 'bergen', 'bergen:frame-funding', '--reps', '3', '--years', '3', '--out', f.compare, ...SMALL);
  await cli('demo', '--reps', '2', '--years', '2', '--out', f.demo, ...SMALL);
  await cli('sweep', 'reference', '--param', 'staff.motivation.crowding=0:1:3', '--param', 'providers.pricePerHour=900:1300:2', '--reps', '2', '--years', '2', '--out', f.sweep, ...SMALL);
  await cli('sensitivity', 'reference', '--param', 'staff.motivation.crowding=0:1', '--param', 'providers.pricePerHour=900:1300', '--samples', '2', '--years', '2', '--out', f.sensitivity, ...SMALL);
  // Sixteen points: enough for the tree to split (a leaf needs five); two replications, the fewest a map allows.
  await cli('map', 'reference', '--regimes', 'integrated,competitive-choice', '--runs', '16', '--reps', '2', '--years', '2', '--out', f.map, ...SMALL);
  return f;
}

/** Where the small calibration's targets are (two made-up targets, graded A). */
export const CALIBRATION_TARGETS = join(import.meta.dirname, '../fixtures/targets-small.yaml');

/**
 * Writes a small calibration of the reference case (two parameters, two targets, 40 samples, a
 * check of 4 samples × 2 replications) into a new temporary folder; returns its path.
 */
export async function writeCalibrationFolder(): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'ppsim-calibration-')), 'calibration');
  await cli(
    'calibrate',
    'reference',
    '--targets',
    CALIBRATION_TARGETS,
    '--param',
    'governance.controlIntensity=0:1',
    '--param',
    'staff.motivation.mean=0.3:0.9',
    '--years',
    '2',
    '--set',
    'population.scale=0.03',
    '--points',
    '12',
    '--reps',
    '2',
    '--waves',
    '2',
    '--samples',
    '40',
    '--check',
    '4',
    '--quiet',
    '--out',
    out,
  );
  return out;
}

/** The six result folders and a small calibration, once written; see {@link resultFoldersFixture}. */
export interface ResultFoldersFixture {
  readonly folders: ResultFolders;
  /** The calibration's folder. */
  readonly calibration: string;
}

/**
 * `resultFoldersFixture()`: registers the hooks of a test file that opens every kind of result:
 * the six result folders and a small calibration written (side by side) before its tests and
 * removed after them. The returned object's fields are set once they are written.
 */
export function resultFoldersFixture(): ResultFoldersFixture {
  const fixture = {} as { folders: ResultFolders; calibration: string };
  beforeAll(async () => {
    [fixture.folders, fixture.calibration] = await Promise.all([writeResultFolders(), writeCalibrationFolder()]);
  }, 300_000);
  afterAll(() => {
    if (fixture.folders !== undefined) rmSync(fixture.folders.root, { recursive: true, force: true });
    if (fixture.calibration !== undefined) rmSync(dirname(fixture.calibration), { recursive: true, force: true });
  });
  return fixture;
}
