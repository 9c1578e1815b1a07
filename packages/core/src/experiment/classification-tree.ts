/**
 * A small classification tree: CART (Breiman, Friedman, Olshen & Stone 1984) with the Gini impurity,
 * binary splits at midpoints between observed values, a maximum depth and a minimum leaf size.
 *
 * The regime map uses it to say which parameters decide which regime wins. It is written here
 * rather than taken from npm (ml-cart and its kin) because core depends on nothing but zod and
 * seedrandom and runs in the browser, and the map needs three things those libraries do not
 * promise: each split's impurity decrease (for importance), thresholds in the caller's units, and
 * ties broken by a fixed rule, so the same data give the same tree bytes everywhere.
 */
import { assertWhole, invalidArgument } from './internal/validate.ts';

/** Options of {@link classificationTree}. */
export interface ClassificationTreeOptions {
  /** Levels of splits below the root: a tree of depth d has at most 2^d leaves (default 3; 0 gives one leaf). */
  readonly maxDepth?: number;
  /** Fewest points a leaf may hold; a split that leaves fewer on one side is not considered (default 5). */
  readonly minLeaf?: number;
}

/** What every node knows about the points that reach it. */
export interface TreeLeaf {
  readonly kind: 'leaf';
  /** Points in the node. */
  readonly n: number;
  /** Points of each class, indexed by class. */
  readonly counts: readonly number[];
  /** The most frequent class; among equally frequent ones, the lowest index. */
  readonly majority: number;
  /** Gini impurity 1 − Σ p², 0 for a pure node. */
  readonly gini: number;
}

/** A node split on one feature: points with `x[feature] < threshold` go `below`, the rest `above`. */
export interface TreeSplit extends Omit<TreeLeaf, 'kind'> {
  readonly kind: 'split';
  readonly feature: number;
  /** The midpoint between the two observed values the split falls between, in the feature's units. */
  readonly threshold: number;
  /** n·gini − (n_below·gini_below + n_above·gini_above): the impurity removed, counted in points. */
  readonly decrease: number;
  readonly below: TreeNode;
  readonly above: TreeNode;
}

/** A node of a {@link ClassificationTree}. */
export type TreeNode = TreeLeaf | TreeSplit;

/** A grown tree and the importance of each feature in it. */
export interface ClassificationTree {
  readonly root: TreeNode;
  /** Per feature, its splits' total impurity decrease as a share of all splits' (sums to 1; all 0 without splits). */
  readonly importance: readonly number[];
}

// Decreases closer than this count as equal, so rounding in the last bit cannot pick the split.
const TIE = 1e-9;

/**
 * `classificationTree(x, y, classes, options?)`: grows a CART tree that predicts class `y[i]` from
 * the features `x[i]`.
 *
 * At each node every feature and every midpoint between consecutive distinct values is tried; the
 * split with the largest Gini decrease wins, ties going to the lower feature index and then the
 * lower threshold. A node stays a leaf when it is pure, at `maxDepth`, or when no split leaves
 * `minLeaf` points on both sides and lowers the impurity.
 *
 * @param x - one row of finite features per point, every row the same length (≥ 1).
 * @param y - one class per point, a whole number in [0, classes).
 * @param classes - the number of classes, ≥ 1.
 * @param options - `maxDepth` (default 3), `minLeaf` (default 5).
 * @throws PpsimError `invalid_argument` naming the first bad argument or entry.
 * @example
 * const tree = classificationTree([[0.1], [0.2], [0.8], [0.9]], [0, 0, 1, 1], 2, { minLeaf: 1 });
 * // tree.root: split on feature 0 at 0.5; below: leaf of class 0, above: leaf of class 1
 */
