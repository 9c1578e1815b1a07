/**
 * A study executor on a pool of worker threads (piscina): each task is one run, made by core's
 * `runTask` in a worker (worker.ts). Outputs come back in any order; the study puts them back in
 * run order for its sinks, so every output is byte-identical whatever the number of workers.
 */
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { inThread, type AsyncExecutor, type Executor, type StudyOutput } from '@ppsim/core';

const WORKER = fileURLToPath(new URL('./worker.mjs', import.meta.url));

/** An executor on `workers` threads; close it when the study is done. */
export interface PoolExecutor extends AsyncExecutor {
  close(): Promise<void>;
}

/** `poolExecutor(workers)`: a pool of `workers` threads making a study's runs. */
export function poolExecutor(workers: number): PoolExecutor {
  const pool = new Piscina({ filename: WORKER, minThreads: workers, maxThreads: workers, idleTimeout: 1000 });
  return {
    sync: false,
    async execute(tasks, done) {
      await Promise.all(tasks.map(async (task) => done((await pool.run(task)) as StudyOutput)));
    },
    close: () => pool.destroy(),
  };
}

/**
 * `withExecutor(workers, use)`: `use(executor)` with this thread for one worker (answering at once)
 * or a pool of threads for more (a promise), closing the pool when `use` has finished.
 */
export function withExecutor<T>(workers: number | undefined, use: (executor: Executor) => T | Promise<T>): T | Promise<T> {
  if ((workers ?? 1) <= 1) return use(inThread());
  const pool = poolExecutor(workers ?? 1);
  let result: T | Promise<T>;
  try {
    result = use(pool);
  } catch (error) {
    void pool.close();
    throw error;
  }
  return Promise.resolve(result).finally(() => pool.close());
}
