import { describe, expect, it } from 'vitest';
import { createRng } from '../engine/rng/index.ts';
import { PpsimError } from '../errors.ts';
import { saltelliDesign, sobolIndices, type ParamRange, type SobolIndexRow } from './index.ts';

const PI = Math.PI;
const ishigamiRanges: ParamRange[] = ['x1', 'x2', 'x3'].map((path) => ({ path, lo: -PI, hi: PI }));
// Ishigami & Homma (1990), a = 7, b = 0.1. Tests may use Math.sin; the library never does.
const ishigami = ([x1, x2, x3]: number[]): number => Math.sin(x1 as number) + 7 * Math.sin(x2 as number) ** 2 + 0.1 * (x3 as number) ** 4 * Math.sin(x1 as number);

function indices(ranges: ParamRange[], n: number, model: (x: number[]) => number, seed = 1): SobolIndexRow[] {
  const design = saltelliDesign(ranges, n);
  return sobolIndices(design, design.points.map(model), { bootstrap: { samples: 200, stream: createRng(seed).stream('bootstrap') } });
}

describe('saltelliDesign(ranges, n)', () => {
  it('lays out A, B and A_B^(i) in blocks of n rows', () => {
    const ranges: ParamRange[] = [
      { path: 'a', lo: 0, hi: 1 },
      { path: 'b', lo: 0, hi: 1 },
    ];
    const design = saltelliDesign(ranges, 4);
    expect(design.parameters).toEqual(['a', 'b']);
    expect(design.points).toHaveLength(4 * 4);
    const block = (b: number): number[][] => design.points.slice(b * 4, (b + 1) * 4);
    const [A, B, AB1, AB2] = [block(0), block(1), block(2), block(3)];
    for (let j = 0; j < 4; j++) {
      expect(AB1[j]).toEqual([B[j]?.[0], A[j]?.[1]]);
      expect(AB2[j]).toEqual([A[j]?.[0], B[j]?.[1]]);
    }
    // A and B are columns 1–2 and 3–4 of the 4-dimensional Sobol' sequence.
    expect(A.map((r) => r[0])).toEqual([0, 0.5, 0.75, 0.25]);
    expect(B.map((r) => r[1])).toEqual([0, 0.5, 0.25, 0.75]);
  });

  it('rejects more than 32 parameters and n < 2', () => {
    const many = Array.from({ length: 33 }, (_, i) => ({ path: `p${i}`, lo: 0, hi: 1 }));
    expect(() => saltelliDesign(many, 8)).toThrow(/at most 32 parameters/);
    expect(() => saltelliDesign(ishigamiRanges, 1)).toThrow(/saltelliDesign\(n\)/);
  });
});

describe('sobolIndices(design, outputs, { bootstrap })', () => {
  it('recovers the analytic indices of the Ishigami function at n = 4096', () => {
    const rows = indices(ishigamiRanges, 4096, ishigami);
    const S1 = [0.3139, 0.4424, 0];
    const ST = [0.5576, 0.4424, 0.2437];
    rows.forEach((row, i) => {
      expect(row.S1).toBeCloseTo(S1[i] as number, 1);
      expect(Math.abs(row.S1 - (S1[i] as number))).toBeLessThan(0.02);
      expect(Math.abs(row.ST - (ST[i] as number))).toBeLessThan(0.02);
      expect(row.S1Lo).toBeLessThanOrEqual(row.S1Hi);
      expect(row.STLo).toBeLessThanOrEqual(row.STHi);
    });
    expect(rows.map((r) => r.parameter)).toEqual(['x1', 'x2', 'x3']);
  });

  it('brackets the Ishigami truth with its 95 % intervals', () => {
    const rows = indices(ishigamiRanges, 4096, ishigami);
    const S1 = [0.3139, 0.4424, 0];
    const ST = [0.5576, 0.4424, 0.2437];
    rows.forEach((row, i) => {
      // Intervals are random (bootstrap), so allow a small margin beyond them.
      expect(row.S1Lo - 0.01).toBeLessThan(S1[i] as number);
      expect(row.S1Hi + 0.01).toBeGreaterThan(S1[i] as number);
      expect(row.STLo - 0.01).toBeLessThan(ST[i] as number);
      expect(row.STHi + 0.01).toBeGreaterThan(ST[i] as number);
    });
  });

  it('gives S_i = S_Ti = c_i² var_i / Σ c_j² var_j for a linear model', () => {
    const ranges: ParamRange[] = [
      { path: 'a', lo: 0, hi: 1 },
      { path: 'b', lo: -2, hi: 2 },
      { path: 'c', lo: 5, hi: 6 },
      { path: 'd', lo: 0, hi: 3 },
    ];
    const c = [3, 1, -2, 0];
    const variances = ranges.map((r) => (r.hi - r.lo) ** 2 / 12);
    const total = c.reduce((s, ci, i) => s + ci * ci * (variances[i] as number), 0);
    const rows = indices(ranges, 2048, (x) => x.reduce((s, xi, i) => s + (c[i] as number) * xi, 0));
    rows.forEach((row, i) => {
      const exact = ((c[i] as number) ** 2 * (variances[i] as number)) / total;
      expect(Math.abs(row.S1 - exact)).toBeLessThan(0.01);
      expect(Math.abs(row.ST - exact)).toBeLessThan(0.01);
    });
    // A parameter without effect leaves f(A) = f(A_B^(i)) exactly, so its total index is exactly 0.
    expect(rows[3]?.ST).toBe(0);
  });

  it('is deterministic: the same design, outputs and bootstrap seed give the same table', () => {
    expect(indices(ishigamiRanges, 256, ishigami, 5)).toEqual(indices(ishigamiRanges, 256, ishigami, 5));
  });

  it('rejects outputs of the wrong length, a NaN output and constant outputs', () => {
    const design = saltelliDesign(ishigamiRanges, 8);
    const bootstrap = { samples: 100, stream: createRng(1).stream('bootstrap') };
    expect(() => sobolIndices(design, [1, 2, 3], { bootstrap })).toThrow(/40 outputs/);
    const outputs = design.points.map(ishigami);
    outputs[7] = Number.NaN;
    let caught: unknown;
    try {
      sobolIndices(design, outputs, { bootstrap });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PpsimError);
    expect((caught as PpsimError).message).toMatchInlineSnapshot(
      `"sobolIndices(outputs)[7]: expected a finite number, received NaN. Fix: check that the run for this design point finished and produced the output"`,
    );
    expect(() =>
      sobolIndices(
        design,
        design.points.map(() => 1),
        { bootstrap },
      ),
    ).toThrow(/vary/);
    expect(() => sobolIndices(design, design.points.map(ishigami), { bootstrap: { samples: 1, stream: bootstrap.stream } })).toThrow(/samples/);
  });
});
