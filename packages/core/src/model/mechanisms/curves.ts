/**
 * Tabulated exponentials for the per-agent hazards: e^(k·x) over a fixed grid with linear
 * interpolation, built once from the engine-independent detExp. An agent step then costs a
 * multiply-add instead of an exp, and results stay identical on every JS engine.
 */
import { detExp } from '../../engine/rng/index.ts';
import { power } from './power.ts';

export class ExpCurve {
  readonly table: Float64Array;
  readonly lo: number;
  readonly step: number;
  readonly n: number;

  /** e^(k·x) for x in [lo, hi] on `n` intervals; outside the range x is clamped. */
  constructor(k: number, lo: number, hi: number, n = 1024) {
    this.lo = lo;
    this.n = n;
    this.step = (hi - lo) / n;
    this.table = new Float64Array(n + 1);
    for (let i = 0; i <= n; i++) this.table[i] = detExp(k * (lo + i * this.step));
  }

  at(x: number): number {
    return interpolate(this.table, this.n, (x - this.lo) / this.step);
  }
}

/**
 * The state's cached curve e^(k·x) for one hazard, x in [lo, hi]; rebuilt only when a parameter
 * change alters k (dated events can change parameters mid-run).
 */
export function curveFor(state: { readonly curves: Record<string, { k: number; curve: ExpCurve } | undefined> }, key: string, k: number, lo = 0, hi = 1): ExpCurve {
  const cached = state.curves[key];
  if (cached !== undefined && cached.k === k) return cached.curve;
  const fresh = { k, curve: new ExpCurve(k, lo, hi) };
  state.curves[key] = fresh;
  return fresh.curve;
}

/**
 * x^y for x in [0, 1], tabulated on a fine grid with linear interpolation (built once per exponent
 * from the engine-independent power). Used for need = needMax·(1 − ability)^shape in the weekly
 * loop, where a log and an exp per user would dominate the run time.
 */
export class PowerCurve {
  readonly table: Float64Array;
  readonly n: number;

  constructor(
    readonly y: number,
    n = 4096,
  ) {
    this.n = n;
    this.table = new Float64Array(n + 1);
    for (let i = 0; i <= n; i++) this.table[i] = power(i / n, y);
  }

  at(x: number): number {
    return interpolate(this.table, this.n, x * this.n);
  }
}

/** Linear interpolation in a table of n + 1 points at fractional index t, clamped to the ends. */
function interpolate(table: Float64Array, n: number, t: number): number {
  if (t <= 0) return table[0] as number;
  if (t >= n) return table[n] as number;
  const i = t | 0;
  const a = table[i] as number;
  return a + (t - i) * ((table[i + 1] as number) - a);
}
