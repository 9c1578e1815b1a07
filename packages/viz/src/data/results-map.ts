/**
 * Reading a regime map (`ppsim map --out DIR`): summary.json (format ppsim-map-summary/v1: the
 * regimes, who wins how much, the need-met floor, the classification tree, each parameter's
 * importance, provenance and the specification) and points.csv (the verdict at each point). The
 * summary is checked against a schema and against itself, points.csv against the columns the
 * summary implies; anything else is refused with the file, what was expected, what was found and
 * what to do.
 */
import { RESULT_SCHEMAS } from '@ppsim/core';
import { csvParseRows } from 'd3';
import type { z } from 'zod';
import { base, bodyRows, ResultError, schemaError, type InputFile } from './result-files.ts';

/** A node of the map's classification tree; `below` holds the points where `parameter` < `threshold`. */
export interface MapTreeNode {
  readonly points: number;
  /** The regime most points of the node have as winner. */
  readonly winner: string;
  /** Share of the node's points each regime wins. */
  readonly shares: Readonly<Record<string, number>>;
  readonly parameter?: string | undefined;
  readonly threshold?: number | undefined;
  readonly below?: MapTreeNode | undefined;
  readonly above?: MapTreeNode | undefined;
}

const mapSummary = RESULT_SCHEMAS.map;

/** One regime of the map, the baseline first. */
export interface MapRegime {
  readonly name: string;
  /** A `variant` of the scenario or a governance `preset`. */
  readonly kind: string;
  readonly description: string;
  /** What the regime sets that the map neither varies nor overrides. */
  readonly settings: readonly string[];
  /** Share of the points it wins, and wins decidedly. */
  readonly share: number;
  readonly decidedShare: number;
}

/** The verdict at one point (a row of points.csv). */
export interface MapPointRow {
  readonly point: number;
  /** The point's parameter values, in the order of `MapResult.params`. */
  readonly values: readonly number[];
  /** Mean cost.perNeedHourMet and needMet of each regime. */
  readonly cost: readonly number[];
  readonly needMet: readonly number[];
  /** Each regime after the baseline: its cost minus the baseline's, paired by seed, with the 95 % interval. */
  readonly costDiff: readonly { readonly mean: number; readonly lo: number; readonly hi: number }[];
  /** Index of the winning regime. */
  readonly winner: number;
  readonly decided: boolean;
}

/** A regime map, read. */
export interface MapResult {
  readonly kind: 'map';
  /** `scenario` or `scenario:variant`. */
  readonly scenario: string;
  readonly regimes: readonly MapRegime[];
  /** The parameter paths the map varies, in design order, with their ranges. */
  readonly params: readonly string[];
  readonly ranges: readonly { readonly path: string; readonly lo: number; readonly hi: number }[];
  readonly points: readonly MapPointRow[];
  /** points.csv as it was read: its header and its rows' cells (for export). */
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly needTolerance: number;
  readonly winnerRule: string;
  readonly needMetFloor: z.infer<typeof mapSummary>['needMetFloor'];
  readonly tree: { readonly maxDepth: number; readonly minLeaf: number; readonly root: MapTreeNode };
  /** Per parameter: its share of the tree's impurity decrease and, per regime (in `regimes` order), its standardised separation (null: none). */
  readonly importance: readonly { readonly parameter: string; readonly tree: number; readonly separation: readonly (number | null)[] }[];
  /** The run's size: replications, simulated years, population scale and seed (years and scale undefined when the summary does not say). */
  readonly size: { readonly reps: number; readonly years: number | undefined; readonly scale: number | undefined; readonly seed: number; readonly design: string };
  readonly provenance: unknown;
  readonly files: readonly string[];
}

/**
 * `readMap(doc, points, summaryName)`: a map from its parsed summary.json and its points.csv.
 * @throws ResultError when either is missing, malformed, or the two do not belong together.
 */
export function readMap(doc: unknown, points: InputFile | undefined, summaryName = 'summary.json'): MapResult {
  const file = base(summaryName);
  if ((doc as { format?: unknown }).format === 'ppsim-map/v1') {
    throw new ResultError(
      file,
      'the summary.json and points.csv of ppsim map',
      "the map's specification (map.json) without them",
      'open the folder once `ppsim map` has finished (it writes summary.json and points.csv when every run is done; the same command resumes an unfinished map)',
    );
  }
  const parsed = mapSummary.safeParse(doc);
  if (!parsed.success) throw schemaError(file, 'the summary.json of ppsim map', parsed.error);
  const s = parsed.data;
  const names = s.regimes.map((r) => r.name);
  const params = s.spec.ranges.map((r) => r.path);
  checkSummary(file, s, names, params);
  if (points === undefined) throw new ResultError(file, 'a map summary with its points.csv', `${file} without points.csv`, 'open the whole map folder, or summary.json together with points.csv');
  const { columns, rows, parsedRows } = readPoints(points, s.points, names, params);
  const scenario = s.spec.scenario.variant === null ? s.spec.scenario.id : `${s.spec.scenario.id}:${s.spec.scenario.variant}`;
  const first = s.spec.regimes?.[0]?.params;
  return {
    kind: 'map',
    scenario,
    params,
    ranges: s.spec.ranges,
    points: parsedRows,
    columns,
    rows,
    regimes: s.regimes.map((r) => ({
      name: r.name,
      kind: r.kind,
      description: r.description,
      settings: r.settings,
      share: s.wins[r.name]?.share ?? 0,
      decidedShare: s.wins[r.name]?.decidedShare ?? 0,
    })),
    needTolerance: s.needTolerance,
    winnerRule: s.winnerRule,
    needMetFloor: s.needMetFloor,
    tree: { maxDepth: s.tree.maxDepth, minLeaf: s.tree.minLeaf, root: s.tree.root },
    importance: s.importance.map((i) => ({ parameter: i.parameter, tree: i.tree, separation: names.map((n) => i.separation[n] ?? null) })),
    size: { reps: s.reps, years: first?.horizon.years, scale: first?.population.scale, seed: s.spec.seed, design: s.spec.design },
    provenance: s.provenance,
    files: [file, 'points.csv'],
  };
}

