// Two scenarios on the same seeds: Bergen as it ran (a competitive split with per-unit pay and
// user choice) and its "what if" variant with frame funding. Replication i of both gets the same
// seed (common random numbers), so the paired difference is far tighter than the two intervals.
// The same numbers as `pnpm ppsim compare bergen bergen:frame-funding --reps 5 --years 3 --set population.scale=0.05`.
import { compare, compareRuns, parseParams, replicationSeeds, summarise, type ModelParams } from '@ppsim/core';
import { loadScenario } from '@ppsim/scenarios';

/** The metrics the example prints, in this order. */
export const SHOWN = ['cost.total', 'cost.transaction', 'needMet', 'wait.startWeeks', 'prevention.share', 'staff.motivation'] as const;

/** One metric: each scenario's final-year mean with its 95 % interval, and the paired difference b − a. */
export interface ComparedMetric {
  readonly metric: string;
  readonly unit: string;
  readonly a: { readonly mean: number; readonly ci95: readonly [number, number] };
  readonly b: { readonly mean: number; readonly ci95: readonly [number, number] };
  readonly difference: { readonly mean: number; readonly ci95: readonly [number, number]; readonly effectSize: number };
}

/**
 * `compareScenarios(reps = 5, years = 3, scale = 0.05)`: Bergen against `bergen:frame-funding`,
 * `reps` replications each on the seeds `replicationSeeds(1, reps)`, shortened to `years` and scaled
 * to `scale` of Bergen's size so that it runs in a second.
 */
export function compareScenarios(reps = 5, years = 3, scale = 0.05): { readonly finalYear: number; readonly rows: readonly ComparedMetric[] } {
  const small = (p: ModelParams) =>
    parseParams(p, [
      { path: 'horizon.years', value: years },
      { path: 'population.scale', value: scale },
    ]);
  const seeds = replicationSeeds(1, reps);
  const bergen = loadScenario('bergen');
  const frame = loadScenario('bergen', { variant: 'frame-funding' });
  const {
    arms: [a = [], b = []],
  } = compare(
    [
      { params: small(bergen.params), timeline: bergen.timeline },
      { params: small(frame.params), timeline: frame.timeline },
    ],
    { seeds },
  );
  const sa = summarise(a);
  const sb = summarise(b);
  const d = compareRuns(a, b);
  const rows = SHOWN.map((metric) => ({ metric, unit: sa.metrics[metric]!.unit, a: sa.metrics[metric]!, b: sb.metrics[metric]!, difference: d[metric]! }));
  return { finalYear: sa.finalYear, rows };
}
