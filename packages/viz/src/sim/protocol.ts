/**
 * Messages between the page and the simulation worker. Both sides speak in core's study terms: the
 * page sends `StudyTask`s, the worker answers with each run's full years as core's `stepTask` makes
 * them. Every message carries its job, so the page can drop what a superseded job still sends.
 */
import type { RunPlace, StudyTask, YearlyRun } from '@ppsim/core';

/** A run still going: its place in the study and its full years so far (a `TaskProgress` as data). */
export interface RunPartial extends RunPlace {
  readonly stepsDone: number;
  readonly stepsTotal: number;
  readonly yearly: YearlyRun;
}

/** A finished run as the page needs it: its place and full years (never its steps). */
export interface RunYears extends RunPlace {
  readonly yearly: YearlyRun;
}

/** Page → worker. */
export type ToWorker =
  /**
   * Make these tasks, in the order given; after each simulated year of the runs numbered in
   * `partials`, say where they stand. A start supersedes the job before it.
   */
  { readonly type: 'start'; readonly job: number; readonly tasks: readonly StudyTask[]; readonly partials: readonly number[] } | { readonly type: 'cancel'; readonly job: number };

/** Worker → page. A stopped job sends nothing more; a job that ran every task ends with `done`. */
export type FromWorker =
  | { readonly type: 'partial'; readonly job: number; readonly partial: RunPartial }
  | { readonly type: 'run'; readonly job: number; readonly output: RunYears }
  | { readonly type: 'done'; readonly job: number }
  | { readonly type: 'error'; readonly job: number; readonly message: string };
