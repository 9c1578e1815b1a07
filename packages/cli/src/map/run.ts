/**
 * Runs a regime map into a folder through the resumable parts of sweep/parts.ts: one run is one
 * regime at one point on one replication seed, and its part is one row of the final full year's
 * metrics. When every part is there: `results.csv` (the rows in run order), `points.csv` (the
 * verdict at each point) and `summary.json` (who wins where, and what decides it).
 */
import { join } from 'node:path';
import { METRICS, MAP_TREE, PpsimError, regimeMap, studyRunPlace, type MapPoint, type RegimeMap, type RegimeOutcome, type StudyDesign, type StudyOutput, type TreeNode } from '@ppsim/core';
import { csvField } from '../sinks/csvSink.ts';
import { AtomicFileWriter } from '../sinks/fileWriter.ts';
import { commandEnvironment, provenanceScenario } from '../provenance.ts';
import { joinResults, writeDocument, type DamagedPart, type PartsJob } from '../sweep/parts.ts';
import type { MapSpec } from './spec.ts';

/** The winner rule in words, as summary.json records it. */
export const WINNER_RULE =
  "Among the regimes whose mean needMet is at least the best mean needMet minus needTolerance, the one with the lowest mean cost.perNeedHourMet wins (equal costs: the regime listed first). Decided: the paired 95 % t-interval of every other regime's cost.perNeedHourMet minus the winner's excludes 0.";

/** The map's study: every regime (an arm) at every point on the same seeds; runs point-major, then regime, then replication. Run i belongs to shard i mod n. */
export function mapDesign(spec: MapSpec): StudyDesign {
  return {
    arms: spec.regimes.map((r) => ({ params: r.params, timeline: r.timeline })),
    ranges: spec.ranges,
    points: spec.points,
    ...(spec.posterior === undefined ? {} : { draws: { paths: spec.posterior.paths, values: spec.posterior.values } }),
  };
}

/** Runs in the map: points × regimes × replications. */
export function mapRunCount(spec: MapSpec): number {
  return spec.points.length * spec.regimes.length * spec.reps;
}

/** The map as a job of sweep/parts.ts. */
export function mapJob(spec: MapSpec): PartsJob {
  const job: PartsJob = { specFile: 'map.json', spec, design: mapDesign(spec), seeds: spec.seeds, rows: (output) => mapRows(spec, output), join: (out, folders) => joinMap(out, spec, job, folders) };
  return job;
}

/** Columns of results.csv: one row per run. */
export function mapColumns(spec: MapSpec): string[] {
  return ['point', 'regime', 'rep', 'seed', ...spec.ranges.map((r) => r.path), ...METRICS.map((m) => m.name)];
}

/** `mapRows(spec, output)`: the results.csv row of one finished run (no header): its final full year's metrics. */
export function mapRows(spec: MapSpec, output: StudyOutput): string {
  const r = spec.regimes[output.arm] as MapSpec['regimes'][number];
  const values = spec.points[output.point] as readonly number[];
  const { years, values: perYear } = output.yearly;
  const final = years.length - 1;
  const metrics = METRICS.map((m) => String((perYear[m.name] as readonly number[])[final]));
  return `${[String(output.point), csvField(r.name), String(output.rep), String(output.seed), ...values.map(String), ...metrics].join(',')}\n`;
}

/** Joins the parts into results.csv and writes points.csv and summary.json. */
export function joinMap(out: string, spec: MapSpec, job: PartsJob, partFolders: readonly string[]): readonly DamagedPart[] {
  const columns = mapColumns(spec);
  // Metrics are the last cells of a row; counted from the end, a quoted regime name cannot shift them.
  const fromEnd = (name: string) => {
    const at = columns.indexOf(name);
    if (at < 0)
      throw new PpsimError('invalid_state', {
        path: 'results.csv',
        expected: `a column ${name}`,
        received: columns.slice(4 + spec.ranges.length).join(', '),
        hint: 'the model no longer reports it: update ppsim map',
      });
    return columns.length - at;
  };
  const cost = fromEnd('cost.perNeedHourMet');
  const need = fromEnd('needMet');
  const outcomes = spec.points.map(() => spec.regimes.map((): { cost: number[]; needMet: number[] } => ({ cost: [], needMet: [] })));
  const passedOver = joinResults(out, columns, job, partFolders, (run, text) => {
    const cells = text.trimEnd().split(',');
    const { point, arm } = studyRunPlace(mapDesign(spec), spec.seeds, run);
    const o = outcomes[point]?.[arm] as { cost: number[]; needMet: number[] };
    o.cost.push(Number(cells[cells.length - cost]));
    o.needMet.push(Number(cells[cells.length - need]));
  });
  const map = regimeMap(spec.points, outcomes as RegimeOutcome[][], { needTolerance: spec.needTolerance, tree: MAP_TREE });
  writePoints(out, spec, map.points);
  writeDocument(join(out, 'summary.json'), mapSummary(spec, map, columns));
  return passedOver;
}

