// The implementations in ppsim, Flocc and AgentScript must be the same models before they are timed
// against each other. A smaller version of the check `pnpm bench peers` runs (100 seeds, all rows).
import { describe, expect, it } from 'vitest';
import { compareOutcomes, meanAndError, rowOutcomes, type Outcomes } from './agreement.ts';
import { agentscript } from './agentscript.ts';
import { flocc } from './flocc.ts';
import { ppsim } from './ppsim.ts';
import { ROWS, type Row } from './rows.ts';
import { schellingSmall } from '../../examples/schelling/schelling.ts';
import type { Framework } from './types.ts';

const row = (name: string) => ROWS.find((r) => r.name === name) as Row;
const seeds = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const frameworks = [ppsim, flocc, agentscript];

function expectAgreement(r: Row, n: number) {
  const outcomes = new Map<string, Outcomes>(frameworks.map((f) => [f.name, rowOutcomes(f, r, seeds(n))]));
  for (const f of [flocc, agentscript]) {
    for (const a of compareOutcomes(outcomes.get('ppsim') as Outcomes, outcomes.get(f.name) as Outcomes)) {
      expect({ framework: f.name, statistic: a.statistic, ok: a.ok, difference: a.difference, tolerance: a.tolerance }).toMatchObject({ ok: true });
    }
  }
}

describe('bench/peers agreement', () => {
  it('rowOutcomes(framework, schelling-small, 30 seeds): the three frameworks agree on the share of happy agents', () => {
    expectAgreement(row('schelling-small'), 30);
  });

  it('rowOutcomes(framework, boltzmann-small, 30 seeds): the three frameworks agree on the wealth Gini', () => {
    expectAgreement(row('boltzmann-small'), 30);
  });

  it('rowOutcomes(framework, large rows, 1 seed): every framework keeps the invariants at the large sizes', () => {
    for (const f of frameworks) {
      for (const name of ['schelling-large', 'boltzmann-large']) {
        const outcomes = rowOutcomes(f, row(name), [7]);
        for (const values of Object.values(outcomes)) expect(values[0]).toBeGreaterThan(0.3);
      }
    }
  });

  it('rowOutcomes(framework, row, seeds) throws when an implementation loses an agent', () => {
    const leaky: Framework = {
      ...ppsim,
      boltzmann: (params, seed) => {
        const run = ppsim.boltzmann(params, seed);
        return { step: run.step, wealth: () => run.wealth().slice(1) };
      },
    };
    expect(() => rowOutcomes(leaky, row('boltzmann-small'), [1])).toThrowErrorMatchingInlineSnapshot(
      `[Error: ppsim boltzmann-small seed 1: expected 100 agents holding 100 units in whole non-negative amounts, received 99 agents holding 100]`,
    );
  });

  it("AgentScript's seeded Math.random stays confined to its own runs", () => {
    const before = Math.random;
    agentscript.schelling(schellingSmall, 1).step(1);
    expect(Math.random).toBe(before);
  });

  it('compareOutcomes(reference, peer) allows 4 standard errors of the difference, with a floor', () => {
    const a = { x: [0.5, 0.6, 0.7, 0.5, 0.6, 0.7] };
    const se = meanAndError(a.x).se;
    const [near] = compareOutcomes(a, { x: a.x.map((v) => v + 3.9 * Math.SQRT2 * se) });
    const [far] = compareOutcomes(a, { x: a.x.map((v) => v + 4.1 * Math.SQRT2 * se) });
    expect([near?.ok, far?.ok]).toEqual([true, false]);
    expect(compareOutcomes({ x: [1, 1] }, { x: [0.999, 0.999] })[0]?.ok).toBe(true);
  });
});
