/**
 * Reading a regime map's classification tree: its leaves with the conditions that lead to each
 * (the tree written out in words), its splits on two chosen parameters as rules on a slice of the
 * map, and the parameters ranked by how much they decide the winner.
 */
import type { MapResult, MapTreeNode } from './results-map.ts';

/** One condition on the way down the tree: `parameter < threshold` (below) or `≥` (above). */
export interface TreeCondition {
  readonly parameter: string;
  readonly op: '<' | '≥';
  readonly threshold: number;
}

/** A leaf and the conditions that lead to it from the root (none for a tree without splits). */
export interface TreeLeafPath {
  readonly conditions: readonly TreeCondition[];
  readonly node: MapTreeNode;
}

/**
 * `treeLeaves(root)`: every leaf with its conditions, the points below a threshold before those
 * above (the order ppsim map prints them in).
 * @example
 * treeLeaves(summary.tree.root).map((l) => `${l.node.winner} wins ${l.node.points} points`);
 */
export function treeLeaves(root: MapTreeNode): TreeLeafPath[] {
  const walk = (node: MapTreeNode, conditions: readonly TreeCondition[]): TreeLeafPath[] => {
    const { parameter, threshold, below, above } = node;
    if (parameter === undefined || threshold === undefined || below === undefined || above === undefined) return [{ conditions, node }];
    return [...walk(below, [...conditions, { parameter, op: '<', threshold }]), ...walk(above, [...conditions, { parameter, op: '≥', threshold }])];
  };
  return walk(root, []);
}

/** A split of the tree on a parameter shown on a slice, as a rule across the part of the slice it applies to. */
export interface TreeRule {
  /** The slice's axis the split's parameter is on. */
  readonly axis: 'x' | 'y';
  readonly parameter: string;
  readonly threshold: number;
  /** Where the rule starts and ends along the other axis (undefined: the edge of the slice). */
  readonly from: number | undefined;
  readonly to: number | undefined;
  /** Conditions on parameters not shown that must hold for the split to apply (empty at the root). */
  readonly where: readonly TreeCondition[];
}

/**
 * `treeRules(root, x, y)`: the tree's splits on parameters `x` and `y`. A split under another split
 * on the same two parameters only spans that split's side; conditions on parameters that are not
 * shown come along in `where`.
 * @example
 * treeRules(root, 'governance.controlIntensity', 'staff.motivation.mean'); // [{ axis: 'x', threshold: 0.63, … }]
 */
export function treeRules(root: MapTreeNode, x: string, y: string): TreeRule[] {
  const out: TreeRule[] = [];
  interface Bounds {
    readonly xlo?: number;
    readonly xhi?: number;
    readonly ylo?: number;
    readonly yhi?: number;
  }
  const walk = (node: MapTreeNode, b: Bounds, where: readonly TreeCondition[]): void => {
    const { parameter, threshold, below, above } = node;
    if (parameter === undefined || threshold === undefined || below === undefined || above === undefined) return;
    const onX = parameter === x;
    const onY = parameter === y;
    if (onX) out.push({ axis: 'x', parameter, threshold, from: b.ylo, to: b.yhi, where });
    if (onY) out.push({ axis: 'y', parameter, threshold, from: b.xlo, to: b.xhi, where });
    if (onX || onY) {
      walk(below, { ...b, ...(onX ? { xhi: threshold } : {}), ...(onY ? { yhi: threshold } : {}) }, where);
      walk(above, { ...b, ...(onX ? { xlo: threshold } : {}), ...(onY ? { ylo: threshold } : {}) }, where);
    } else {
      walk(below, b, [...where, { parameter, op: '<', threshold }]);
      walk(above, b, [...where, { parameter, op: '≥', threshold }]);
    }
  };
  walk(root, {}, []);
  return out;
}

/**
 * `rankParameters(map)`: the map's parameters, the most deciding first: by share of the tree's
 * impurity decrease, then by the largest standardised separation of any regime (a signal where
 * the tree has too few points to split), then in design order.
 */
export function rankParameters(map: Pick<MapResult, 'params' | 'importance'>): string[] {
  const score = new Map(map.importance.map((i) => [i.parameter, { tree: i.tree, separation: Math.max(0, ...i.separation.map((v) => Math.abs(v ?? 0))) }]));
  const of = (p: string) => score.get(p) ?? { tree: 0, separation: 0 };
  return map.params
    .map((p, i) => ({ p, i }))
    .sort((a, b) => of(b.p).tree - of(a.p).tree || of(b.p).separation - of(a.p).separation || a.i - b.i)
    .map((e) => e.p);
}
