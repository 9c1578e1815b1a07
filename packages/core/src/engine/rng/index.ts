// The random-number layer: seeded named streams, samplers, and engine-independent log/exp/lgamma.
// See docs/random-numbers.md for the algorithms and the reproducibility contract.
export { createRng, type Rng } from './create-rng.ts';
export { RandomStream } from './random-stream.ts';
export { deriveStreamKey, replicationSeeds, type Seed } from './seed.ts';
export type { RandomStreamState } from './stream-state.ts';
export { detExp, detLgamma, detLog } from './detmath.ts';
