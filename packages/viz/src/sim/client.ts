/**
 * The page's side of the simulation worker: an executor for core's studies, so the page runs
 * `compare(scenarios, { seeds, executor: workerExecutor() })` as the command line runs it in this
 * thread or on its worker pool, and gets the same numbers. The worker makes one job at a time; a
 * newer job supersedes the one before, whose promise then settles and whose callbacks hear nothing
 * more.
 */
import type { AsyncExecutor, StudyOutput, StudyTask } from '@ppsim/core';
import type { FromWorker, RunPartial, ToWorker } from './protocol.ts';

/** Options of {@link workerExecutor}. */
export interface WorkerExecutorOptions {
  /**
   * Receives the first replication of each scenario (and point) after each simulated year while it
   * goes: the page draws it growing before any run is done. Default: no partials.
   */
  readonly onPartial?: (partial: RunPartial) => void;
  /**
   * Aborting stops the job within about a simulated year and rejects `execute`'s promise (and so the
   * study's) with the signal's reason. Default: runs until done or superseded.
   */
  readonly signal?: AbortSignal;
}

/** A simulation worker seen from the page: executors that run in it, and what the worker sends. */
export interface WorkerLink {
  /** An executor that makes a study's tasks in this worker (see {@link workerExecutor}). */
  executor(options?: WorkerExecutorOptions): AsyncExecutor;
  /** Hands the link a message from the worker. */
  receive(message: FromWorker): void;
  /** The worker failed (it did not load, or died): the running job fails with `message`. */
  fail(message: string): void;
}

/** A job the worker is making, and how to settle its promise. */
interface Job {
  readonly id: number;
  readonly done: (output: StudyOutput) => void;
  readonly onPartial: ((partial: RunPartial) => void) | undefined;
  readonly resolve: () => void;
  readonly reject: (reason: unknown) => void;
}

/**
 * `interleaved(tasks)`: the tasks replication by replication, scenarios side by side within each (A1
 * B1 A2 B2 …), so a comparison's paired difference fills in as runs finish. The study hands its
 * ordered sinks the runs in run order whatever the order made.
 */
export function interleaved(tasks: readonly StudyTask[]): StudyTask[] {
  return [...tasks].sort((x, y) => x.point - y.point || x.rep - y.rep || x.arm - y.arm || x.run - y.run);
}

/**
 * `linkWorker(post)`: the page's side of a worker that serves `jobServer` (runner.ts), given how to
 * post to it; the caller hands it the worker's messages (`receive`) and failures (`fail`).
 *
 * @example
 * const link = linkWorker((m) => worker.postMessage(m));
 * worker.onmessage = (e) => link.receive(e.data);
 */
export function linkWorker(post: (message: ToWorker) => void): WorkerLink {
  let nextJob = 1;
  let active: Job | undefined;
  const end = (job: Job, error?: { readonly reason: unknown }): void => {
    if (active !== job) return;
    active = undefined;
    if (error === undefined) job.resolve();
    else job.reject(error.reason);
  };
  const receive = (message: FromWorker): void => {
    const job = active;
    if (job === undefined || message.job !== job.id) return;
    try {
      if (message.type === 'partial') job.onPartial?.(message.partial);
      else if (message.type === 'run') job.done(message.output);
      else if (message.type === 'done') end(job);
      else end(job, { reason: new Error(message.message) });
    } catch (error) {
      // A study that refuses an output, or a sink that throws, fails its job, not the link.
      post({ type: 'cancel', job: job.id });
      end(job, { reason: error });
    }
  };
  const execute = (tasks: readonly StudyTask[], done: (output: StudyOutput) => void, options: WorkerExecutorOptions): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const { signal, onPartial } = options;
      if (signal?.aborted === true) {
        reject(signal.reason);
        return;
      }
      if (active !== undefined) {
        post({ type: 'cancel', job: active.id });
        end(active, { reason: new DOMException('superseded by a newer run in the simulation worker', 'AbortError') });
      }
      const abort = () => {
        if (active === job) post({ type: 'cancel', job: job.id });
        end(job, { reason: signal?.reason });
      };
      const settled = () => signal?.removeEventListener('abort', abort);
      const job: Job = {
        id: nextJob++,
        done,
        onPartial,
        resolve: () => {
          settled();
          resolve();
        },
        reject: (reason) => {
          settled();
          reject(reason);
        },
      };
      signal?.addEventListener('abort', abort, { once: true });
      active = job;
      const partials = onPartial === undefined ? [] : tasks.filter((t) => t.rep === 0).map((t) => t.run);
      post({ type: 'start', job: job.id, tasks: interleaved(tasks), partials });
    });
  return {
    executor: (options = {}) => ({ sync: false, execute: (tasks, done) => execute(tasks, done, options) }),
    receive,
    fail: (message) => {
      if (active !== undefined) end(active, { reason: new Error(message) });
    },
  };
}

let shared: WorkerLink | undefined;

/** The page's one simulation worker, started on first use. */
function pageWorker(): WorkerLink {
  if (shared === undefined) {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'ppsim-simulation' });
    const link = linkWorker((message) => worker.postMessage(message));
    worker.onmessage = (e: MessageEvent<FromWorker>) => link.receive(e.data);
    worker.onerror = (e) => link.fail(e.message || 'the simulation worker failed to start');
    shared = link;
  }
  return shared;
}

/** Starts the worker now, so that it loads while the page draws (the first run starts sooner). */
export function warmUpWorker(): void {
  pageWorker();
}

/**
 * `workerExecutor(options?)`: an executor that makes a study's runs in the page's Web Worker, one at
 * a time, each with core's `stepTask`, so they are the command line's numbers.
 *
 * @example
 * const stop = new AbortController();
 * const executor = workerExecutor({ signal: stop.signal, onPartial: (p) => drawGrowing(p.arm, p.yearly) });
 * await compare([a, b], { seeds: replicationSeeds(1, 10), executor, sinks: [{ ordered: false, run: drawRun }] });
 */
export function workerExecutor(options: WorkerExecutorOptions = {}): AsyncExecutor {
  return pageWorker().executor(options);
}
