/**
 * A regime map's specification: the scenario, the regimes (each with the parameters and dated
 * events it runs with), the parameter ranges, the design points, the replication seeds and the
 * winner rule's tolerance. Everything is checked and resolved here, before a folder is made, and
 * written to `map.json` before any run, so a resumed or sharded map runs exactly the same runs.
 */
import { drawPosterior, type Posterior } from '../calibrate/posterior.ts';
import { MAP_DEFAULT_RANGES, type PpsimError, REGIME_PRESETS, parsePatch, regimePreset, replicationSeeds, withRegime, type ModelParams, type TimelineEvent } from '@ppsim/core';
import { closest } from '@ppsim/core/internal';
import { badOption } from '../errors.ts';
import { applyOverrides, resolveScenario, type ResolvedScenario } from '../commands/scenario.ts';
import { designPoints, parseRange, readSpecFile, type DesignSpec } from '../sweep/spec.ts';

/** One regime as the map runs it. */
export interface MapRegime {
  readonly name: string;
  /** A `variant` of the scenario, or a governance `preset` of core's REGIME_PRESETS. */
  readonly kind: 'variant' | 'preset';
  /** The variant's title or the preset's description. */
  readonly description: string;
  /** What the regime changes that the map neither varies nor overrides with --set: parameter paths and event changes. */
  readonly settings: readonly string[];
  readonly params: ModelParams;
  readonly timeline: readonly TimelineEvent[];
}

/** The specification written to map.json. */
export interface MapSpec extends DesignSpec {
  readonly format: 'ppsim-map/v1';
  readonly scenario: { readonly id: string; readonly variant: string | null };
  /** The regimes, the baseline first. */
  readonly regimes: readonly MapRegime[];
  /** The winner rule's need-met tolerance (absolute). */
  readonly needTolerance: number;
  /** Parameter sets drawn from a calibration, one per replication (`--posterior`), at every point and in every regime. */
  readonly posterior?: Posterior;
}

/** What `ppsim map` was asked for. */
export interface MapInputs {
  readonly scenario: string;
  readonly variant?: string;
  /** Comma-separated regime names, the baseline first. */
  readonly regimes: string;
  /** `path=lo:hi` ranges; none: core's MAP_DEFAULT_RANGES. */
  readonly params: readonly string[];
  readonly design: string;
  readonly runs: number;
  readonly reps: number;
  readonly seed: number;
  readonly years?: number;
  readonly set: readonly string[];
  readonly needTolerance: number;
  readonly command: readonly string[];
  /** A calibration folder to draw one parameter set per replication from (`--posterior`). */
  readonly posteriorDir?: string;
}

/** `makeMapSpec(inputs)`: checks everything the map was asked for and resolves its specification; throws `invalid_input` on the first problem. */
export function makeMapSpec(o: MapInputs): MapSpec {
  if (o.design !== 'lhs' && o.design !== 'sobol') throw badOption('--design', 'lhs or sobol', o.design, 'e.g. --design lhs (the default), or sobol for a quasi-random design');
  if (o.reps < 2) throw badOption('--reps', 'at least 2 replications per regime and point (paired intervals need two)', o.reps, 'e.g. --reps 5');
  if (!(o.needTolerance >= 0 && o.needTolerance <= 1)) throw badOption('--need-tolerance', 'a share from 0 to 1', o.needTolerance, 'e.g. --need-tolerance 0.02 (two percentage points of need met)');
  const ranges = o.params.length === 0 ? MAP_DEFAULT_RANGES.map((r) => parseRange(`${r.path}=${r.lo}:${r.hi}`, { strict: true })) : o.params.map((p) => parseRange(p, { strict: true }));
  const repeated = ranges.find((r, i) => ranges.findIndex((s) => s.path === r.path) !== i);
  if (repeated !== undefined) throw badOption('--param', 'each parameter once', repeated.path, 'drop the repeated --param');
  const varied = new Set(ranges.map((r) => r.path));
  const base = resolveScenario(o.scenario, [], undefined, o.variant === undefined ? {} : { variant: o.variant });
  const posterior = o.posteriorDir === undefined ? undefined : drawPosterior(o.posteriorDir, o.reps, o.seed);
  const both = posterior?.paths.find((p) => varied.has(p));
  if (both !== undefined) throw badOption('--param', 'parameters the calibration did not fit (they are drawn from it)', both, `drop --param ${both}, or map without --posterior`);
  return {
    format: 'ppsim-map/v1',
    command: o.command,
    scenario: { id: base.id, variant: o.variant ?? null },
    regimes: resolveRegimes(o, base, varied),
    ranges,
    design: o.design,
    points: designPoints(o.design, ranges, o.runs, o.seed),
    reps: o.reps,
    seed: o.seed,
    seeds: replicationSeeds(o.seed, o.reps),
    needTolerance: o.needTolerance,
    ...(posterior === undefined ? {} : { posterior }),
  };
}

