/**
 * A sweep's specification: parameter ranges, design, replications, seeds and the base scenario,
 * resolved into design points once and written to `sweep.json` before any run, so a resumed or
 * sharded sweep runs exactly the same runs.
 */
import { readFileSync } from 'node:fs';
import {
  PpsimError, createRng, gridDesign, latinHypercube, parseDesignCsv, replicationSeeds, sobolDesign,
  type ModelParams, type ParamRange, type TimelineEvent,
} from '@ppsim/core';

export interface SweepSpec {
  readonly format: 'ppsim-sweep/v1';
  /** The command that made the sweep, without the flags that change where or how fast it runs (--out, --shard, --workers, --quiet). */
  readonly command: readonly string[];
  readonly scenario: { readonly id: string; readonly params: ModelParams; readonly timeline: readonly TimelineEvent[] };
  readonly ranges: readonly ParamRange[];
  readonly design: string;
  readonly points: readonly (readonly number[])[];
  readonly reps: number;
  readonly seed: number;
  readonly seeds: readonly number[];
}

/** `path=lo:hi[:steps]` → a range (steps only matter for grids). */
export function parseRange(text: string): ParamRange {
  const m = /^([A-Za-z][\w.]*)=(-?[\d.e+-]+):(-?[\d.e+-]+)(?::(\d+))?$/.exec(text);
  const lo = Number(m?.[2]);
  const hi = Number(m?.[3]);
  if (m === null || !Number.isFinite(lo) || !Number.isFinite(hi) || lo > hi) {
    throw new PpsimError('invalid_input', {
      path: '--param', expected: 'path=lo:hi or path=lo:hi:steps with lo ≤ hi', received: text,
      hint: 'e.g. --param governance.controlIntensity=0:1:5',
    });
  }
  return m[4] === undefined ? { path: m[1] as string, lo, hi } : { path: m[1] as string, lo, hi, steps: Number(m[4]) };
}

/** Design points in parameter units, one row per point, columns in the order of `ranges`. */
export function designPoints(design: string, ranges: readonly ParamRange[], runs: number, seed: number): number[][] {
  if (design === 'grid') return gridDesign(ranges);
  if (design === 'lhs') return latinHypercube(ranges, runs, createRng(seed).stream('sweep/lhs'));
  if (design === 'sobol') return sobolDesign(ranges, runs);
  if (design.endsWith('.csv')) {
    let text: string;
    try {
      text = readFileSync(design, 'utf8');
    } catch (error) {
      throw new PpsimError('invalid_input', { path: '--design', expected: 'a readable CSV file of design points', received: (error as NodeJS.ErrnoException).code ?? design, hint: 'check the path' });
    }
    return parseDesignCsv(text, ranges.map((r) => r.path));
  }
  throw new PpsimError('invalid_input', { path: '--design', expected: 'grid, lhs, sobol or a .csv file', received: design, hint: 'e.g. --design lhs --runs 50' });
}

/** The sweep's specification; `points` given explicitly (e.g. a Morris or Saltelli design) skip the design step. */
export function makeSpec(input: Omit<SweepSpec, 'format' | 'points' | 'seeds'> & { readonly runs: number; readonly points?: readonly (readonly number[])[] }): SweepSpec {
  const { runs, points, ...rest } = input;
  return {
    format: 'ppsim-sweep/v1',
    ...rest,
    points: points ?? designPoints(input.design, input.ranges, runs, input.seed),
    seeds: replicationSeeds(input.seed, input.reps),
  };
}

/** The runs of the sweep, in order: point-major, replication-minor. Run i belongs to shard i mod n. */
export function runCount(spec: SweepSpec): number {
  return spec.points.length * spec.reps;
}

export function readSpec(path: string): SweepSpec {
  const spec = JSON.parse(readFileSync(path, 'utf8')) as SweepSpec;
  if (spec.format !== 'ppsim-sweep/v1') {
    throw new PpsimError('invalid_input', { path, expected: 'a ppsim sweep specification (format ppsim-sweep/v1)', received: String(spec.format), hint: 'point at a folder written by `ppsim sweep`' });
  }
  return spec;
}
