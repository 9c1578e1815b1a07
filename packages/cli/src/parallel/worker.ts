/**
 * A worker thread's task: one run of a study, made by core's `runTask` (typed arrays are copied back
 * by structured clone). The study on the main thread puts outputs in run order, so output bytes
 * never depend on which worker finished first.
 */
import { runTask, type StudyOutput, type StudyTask } from '@ppsim/core';

export default function makeRun(task: StudyTask): StudyOutput {
  return runTask(task);
}
