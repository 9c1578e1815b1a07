/**
 * What the main thread sends a worker thread for one replication, and what comes back (typed arrays
 * are copied across by structured clone). Kept apart from the worker's code so the pool that sends
 * tasks does not import what the worker runs.
 */
import type { ClockOptions, ModelParams, SeriesTable, TimelineEvent } from '@ppsim/core';

/** One replication of one scenario. */
export interface ReplicationTask {
  readonly params: ModelParams;
  readonly timeline: readonly TimelineEvent[];
  readonly seed: number;
}

/** Its collected table, with the seed, steps and clock it ran with. */
export interface ReplicationResult {
  readonly seed: number;
  readonly steps: number;
  readonly clock: ClockOptions;
  readonly table: SeriesTable;
}
