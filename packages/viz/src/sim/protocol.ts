/** Messages between the page and the simulation worker. */
import type { EnsembleSpec, RunnerEvent } from './runner.ts';

/** Page → worker. */
export type ToWorker =
  /** Run these ensembles, replication by replication, interleaved (A1 B1 A2 B2 …). */
  | { readonly type: 'start'; readonly job: number; readonly ensembles: readonly EnsembleSpec[] }
  | { readonly type: 'cancel'; readonly job: number };

/** Worker → page. */
export type FromWorker =
  | ({ readonly type: 'event'; readonly job: number; readonly ensemble: number } & RunnerEvent)
  | { readonly type: 'done'; readonly job: number; readonly cancelled: boolean }
  | { readonly type: 'error'; readonly job: number; readonly message: string };
