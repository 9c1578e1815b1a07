/**
 * Do the implementations agree? Each is run over many seeds and scored by the same
 * framework-neutral functions: for Schelling the share of happy agents after the first step and
 * after the last, for Boltzmann wealth the Gini coefficient after the last step. Invariants are
 * checked on every run (agents are neither lost nor duplicated, wealth is conserved).
 *
 * Tolerance: two implementations agree on a statistic when their means over the seeds differ by at
 * most 4 standard errors of the difference (independent seeds; a false alarm about once in 16,000
 * comparisons), with a floor of 0.002 for statistics that barely vary.
 */
import { happyShareOfGrid } from '../../examples/schelling/schelling.ts';
import { giniOf } from '../../examples/boltzmann-wealth/boltzmannWealth.ts';
import type { Row } from './rows.ts';
import type { Framework } from './types.ts';

/** Standard errors of the difference allowed, and the absolute floor. */
export const AGREEMENT_Z = 4;
export const AGREEMENT_FLOOR = 0.002;

/** Statistic name → one value per seed. */
export type Outcomes = Record<string, number[]>;

/** `rowOutcomes(framework, row, seeds): Outcomes` — runs one row for each seed and scores it. */
export function rowOutcomes(framework: Framework, row: Row, seeds: readonly number[]): Outcomes {
  if (row.model === 'schelling') {
    const afterFirst: number[] = [];
    const afterLast: number[] = [];
    for (const seed of seeds) {
      const run = framework.schelling(row.params, seed);
      run.step(1);
      afterFirst.push(happyShareOfGrid(run.groups(), row.params));
      run.step(row.steps - 1);
      const grid = run.groups();
      checkSchellingGrid(framework.name, row, seed, grid);
      afterLast.push(happyShareOfGrid(grid, row.params));
    }
    return { 'happy share after step 1': afterFirst, [`happy share after step ${row.steps}`]: afterLast };
  }
  const gini: number[] = [];
  for (const seed of seeds) {
    const run = framework.boltzmann(row.params, seed);
    run.step(row.steps);
    const wealth = run.wealth();
    const total = wealth.reduce((a, b) => a + b, 0);
    if (wealth.length !== row.agents || total !== row.agents || wealth.some((w) => !(w >= 0) || !Number.isInteger(w))) {
      throw new Error(
        `${framework.name} ${row.name} seed ${seed}: expected ${row.agents} agents holding ${row.agents} units in whole non-negative amounts, received ${wealth.length} agents holding ${total}`,
      );
    }
    gini.push(giniOf(wealth));
  }
  return { [`wealth Gini after step ${row.steps}`]: gini };
}

function checkSchellingGrid(name: string, row: Row, seed: number, grid: Uint8Array): void {
  let ones = 0;
  let twos = 0;
  for (const g of grid) {
    if (g === 1) ones++;
    else if (g === 2) twos++;
  }
  const half = Math.ceil(row.agents / 2);
  if (ones !== half || twos !== row.agents - half) {
    throw new Error(`${name} ${row.name} seed ${seed}: expected ${half} + ${row.agents - half} agents on distinct cells, received ${ones} + ${twos}`);
  }
}

/** Mean and standard error of the mean. */
export function meanAndError(xs: readonly number[]): { mean: number; se: number } {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const variance = n > 1 ? xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1) : 0;
  return { mean, se: Math.sqrt(variance / n) };
}

/** One statistic compared between ppsim (`reference`) and a peer. */
export interface Agreement {
  readonly statistic: string;
  readonly reference: number;
  readonly peer: number;
  readonly difference: number;
  readonly tolerance: number;
  readonly ok: boolean;
}

/** `compareOutcomes(reference, peer): Agreement[]` — every statistic, within the stated tolerance? */
export function compareOutcomes(reference: Outcomes, peer: Outcomes): Agreement[] {
  return Object.keys(reference).map((statistic) => {
    const a = meanAndError(reference[statistic] ?? []);
    const b = meanAndError(peer[statistic] ?? []);
    const tolerance = Math.max(AGREEMENT_FLOOR, AGREEMENT_Z * Math.hypot(a.se, b.se));
    const difference = b.mean - a.mean;
    return { statistic, reference: a.mean, peer: b.mean, difference, tolerance, ok: Math.abs(difference) <= tolerance };
  });
}
