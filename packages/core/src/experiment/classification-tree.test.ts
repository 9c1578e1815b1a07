import { describe, expect, it } from 'vitest';
import { createRng } from '../engine/rng/index.ts';
import { classificationTree, type TreeNode, type TreeSplit } from './index.ts';

/** n points uniform in [0, 1)^k from a seeded stream. */
function uniformPoints(n: number, k: number, seed: number): number[][] {
  const stream = createRng(seed).stream('tree-test');
  return Array.from({ length: n }, () => Array.from({ length: k }, () => stream.random()));
}

const leaves = (node: TreeNode): TreeNode[] => (node.kind === 'leaf' ? [node] : [...leaves(node.below), ...leaves(node.above)]);

describe('classificationTree(x, y, classes)', () => {
  it('recovers a planted threshold on the feature that decides, within 0.03, and gives it all the importance', () => {
    const x = uniformPoints(300, 3, 1);
    const y = x.map((p) => ((p[1] as number) < 0.47 ? 0 : 1));
    const tree = classificationTree(x, y, 2);
    const root = tree.root as TreeSplit;
    expect(root.kind).toBe('split');
    expect(root.feature).toBe(1);
    expect(Math.abs(root.threshold - 0.47)).toBeLessThan(0.03);
    expect(root.below.kind).toBe('leaf');
    expect(root.above.kind).toBe('leaf');
    expect(tree.importance).toEqual([0, 1, 0]);
  });

  it('finds the threshold through 10 % label noise', () => {
    const x = uniformPoints(400, 2, 2);
    const flip = createRng(3).stream('noise');
    const y = x.map((p) => (((p[0] as number) < 0.3 ? 0 : 1) + (flip.random() < 0.1 ? 1 : 0)) % 2);
    const root = classificationTree(x, y, 2, { maxDepth: 1 }).root as TreeSplit;
    expect(root.feature).toBe(0);
    expect(Math.abs(root.threshold - 0.3)).toBeLessThan(0.05);
  });

  it('needs depth 2 for an interaction (one region on two features), and stops at maxDepth', () => {
    const x = uniformPoints(400, 3, 4);
    const y = x.map((p) => ((p[0] as number) >= 0.5 && (p[1] as number) >= 0.6 ? 1 : 0));
    const deep = classificationTree(x, y, 2, { maxDepth: 2 });
    expect(leaves(deep.root).every((l) => l.gini === 0)).toBe(true);
    expect(deep.importance[0]).toBeGreaterThan(0);
    expect(deep.importance[1]).toBeGreaterThan(0);
    expect(deep.importance[2]).toBe(0);
    expect(leaves(classificationTree(x, y, 2, { maxDepth: 1 }).root)).toHaveLength(2);
    expect(classificationTree(x, y, 2, { maxDepth: 0 }).root.kind).toBe('leaf');
  });
});

describe('classificationTree(x, y, classes, { minLeaf })', () => {
  it('never makes a leaf smaller than minLeaf', () => {
    const x = uniformPoints(60, 2, 5);
    const y = x.map((p, i) => ((p[0] as number) < 0.1 || i % 7 === 0 ? 1 : 0));
    for (const minLeaf of [1, 5, 12]) {
      for (const leaf of leaves(classificationTree(x, y, 2, { minLeaf }).root)) expect(leaf.n).toBeGreaterThanOrEqual(minLeaf);
    }
  });
});

describe('classificationTree(x, pure y, classes)', () => {
  it('is one leaf with impurity 0 and no importance', () => {
    const tree = classificationTree(uniformPoints(20, 2, 6), new Array<number>(20).fill(2), 3);
    expect(tree.root).toEqual({ kind: 'leaf', n: 20, counts: [0, 0, 20], majority: 2, gini: 0 });
    expect(tree.importance).toEqual([0, 0]);
  });
});

describe('classificationTree(x, y, classes) with ties', () => {
  it('prefers the lower feature among equally good splits, and the lower class among equally frequent ones', () => {
    const x = [
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ];
    const root = classificationTree(x, [0, 0, 1, 1], 2, { minLeaf: 1 }).root as TreeSplit;
    expect([root.feature, root.threshold]).toEqual([0, 2.5]);
    expect(classificationTree([[0], [1]], [1, 0], 2, { maxDepth: 0 }).root.majority).toBe(0);
  });

  it('prefers the lower threshold among equally good splits of one feature, and never splits between equal values', () => {
    const root = classificationTree([[0], [1], [2]], [0, 1, 0], 2, { minLeaf: 1, maxDepth: 1 }).root as TreeSplit;
    expect(root.threshold).toBe(0.5);
    expect(classificationTree([[1], [1], [1], [1]], [0, 1, 0, 1], 2, { minLeaf: 1 }).root.kind).toBe('leaf');
  });

  it('gives the same tree for the same data in another row order', () => {
    const x = uniformPoints(50, 3, 7);
    const y = x.map((p) => ((p[2] as number) > 0.5 ? 1 : 0));
    const order = x.map((_, i) => i).reverse();
    const a = classificationTree(x, y, 2, { minLeaf: 2 });
    const b = classificationTree(
      order.map((i) => x[i] as number[]),
      order.map((i) => y[i] as number),
      2,
      { minLeaf: 2 },
    );
    expect((b.root as TreeSplit).threshold).toBe((a.root as TreeSplit).threshold);
    expect(b.importance).toEqual(a.importance);
  });
});

describe('classificationTree(bad input)', () => {
  it('names the first bad argument', () => {
    expect(() => classificationTree([], [], 2)).toThrow(/classificationTree\(x\): expected a non-empty array/);
    expect(() => classificationTree([[0], [0, 1]], [0, 0], 2)).toThrow(/classificationTree\(x\[1\]\): expected a row of 1 numbers/);
    expect(() => classificationTree([[Number.NaN]], [0], 2)).toThrow(/classificationTree\(x\[0\]\[0\]\): expected a finite number/);
    expect(() => classificationTree([[0]], [2], 2)).toThrow(/classificationTree\(y\[0\]\): expected a class index below 2/);
    expect(() => classificationTree([[0]], [0, 1], 2)).toThrow(/classificationTree\(y\): expected 1 classes/);
    expect(() => classificationTree([[0]], [0], 2, { minLeaf: 0 })).toThrow(/classificationTree\(options\.minLeaf\)/);
  });
});
