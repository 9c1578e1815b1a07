import { describe, expect, it } from 'vitest';
import { detExp, detLgamma, detLog } from './index.ts';
import { normalQuantile } from './internal/normal-quantile.ts';

// Distance in units in the last place, via the ordered integer images of two doubles.
const f64 = new Float64Array(1);
const i64 = new BigInt64Array(f64.buffer);
function ordered(x: number): bigint {
  f64[0] = x;
  const bits = i64[0] as bigint;
  return bits < 0n ? -(bits & 0x7fffffffffffffffn) : bits;
}
function ulps(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Infinity;
  const d = ordered(a) - ordered(b);
  return Number(d < 0n ? -d : d);
}

// A small deterministic argument generator (an LCG), so these tests do not depend on the streams.
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function worstUlps(f: (x: number) => number, reference: (x: number) => number, args: Iterable<number>): number {
  let worst = 0;
  for (const x of args) worst = Math.max(worst, ulps(f(x), reference(x)));
  return worst;
}

function* spread(n: number, seed: number, make: (u: number, v: number) => number): Generator<number> {
  const next = lcg(seed);
  for (let i = 0; i < n; i++) yield make(next(), next());
}

describe('detLog(x)', () => {
  it('is within 1 ulp of Math.log from the smallest subnormal to the largest double', () => {
    const args = spread(300_000, 1, (u, v) => 2 ** (u * 2097 - 1074) * (1 + v));
    expect(worstUlps(detLog, Math.log, args)).toBeLessThanOrEqual(1);
  });

  it('is within 1 ulp of Math.log close to 1, where log(1 + f) ≈ f', () => {
    const args = spread(100_000, 2, (u, v) => 1 + (u - 0.5) * 2 ** (-60 * v));
    expect(worstUlps(detLog, Math.log, args)).toBeLessThanOrEqual(1);
  });

  it('handles 0, negatives, subnormals, Infinity and NaN like Math.log', () => {
    expect(detLog(0)).toBe(-Infinity);
    expect(detLog(-0)).toBe(-Infinity);
    expect(detLog(-1)).toBeNaN();
    expect(detLog(-Infinity)).toBeNaN();
    expect(detLog(Number.NaN)).toBeNaN();
    expect(detLog(Infinity)).toBe(Infinity);
    expect(detLog(1)).toBe(0);
    for (const x of [Number.MIN_VALUE, 1e-310, 2.2250738585072014e-308, Number.MAX_VALUE, 2, Math.E]) {
      expect(ulps(detLog(x), Math.log(x))).toBeLessThanOrEqual(1);
    }
  });
});

describe('detExp(x)', () => {
  it('is within 1 ulp of Math.exp over the whole finite range, subnormal results included', () => {
    const args = spread(300_000, 3, (u) => -745.2 + u * (709.8 + 745.2));
    expect(worstUlps(detExp, Math.exp, args)).toBeLessThanOrEqual(1);
  });

  it('is within 1 ulp of Math.exp for small and tiny arguments', () => {
    const args = spread(100_000, 4, (u, v) => (u - 0.5) * 2 ** (-70 * v));
    expect(worstUlps(detExp, Math.exp, args)).toBeLessThanOrEqual(1);
  });

  it('handles the thresholds, ±Infinity and NaN like Math.exp', () => {
    expect(detExp(0)).toBe(1);
    expect(detExp(-0)).toBe(1);
    expect(detExp(Infinity)).toBe(Infinity);
    expect(detExp(-Infinity)).toBe(0);
    expect(detExp(Number.NaN)).toBeNaN();
    expect(detExp(709.79)).toBe(Infinity);
    expect(detExp(-745.14)).toBe(0);
    for (const x of [709.782712893384, 709.5, -708.5, -740, -745.1332191019411, 1, -1, 1e-300]) {
      expect(ulps(detExp(x), Math.exp(x))).toBeLessThanOrEqual(1);
    }
  });
});

describe('detLgamma(x)', () => {
  // Reference values from mpmath.loggamma at 50 digits, rounded to double.
  const reference: [number, number][] = [
    [1e-300, 690.7755278982137],
    [1e-10, 23.025850929882736],
    [0.1, 2.252712651734206],
    [0.5, 0.5723649429247001],
    [1.5, -0.12078223763524522],
    [2.5, 0.2846828704729192],
    [3, 0.6931471805599453],
    [7.5, 7.534364236758733],
    [9.99, 12.779315214350193],
    [10, 12.801827480081469],
    [10.5, 13.940625219403763],
    [50, 144.5657439463449],
    [100.5, 361.4355404677776],
    [1000, 5905.220423209181],
    [1e6, 12815504.569147611],
    [1e15, 3.3538776394910668e16],
    [1e300, 6.897755278982137e302],
  ];

  it('matches high-precision values: absolute 5e-15 below 10, relative 4e-16 from 10 on', () => {
    for (const [x, expected] of reference) {
      const tolerance = x < 10 ? 5e-15 : 4e-16 * Math.abs(expected);
      expect(Math.abs(detLgamma(x) - expected), `x = ${x}`).toBeLessThanOrEqual(tolerance);
    }
  });

  it('is exactly 0 at 1 and 2, and follows lnΓ(x + 1) = lnΓ(x) + ln x', () => {
    expect(detLgamma(1)).toBe(0);
    expect(detLgamma(2)).toBe(0);
    for (const x of spread(2_000, 5, (u) => 0.01 + u * 40)) {
      expect(Math.abs(detLgamma(x + 1) - detLgamma(x) - detLog(x))).toBeLessThan(2e-14 * (1 + Math.abs(detLgamma(x))));
    }
  });

  it('returns Infinity at 0 and Infinity, NaN for negatives and NaN', () => {
    expect(detLgamma(0)).toBe(Infinity);
    expect(detLgamma(Infinity)).toBe(Infinity);
    expect(detLgamma(-0.5)).toBeNaN();
    expect(detLgamma(Number.NaN)).toBeNaN();
  });
});

describe('normalQuantile(u) (AS 241, internal)', () => {
  it('matches high-precision quantiles to 4e-16 relative in the centre and both tails', () => {
    // Φ⁻¹ of the exact double u, from mpmath (sqrt(2)·erfinv(2u − 1)) at 50 digits.
    const reference: [number, number][] = [
      [0.975, 1.9599639845400538],
      [0.025, -1.9599639845400543],
      [0.9, 1.2815515655446006],
      [0.3, -0.5244005127080408],
      [0.575, 0.18911842627279238],
      [0.425, -0.18911842627279252],
      [0.07, -1.4757910281791706],
      [1e-10, -6.361340902404057],
      [1e-20, -9.262340089798407],
      [2 ** -53, -8.209536151601387],
      [1 - 2 ** -53, 8.209536151601387],
      [0.999999, 4.753424308817087],
    ];
    for (const [u, z] of reference) {
      expect(Math.abs(normalQuantile(u) - z), `u = ${u}`).toBeLessThanOrEqual(4e-16 * Math.abs(z));
    }
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('is increasing in u, also across the split points u = 0.075 and 0.925', () => {
    let previous = -Infinity;
    let violations = 0;
    for (let i = 1; i < 1_000_000; i++) {
      const z = normalQuantile(i / 1_000_000);
      if (!(z > previous)) violations++;
      previous = z;
    }
    expect(violations).toBe(0);
  });
});
