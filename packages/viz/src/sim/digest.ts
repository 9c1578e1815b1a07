/**
 * The statistics across runs that the charts draw: means with 95 % t-intervals per year, and paired
 * differences by seed. A run is what the viewer keeps of it, core's `YearlyRun`: every result metric
 * and every cost-ledger item per full calendar year (a few hundred numbers instead of a thousand
 * rows), reduced by core's `yearlyRun` as in every result the command line writes.
 */
import { pairedDifference, tInterval, type YearlyRun } from '@ppsim/core';
import type { BandPoint } from '../charts/types.ts';

/** Years common to every run (runs of one ensemble share them). */
export function commonYears(runs: readonly YearlyRun[]): readonly number[] {
  const [first] = runs;
  if (first === undefined) return [];
  return first.years.filter((y) => runs.every((r) => r.years.includes(y)));
}

/** The value of `name` in `year` of a run (NaN when the run has no such year). */
export function valueAt(run: YearlyRun, name: string, year: number): number {
  const i = run.years.indexOf(year);
  return i < 0 ? Number.NaN : ((run.values[name] ?? [])[i] ?? Number.NaN);
}

/**
 * Mean and 95 % t-interval of `name` per year across runs. With one run the interval collapses to
 * the value (the chart says so); non-finite values are left out of that year.
 */
export function ensembleBand(runs: readonly YearlyRun[], name: string): BandPoint[] {
  return commonYears(runs).flatMap((year) => {
    const xs = runs.map((r) => valueAt(r, name, year)).filter(Number.isFinite);
    if (xs.length === 0) return [];
    if (xs.length === 1) return [{ x: year, mean: xs[0] as number, lo: xs[0] as number, hi: xs[0] as number }];
    const i = tInterval(xs);
    return [{ x: year, mean: i.mean, lo: i.lo, hi: i.hi }];
  });
}

/**
 * Paired difference b − a of `name` per year, runs matched by seed (common random numbers), with
 * its 95 % interval. Seeds present in only one ensemble are left out.
 */
export function pairedBand(a: readonly YearlyRun[], b: readonly YearlyRun[], name: string): BandPoint[] {
  const pairs = pairBySeed(a, b);
  const years = commonYears(pairs.flat());
  return years.flatMap((year) => {
    const ok = pairs.map(([x, y]) => [valueAt(x, name, year), valueAt(y, name, year)] as const).filter(([u, v]) => Number.isFinite(u) && Number.isFinite(v));
    if (ok.length === 0) return [];
    if (ok.length === 1) {
      const d = (ok[0] as readonly [number, number])[1] - (ok[0] as readonly [number, number])[0];
      return [{ x: year, mean: d, lo: d, hi: d }];
    }
    const d = pairedDifference(
      ok.map(([u]) => u),
      ok.map(([, v]) => v),
    );
    return [{ x: year, mean: d.mean, lo: d.lo, hi: d.hi }];
  });
}

/** The runs of two ensembles paired by seed, in `a`'s order; seeds in only one of them are left out. */
export function pairBySeed(a: readonly YearlyRun[], b: readonly YearlyRun[]): (readonly [YearlyRun, YearlyRun])[] {
  const bySeed = new Map(b.map((r) => [r.seed, r]));
  return a.flatMap((r) => {
    const o = bySeed.get(r.seed);
    return o === undefined ? [] : [[r, o] as const];
  });
}

/** The last year every run has, with each run's value of `name` in it. */
export function finalValues(runs: readonly YearlyRun[], name: string): { readonly year: number; readonly values: number[] } | undefined {
  const years = commonYears(runs);
  const year = years[years.length - 1];
  if (year === undefined) return undefined;
  return { year, values: runs.map((r) => valueAt(r, name, year)) };
}
