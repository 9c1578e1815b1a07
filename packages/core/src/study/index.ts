export { inThread, type AsyncExecutor, type Executor, type SyncExecutor } from './executor.ts';
export {
  andThen, compare, ensemble, runStudy, studyRunCount, studyRunPlace, studyTasks, sweep, tidyTable,
  type Answer, type CompareResult, type EnsembleOptions, type EnsembleResult, type StudyDesign, type StudyOptions,
  type StudyResult, type StudySink, type SweepOptions, type TidyTable,
} from './study.ts';
export {
  LEDGER_COLUMNS, horizonSteps, runTask, stepTask, yearlyRun,
  type Collect, type RunPlace, type RunSeries, type StudyOutput, type StudyScenario, type StudyTask, type TaskOptions,
  type TaskProgress, type YearlyRun,
} from './task.ts';
