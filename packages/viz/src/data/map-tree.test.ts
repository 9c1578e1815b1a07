import { describe, expect, it } from 'vitest';
import { rankParameters, treeLeaves, treeRules } from './map-tree.ts';
import type { MapTreeNode } from './results-map.ts';

const leaf = (points: number, winner: string): MapTreeNode => ({ points, winner, shares: { [winner]: 1 } });

// a < 0.4 → (b < 2 → A, b ≥ 2 → (c < 0.5 → A, c ≥ 0.5 → B)); a ≥ 0.4 → B
const tree: MapTreeNode = {
  points: 30,
  winner: 'B',
  shares: { A: 0.4, B: 0.6 },
  parameter: 'a',
  threshold: 0.4,
  below: {
    points: 15,
    winner: 'A',
    shares: { A: 0.8, B: 0.2 },
    parameter: 'b',
    threshold: 2,
    below: leaf(5, 'A'),
    above: { points: 10, winner: 'A', shares: { A: 0.5, B: 0.5 }, parameter: 'c', threshold: 0.5, below: leaf(5, 'A'), above: leaf(5, 'B') },
  },
  above: leaf(15, 'B'),
};

describe('the map tree', () => {
  it('treeLeaves(root): every leaf with its conditions, below before above', () => {
    expect(treeLeaves(tree).map((l) => [l.conditions.map((c) => `${c.parameter}${c.op}${c.threshold}`).join(' '), l.node.winner, l.node.points])).toEqual([
      ['a<0.4 b<2', 'A', 5],
      ['a<0.4 b≥2 c<0.5', 'A', 5],
      ['a<0.4 b≥2 c≥0.5', 'B', 5],
      ['a≥0.4', 'B', 15],
    ]);
    expect(treeLeaves(leaf(8, 'A'))).toEqual([{ conditions: [], node: leaf(8, 'A') }]);
  });

  it('treeRules(root, x, y): splits on the two shown parameters, each spanning its side of the rules above it', () => {
    expect(treeRules(tree, 'a', 'b')).toEqual([
      { axis: 'x', parameter: 'a', threshold: 0.4, from: undefined, to: undefined, where: [] },
      { axis: 'y', parameter: 'b', threshold: 2, from: undefined, to: 0.4, where: [] },
    ]);
    // Axes swapped: the same splits, the rules turned.
    expect(treeRules(tree, 'b', 'a').map((r) => [r.axis, r.parameter, r.from, r.to])).toEqual([
      ['y', 'a', undefined, undefined],
      ['x', 'b', undefined, 0.4],
    ]);
  });

  it('treeRules(root, x, y): a split under a parameter not shown names that condition', () => {
    expect(treeRules(tree, 'c', 'b')).toEqual([
      { axis: 'y', parameter: 'b', threshold: 2, from: undefined, to: undefined, where: [{ parameter: 'a', op: '<', threshold: 0.4 }] },
      { axis: 'x', parameter: 'c', threshold: 0.5, from: 2, to: undefined, where: [{ parameter: 'a', op: '<', threshold: 0.4 }] },
    ]);
    expect(treeRules(leaf(8, 'A'), 'a', 'b')).toEqual([]);
  });

  it('rankParameters(map): by tree share, then by the largest separation, then in design order', () => {
    const importance = [
      { parameter: 'a', tree: 0, separation: [0.2, -0.2] },
      { parameter: 'b', tree: 0.3, separation: [null, null] },
      { parameter: 'c', tree: 0, separation: [-1.1, 1.1] },
      { parameter: 'd', tree: 0.7, separation: [0.1, -0.1] },
      { parameter: 'e', tree: 0, separation: [0.2, -0.2] },
    ];
    expect(rankParameters({ params: ['a', 'b', 'c', 'd', 'e'], importance })).toEqual(['d', 'b', 'c', 'a', 'e']);
  });
});
