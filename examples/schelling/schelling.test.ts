import { describe, expect, it } from 'vitest';
import { createSimulation, step } from '@ppsim/core';
import { groupsOf, happyShareOfGrid, schellingExample, schellingModel, schellingRun, schellingSmall } from './schelling.ts';

const count = (grid: Uint8Array, group: number) => grid.reduce((n, g) => n + (g === group ? 1 : 0), 0);

describe('examples/schelling', () => {
  it('happyShareOfGrid(groupAt, params) counts same-group neighbours within the Chebyshev radius, the cell itself excluded', () => {
    const full = Uint8Array.of(1, 1, 1, 1, 1, 1, 1, 1, 1);
    expect(happyShareOfGrid(full, { width: 3, height: 3, agents: 9, radius: 1, minSimilar: 3 })).toBe(1);
    // Corners see 3 neighbours, edges 5, the centre 8.
    expect(happyShareOfGrid(full, { width: 3, height: 3, agents: 9, radius: 1, minSimilar: 4 })).toBeCloseTo(5 / 9, 12);
    const mixed = Uint8Array.of(1, 2, 0, 2, 1, 0, 0, 0, 1);
    expect(happyShareOfGrid(mixed, { width: 3, height: 3, agents: 5, radius: 1, minSimilar: 1 })).toBeCloseTo(5 / 5, 12);
    expect(happyShareOfGrid(mixed, { width: 3, height: 3, agents: 5, radius: 1, minSimilar: 2 })).toBeCloseTo(1 / 5, 12);
  });

  it('step(sim, 20) keeps 500 + 500 agents on distinct cells and their cells and the grid agree', () => {
    const sim = createSimulation(schellingModel, { params: schellingSmall, seed: 3 });
    step(sim, 20);
    const grid = groupsOf(sim.state);
    expect([count(grid, 1), count(grid, 2)]).toEqual([500, 500]);
    const { cell, group } = sim.state.residents.columns;
    for (let s = 0; s < sim.state.residents.slotCount; s++) expect(grid[cell[s] as number]).toBe(group[s]);
    expect(sim.state.emptyCount).toBe(600);
    expect(new Set(sim.state.emptyCells).size).toBe(600);
    for (const c of sim.state.emptyCells) expect(grid[c]).toBe(0);
  });

  it('schellingExample(seeds) shows agents sorting themselves: far more are happy after 20 steps than after 1', () => {
    const r = schellingExample(2);
    expect(r.small.afterLastStep).toBeGreaterThan(r.small.afterFirstStep + 0.2);
    expect(r.large.afterLastStep).toBeGreaterThan(r.large.afterFirstStep + 0.1);
  });

  it('createSimulation(schellingModel, …) rejects a radius the cell codes cannot count, and a grid with no empty cell', () => {
    expect(() => createSimulation(schellingModel, { params: { ...schellingSmall, radius: 4 }, seed: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[PpsimError: schellingModel(params.radius): expected a whole number from 1 to 3, received 4. Fix: use 1 (the 8 surrounding cells) or 2 (the 24 within two), as the comparison does]`,
    );
    expect(() => createSimulation(schellingModel, { params: { ...schellingSmall, agents: 1600 }, seed: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[PpsimError: schellingModel(params.agents): expected a whole number from 1 to 1599 (at least one cell must stay empty), received 1600. Fix: leave cells free to move to, e.g. 1,000 agents on 40 × 40 as the comparison does]`,
    );
  });

  it('the golden run: seed 1 gives the same shares as when this example was written', () => {
    const happy = schellingRun(schellingSmall, 1).table.series.happy as Float64Array;
    expect([happy[0], happy[19]]).toMatchInlineSnapshot(`
      [
        0.697,
        1,
      ]
    `);
  });
});
