/**
 * The worker's side of a study: it makes the page's `StudyTask`s with core's `stepTask`, a simulated
 * year at a time, so the numbers are the command line's to the byte (core's `runTask` drives the
 * same generator). Between years it awaits a pause, where the worker reads its messages: a cancel or
 * a newer job then stops the job within about a simulated year. Plain functions, no DOM: the Web
 * Worker wires them to its messages, and the tests call them in Node.
 */
import { stepTask, type StudyTask } from '@ppsim/core';
import type { FromWorker, RunPartial, RunYears, ToWorker } from './protocol.ts';

/** What a job reports: a run still going (only the runs asked for), or a finished run. */
export type JobEvent = { readonly kind: 'partial'; readonly partial: RunPartial } | { readonly kind: 'run'; readonly output: RunYears };

/** How a job talks to its surroundings (see {@link runJob}). */
export interface JobHooks {
  /** Runs (by number) to report after each simulated year; the page draws only these while they go. */
  readonly partials: ReadonlySet<number>;
  /** Receives every partial and finished run, in the order they happen. */
  report(event: JobEvent): void;
  /** Awaited between simulated years: the worker yields to its message queue here. */
  pause(): Promise<void>;
  /** Asked after each pause: true stops the job. */
  stopped(): boolean;
}

/**
 * `runJob(tasks, hooks)`: makes the tasks one after another in the order given, each with core's
 * `stepTask`. Returns true when every task is done, false when `hooks.stopped()` stopped it.
 *
 * @example
 * await runJob(tasks, { partials: new Set([0]), report: (e) => events.push(e), pause: async () => {}, stopped: () => false });
 */
export async function runJob(tasks: readonly StudyTask[], hooks: JobHooks): Promise<boolean> {
  for (const task of tasks) {
    const steps = stepTask(task);
    for (let next = steps.next(); ; next = steps.next()) {
      if (next.done === true) {
        const { run, point, arm, rep, seed, yearly } = next.value;
        hooks.report({ kind: 'run', output: { run, point, arm, rep, seed, yearly } });
        break;
      }
      if (hooks.partials.has(task.run)) {
        const { stepsDone, stepsTotal } = next.value;
        hooks.report({ kind: 'partial', partial: { run: task.run, point: task.point, arm: task.arm, rep: task.rep, seed: task.seed, stepsDone, stepsTotal, yearly: next.value.yearly() } });
      }
      await hooks.pause();
      if (hooks.stopped()) return false;
    }
  }
  return true;
}

/** Yields to the message queue: a timer lets the worker's pending messages run first. */
export function yieldToMessages(): Promise<void> {
  return new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/**
 * `jobServer(post, pause?)`: the worker's message handler. A `start` runs its job (superseding the
 * one before), a `cancel` of the running job stops it; each partial and finished run, the end of a
 * job that ran every task, and an error are posted with their job. One job runs at a time, so the
 * page's runs go as fast as they did one by one.
 *
 * @example self.onmessage = (e) => serve(e.data), with const serve = jobServer((m) => self.postMessage(m));
 */
export function jobServer(post: (message: FromWorker) => void, pause: () => Promise<void> = yieldToMessages): (message: ToWorker) => void {
  let current = 0;
  const start = async (job: number, tasks: readonly StudyTask[], partials: readonly number[]): Promise<void> => {
    try {
      const report = (e: JobEvent) => post(e.kind === 'partial' ? { type: 'partial', job, partial: e.partial } : { type: 'run', job, output: e.output });
      const finished = await runJob(tasks, { partials: new Set(partials), report, pause, stopped: () => current !== job });
      if (finished) post({ type: 'done', job });
    } catch (error) {
      post({ type: 'error', job, message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (message) => {
    if (message.type === 'cancel') {
      if (message.job === current) current = -1;
      return;
    }
    current = message.job;
    void start(message.job, message.tasks, message.partials);
  };
}
