/**
 * The command line's limits on sizes a user may ask for, in one place: the flags are parsed with them,
 * and `rerun` (and a resumed or merged sweep or map) holds a result's recorded provenance to them, so
 * an edited file cannot ask for more than the command line would have accepted. Limits the model
 * already has are read from core, not written again.
 */
import { GRID_MAX_POINTS, horizonSchema } from '@ppsim/core';

/** Replications per scenario or regime of `run`, `compare` and `demo`: at least two (intervals need two). */
export const REPS_LIMITS = { min: 2, max: 10_000 } as const;
/** Master seeds: whole numbers a double holds exactly. */
export const SEED_LIMITS = { min: 0, max: Number.MAX_SAFE_INTEGER } as const;
/** Replications per point of `sweep`, `sensitivity` and `map` (one replication is a design point's single run). */
export const DESIGN_REPS_LIMITS = { min: 1, max: 10_000 } as const;
/** Design points of a sweep or map (`--runs`, and the points a folder's specification may hold): as many as core builds a grid of. */
export const MAX_POINTS = GRID_MAX_POINTS;

const years = horizonSchema.shape.years.unwrap();
/** Simulated years (`--years`): the range of the model's `horizon.years`, read from its schema. */
export const YEARS_LIMITS = { min: years.minValue as number, max: years.maxValue as number } as const;

/** Whether `n` is a whole number within `limits`. */
export function withinLimits(n: unknown, limits: { readonly min: number; readonly max: number }): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= limits.min && n <= limits.max;
}