/** The summary agrees with itself: the baseline comes first, every regime has its wins, the tree and the importance table name known regimes and parameters. */
function checkSummary(file: string, s: z.infer<typeof mapSummary>, names: readonly string[], params: readonly string[]): void {
  const fail = (expected: string, received: string) => new ResultError(file, expected, received, 'open the summary.json that ppsim map wrote, unchanged');
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) throw fail('each regime once in regimes', `${twice} twice`);
  if (s.baseline !== names[0]) throw fail(`baseline ${names[0]} (the first regime)`, `baseline ${s.baseline}`);
  const missing = names.find((n) => s.wins[n] === undefined);
  if (missing !== undefined) throw fail(`wins for every regime (${names.join(', ')})`, `none for ${missing}`);
  const unknown = s.importance.find((i) => !params.includes(i.parameter));
  if (unknown !== undefined) throw fail(`importance of the map's parameters (${params.join(', ')})`, `a row for ${unknown.parameter}`);
  const walk = (node: MapTreeNode, at: string): void => {
    if (!names.includes(node.winner)) throw fail(`a regime of the map as winner at ${at}`, node.winner);
    const parts = [node.parameter, node.threshold, node.below, node.above].filter((x) => x !== undefined).length;
    if (parts === 0) return;
    if (parts !== 4 || !params.includes(node.parameter as string)) {
      throw fail(
        `at ${at} either a leaf or a split on one of the map's parameters with threshold, below and above`,
        `a node with ${parts} of the 4 parts${node.parameter === undefined ? '' : ` on ${node.parameter}`}`,
      );
    }
    walk(node.below as MapTreeNode, `${at}.below`);
    walk(node.above as MapTreeNode, `${at}.above`);
  };
  walk(s.tree.root, 'tree.root');
}

/** The columns points.csv has for these regimes and parameters, as ppsim map writes them. */
export function pointColumns(names: readonly string[], params: readonly string[]): string[] {
  return [
    'point',
    ...params,
    ...names.flatMap((n) => [`${n}.cost.perNeedHourMet`, `${n}.needMet`]),
    ...names.slice(1).flatMap((n) => [`${n}.costDiff`, `${n}.costDiffLo`, `${n}.costDiffHi`]),
    'winner',
    'decided',
  ];
}

function readPoints(file: InputFile, count: number, names: readonly string[], params: readonly string[]): { columns: string[]; rows: string[][]; parsedRows: MapPointRow[] } {
  const name = base(file.name);
  const hint = 'open the points.csv written together with this summary.json, unchanged';
  const all = csvParseRows(file.text);
  const header = all[0] ?? [];
  const expected = pointColumns(names, params);
  const at = expected.findIndex((c, i) => header[i] !== c);
  if (at >= 0 || header.length !== expected.length) {
    const where =
      at >= 0 ? `column ${at + 1} ${header[at] === undefined ? 'missing' : `named ${header[at]}`} where ${expected[at]} belongs` : `${header.length} columns where ${expected.length} belong`;
    throw new ResultError(name, `the points.csv of this map (point, its ${params.length} parameters, each regime's cost and need met, differences, winner, decided)`, where, hint);
  }
  const rows = bodyRows(file, all, hint);
  if (rows.length !== count) throw new ResultError(name, `${count} points (as summary.json says)`, `${rows.length} rows`, hint);
  const k = params.length;
  const g = names.length;
  const parsedRows = rows.map((row, i): MapPointRow => {
    const num = (j: number) => Number(row[j]);
    const line = `line ${i + 2}`;
    const values = params.map((_, j) => num(1 + j));
    if (!values.every(Number.isFinite) || !Number.isInteger(num(0))) throw new ResultError(name, `numbers for point and parameters on ${line}`, row.slice(0, 1 + k).join(', '), hint);
    const winner = names.indexOf(row[row.length - 2] ?? '');
    if (winner < 0) throw new ResultError(name, `a winner among ${names.join(', ')} on ${line}`, row[row.length - 2] ?? '(nothing)', hint);
    const decided = row[row.length - 1];
    if (decided !== 'true' && decided !== 'false') throw new ResultError(name, `decided true or false on ${line}`, decided ?? '(nothing)', hint);
    const diffAt = 1 + k + 2 * g;
    return {
      point: num(0),
      values,
      winner,
      decided: decided === 'true',
      cost: names.map((_, r) => num(1 + k + 2 * r)),
      needMet: names.map((_, r) => num(2 + k + 2 * r)),
      costDiff: names.slice(1).map((_, r) => ({ mean: num(diffAt + 3 * r), lo: num(diffAt + 3 * r + 1), hi: num(diffAt + 3 * r + 2) })),
    };
  });
  return { columns: header, rows, parsedRows };
}
