/**
 * @ppsim/viz: the viewer's parts for use in other pages: the d3 charts, readers of CLI result
 * files, the statistics the charts draw from runs reduced to full years (core's `YearlyRun`): bands
 * with their intervals, paired differences by seed; and an executor that makes core's studies in a
 * Web Worker. The app itself is index.html + src/main.ts, built by build/viewer.ts.
 */
export * from './charts/index.ts';
export {
  readResult,
  ResultError,
  yearFraction,
  type InputFile,
  type LoadedResult,
  type EnsembleResult,
  type SweepResult,
  type SensitivityResult,
  type SensitivityRow,
  type CalibrationResult,
  type Estimate,
} from './data/results.ts';
export { ensembleBand, pairedBand, finalValues, commonYears } from './sim/digest.ts';
export { workerExecutor, type WorkerExecutorOptions } from './sim/client.ts';
export type { RunPartial } from './sim/protocol.ts';
