/**
 * The regime map's analysis: which regime wins at each point of a parameter design, how sure that
 * is, and which parameters decide it. Pure: the caller runs the model (every regime at every point
 * on the same seeds) and passes each run's final-year cost per hour of need met and share of need
 * met.
 */
import { pairedDifference, type PairedDifference } from '../engine/stats/index.ts';
import { classificationTree, type ClassificationTree, type ClassificationTreeOptions } from './classification-tree.ts';
import { invalidArgument } from './internal/validate.ts';

/** The default need-met tolerance of the winner rule: 0.02, two percentage points of need met. */
export const MAP_NEED_TOLERANCE = 0.02;

/** The tree the map grows by default: at most three levels of splits, at least five points per leaf. */
export const MAP_TREE: Readonly<Required<ClassificationTreeOptions>> = Object.freeze({ maxDepth: 3, minLeaf: 5 });

/** One regime at one point: a value per replication; replication i ran on the same seed in every regime. */
export interface RegimeOutcome {
  /** `cost.perNeedHourMet` of each replication's final full year. */
  readonly cost: readonly number[];
  /** `needMet` of each replication's final full year. */
  readonly needMet: readonly number[];
}

/** The verdict at one point. */
export interface MapPoint {
  /** Mean cost per hour of need met of each regime over the replications. */
  readonly costMean: readonly number[];
  /** Mean share of need met of each regime over the replications. */
  readonly needMetMean: readonly number[];
  /** For each regime after the first (the baseline): its cost minus the baseline's, paired by seed, with a 95 % t-interval. */
  readonly costVsBaseline: readonly PairedDifference[];
  /** The winning regime's index (see {@link mapPoint}). */
  readonly winner: number;
  /** Whether the winner's cost differs from every other regime's with a paired 95 % interval that excludes 0. */
  readonly decided: boolean;
}

/**
 * `mapPoint(outcomes, needTolerance?)`: the winner at one point. Among the regimes whose mean need
 * met is at least the best mean need met minus `needTolerance` (absolute, default
 * {@link MAP_NEED_TOLERANCE}), the one with the lowest mean cost per hour of need met wins; equal
 * costs go to the regime listed first. A regime cannot win by being cheap while meeting clearly
 * less need.
 *
 * `decided`: for every other regime, the paired 95 % t-interval of its cost minus the winner's
 * excludes 0. With two regimes that is exactly "the interval of the cost difference excludes 0".
 * With one replication no interval exists and nothing is decided.
 *
 * @throws PpsimError `invalid_argument` for fewer than two regimes or unequal replication counts.
 * @example
 * mapPoint([{ cost: [900, 950], needMet: [0.8, 0.82] }, { cost: [800, 820], needMet: [0.79, 0.8] }]).winner; // 1
 */
export function mapPoint(outcomes: readonly RegimeOutcome[], needTolerance = MAP_NEED_TOLERANCE): MapPoint {
  checkOutcomes('mapPoint(outcomes)', outcomes);
  const mean = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
  const costMean = outcomes.map((o) => mean(o.cost));
  const needMetMean = outcomes.map((o) => mean(o.needMet));
  const floor = Math.max(...needMetMean) - needTolerance;
  let winner = -1;
  outcomes.forEach((_, k) => {
    if ((needMetMean[k] as number) >= floor && (winner < 0 || (costMean[k] as number) < (costMean[winner] as number))) winner = k;
  });
  const base = outcomes[0] as RegimeOutcome;
  const costVsBaseline = outcomes.slice(1).map((o) => pairedDifference(base.cost, o.cost));
  const won = outcomes[winner] as RegimeOutcome;
  const decided = outcomes.every((o, k) => {
    if (k === winner) return true;
    const d = pairedDifference(won.cost, o.cost);
    return d.lo > 0 || d.hi < 0;
  });
  return { costMean, needMetMean, costVsBaseline, winner, decided };
}

/** Where the lowest share of need met was seen. */
export interface NeedMetFloor {
  /** The lowest mean over replications of any regime at any point. */
  readonly pointMean: { readonly value: number; readonly point: number; readonly regime: number };
  /** The lowest single run. */
  readonly run: { readonly value: number; readonly point: number; readonly regime: number; readonly rep: number };
}

/** The whole map: a verdict per point and what decides it. */
export interface RegimeMap {
  readonly points: readonly MapPoint[];
  /** Per regime: the share of points it wins, and the share it wins decidedly. */
  readonly wins: readonly { readonly share: number; readonly decidedShare: number }[];
  readonly needMetFloor: NeedMetFloor;
  /** A classification tree of the winner over the parameter values (classes are regime indices). */
  readonly tree: ClassificationTree;
  /**
   * `separation[j][g]`: the mean of parameter j where regime g wins minus its mean elsewhere, in
   * standard deviations of j over all points; null where g wins no point or every point.
   */
  readonly separation: readonly (readonly (number | null)[])[];
}

