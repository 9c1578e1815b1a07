/**
 * Argument checks shared by the random-number layer.
 *
 * The samplers check their numeric arguments inline with a single negated comparison
 * (`if (!(p >= 0 && p <= 1))`), because a negated comparison also rejects NaN and costs nothing
 * measurable in a hot loop; only the throwing is shared here, so that every message has the same
 * shape. Checks that are not on a hot path (seeds, stream names, counts) live here whole.
 */
import { PpsimError } from '../../../errors.ts';

/**
 * `invalidArgument(path, expected, received, hint): PpsimError` builds (does not throw) the
 * `invalid_argument` error for a sampler argument, so call sites read `throw invalidArgument(...)`
 * and the type checker sees the branch end.
 *
 * @example
 * if (!(p >= 0 && p <= 1)) throw invalidArgument('bernoulli(p)', 'a probability in [0, 1]', p, 'pass e.g. 0.3');
 */
export function invalidArgument(path: string, expected: string, received: unknown, hint: string): PpsimError {
  return new PpsimError('invalid_argument', { path, expected, received, hint });
}

/**
 * `assertSeed(path, seed)` — accepts a safe integer or a non-empty string (the two kinds of seed
 * ppsim records in a run), throws `invalid_argument` otherwise.
 *
 * @example
 * assertSeed('createRng(seed)', seed);
 */
export function assertSeed(path: string, seed: unknown): asserts seed is number | string {
  if (typeof seed === 'number' ? Number.isSafeInteger(seed) : typeof seed === 'string' && seed.length > 0) return;
  throw invalidArgument(path, 'a safe integer or a non-empty string', seed, 'pass a whole number such as 42, or a label such as "baseline-2024"; record it with the results');
}

/**
 * `assertStreamName(path, name)` — stream names are part of the reproducibility contract, so an
 * empty or non-string name is refused.
 *
 * @example
 * assertStreamName('rng.stream(name)', name);
 */
export function assertStreamName(path: string, name: unknown): asserts name is string {
  if (typeof name === 'string' && name.length > 0) return;
  throw invalidArgument(path, 'a non-empty string naming the mechanism that draws from the stream', name, 'name the stream after its mechanism, e.g. rng.stream("referral")');
}

/**
 * `assertCount(path, n, hint)` — a count of things: a safe integer ≥ 0.
 *
 * @example
 * assertCount('replicationSeeds(n)', n, 'pass e.g. 20');
 */
export function assertCount(path: string, n: unknown, hint: string): asserts n is number {
  if (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0) return;
  throw invalidArgument(path, 'a whole number ≥ 0', n, hint);
}

/**
 * `assertPositive(path, x, hint)` — a finite number strictly above zero (rates, shapes, scales).
 *
 * @example
 * assertPositive('exponential(rate)', rate, 'pass e.g. 0.2');
 */
export function assertPositive(path: string, x: number, hint: string): void {
  if (!(x > 0 && x < Infinity)) throw invalidArgument(path, 'a finite number > 0', x, hint);
}

/**
 * `assertFinite(path, x, hint)` — a finite number (means, locations).
 *
 * @example
 * assertFinite('normal(mean)', mean, 'pass e.g. 0');
 */
export function assertFinite(path: string, x: number, hint: string): void {
  if (!(x > -Infinity && x < Infinity)) throw invalidArgument(path, 'a finite number', x, hint);
}
