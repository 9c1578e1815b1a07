/**
 * The random source of a run: a seed and the named streams derived from it.
 *
 * There is no default seed and no global generator. A run receives an `Rng`, and each mechanism
 * draws from the stream named after it, so that adding draws to one mechanism (or a new mechanism)
 * leaves every other mechanism's numbers unchanged.
 */
import { RandomStream } from './random-stream.ts';
import type { Seed } from './seed.ts';
import { assertSeed, assertStreamName } from './internal/validate.ts';

/**
 * The random source of one run.
 *
 * @example
 * const rng = createRng(42);
 * const referral = rng.stream('referral');
 * rng.stream('referral') === referral; // true: one continuing stream per name
 */
export interface Rng {
  /** The seed the run was created with, to be recorded with its results. */
  readonly seed: Seed;
  /**
   * `stream(name: string): RandomStream` — the named stream. The same name always returns the
   * same (continuing) stream object; its numbers depend only on the seed and the name, never on
   * which other streams exist or the order in which they were first asked for.
   */
  stream(name: string): RandomStream;
}

/**
 * `createRng(seed: Seed): Rng` — the random source of a run with the given seed.
 *
 * The seed is a safe integer or a non-empty string; `42` and `"42"` are different seeds.
 * Streams are created on first use and kept for the life of the `Rng`.
 *
 * @throws PpsimError `invalid_argument` if the seed is NaN, fractional, beyond ±(2^53 − 1), an empty
 * string, or not a number or string.
 * @example
 * const rng = createRng(2024);
 * const arrivals = rng.stream('arrivals').poisson(12);
 */
export function createRng(seed: Seed): Rng {
  assertSeed('createRng(seed)', seed);
  const streams = new Map<string, RandomStream>();
  return Object.freeze({
    seed,
    stream(name: string): RandomStream {
      let stream = streams.get(name);
      if (stream === undefined) {
        assertStreamName('rng.stream(name)', name);
        stream = new RandomStream(seed, name);
        streams.set(name, stream);
      }
      return stream;
    },
  });
}
