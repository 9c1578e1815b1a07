/**
 * Executors: where a study's runs are made. The study hands an executor every task it wants made;
 * the executor makes them in any order, anywhere, and hands each output back as it finishes. The
 * study puts outputs back in run order for its sinks, so the bytes never depend on the executor.
 *
 * In this package: {@link inThread}, which makes them one after another here and now. The command
 * line has a pool of worker threads (`--workers N`) and the viewer a Web Worker; both call
 * {@link runTask} on the other side.
 */
import { runTask, type StudyOutput, type StudyTask, type TaskOptions } from './task.ts';

/**
 * Makes a study's runs: calls `done` with each output as it finishes (in any order). A synchronous
 * executor returns when every run is done; an asynchronous one returns a promise of that.
 */
export interface Executor {
  /** True when `execute` has made every run by the time it returns; false when it returns a promise. */
  readonly sync: boolean;
  /** Makes every task, calling `done` once with each output as it finishes. */
  execute(tasks: readonly StudyTask[], done: (output: StudyOutput) => void): void | Promise<void>;
}

/** An executor that has made every run when `execute` returns (the study then answers at once). */
export interface SyncExecutor extends Executor {
  readonly sync: true;
  /** Makes every task before returning, calling `done` with each output. */
  execute(tasks: readonly StudyTask[], done: (output: StudyOutput) => void): void;
}

/** An executor that answers later (worker threads, a Web Worker): the study returns a promise. */
export interface AsyncExecutor extends Executor {
  readonly sync: false;
  /** Makes every task, calling `done` with each output as it finishes; resolves when all are done. */
  execute(tasks: readonly StudyTask[], done: (output: StudyOutput) => void): Promise<void>;
}

/**
 * `inThread(options?)`: makes the runs one after another in this thread, in run order. The only
 * executor that can swap in behaviour rules (`options.rules`): rules are code and stay in this thread.
 *
 * @example const { runs } = ensemble(scenario, { seeds: replicationSeeds(1, 10), executor: inThread({ rules }) });
 */
export function inThread(options: TaskOptions = {}): SyncExecutor {
  return {
    sync: true,
    execute(tasks, done) {
      for (const task of tasks) done(runTask(task, options));
    },
  };
}
