/**
 * The text `ppsim map` prints: who wins how much of the space, the tree's leaves in words, each
 * parameter's importance, and the need-met floor. Built from summary.json's content, so the text
 * and the file cannot disagree.
 */
import { posteriorLine } from '../calibrate/posterior.ts';
import { formatTable } from '../format.ts';
import type { MapSummary, MapTreeNode } from './run.ts';

const percent = (share: number | undefined) => `${Math.round((share ?? 0) * 100)} %`;
const short = (x: number) => String(Number(x.toPrecision(3)));

/** `mapReport(summary, out)`: the report of a finished map whose files are in `out`. */
export function mapReport(summary: MapSummary, out: string): string {
  const { spec } = summary;
  const names = summary.regimes.map((r) => r.name);
  const lines = [
    `Regime map of ${spec.scenario.id}${spec.scenario.variant === null ? '' : `:${spec.scenario.variant}`}: ${summary.points} points × ${names.length} regimes × ${summary.reps} replications (${spec.design} over ${spec.ranges.length} parameter${spec.ranges.length === 1 ? '' : 's'}), final full year of each run.`,
    `Winner at a point: the lowest mean cost.perNeedHourMet among the regimes within ${summary.needTolerance} of the best mean needMet; decided: its paired 95 % interval against every other regime excludes 0.`,
    ...(spec.posterior === undefined ? [] : [posteriorLine(spec.posterior)]),
    '',
    formatTable(
      ['regime', 'wins', 'decided'],
      names.map((n) => [n, percent(summary.wins[n]?.share), percent(summary.wins[n]?.decidedShare)]),
    ),
    '',
    `What decides it (classification tree, depth ≤ ${summary.tree.maxDepth}, ≥ ${summary.tree.minLeaf} points per leaf):`,
    ...leaves(summary.tree.root, []).map(({ where, node }) => `  ${where}: ${node.winner} wins ${percent(node.shares[node.winner])} of ${node.points} points`),
    '',
    formatTable(['parameter', 'tree', ...names], importanceRows(summary, names)),
    `(tree: share of the tree's impurity decrease; ${names.length === 2 ? 'regime columns' : 'each regime'}: the parameter's mean where the regime wins minus elsewhere, in standard deviations)`,
    '',
    `Need-met floor: lowest regime mean ${short(summary.needMetFloor.pointMean.value)} (${summary.needMetFloor.pointMean.regime} at point ${summary.needMetFloor.pointMean.point}); lowest single run ${short(summary.needMetFloor.run.value)} (${summary.needMetFloor.run.regime} at point ${summary.needMetFloor.run.point}, replication ${summary.needMetFloor.run.rep}).`,
    `Wrote results.csv, points.csv and summary.json in ${out}.`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Every leaf with the conditions that lead to it, below before above. */
function leaves(node: MapTreeNode, conditions: readonly string[]): { where: string; node: MapTreeNode }[] {
  if (node.parameter === undefined || node.threshold === undefined || node.below === undefined || node.above === undefined) {
    return [{ where: conditions.length === 0 ? 'everywhere (no split)' : `where ${conditions.join(' and ')}`, node }];
  }
  const t = short(node.threshold);
  return [...leaves(node.below, [...conditions, `${node.parameter} < ${t}`]), ...leaves(node.above, [...conditions, `${node.parameter} ≥ ${t}`])];
}

/** Parameters, most important first (tree share, then the largest separation). */
function importanceRows(summary: MapSummary, names: readonly string[]): string[][] {
  const strongest = (r: MapSummary['importance'][number]) => Math.max(0, ...names.map((n) => Math.abs(r.separation[n] ?? 0)));
  const sorted = [...summary.importance].sort((a, b) => (b.tree ?? 0) - (a.tree ?? 0) || strongest(b) - strongest(a));
  return sorted.map((r) => [
    r.parameter,
    (r.tree ?? 0).toFixed(2),
    ...names.map((n) => {
      const s = r.separation[n];
      return s === null || s === undefined ? '–' : `${s >= 0 ? '+' : ''}${s.toFixed(2)}`;
    }),
  ]);
}
