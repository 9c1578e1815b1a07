import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PpsimError } from '../../errors.ts';
import { gammaHalfRatio, powOnePlusMinusOne } from './internal/studentT.ts';
import { studentTQuantile } from './studentT.ts';

const relativeError = (got: number, want: number): number => Math.abs(got - want) / Math.abs(want);

describe('studentTQuantile(p, df)', () => {
  it.each([
    [0.975, 1, 12.706204736174696],
    [0.975, 2, 4.302652729749464],
    [0.975, 9, 2.2621571628540993],
    [0.975, 29, 2.045229642132703],
    [0.975, 100, 1.9839715185235556],
    [0.975, 1e6, 1.959966],
  ])('studentTQuantile(%d, %d) ≈ %d within the brief’s 1e-9 (1e-6 for the rounded ν = 1e6 value)', (p, df, want) => {
    expect(relativeError(studentTQuantile(p, df), want)).toBeLessThan(df === 1e6 ? 1e-6 : 1e-9);
  });

  // 20-digit references from mpmath at 50 digits, solving ½·I_x(ν/2, ½) = 1 − p for the double p.
  it.each([
    [0.975, 1, 12.706204736174704646],
    [0.975, 9, 2.2621571627982055426],
    [0.975, 1e6, 1.9599663568141070353],
    [0.975, 1e8, 1.9599640082627668208],
    [0.975, 1e12, 1.9599639845424261268],
    [0.9, 1, 3.0776835371752541331],
    [0.975, 3, 3.1824463052837084359],
    [0.95, 5, 2.0150483733330235417],
    [0.95, 10, 1.8124611228116764136],
    [0.99, 20, 2.5279770027415730674],
    [0.995, 3, 5.8409093097333572607],
    [0.999, 1e6, 3.090240456316519609],
    [0.999999, 1e4, 4.7562296850509578241],
    [0.6, 7, 0.26316686135202275215],
    [0.5000001, 4, 2.6666666652630905787e-7],
    [1e-6, 12, -8.504302718054583174],
    [1e-10, 3, -2225.7692846830932198],
  ])('studentTQuantile(%d, %d) = %d to 1e-14', (p, df, want) => {
    expect(relativeError(studentTQuantile(p, df), want)).toBeLessThan(1e-14);
  });

  it('matches the closed forms for ν = 1 (Cauchy) and ν = 2', () => {
    expect(studentTQuantile(0.75, 1)).toBeCloseTo(1, 15);
    for (const p of [0.6, 0.8, 0.95, 0.999]) {
      expect(relativeError(studentTQuantile(p, 2), (2 * p - 1) / Math.sqrt(2 * p * (1 - p)))).toBeLessThan(1e-14);
    }
  });

  it('is symmetric and exact at the ends and the middle', () => {
    // p and 1 − p both exact in binary, so the symmetry can be checked bit for bit.
    for (const df of [1, 4, 57]) {
      for (const p of [0.25, 0.125, 2 ** -20]) expect(studentTQuantile(p, df)).toBe(-studentTQuantile(1 - p, df));
    }
    expect(studentTQuantile(0.5, 3)).toBe(0);
    expect(studentTQuantile(0, 3)).toBe(-Infinity);
    expect(studentTQuantile(1, 3)).toBe(Infinity);
  });

  it('stays finite and monotone in the far tails', () => {
    expect(relativeError(studentTQuantile(1e-300, 1), -1 / (Math.PI * 1e-300))).toBeLessThan(1e-12);
    let previous = -Infinity;
    for (const p of [1e-200, 1e-50, 1e-12, 1e-3, 0.3, 0.7, 0.999, 1 - 1e-12]) {
      const t = studentTQuantile(p, 30);
      expect(t).toBeGreaterThan(previous);
      previous = t;
    }
  });

  it('rejects p outside [0, 1] and degrees of freedom that are not whole numbers ≥ 1', () => {
    expect(() => studentTQuantile(1.2, 3)).toThrow(PpsimError);
    expect(() => studentTQuantile(Number.NaN, 3)).toThrow(PpsimError);
    expect(() => studentTQuantile(0.975, 0)).toThrowErrorMatchingInlineSnapshot(
      `[PpsimError: studentTQuantile(df): expected a whole number of degrees of freedom ≥ 1, received 0. Fix: for a sample of n values pass n − 1, e.g. 9 for 10 replicates]`,
    );
    expect(() => studentTQuantile(0.975, 2.5)).toThrow(PpsimError);
    expect(() => studentTQuantile(0.975, Infinity)).toThrow(PpsimError);
  });
});

describe('internal helpers', () => {
  it('gammaHalfRatio(a) = Γ(a + ½)/Γ(a) on both sides of the switch to the asymptotic series', () => {
    expect(gammaHalfRatio(0.5)).toBeCloseTo(1 / Math.sqrt(Math.PI), 16);
    expect(gammaHalfRatio(1)).toBeCloseTo(Math.sqrt(Math.PI) / 2, 16);
    expect(gammaHalfRatio(1.5)).toBeCloseTo(2 / Math.sqrt(Math.PI), 16);
    // R(a)·R(a + ½) = Γ(a + 1)/Γ(a) = a: recurrence × recurrence, recurrence × series, series × series.
    expect(relativeError(gammaHalfRatio(99) * gammaHalfRatio(99.5), 99)).toBeLessThan(1e-14);
    expect(relativeError(gammaHalfRatio(99.5) * gammaHalfRatio(100), 99.5)).toBeLessThan(1e-14);
    expect(relativeError(gammaHalfRatio(100) * gammaHalfRatio(100.5), 100)).toBeLessThan(1e-15);
    expect(relativeError(gammaHalfRatio(5e11) * gammaHalfRatio(5e11 + 0.5), 5e11)).toBeLessThan(1e-15);
  });

  it('powOnePlusMinusOne(u, k) = (1 + u)^k − 1 without rounding 1 + u', () => {
    expect(powOnePlusMinusOne(0.5, 0)).toBe(0);
    expect(powOnePlusMinusOne(1, 10)).toBe(1023);
    // (1 + 1e-12)^1000 − 1 = 1.0000000004995e-9 (mpmath); powering the rounded 1 + 1e-12 gives 1.0000889e-9.
    expect(relativeError(powOnePlusMinusOne(1e-12, 1000), 1.0000000004994999801e-9)).toBeLessThan(1e-14);
  });
});

describe('stats sources', () => {
  it('call no engine-approximated Math function, so results are bit-identical everywhere', () => {
    const dir = new URL('.', import.meta.url);
    const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(sources.length).toBeGreaterThan(4);
    for (const file of sources) {
      const code = readFileSync(new URL(file, dir), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/Math\.(log|exp|pow|atan|tan|sin|cos|random|cbrt|hypot)|\*\*/);
    }
  });
});