/** `readMapSpec(path)`: a map.json written by `ppsim map`. */
export function readMapSpec(path: string): MapSpec {
  return readSpecFile<MapSpec>(path, 'ppsim-map/v1', 'map');
}

/**
 * Each named regime, resolved: a variant of the scenario if it has one of that name (a variant
 * wins over a preset of the same name), else a governance preset applied on top of the scenario.
 * `--years` and `--set` apply after either, to every regime. Dated events of the scenario no longer
 * change what the map varies, nor what a preset sets: the point's values and the regime hold for
 * the whole run.
 */
function resolveRegimes(o: MapInputs, base: ResolvedScenario, varied: ReadonlySet<string>): MapRegime[] {
  // What the map varies or --set overrides is not a regime's own setting.
  const fixed = new Set([...varied, ...o.set.flatMap((s) => parsePatch(s)?.path ?? [])]);
  const names = o.regimes
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  if (names.length < 2) throw badOption('--regimes', 'at least two regimes separated by commas, the baseline first', o.regimes, 'e.g. --regimes integrated,competitive-choice');
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) throw badOption('--regimes', 'each regime once', twice, 'drop the repeated name');
  const variants = (base.scenario?.variants ?? []).map((v) => v.name);
  const presets = REGIME_PRESETS.map((p) => p.name);
  return names.map((name): MapRegime => {
    if (variants.includes(name)) {
      if (o.variant !== undefined)
        throw badOption(
          '--regimes',
          `a governance preset (${presets.join(', ')}): the scenario is already variant ${o.variant}`,
          name,
          `map ${o.scenario} without :${o.variant} to compare its variants`,
        );
      return variantRegime(o, name, fixed, varied);
    }
    const preset = regimePreset(name);
    if (preset === undefined) {
      const guess = closest(name, [...variants, ...presets]);
      const own = variants.length === 0 ? `${base.id} has no variants` : `a variant of ${base.id} (${variants.join(', ')})`;
      throw badOption(
        '--regimes',
        `${own} or a governance preset (${presets.join(', ')})`,
        name,
        guess === undefined ? '`ppsim list` shows the variants of each scenario' : `did you mean "${guess}"?`,
      );
    }
    const params = withRegime(base.params, preset);
    const settings = preset.set.map((s) => s.path).filter((p) => !fixed.has(p));
    if (settings.length === 0)
      throw nothingSet(
        name,
        preset.set.map((s) => s.path),
      );
    return {
      name,
      kind: 'preset',
      description: preset.description,
      settings,
      params: applyOverrides(params, o.set, o.years),
      timeline: withoutPaths(base.timeline, new Set([...varied, ...preset.set.map((s) => s.path)])),
    };
  });
}

function variantRegime(o: MapInputs, name: string, fixed: ReadonlySet<string>, varied: ReadonlySet<string>): MapRegime {
  const resolved: ResolvedScenario = resolveScenario(o.scenario, o.set, o.years, { variant: name });
  const v = resolved.scenario?.variant;
  const paths = (v?.evidence ?? []).map((e) => e.path);
  const settings = [...paths.filter((p) => !fixed.has(p)), ...(v?.removedEvents ?? []).map((l) => `event removed: ${l}`), ...(v?.addedEvents ?? []).map((l) => `event added: ${l}`)];
  if (settings.length === 0) throw nothingSet(name, paths);
  return { name, kind: 'variant', description: v?.title ?? name, settings, params: resolved.params, timeline: withoutPaths(resolved.timeline, varied) };
}

/** A regime left with nothing of its own: it sets nothing, or only what --param varies and --set overrides. */
function nothingSet(name: string, paths: readonly string[]): PpsimError {
  const what = paths.length === 0 ? 'sets nothing' : `sets only ${paths.join(', ')}`;
  return badOption(
    '--regimes',
    `regimes that each set something the map neither varies (--param) nor overrides (--set); ${name} ${what}`,
    name,
    paths.length === 0 ? 'give the variant parameters or events in the scenario file, or choose a governance preset' : 'choose another regime, or vary and override less of what it sets',
  );
}

/** The timeline without changes to `paths`; events left with nothing to change are dropped. */
function withoutPaths(timeline: readonly TimelineEvent[], paths: ReadonlySet<string>): TimelineEvent[] {
  return timeline.map((e) => ({ ...e, set: e.set.filter((c) => !paths.has(c.path)) })).filter((e) => e.set.length > 0);
}
