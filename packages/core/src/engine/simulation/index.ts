export { Simulation, createSimulation, step } from './simulation.ts';
export { run, replicate, type Reporter, type AgentCollect, type CollectSpec, type RunOptions, type RunResult, type ReplicateOptions } from './run.ts';
export { MemorySink, TeeSink, type Sink, type SeriesHeader, type SeriesTable, type AgentSnapshot } from './sink.ts';
export { assertPaired, byYear, ensembleInterval, pairedEnsembleDifference, type YearReducer, type YearlySeries } from './ensemble.ts';
export type { ModelDefinition, Phase, SystemPhase, AgentPhase, StepContext, SetupContext, SimulationOptions } from './types.ts';
