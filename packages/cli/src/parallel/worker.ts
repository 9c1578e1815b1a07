/**
 * A worker thread's task: one replication of one scenario, returned as its collected table (typed
 * arrays are copied across by structured clone). The main thread assembles results in task order,
 * so output bytes never depend on which worker finished first.
 */
import { runReplications } from '@ppsim/core';
import { runRows } from '../sweep/run.ts';
import type { SweepSpec } from '../sweep/spec.ts';
import { mapRows } from '../map/run.ts';
import type { MapSpec } from '../map/spec.ts';
import type { ReplicationResult, ReplicationTask } from './tasks.ts';

export default function replicate(task: ReplicationTask): ReplicationResult {
  const [run] = runReplications({ params: task.params, timeline: task.timeline, seeds: [task.seed] });
  const r = run as NonNullable<typeof run>;
  return { seed: task.seed, steps: r.steps, clock: r.clock, table: r.table };
}

/** A sweep task: the CSV rows of run `run` of `spec` (the main thread writes the part file). */
export function sweepRun(task: { readonly spec: SweepSpec; readonly run: number }): string {
  return runRows(task.spec, task.run);
}

/** A map task: the results.csv row of run `run` of `spec` (the main thread writes the part file). */
export function mapRun(task: { readonly spec: MapSpec; readonly run: number }): string {
  return mapRows(task.spec, task.run);
}
