/**
 * Nelder–Mead simplex minimisation (Nelder & Mead 1965, with the standard coefficients of Lagarias
 * et al. 1998): derivative-free, for the few hyperparameters of an emulator. Deterministic: the
 * same start gives the same answer.
 */

/** Options of {@link nelderMead}: the first simplex's step per coordinate, iterations and tolerance. */
export interface NelderMeadOptions {
  readonly step?: number;
  readonly maxIterations?: number;
  /** Stop when the simplex's values differ by less than this. */
  readonly tolerance?: number;
}

/** `nelderMead(f, start, options?)`: a point near a local minimum of `f`, and its value. */
export function nelderMead(f: (x: readonly number[]) => number, start: readonly number[], options: NelderMeadOptions = {}): { readonly x: number[]; readonly value: number } {
  const n = start.length;
  const step = options.step ?? 0.5;
  const simplex = [start.slice(), ...start.map((_, i) => start.map((v, j) => (i === j ? v + step : v)))];
  let values = simplex.map((p) => safe(f(p)));
  for (let iteration = 0; iteration < (options.maxIterations ?? 200 * n); iteration++) {
    const order = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
    const points = order.map((i) => simplex[i] as number[]);
    values = order.map((i) => values[i] as number);
    simplex.splice(0, simplex.length, ...points);
    if ((values[n] as number) - (values[0] as number) < (options.tolerance ?? 1e-6)) break;
    const centroid = start.map((_, j) => points.slice(0, n).reduce((s, p) => s + (p[j] as number), 0) / n);
    const toward = (t: number) => centroid.map((c, j) => c + t * (c - ((points[n] as number[])[j] as number)));
    const reflected = toward(1);
    const fr = safe(f(reflected));
    if (fr < (values[0] as number)) {
      const expanded = toward(2);
      const fe = safe(f(expanded));
      [simplex[n], values[n]] = fe < fr ? [expanded, fe] : [reflected, fr];
    } else if (fr < (values[n - 1] as number)) {
      [simplex[n], values[n]] = [reflected, fr];
    } else {
      const contracted = toward(fr < (values[n] as number) ? 0.5 : -0.5);
      const fc = safe(f(contracted));
      if (fc < Math.min(fr, values[n] as number)) {
        [simplex[n], values[n]] = [contracted, fc];
      } else {
        // Shrink every point toward the best.
        for (let i = 1; i <= n; i++) {
          simplex[i] = (simplex[i] as number[]).map((v, j) => ((points[0] as number[])[j] as number) + 0.5 * (v - ((points[0] as number[])[j] as number)));
          values[i] = safe(f(simplex[i] as number[]));
        }
      }
    }
  }
  const best = values.indexOf(Math.min(...values));
  return { x: (simplex[best] as number[]).slice(), value: values[best] as number };
}

function safe(v: number): number {
  return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
}
