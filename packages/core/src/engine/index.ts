/**
 * The engine alone: random streams, clock, populations, simulation, statistics (docs/engine.md).
 *
 * @packageDocumentation
 * @module @ppsim/core/engine
 */
export { RandomStream, createRng, deriveStreamKey, detExp, detLgamma, detLog, replicationSeeds, type RandomStreamState, type Rng, type Seed } from './rng/index.ts';
export {
  createClock,
  dayNumber,
  formatIsoDate,
  isLeapYear,
  parseIsoDate,
  scheduleEvents,
  type CivilDate,
  type Clock,
  type ClockOptions,
  type EventSchedule,
  type ScheduledEvent,
  type StepUnit,
} from './clock/index.ts';
export { FIELD_TYPES, Population, createPopulation, type AnyColumn, type ColumnOf, type Columns, type FieldSpec, type FieldType, type PopulationOptions } from './population/index.ts';
export {
  MemorySink,
  Simulation,
  TeeSink,
  assertPaired,
  byYear,
  createSimulation,
  ensembleInterval,
  pairedEnsembleDifference,
  replicate,
  run,
  step,
  type AgentCollect,
  type AgentPhase,
  type AgentSnapshot,
  type CollectSpec,
  type ModelDefinition,
  type Phase,
  type ReplicateOptions,
  type Reporter,
  type RunOptions,
  type RunResult,
  type SeriesHeader,
  type SeriesTable,
  type SetupContext,
  type SimulationOptions,
  type Sink,
  type StepContext,
  type SystemPhase,
  type YearReducer,
  type YearlySeries,
} from './simulation/index.ts';
export { RunningStats, mean, pairedDifference, quantile, sd, studentTQuantile, tInterval, variance, type Interval, type PairedDifference } from './stats/index.ts';