export function classificationTree(x: readonly (readonly number[])[], y: readonly number[], classes: number, options: ClassificationTreeOptions = {}): ClassificationTree {
  const maxDepth = options.maxDepth ?? 3;
  const minLeaf = options.minLeaf ?? 5;
  assertWhole('classificationTree(options.maxDepth)', maxDepth, 0, 'pass the levels of splits, e.g. 3');
  assertWhole('classificationTree(options.minLeaf)', minLeaf, 1, 'pass the fewest points per leaf, e.g. 5');
  assertWhole('classificationTree(classes)', classes, 1, 'pass the number of classes, e.g. 2');
  const k = checkFeatures(x);
  if (!Array.isArray(y) || y.length !== x.length) {
    throw invalidArgument('classificationTree(y)', `${x.length} classes, one per row of x`, y, 'pass the class of each point in row order');
  }
  y.forEach((c, i) => assertWhole(`classificationTree(y[${i}])`, c, 0, `pass a class index below ${classes}`));
  const bad = y.findIndex((c) => c >= classes);
  if (bad >= 0) throw invalidArgument(`classificationTree(y[${bad}])`, `a class index below ${classes}`, y[bad], 'raise `classes` or renumber the classes from 0');
  const decrease = new Array<number>(k).fill(0);
  const grow = (rows: readonly number[], depth: number): TreeNode => {
    const leaf = leafOf(rows, y, classes);
    if (depth >= maxDepth || leaf.gini === 0 || rows.length < 2 * minLeaf) return leaf;
    const best = bestSplit(rows, x, y, classes, k, minLeaf, leaf.n * leaf.gini);
    if (best === undefined) return leaf;
    decrease[best.feature] = (decrease[best.feature] as number) + best.decrease;
    const { below, above, ...split } = best;
    return { ...leaf, kind: 'split', ...split, below: grow(below, depth + 1), above: grow(above, depth + 1) };
  };
  const root = grow(
    x.map((_, i) => i),
    0,
  );
  const total = decrease.reduce((s, d) => s + d, 0);
  return { root, importance: decrease.map((d) => (total > 0 ? d / total : 0)) };
}

function checkFeatures(x: readonly (readonly number[])[]): number {
  if (!Array.isArray(x) || x.length === 0) throw invalidArgument('classificationTree(x)', 'a non-empty array of feature rows', x, 'pass one row of numbers per point');
  const k = Array.isArray(x[0]) ? x[0].length : 0;
  if (k === 0) throw invalidArgument('classificationTree(x[0])', 'a non-empty row of numbers', x[0], 'pass at least one feature per point');
  x.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== k) throw invalidArgument(`classificationTree(x[${i}])`, `a row of ${k} numbers, as x[0]`, row, 'give every point the same features');
    const j = row.findIndex((v) => typeof v !== 'number' || !Number.isFinite(v));
    if (j >= 0) throw invalidArgument(`classificationTree(x[${i}][${j}])`, 'a finite number', row[j], 'drop or repair the point');
  });
  return k;
}

function gini(counts: ArrayLike<number>, n: number): number {
  let sum = 0;
  for (let c = 0; c < counts.length; c++) sum += ((counts[c] as number) / n) ** 2;
  return 1 - sum;
}

function leafOf(rows: readonly number[], y: readonly number[], classes: number): TreeLeaf {
  const counts = new Array<number>(classes).fill(0);
  for (const r of rows) counts[y[r] as number] = (counts[y[r] as number] as number) + 1;
  let majority = 0;
  counts.forEach((count, c) => {
    if (count > (counts[majority] as number)) majority = c;
  });
  return { kind: 'leaf', n: rows.length, counts, majority, gini: gini(counts, rows.length) };
}

interface Candidate {
  feature: number;
  threshold: number;
  decrease: number;
  below: number[];
  above: number[];
}

/** The best split of `rows` over every feature, or undefined when none leaves minLeaf on both sides and lowers the impurity. */
function bestSplit(rows: readonly number[], x: readonly (readonly number[])[], y: readonly number[], classes: number, k: number, minLeaf: number, impurity: number): Candidate | undefined {
  const n = rows.length;
  let best: Candidate | undefined;
  for (let f = 0; f < k; f++) {
    const value = (r: number) => (x[r] as readonly number[])[f] as number;
    // Sorted by value, then by row, so equal values keep a fixed order.
    const sorted = [...rows].sort((a, b) => value(a) - value(b) || a - b);
    const left = new Float64Array(classes);
    const right = new Float64Array(classes);
    for (const r of sorted) right[y[r] as number] = (right[y[r] as number] as number) + 1;
    for (let i = 0; i < n - 1; i++) {
      const c = y[sorted[i] as number] as number;
      left[c] = (left[c] as number) + 1;
      right[c] = (right[c] as number) - 1;
      const nBelow = i + 1;
      if (n - nBelow < minLeaf) break;
      const a = value(sorted[i] as number);
      const b = value(sorted[i + 1] as number);
      if (nBelow < minLeaf || a === b) continue;
      const decrease = impurity - nBelow * gini(left, nBelow) - (n - nBelow) * gini(right, n - nBelow);
      if (decrease > TIE && (best === undefined || decrease > best.decrease + TIE)) {
        best = { feature: f, threshold: a + (b - a) / 2, decrease, below: sorted.slice(0, nBelow), above: sorted.slice(nBelow) };
      }
    }
  }
  if (best !== undefined) {
    // Children list their rows in input order, so a subtree does not depend on the parent's sort.
    best.below.sort((a, b) => a - b);
    best.above.sort((a, b) => a - b);
  }
  return best;
}
