/**
 * The command line's limits on sizes a user may ask for, in one place: the flags are parsed with them,
 * and `rerun` holds a result's recorded provenance to them, so an edited file cannot ask for more than
 * the command line would have accepted.
 */

/** Replications per scenario or regime of `run`, `compare` and `demo`: at least two (intervals need two). */
export const REPS_LIMITS = { min: 2, max: 10_000 } as const;
/** Master seeds: whole numbers a double holds exactly. */
export const SEED_LIMITS = { min: 0, max: Number.MAX_SAFE_INTEGER } as const;
/** Whether `n` is a whole number within `limits`. */
export function withinLimits(n: unknown, limits: { readonly min: number; readonly max: number }): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= limits.min && n <= limits.max;
}
