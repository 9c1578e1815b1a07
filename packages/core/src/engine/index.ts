/**
 * The engine alone: random streams, clock, populations, simulation, statistics (docs/engine.md).
 *
 * @packageDocumentation
 * @module @ppsim/core/engine
 */
export * from './rng/index.ts';
export * from './clock/index.ts';
export * from './population/index.ts';
export * from './simulation/index.ts';
export * from './stats/index.ts';
