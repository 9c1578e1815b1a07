export * from './rng/index.ts';
export * from './clock/index.ts';
export * from './population/index.ts';
export * from './simulation/index.ts';
export * from './stats/index.ts';
