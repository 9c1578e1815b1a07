/**
 * A sweep's specification: parameter ranges, design, replications, seeds and the base scenario,
 * resolved into design points once and written to `sweep.json` before any run, so a resumed or
 * sharded sweep runs exactly the same runs.
 */
import {
  PpsimError,
  isParamPath,
  createRng,
  gridDesign,
  latinHypercube,
  parameterLeaves,
  parseDesignCsv,
  replicationSeeds,
  safeParseParams,
  sobolDesign,
  type ModelParams,
  type ModelParamsInput,
  type ParamRange,
  type ParameterLeaf,
  type TimelineEvent,
} from '@ppsim/core';
import { closest } from '@ppsim/core/internal';
import { LIMITS, readUserFile } from '@ppsim/scenarios';
import { readJsonFile } from '../readBack.ts';
import { DESIGN_REPS_LIMITS, MAX_POINTS, SEED_LIMITS, withinLimits } from '../limits.ts';

/** What the specifications of sweeps and maps share: the varied parameters, their design points and the seeds. */
export interface DesignSpec {
  /** The command that made it, without the flags that change where or how fast it runs (--out, --shard, --workers, --quiet, --json). */
  readonly command: readonly string[];
  readonly ranges: readonly ParamRange[];
  readonly design: string;
  /** Design points in parameter units, one row per point, columns in the order of `ranges`. */
  readonly points: readonly (readonly number[])[];
  readonly reps: number;
  readonly seed: number;
  /** `replicationSeeds(seed, reps)`: replication i runs on seed i at every point. */
  readonly seeds: readonly number[];
}

/** A sweep's specification, as written to sweep.json. */
export interface SweepSpec extends DesignSpec {
  readonly format: 'ppsim-sweep/v1';
  readonly scenario: { readonly id: string; readonly params: ModelParams; readonly timeline: readonly TimelineEvent[] };
}

/**
 * `parseRange(text, { strict? })`: `path=lo:hi[:steps]` → a range of a numeric model parameter,
 * within its schema bounds; a whole-number parameter gets `integer: true`, so designs sample whole
 * values (steps only matter for grids). `strict` asks for lo < hi and no steps. Checked here,
 * before any folder is made.
 */
export function parseRange(text: string, options: { readonly strict?: boolean } = {}): ParamRange {
  const m = /^([A-Za-z][\w.]*)=(-?[\d.e+-]+):(-?[\d.e+-]+)(?::(\d+))?$/.exec(text);
  const lo = Number(m?.[2]);
  const hi = Number(m?.[3]);
  // Strict (the map): a range to explore, so lo < hi and no grid steps.
  const strict = options.strict === true;
  if (m === null || !Number.isFinite(lo) || !Number.isFinite(hi) || lo > hi || (strict && (lo === hi || m[4] !== undefined))) {
    throw new PpsimError('invalid_input', {
      path: '--param',
      expected: strict ? 'path=lo:hi with lo < hi' : 'path=lo:hi or path=lo:hi:steps with lo ≤ hi',
      received: text,
      hint: strict ? 'e.g. --param staff.motivation.mean=0.2:0.9' : 'e.g. --param governance.controlIntensity=0:1:5',
    });
  }
  const range = m[4] === undefined ? { path: m[1] as string, lo, hi } : { path: m[1] as string, lo, hi, steps: Number(m[4]) };
  return schemaRange(range, text);
}

let leaves: ReadonlyMap<string, ParameterLeaf> | undefined;

function schemaRange(range: ParamRange, text: string): ParamRange {
  leaves ??= new Map(parameterLeaves().map((l) => [l.path, l]));
  const leaf = leaves.get(range.path);
  const fail = (expected: string, hint: string) => new PpsimError('invalid_input', { path: '--param', expected, received: text, hint });
  if (leaf === undefined) {
    const guess = closest(range.path, leaves.keys());
    throw fail('the path of a numeric model parameter', guess === undefined ? 'see `ppsim schema` or docs/ODD.md for every parameter' : `did you mean "${guess}"?`);
  }
  if (leaf.kind !== 'number' && leaf.kind !== 'integer') {
    throw fail(
      `a numeric parameter; ${range.path} is ${leaf.kind === 'choice' ? `a choice (${(leaf.choices ?? []).join(', ')})` : leaf.kind}`,
      'set it with --set, or compare its settings as scenarios',
    );
  }
  const min = leaf.min ?? -Infinity;
  const max = leaf.max ?? Infinity;
  if (range.lo < min || range.hi > max) throw fail(`a range within ${range.path}'s bounds ${min}–${max}`, `e.g. --param ${range.path}=${min}:${max}`);
  if (leaf.kind === 'number') return range;
  if (!Number.isInteger(range.lo) || !Number.isInteger(range.hi))
    throw fail(`whole-number bounds: ${range.path} is a whole number`, `e.g. --param ${range.path}=${Math.ceil(range.lo)}:${Math.floor(range.hi)}`);
  return { ...range, integer: true };
}

