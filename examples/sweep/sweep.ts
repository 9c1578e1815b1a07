// A small parameter sweep with core's study functions: a 3 × 2 grid over how heavily providers are
// controlled and how strongly control crowds out staff's own motivation, each point run with the
// same replication seeds (common random numbers). `sweep` returns a tidy table: one row per run
// and year, with point, rep and seed columns, the parameters and every metric, ready for R or
// pandas; here it is cut to each run's final full year and three metrics.
// `pnpm ppsim sweep` does the same from the command line, with resumable files and shards.
import { gridDesign, parseParams, replicationSeeds, sweep as runSweep, type ParamRange } from '@ppsim/core';

/** The grid: control intensity at 0, ½ and 1; motivation crowding off (0) or at full strength (1). */
export const RANGES: readonly ParamRange[] = [
  { path: 'governance.controlIntensity', lo: 0, hi: 1, steps: 3 },
  { path: 'staff.motivation.crowding', lo: 0, hi: 1, steps: 2 },
];

/** The metrics in the table: final full year of each run. */
export const OUTPUTS = ['staff.motivation', 'directTimeShare', 'staff.sickLeave'] as const;

/** One row of the tidy table. */
export interface SweepRow {
  readonly point: number;
  readonly rep: number;
  readonly seed: number;
  /** Parameter values by path, then metric values by name. */
  readonly values: Readonly<Record<string, number>>;
}

/**
 * `sweep(reps = 2, years = 2, scale = 0.05)`: runs the reference municipality (an integrated,
 * frame-funded service) at every grid point, `reps` times on the seeds `replicationSeeds(1, reps)`.
 */
export function sweep(reps = 2, years = 2, scale = 0.05): { readonly columns: readonly string[]; readonly rows: readonly SweepRow[] } {
  const params = parseParams({ horizon: { years }, population: { scale } });
  const { table } = runSweep({ params }, { ranges: RANGES, design: gridDesign(RANGES), seeds: replicationSeeds(1, reps), rows: 'final' });
  const kept = [...RANGES.map((r) => r.path), ...OUTPUTS];
  const at = (name: string) => table.columns.indexOf(name);
  const rows = table.rows.map(
    (row): SweepRow => ({
      point: row[at('point')] as number,
      rep: row[at('rep')] as number,
      seed: row[at('seed')] as number,
      values: Object.fromEntries(kept.map((name) => [name, row[at(name)] as number])),
    }),
  );
  return { columns: ['point', 'rep', 'seed', ...kept], rows };
}
