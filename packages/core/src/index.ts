/**
 * The ppsim engine and the purchaser–provider model: seeded random streams, a calendar clock,
 * struct-of-arrays populations, the step pipeline, collection, replication and statistics, the model
 * with its parameters and metrics, and experiment designs. No I/O; runs in Node and browsers.
 *
 * @packageDocumentation
 * @module @ppsim/core
 */
export { FIELD_TYPES, MemorySink, Population, RandomStream, RunningStats, Simulation, TeeSink, assertPaired,
  byYear, createClock, createPopulation, createRng, createSimulation, dayNumber, deriveStreamKey, detExp,
  detLgamma, detLog, ensembleInterval, formatIsoDate, isLeapYear, mean, pairedDifference,
  pairedEnsembleDifference, parseIsoDate, quantile, replicate, replicationSeeds, run, scheduleEvents, sd,
  step, studentTQuantile, tInterval, variance, type AgentCollect, type AgentPhase, type AgentSnapshot,
  type AnyColumn, type CivilDate, type Clock, type ClockOptions, type CollectSpec, type ColumnOf,
  type Columns, type EventSchedule, type FieldSpec, type FieldType, type Interval, type ModelDefinition,
  type PairedDifference, type Phase, type PopulationOptions, type RandomStreamState, type ReplicateOptions,
  type Reporter, type Rng, type RunOptions, type RunResult, type ScheduledEvent, type Seed, type SeriesHeader,
  type SeriesTable, type SetupContext, type SimulationOptions, type Sink, type StepContext, type StepUnit,
  type SystemPhase, type YearReducer, type YearlySeries } from './engine/index.ts';
export { PpsimError, ERROR_CODES, describeValue, type PpsimErrorCode, type PpsimErrorDetails } from './errors.ts';
export { VERSION } from './version.ts';
export { fromSpreadsheetSafe, spreadsheetSafe, visibleControls } from './text.ts';
export { FULL_YEAR_STEPS, LEDGER_ITEMS, Ledger, METRICS, REGIME_PRESETS, budgetSchema, closest, columnsByYear,
  compareRuns, createPurchaserProviderModel, deepFreeze, defaultChooseProvider, defaultMotivationTarget,
  defaultPreventionShare, defaultRules, describeIssues, finalFullYearIndex, formatPath, governanceSchema,
  horizonSchema, learningSchema, ledgerImbalance, metricsByYear, modelParamsSchema, modelReporters,
  nursingHomesSchema, ordererSchema, parameterLeaves, parameterTable, parseParams, parsePatch, safeParseParams,
  checkParamPath, isParamPath, paramPaths, populationSchema,
  providersSchema, purchaserProviderModel, regimePreset, reorganisationSchema, runMetrics, runReplications,
  serviceSchema, staffSchema, steeringSchema, summarise, targetsSchema, tenderingSchema,
  transactionCostsSchema, usersSchema, withParam, withRegime, yearRanges, type BehaviourRules,
  type ChoiceContext, type Governance, type Grade, type Learning, type LedgerItem, type MetricDefinition,
  type MetricSummary, type ModelInput, type ModelParams, type ModelParamsInput, type ModelState,
  type MotivationContext, type NursingHomes, type ParamIssue, type ParamMeta, type ParamPatch, type ParamPath,
  type ParamValue, type SafeParamsResult, type UncheckedPatch,
  type ParameterLeaf, type PreventionContext, type RegimePreset, type Reorganisation, type RunSpec,
  type Service, type Steering, type Tendering, type TimelineEvent , MODEL_CONSTANTS, type ModelConstant , TABLE_METRICS } from './model/index.ts';
export { GRID_DEFAULT_STEPS, GRID_MAX_POINTS, MAP_DEFAULT_RANGES, MAP_NEED_TOLERANCE, MAP_TREE,
  SOBOL_MAX_DIMENSION, checkRanges, classificationTree, gridDesign, gridLevels, latinHypercube,
  latinHypercubeUnit, mapPoint, morrisDesign, morrisIndices, parameterPaths, parseDesignCsv, regimeMap,
  saltelliDesign, scaleDesign, scaleValue, sobolDesign, sobolIndices, sobolSequence, type BootstrapOptions,
  type ClassificationTree, type ClassificationTreeOptions, type MapDefaultRange, type MapPoint,
  type MorrisDesign, type MorrisIndexRow, type MorrisIndicesOptions, type MorrisOptions, type NeedMetFloor,
  type ParamRange, type RegimeMap, type RegimeOutcome, type SaltelliDesign, type SobolIndexRow,
  type SobolIndicesOptions, type SobolOptions, type TreeLeaf, type TreeNode, type TreeSplit } from './experiment/index.ts';
export { RESULT_SCHEMAS, compareSummarySchema, demoSummarySchema, mapSummarySchema, provenanceSchema, resultJsonSchemas, runSummarySchema, sensitivityRowSchema, sensitivitySchema, sweepSummarySchema } from './results/schemas.ts';
export { LEDGER_COLUMNS, andThen, compare, ensemble, horizonSteps, inThread, runStudy, runTask, stepTask, studyRunCount, studyRunPlace,
  studyTasks, sweep, tidyTable, yearlyRun, type Answer, type AsyncExecutor, type Collect, type CompareResult,
  type EnsembleOptions, type EnsembleResult, type Executor, type RunPlace, type RunSeries, type StudyDesign,
  type StudyOptions, type StudyOutput, type StudyResult, type StudyScenario, type StudySink, type StudyTask,
  type SweepOptions, type SyncExecutor, type TaskOptions, type TaskProgress, type TidyTable, type YearlyRun } from './study/index.ts';
