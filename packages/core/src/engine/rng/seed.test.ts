import { describe, expect, it } from 'vitest';
import { PpsimError } from '../../errors.ts';
import { createRng, deriveStreamKey, RandomStream, replicationSeeds } from './index.ts';

function draws(stream: RandomStream, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(stream.random());
  return out;
}

function expectInvalidArgument(call: () => unknown): void {
  let caught: unknown;
  try {
    call();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(PpsimError);
  expect((caught as PpsimError).code).toBe('invalid_argument');
}

describe('createRng(seed)', () => {
  it('gives bit-identical sequences for the same seed', () => {
    expect(draws(createRng(42).stream('a'), 10_000)).toEqual(draws(createRng(42).stream('a'), 10_000));
    expect(draws(createRng('baseline').stream('a'), 10_000)).toEqual(draws(createRng('baseline').stream('a'), 10_000));
  });

  it('gives different sequences for different seeds, and for 42 versus "42"', () => {
    const reference = draws(createRng(42).stream('a'), 100);
    expect(draws(createRng(43).stream('a'), 100)).not.toEqual(reference);
    expect(draws(createRng('42').stream('a'), 100)).not.toEqual(reference);
  });

  it('records the seed it was given', () => {
    expect(createRng(-7).seed).toBe(-7);
    expect(createRng('s').seed).toBe('s');
  });

  it('rejects NaN, fractions, unsafe integers, empty strings and other types', () => {
    for (const bad of [Number.NaN, 1.5, 2 ** 53, -(2 ** 53), Infinity, '', null, undefined, {}, 10n]) {
      expectInvalidArgument(() => createRng(bad as never));
    }
  });
});

describe('rng.stream(name)', () => {
  it('returns the same continuing stream object for the same name', () => {
    const rng = createRng(1);
    const first = rng.stream('x');
    first.random();
    expect(rng.stream('x')).toBe(first);
    expect(rng.stream('x').name).toBe('x');
  });

  it('gives different sequences for different names', () => {
    const rng = createRng(1);
    expect(draws(rng.stream('a'), 100)).not.toEqual(draws(rng.stream('b'), 100));
  });

  it('leaves stream b bit-identical however many draws are interleaved on stream a', () => {
    const alone = createRng(9).stream('b');
    const expected = draws(alone, 5_000);
    const rng = createRng(9);
    const a = rng.stream('a');
    const b = rng.stream('b');
    const got: number[] = [];
    for (let i = 0; i < 5_000; i++) {
      // Every kind of sampler on a, including the rejection samplers with variable consumption.
      for (let j = 0; j < i % 7; j++) a.random();
      a.normal();
      a.poisson(i % 60);
      a.binomial(500, 0.4);
      a.gamma(0.7);
      got.push(b.random());
    }
    expect(got).toEqual(expected);
  });

  it('does not depend on the order in which streams are created', () => {
    const one = createRng(5);
    const x1 = draws(one.stream('x'), 50);
    const y1 = draws(one.stream('y'), 50);
    const two = createRng(5);
    const y2 = draws(two.stream('y'), 50);
    two.stream('z').random();
    const x2 = draws(two.stream('x'), 50);
    expect(x2).toEqual(x1);
    expect(y2).toEqual(y1);
  });

  it('matches new RandomStream(seed, name)', () => {
    expect(draws(createRng(3).stream('q'), 20)).toEqual(draws(new RandomStream(3, 'q'), 20));
  });

  it('rejects an empty or non-string name', () => {
    const rng = createRng(1);
    expectInvalidArgument(() => rng.stream(''));
    expectInvalidArgument(() => rng.stream(7 as never));
  });
});

describe('RandomStream golden values: createRng(42).stream("demo")', () => {
  // If these change, every published run changes: only ever on purpose, with a new key version.
  it('random() starts with the pinned values', () => {
    expect(draws(createRng(42).stream('demo'), 5)).toMatchInlineSnapshot(`
      [
        0.09985239035449922,
        0.3542846101336181,
        0.1758883879519999,
        0.88160689920187,
        0.9769709529355168,
      ]
    `);
  });

  it('normal() starts with the pinned values', () => {
    const stream = createRng(42).stream('demo');
    expect([1, 2, 3, 4, 5].map(() => stream.normal())).toMatchInlineSnapshot(`
      [
        -1.2823938853816568,
        -0.9311480933031954,
        1.9948582600837765,
        0.3336117972461804,
        0.570006661637511,
      ]
    `);
  });
});

describe('deriveStreamKey(seed, name)', () => {
  it('builds ppsim/v1|<seed as JSON>|<name>', () => {
    expect(deriveStreamKey(42, 'referral')).toBe('ppsim/v1|42|referral');
    expect(deriveStreamKey('base', 'referral')).toBe('ppsim/v1|"base"|referral');
  });

  it('never gives two (seed, name) pairs the same key', () => {
    expect(deriveStreamKey('a|b', 'c')).not.toBe(deriveStreamKey('a', 'b|c'));
    expect(deriveStreamKey('a"|"b', 'c')).not.toBe(deriveStreamKey('a', '"b"|c'));
    expect(deriveStreamKey(42, 'x')).not.toBe(deriveStreamKey('42', 'x'));
  });
});

describe('replicationSeeds(master, n)', () => {
  it('is deterministic and gives distinct safe non-negative integers', () => {
    const seeds = replicationSeeds(7, 5);
    expect(seeds).toEqual(replicationSeeds(7, 5));
    expect(seeds).toMatchInlineSnapshot(`
      [
        2311546497667488,
        3035722727244486,
        8250153581400676,
        6744530617380823,
        1310525141207385,
      ]
    `);
    const many = replicationSeeds(7, 2_000);
    expect(new Set(many).size).toBe(2_000);
    for (const s of many) expect(Number.isSafeInteger(s) && s >= 0).toBe(true);
  });

  it('is prefix-stable and depends on the master seed', () => {
    expect(replicationSeeds(7, 50).slice(0, 5)).toEqual(replicationSeeds(7, 5));
    expect(replicationSeeds(8, 5)).not.toEqual(replicationSeeds(7, 5));
    expect(replicationSeeds('7', 5)).not.toEqual(replicationSeeds(7, 5));
    expect(replicationSeeds(7, 0)).toEqual([]);
  });

  it('rejects a bad master seed or count', () => {
    expectInvalidArgument(() => replicationSeeds(0.5, 3));
    expectInvalidArgument(() => replicationSeeds(7, -1));
    expectInvalidArgument(() => replicationSeeds(7, 2.5));
    expectInvalidArgument(() => replicationSeeds(7, Number.NaN));
  });
});
