/**
 * Replications on a pool of worker threads (piscina). Tasks are scenario-major, replication-minor,
 * exactly the order of the in-process path; results are put back in that order, so every output
 * is byte-identical whatever the number of workers.
 */
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { ModelParams, RunResult, TimelineEvent } from '@ppsim/core';
import type { Progress } from '../progress.ts';
import type { ReplicationResult, ReplicationTask } from './tasks.ts';

export interface PoolScenario {
  readonly params: ModelParams;
  readonly timeline: readonly TimelineEvent[];
}

const WORKER = fileURLToPath(new URL('./worker.mjs', import.meta.url));

/** A pool of `workers` threads serving the tasks of worker.ts; destroy it when done. */
export function createPool(workers: number): Piscina {
  return new Piscina({ filename: WORKER, minThreads: workers, maxThreads: workers, idleTimeout: 1000 });
}

/** Runs every scenario on every seed across `workers` threads; returns runs per scenario, in seed order. */
export async function replicateOnWorkers(scenarios: readonly PoolScenario[], seeds: readonly number[], workers: number, progress: Progress): Promise<RunResult[][]> {
  const pool = createPool(workers);
  try {
    const tasks = scenarios.flatMap((s) => seeds.map((seed): ReplicationTask => ({ params: s.params, timeline: s.timeline, seed })));
    const results = await Promise.all(
      tasks.map(async (task) => {
        const r = (await pool.run(task)) as ReplicationResult;
        progress.tick();
        return r;
      }),
    );
    progress.stop();
    return scenarios.map((_, k) =>
      seeds.map((_seed, i): RunResult => {
        const r = results[k * seeds.length + i] as ReplicationResult;
        return { model: 'purchaser-provider', seed: r.seed, clock: r.clock, steps: r.steps, table: r.table, snapshots: [] };
      }),
    );
  } finally {
    await pool.destroy();
  }
}
