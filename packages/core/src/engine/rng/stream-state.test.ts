import { describe, expect, it } from 'vitest';
import { PpsimError } from '../../errors.ts';
import { createRng, type RandomStream, type RandomStreamState } from './index.ts';

/** A mixed workload touching every sampler, including the ones with cached parameters. */
function workload(stream: RandomStream, n: number): number[] {
  const out: number[] = [];
  const order = [0, 1, 2, 3, 4, 5];
  for (let i = 0; i < n; i++) {
    out.push(
      stream.random(),
      stream.normal(1, 2),
      stream.exponential(3),
      stream.gamma(0.6),
      stream.beta(0.4, 0.8),
      stream.poisson(i % 2 === 0 ? 4 : 80),
      stream.binomial(300, 0.2),
      stream.int(97),
      stream.bernoulli(0.4) ? 1 : 0,
      stream.categorical([1, 2, 3]),
      ...stream.shuffle(order),
    );
  }
  return out;
}

function throwsInvalidArgument(call: () => unknown): PpsimError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(PpsimError);
    expect((error as PpsimError).code).toBe('invalid_argument');
    return error as PpsimError;
  }
  throw new Error('expected the call to throw');
}

describe('RandomStream.saveState() / restoreState(state)', () => {
  it('continues exactly where the snapshot was taken', () => {
    const stream = createRng(301).stream('work');
    workload(stream, 50);
    const saved = stream.saveState();
    const first = workload(stream, 500);
    stream.restoreState(saved);
    expect(workload(stream, 500)).toEqual(first);
  });

  it('survives JSON and restores into a stream of the same name in a fresh Rng', () => {
    const stream = createRng(302).stream('work');
    workload(stream, 20);
    const json = JSON.stringify(stream.saveState());
    const expected = workload(stream, 200);
    const fresh = createRng(302).stream('work');
    fresh.restoreState(JSON.parse(json) as RandomStreamState);
    expect(workload(fresh, 200)).toEqual(expected);
  });

  it('is a snapshot: later draws do not alter a saved state', () => {
    const stream = createRng(303).stream('work');
    const saved = stream.saveState();
    const copy = JSON.stringify(saved);
    workload(stream, 10);
    expect(JSON.stringify(saved)).toBe(copy);
  });

  it('refuses a state from a stream of another name, or a malformed state', () => {
    const rng = createRng(304);
    const saved = rng.stream('a').saveState();
    const other = rng.stream('b');
    expect(throwsInvalidArgument(() => other.restoreState(saved)).path).toBe('restoreState(state).stream');
    const malformed: unknown[] = [
      null,
      {},
      { ...saved, format: 'other' },
      { ...saved, stream: 'b', x: saved.x.slice(1) },
      { ...saved, stream: 'b', i: 128 },
      { ...saved, stream: 'b', w: 0.5 },
      { ...saved, stream: 'b', x: saved.x.map(() => 0) },
      { ...saved, stream: 'b', x: saved.x.map((v, i) => (i === 5 ? 2 ** 40 : v)) },
    ];
    for (const state of malformed) throwsInvalidArgument(() => other.restoreState(state as RandomStreamState));
    // A refused restore leaves the stream as it was.
    const before = other.saveState();
    throwsInvalidArgument(() => other.restoreState(saved));
    expect(other.saveState()).toEqual(before);
  });
});

describe('RandomStream argument checks', () => {
  it('throws PpsimError invalid_argument for every out-of-domain argument, NaN included', () => {
    const s = createRng(305).stream('args');
    const calls: (() => unknown)[] = [
      () => s.uniform(1, 0),
      () => s.uniform(Number.NaN, 1),
      () => s.uniform(0, Infinity),
      () => s.int(0),
      () => s.int(2.5),
      () => s.int(Number.NaN),
      () => s.int(2 ** 53),
      () => s.bernoulli(-0.1),
      () => s.bernoulli(1.1),
      () => s.bernoulli(Number.NaN),
      () => s.normal(Number.NaN),
      () => s.normal(0, -1),
      () => s.normal(0, Number.NaN),
      () => s.lognormal(0, -1),
      () => s.lognormal(Infinity, 1),
      () => s.exponential(0),
      () => s.exponential(Number.NaN),
      () => s.gamma(0),
      () => s.gamma(1, -2),
      () => s.gamma(Number.NaN),
      () => s.beta(0, 1),
      () => s.beta(1, Number.NaN),
      () => s.poisson(-1),
      () => s.poisson(Number.NaN),
      () => s.poisson(Infinity),
      () => s.binomial(-1, 0.5),
      () => s.binomial(10.5, 0.5),
      () => s.binomial(10, 1.5),
      () => s.binomial(10, Number.NaN),
      () => s.categorical([]),
      () => s.categorical([0, 0]),
      () => s.categorical([1, Number.NaN]),
      () => s.categorical([1, -1, 3]),
      () => s.categorical([1, 1], 0),
      () => s.categorical([1, 1], 5),
      () => s.shuffle([1, 2, 3], 2, 1),
      () => s.shuffle([1, 2, 3], 0, 4),
      () => s.shuffle([1, 2, 3], 0.5),
    ];
    for (const call of calls) throwsInvalidArgument(call);
  });

  it('says what was wrong, what was received and how to fix it', () => {
    const s = createRng(306).stream('args');
    expect(() => s.exponential(-1)).toThrowErrorMatchingInlineSnapshot(
      `[PpsimError: exponential(rate): expected a finite number > 0, received -1. Fix: pass the event rate per time unit, e.g. exponential(0.2) for a mean of 5]`,
    );
    expect(throwsInvalidArgument(() => s.categorical([2, Number.NaN])).path).toBe('categorical(weights[1])');
  });
});