function writePoints(out: string, spec: MapSpec, points: readonly MapPoint[]): void {
  const others = spec.regimes.slice(1).map((r) => r.name);
  const header = [
    'point',
    ...spec.ranges.map((r) => r.path),
    ...spec.regimes.flatMap((r) => [`${r.name}.cost.perNeedHourMet`, `${r.name}.needMet`]),
    ...others.flatMap((name) => [`${name}.costDiff`, `${name}.costDiffLo`, `${name}.costDiffHi`]),
    'winner',
    'decided',
  ];
  const csv = new AtomicFileWriter(join(out, 'points.csv'));
  csv.write(`${header.map(csvField).join(',')}\n`);
  points.forEach((p, i) => {
    const cells = [
      i,
      ...(spec.points[i] as readonly number[]),
      ...spec.regimes.flatMap((_, g) => [p.costMean[g], p.needMetMean[g]]),
      ...p.costVsBaseline.flatMap((d) => [d.mean, d.lo, d.hi]),
      csvField((spec.regimes[p.winner] as MapSpec['regimes'][number]).name),
      p.decided,
    ];
    csv.write(`${cells.map(String).join(',')}\n`);
  });
  csv.commit();
}

/** The content of a map's summary.json. */
export type MapSummary = ReturnType<typeof mapSummary>;

/** summary.json: counts, who wins how much, the need-met floor, what decides the winner, provenance and the specification. */
function mapSummary(spec: MapSpec, map: RegimeMap, columns: readonly string[]) {
  const name = (g: number) => (spec.regimes[g] as MapSpec['regimes'][number]).name;
  const byRegime = <T>(f: (g: number) => T) => Object.fromEntries(spec.regimes.map((r, g) => [r.name, f(g)]));
  const provenance = {
    ...commandEnvironment(spec.command),
    seed: spec.seed,
    reps: spec.reps,
    seeds: spec.seeds,
    scenarios: spec.regimes.map((r) => ({
      regime: r.name,
      ...provenanceScenario({ id: spec.scenario.id, variant: r.kind === 'variant' ? r.name : (spec.scenario.variant ?? undefined), params: r.params, timeline: r.timeline }),
    })),
  };
  const { pointMean, run } = map.needMetFloor;
  return {
    format: 'ppsim-map-summary/v1',
    runs: mapRunCount(spec),
    points: spec.points.length,
    reps: spec.reps,
    regimes: spec.regimes.map((r) => ({ name: r.name, kind: r.kind, description: r.description, settings: r.settings })),
    baseline: name(0),
    needTolerance: spec.needTolerance,
    winnerRule: WINNER_RULE,
    wins: byRegime((g) => ({ share: map.wins[g]?.share, decidedShare: map.wins[g]?.decidedShare })),
    needMetFloor: {
      pointMean: { value: pointMean.value, point: pointMean.point, regime: name(pointMean.regime) },
      run: { value: run.value, point: run.point, regime: name(run.regime), rep: run.rep, seed: spec.seeds[run.rep] },
    },
    tree: { maxDepth: MAP_TREE.maxDepth, minLeaf: MAP_TREE.minLeaf, root: namedNode(spec, map.tree.root) },
    importance: spec.ranges.map((r, j) => ({ parameter: r.path, tree: map.tree.importance[j], separation: byRegime((g) => map.separation[j]?.[g] ?? null) })),
    columns: { results: columns },
    provenance,
    spec,
  };
}

/** A tree node with regime names and parameter paths; `below` holds the points where parameter < threshold. */
export interface MapTreeNode {
  readonly points: number;
  readonly winner: string;
  readonly shares: Readonly<Record<string, number>>;
  readonly parameter?: string;
  readonly threshold?: number;
  readonly below?: MapTreeNode;
  readonly above?: MapTreeNode;
}

function namedNode(spec: MapSpec, node: TreeNode): MapTreeNode {
  const shares = Object.fromEntries(spec.regimes.map((r, g) => [r.name, (node.counts[g] as number) / node.n]));
  const base = { points: node.n, winner: (spec.regimes[node.majority] as MapSpec['regimes'][number]).name, shares };
  if (node.kind === 'leaf') return base;
  return { ...base, parameter: (spec.ranges[node.feature] as MapSpec['ranges'][number]).path, threshold: node.threshold, below: namedNode(spec, node.below), above: namedNode(spec, node.above) };
}
