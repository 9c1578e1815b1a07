/**
 * Seeds, the key of each named stream, and the seeds of replications.
 *
 * The strings built here are part of ppsim's reproducibility contract: a stream's numbers are a
 * function of its key alone, so changing the key format would change every published run. The
 * version tag `v1` exists so that a future format can live next to this one instead of replacing it.
 */
import seedrandom from 'seedrandom';
import { assertCount, assertSeed, assertStreamName } from './internal/validate.ts';

/**
 * The seed of a run: a safe integer (`Number.isSafeInteger`), or any non-empty string.
 *
 * The number `42` and the string `"42"` are different seeds (they give different streams).
 */
export type Seed = number | string;

const STREAM_KEY_PREFIX = 'ppsim/v1|';
const REPLICATION_KEY_PREFIX = 'ppsim/v1/replications|';

/**
 * `deriveStreamKey(seed: Seed, name: string): string` returns the string that seeds the named
 * stream of a run: `ppsim/v1|<seed as JSON>|<name>`.
 *
 * The seed is written as JSON, so a number appears bare (`42`) and a string in double quotes with
 * JSON escapes (`"base|line"`). The quotes make the key unambiguous: the seed ends at the first
 * unescaped quote (or, for a number, at the first `|`), and the name is everything after it. Two
 * different (seed, name) pairs therefore never share a key, and so never share a stream.
 *
 * The key depends on nothing else — not on which other streams exist, nor on the order in which
 * they were created — which is what makes named streams independent of each other.
 *
 * @throws PpsimError `invalid_argument` if the seed is not a safe integer or a non-empty string, or
 * the name is not a non-empty string.
 * @example
 * deriveStreamKey(42, 'referral');        // 'ppsim/v1|42|referral'
 * deriveStreamKey('baseline', 'referral'); // 'ppsim/v1|"baseline"|referral'
 */
export function deriveStreamKey(seed: Seed, name: string): string {
  assertSeed('deriveStreamKey(seed)', seed);
  assertStreamName('deriveStreamKey(name)', name);
  return `${STREAM_KEY_PREFIX}${JSON.stringify(seed)}|${name}`;
}

// 2^32, to assemble a 53-bit integer from a 21-bit and a 32-bit word.
const TWO32 = 4294967296;

/**
 * `replicationSeeds(master: Seed, n: number): number[]` derives the seeds of `n` replications
 * from one master seed.
 *
 * Returns `n` distinct integers in [0, 2^53 − 1], each a valid {@link Seed}. They come from a
 * generator (seedrandom `xor4096`) keyed `ppsim/v1/replications|<master as JSON>`, a key no stream
 * name can produce, so replication seeds are not correlated with any stream of the master run.
 * The list is prefix-stable: `replicationSeeds(m, 5)` is the first five of `replicationSeeds(m, 100)`,
 * so adding replications to an experiment keeps the ones already run.
 *
 * @throws PpsimError `invalid_argument` if `master` is not a valid seed or `n` is not a whole number ≥ 0.
 * @example
 * const seeds = replicationSeeds(7, 5); // five fixed 53-bit integers
 * const runs = seeds.map((s) => createRng(s));
 */
export function replicationSeeds(master: Seed, n: number): number[] {
  assertSeed('replicationSeeds(master)', master);
  assertCount('replicationSeeds(n)', n, 'pass the number of replications, e.g. replicationSeeds(7, 20)');
  const next = seedrandom.xor4096(`${REPLICATION_KEY_PREFIX}${JSON.stringify(master)}`).int32;
  const seen = new Set<number>();
  const seeds: number[] = [];
  while (seeds.length < n) {
    // Top 21 bits of one word, then a full word: every integer below 2^53 equally likely.
    const seed = (next() >>> 11) * TWO32 + (next() >>> 0);
    // A repeat is astronomically unlikely, but two replications must never share a seed.
    if (seen.has(seed)) continue;
    seen.add(seed);
    seeds.push(seed);
  }
  return seeds;
}
