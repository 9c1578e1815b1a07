// A small parameter sweep with the experiment-design API: a 3 × 2 grid over how heavily providers
// are controlled and how strongly control crowds out staff's own motivation, each point run with
// the same replication seeds (common random numbers). The result is a tidy table: one row per
// point and replication, parameters and metrics as columns, ready for R or pandas.
// `pnpm ppsim sweep` does the same from the command line, with resumable files and shards.
import { gridDesign, parameterPaths, parseParams, replicationSeeds, runReplications, summarise, withParam, type ParamRange } from '@ppsim/core';

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
  const paths = parameterPaths(RANGES);
  const points = gridDesign(RANGES);
  const seeds = replicationSeeds(1, reps);
  const base = parseParams({ horizon: { years }, population: { scale } });
  const rows: SweepRow[] = [];
  points.forEach((point, p) => {
    const params = paths.reduce((acc, path, k) => withParam(acc, path, point[k]), base);
    const runs = runReplications({ params, seeds });
    runs.forEach((run, rep) => {
      const metrics = summarise([run]).metrics; // one run: its final full year
      const values: Record<string, number> = {};
      paths.forEach((path, k) => (values[path] = point[k]!));
      for (const name of OUTPUTS) values[name] = metrics[name]!.mean;
      rows.push({ point: p, rep, seed: Number(seeds[rep]), values });
    });
  });
  return { columns: ['point', 'rep', 'seed', ...paths, ...OUTPUTS], rows };
}