/** Design points in parameter units, one row per point, columns in the order of `ranges`. */
export function designPoints(design: string, ranges: readonly ParamRange[], runs: number, seed: number): number[][] {
  if (design === 'grid') return gridDesign(ranges);
  if (design === 'lhs') return latinHypercube(ranges, runs, createRng(seed).stream('sweep/lhs'));
  if (design === 'sobol') return sobolDesign(ranges, runs);
  if (design.endsWith('.csv')) {
    const text = readUserFile(design, { maxBytes: LIMITS.designBytes, what: 'a CSV file of design points', label: `--design ${design}` });
    return parseDesignCsv(
      text,
      ranges.map((r) => r.path),
    );
  }
  throw new PpsimError('invalid_input', { path: '--design', expected: 'grid, lhs, sobol or a .csv file', received: design, hint: 'e.g. --design lhs --runs 50' });
}

/** The sweep's specification; `points` given explicitly (e.g. a Morris or Saltelli design) skip the design step. */
export function makeSpec(input: Omit<SweepSpec, 'format' | 'points' | 'seeds'> & { readonly runs: number; readonly points?: readonly (readonly number[])[] }): SweepSpec {
  const { runs, points, ...rest } = input;
  return {
    format: 'ppsim-sweep/v1',
    ...rest,
    points: points ?? designPoints(input.design, input.ranges, runs, input.seed),
    seeds: replicationSeeds(input.seed, input.reps),
  };
}

/** The runs of the sweep, in order: point-major, replication-minor. Run i belongs to shard i mod n. */
export function runCount(spec: SweepSpec): number {
  return spec.points.length * spec.reps;
}

export function readSpec(path: string): SweepSpec {
  return readSpecFile<SweepSpec>(path, 'ppsim-sweep/v1', 'sweep');
}

/**
 * `readSpecFile(path, format, command)`: the specification a `ppsim <command>` folder holds, refused
 * unless it has that format and passes the checks the command line would have made: replications,
 * seed and points within the flags' limits, the seeds those of the master seed, every range a
 * numeric parameter within its bounds, every point one value per range, every scenario's
 * parameters valid. An edited file asks for no more than the command line accepts.
 */
export function readSpecFile<T extends DesignSpec & { readonly format: string }>(path: string, format: T['format'], command: string): T {
  const spec = readFormat<T>(path, format, command);
  checkDesignSpec(path, spec);
  return spec;
}

/** `readFormat(path, format, command)`: a specification file's JSON, refused unless it has that format (no other check). */
export function readFormat<T extends { readonly format: string }>(path: string, format: T['format'], command: string): T {
  const spec = (readJsonFile(path, `a ppsim ${command} specification`) ?? {}) as T;
  if (spec.format !== format) {
    throw new PpsimError('invalid_input', {
      path,
      expected: `a ppsim ${command} specification (format ${format})`,
      received: String(spec.format),
      hint: `point at a folder written by \`ppsim ${command}\``,
    });
  }
  return spec;
}

/** An error for a field of a specification file that the command line would not have written. */
export function editedField(file: string, field: string, expected: string, received: unknown): PpsimError {
  return new PpsimError('invalid_input', { path: `${file}: ${field}`, expected, received, hint: 'the file was edited or damaged: run the command again into a new folder' });
}

/**
 * `checkSpecCore(file, spec, scenarios)`: what every specification file shares — replications and
 * seed within the flags' limits, the master seed's replication seeds, every range a numeric
 * parameter within its bounds, every scenario's parameters valid.
 */
