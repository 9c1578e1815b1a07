/**
 * The generator under every stream (seedrandom's `xor4096`), and its saved state.
 *
 * Brent's xor4096 keeps 128 32-bit words, an index and a Weyl counter, all updated with integer
 * shifts, xors and additions, so its output is the same on every engine. Its state is small and
 * plain, which makes a JSON checkpoint of a run both cheap and exact.
 */
import seedrandom from 'seedrandom';
import { invalidArgument } from './internal/validate.ts';

/**
 * The seedrandom generator object a stream draws from: calling it gives a 32-bit uniform in [0, 1),
 * `.double()` a 53-bit uniform in (0, 1), `.int32()` the raw signed word, `.state()` a snapshot.
 *
 * @example
 * const generator: Generator = generatorFromKey('ppsim/v1|1|demo');
 */
export type Generator = seedrandom.StatefulPRNG<seedrandom.State.Xor4096>;

const FORMAT = 'ppsim/rng-stream-state/v1';
const WORDS = 128;

/**
 * The saved state of one {@link RandomStream}: what `stream.saveState()` returns and
 * `stream.restoreState(state)` accepts.
 *
 * Treat it as opaque: store it (it survives `JSON.stringify`/`JSON.parse` exactly) and hand it back
 * to a stream of the same name. The fields are the generator's own: `x` the 128-word xorshift array,
 * `i` its current index, `w` the Weyl counter.
 *
 * @example
 * const saved = JSON.stringify(rng.stream('referral').saveState());
 * // … later, in a fresh process:
 * createRng(seed).stream('referral').restoreState(JSON.parse(saved));
 */
export interface RandomStreamState {
  readonly format: typeof FORMAT;
  readonly algorithm: 'xor4096';
  /** The name of the stream it was saved from; restoring into another stream is refused. */
  readonly stream: string;
  readonly i: number;
  readonly w: number;
  readonly x: readonly number[];
}

/**
 * `generatorFromKey(key: string): Generator` — a fresh generator for a stream key.
 *
 * @example
 * const generator = generatorFromKey(deriveStreamKey(42, 'referral'));
 */
export function generatorFromKey(key: string): Generator {
  return seedrandom.xor4096(key, { state: true });
}

/**
 * `saveGenerator(stream: string, generator: Generator): RandomStreamState` — a snapshot of the
 * generator; seedrandom copies the word array, so later draws do not alter it.
 *
 * @example
 * const state = saveGenerator('referral', generator);
 */
export function saveGenerator(stream: string, generator: Generator): RandomStreamState {
  const { i, w, X } = generator.state();
  return { format: FORMAT, algorithm: 'xor4096', stream, i, w, x: X };
}

/**
 * `restoreGenerator(path: string, stream: string, state: unknown): Generator` — a generator
 * continuing exactly from `state`, after checking that `state` came from `saveGenerator` for the
 * same stream (`path` names the argument in errors). Not a hot path: checkpoints are restored once
 * per run.
 *
 * @example
 * const generator = restoreGenerator('restoreState(state)', 'referral', JSON.parse(saved));
 */
export function restoreGenerator(path: string, stream: string, state: unknown): Generator {
  const s = state as Partial<Record<keyof RandomStreamState, unknown>> | null;
  const hint = 'pass an object returned by saveState() of a stream with the same name, unchanged';
  if (typeof s !== 'object' || s === null || s.format !== FORMAT || s.algorithm !== 'xor4096') {
    throw invalidArgument(path, `a state saved by RandomStream.saveState() (format "${FORMAT}")`, state, hint);
  }
  if (s.stream !== stream) {
    throw invalidArgument(`${path}.stream`, `the name of this stream, ${JSON.stringify(stream)}`, s.stream, hint);
  }
  const { i, w, x } = s;
  if (!isInt32(w) || !(typeof i === 'number' && Number.isInteger(i) && i >= 0 && i < WORDS)) {
    throw invalidArgument(`${path}.i`, 'an index in 0..127 and a 32-bit integer w', i, hint);
  }
  if (!Array.isArray(x) || x.length !== WORDS || !x.every(isInt32) || x.every((v) => v === 0)) {
    throw invalidArgument(`${path}.x`, '128 signed 32-bit integers, not all zero', x, hint);
  }
  // seedrandom seeds a throwaway state, then overwrites it with a copy of ours. The empty seed keeps
  // it from falling back to the clock.
  return seedrandom.xor4096('', { state: { i, w, X: x.slice() } });
}

function isInt32(v: unknown): v is number {
  return typeof v === 'number' && (v | 0) === v;
}