/**
 * `regimeMap(points, outcomes, options?)`: the verdict at each point ({@link mapPoint}), each
 * regime's share of wins, the need-met floor, and what decides the winner: a CART tree
 * ({@link classificationTree}, default {@link MAP_TREE}) and each parameter's standardised
 * separation between the points a regime wins and the rest.
 *
 * @param points - the parameter values of each point (rows of the design, in parameter units).
 * @param outcomes - `outcomes[point][regime]`, the baseline regime first.
 * @param options - `needTolerance` (default {@link MAP_NEED_TOLERANCE}), `tree` (default {@link MAP_TREE}).
 * @throws PpsimError `invalid_argument` when the shapes do not match.
 * @example
 * const map = regimeMap(design, outcomes);
 * map.wins[1]?.share; // share of points the second regime wins
 */
export function regimeMap(
  points: readonly (readonly number[])[],
  outcomes: readonly (readonly RegimeOutcome[])[],
  options: { readonly needTolerance?: number; readonly tree?: ClassificationTreeOptions } = {},
): RegimeMap {
  if (!Array.isArray(outcomes) || outcomes.length === 0 || outcomes.length !== points.length) {
    throw invalidArgument('regimeMap(outcomes)', `one entry per point (${points.length})`, outcomes, "pass outcomes[point][regime] in the order of the design's points");
  }
  const verdicts = outcomes.map((o, p) => {
    if (o.length !== (outcomes[0] as readonly RegimeOutcome[]).length) {
      throw invalidArgument(`regimeMap(outcomes[${p}])`, `${(outcomes[0] as readonly RegimeOutcome[]).length} regimes, as at point 0`, o, 'run every regime at every point');
    }
    return mapPoint(o, options.needTolerance);
  });
  const regimes = (outcomes[0] as readonly RegimeOutcome[]).length;
  const winners = verdicts.map((v) => v.winner);
  const wins = Array.from({ length: regimes }, (_, g) => ({
    share: winners.filter((w) => w === g).length / verdicts.length,
    decidedShare: verdicts.filter((v) => v.winner === g && v.decided).length / verdicts.length,
  }));
  return {
    points: verdicts,
    wins,
    needMetFloor: needMetFloor(outcomes, verdicts),
    tree: classificationTree(points, winners, regimes, options.tree ?? MAP_TREE),
    separation: separation(points, winners, regimes),
  };
}

function checkOutcomes(path: string, outcomes: readonly RegimeOutcome[]): void {
  if (!Array.isArray(outcomes) || outcomes.length < 2) throw invalidArgument(path, 'at least two regimes', outcomes, 'pass one outcome per regime, the baseline first');
  const reps = (outcomes[0] as RegimeOutcome).cost.length;
  outcomes.forEach((o, k) => {
    if (reps === 0 || o.cost.length !== reps || o.needMet.length !== reps) {
      throw invalidArgument(`${path}[${k}]`, `${reps || 'at least one'} replications of cost and needMet, as regime 0`, o, 'run every regime on the same seeds');
    }
  });
}

function needMetFloor(outcomes: readonly (readonly RegimeOutcome[])[], verdicts: readonly MapPoint[]): NeedMetFloor {
  let pointMean = { value: Infinity, point: 0, regime: 0 };
  let run = { value: Infinity, point: 0, regime: 0, rep: 0 };
  outcomes.forEach((o, point) =>
    o.forEach((r, regime) => {
      const m = (verdicts[point] as MapPoint).needMetMean[regime] as number;
      if (m < pointMean.value) pointMean = { value: m, point, regime };
      r.needMet.forEach((value, rep) => {
        if (value < run.value) run = { value, point, regime, rep };
      });
    }),
  );
  return { pointMean, run };
}

function separation(points: readonly (readonly number[])[], winners: readonly number[], regimes: number): (number | null)[][] {
  const k = (points[0] as readonly number[]).length;
  return Array.from({ length: k }, (_, j) => {
    const xs = points.map((p) => p[j] as number);
    const mean = (v: readonly number[]) => v.reduce((s, x) => s + x, 0) / v.length;
    const all = mean(xs);
    const sd = Math.sqrt(mean(xs.map((x) => (x - all) ** 2)));
    return Array.from({ length: regimes }, (_, g) => {
      const inside = xs.filter((_, p) => winners[p] === g);
      const outside = xs.filter((_, p) => winners[p] !== g);
      return inside.length === 0 || outside.length === 0 || sd === 0 ? null : (mean(inside) - mean(outside)) / sd;
    });
  });
}
