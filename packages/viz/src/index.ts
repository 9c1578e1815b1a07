/**
 * @ppsim/viz: the viewer's parts for use in other pages: the d3 charts, readers of CLI result
 * files, and the reduction of runs to yearly digests with their intervals. The app itself is
 * index.html + src/main.ts, built by build/viewer.ts.
 */
export * from './charts/index.ts';
export { readResult, ResultError, yearFraction, type InputFile, type LoadedResult, type EnsembleResult, type SweepResult, type SensitivityResult, type SensitivityRow, type Estimate } from './data/results.ts';
export { digestTable, ensembleBand, pairedBand, finalValues, commonYears, LEDGER_COLUMNS, type RunDigest } from './sim/digest.ts';
export { runOne, ensembleSeeds, type EnsembleSpec, type RunnerEvent } from './sim/runner.ts';