export function checkSpecCore(file: string, spec: Pick<DesignSpec, 'reps' | 'seed' | 'seeds' | 'ranges'>, scenarios: readonly { readonly where: string; readonly scenario: unknown }[]): void {
  const edited = (field: string, expected: string, received: unknown) => editedField(file, field, expected, received);
  if (!withinLimits(spec.reps, DESIGN_REPS_LIMITS)) throw edited('reps', `a whole number from ${DESIGN_REPS_LIMITS.min} to ${DESIGN_REPS_LIMITS.max}, as --reps accepts`, spec.reps);
  if (!withinLimits(spec.seed, SEED_LIMITS)) throw edited('seed', `a whole number from ${SEED_LIMITS.min} to ${SEED_LIMITS.max}, as --seed accepts`, spec.seed);
  if (!Array.isArray(spec.seeds) || JSON.stringify(spec.seeds) !== JSON.stringify(replicationSeeds(spec.seed, spec.reps))) {
    throw edited('seeds', `the ${spec.reps} replication seeds of master seed ${spec.seed}`, Array.isArray(spec.seeds) ? `${spec.seeds.length} other seeds` : spec.seeds);
  }
  if (!Array.isArray(spec.ranges) || spec.ranges.length === 0) throw edited('ranges', 'a list of parameter ranges', spec.ranges);
  spec.ranges.forEach((r, i) => {
    try {
      const checked = schemaRange({ path: String(r?.path), lo: Number(r?.lo), hi: Number(r?.hi) }, `${String(r?.path)}=${String(r?.lo)}:${String(r?.hi)}`);
      if (!(checked.lo <= checked.hi)) throw new Error('lo > hi');
    } catch {
      throw edited(`ranges[${i}]`, 'a numeric model parameter with lo ≤ hi within its bounds', `${String(r?.path)}=${String(r?.lo)}:${String(r?.hi)}`);
    }
  });
  for (const { where, scenario } of scenarios) {
    const params = (scenario as { readonly params?: unknown } | null)?.params;
    const timeline = (scenario as { readonly timeline?: unknown } | null)?.timeline;
    const parsed = safeParseParams((params ?? {}) as ModelParamsInput);
    if (params === undefined || !parsed.success) throw edited(`${where}.params`, 'valid model parameters', parsed.success ? 'none' : (parsed.error.issues[0]?.message ?? 'invalid'));
    if (!Array.isArray(timeline)) throw edited(`${where}.timeline`, 'a list of dated events', timeline);
  }
}

function checkDesignSpec(file: string, spec: DesignSpec): void {
  const scenarios = 'regimes' in spec ? (spec as { readonly regimes: unknown }).regimes : [(spec as { readonly scenario?: unknown }).scenario];
  if (!Array.isArray(scenarios) || scenarios.length === 0) throw editedField(file, 'regimes', 'a list of regimes', scenarios);
  checkSpecCore(
    file,
    spec,
    scenarios.map((scenario: unknown, i) => ({ where: 'regimes' in spec ? `regimes[${i}]` : 'scenario', scenario })),
  );
  if (!Array.isArray(spec.points) || spec.points.length === 0 || spec.points.length > MAX_POINTS)
    throw editedField(file, 'points', `a list of 1 to ${MAX_POINTS} design points`, Array.isArray(spec.points) ? `${spec.points.length} points` : spec.points);
  spec.points.forEach((p, i) => {
    if (!Array.isArray(p) || p.length !== spec.ranges.length || !p.every((x) => typeof x === 'number' && Number.isFinite(x))) {
      throw editedField(file, `points[${i}]`, `${spec.ranges.length} finite numbers, one per range`, p);
    }
  });
  const posterior = (spec as { readonly posterior?: { readonly paths?: unknown; readonly values?: unknown } }).posterior;
  if (posterior !== undefined) {
    const paths = posterior.paths;
    const values = posterior.values;
    const ok =
      Array.isArray(paths) &&
      paths.every((p) => typeof p === 'string' && isParamPath(p)) &&
      Array.isArray(values) &&
      values.length === spec.reps &&
      values.every((row) => Array.isArray(row) && row.length === paths.length && row.every((x) => typeof x === 'number' && Number.isFinite(x)));
    if (!ok) throw editedField(file, 'posterior', 'parameter paths and one row of finite values per replication', 'something else');
  }
}
