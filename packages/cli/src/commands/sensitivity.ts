/**
 * `ppsim sensitivity`: Morris elementary effects or Sobol indices of the chosen metrics (final full
 * year, mean over replications at each point), from a design run as a resumable sweep in --out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  PpsimError,
  andThen,
  createRng,
  morrisDesign,
  morrisIndices,
  saltelliDesign,
  sobolIndices,
  type MorrisDesign,
  type MorrisIndexRow,
  type SaltelliDesign,
  type SobolIndexRow,
} from '@ppsim/core';
import { formatTable } from '../format.ts';
import { AtomicFileWriter } from '../sinks/fileWriter.ts';
import { csvField } from '../sinks/csvSink.ts';
import { makeSpec, parseRange, type SweepSpec } from '../sweep/spec.ts';
import { runSweep } from '../sweep/run.ts';
import { withExecutor } from '../parallel/pool.ts';
import { damagedLines, type SweepResult } from '../sweep/parts.ts';
import { resolveScenario } from './scenario.ts';
import { commandEnvironment, documentText, provenanceScenario } from '../provenance.ts';
import type { DesignOptions } from './sweep.ts';

export interface SensitivityOptions extends DesignOptions {
  readonly method: string;
  /** Morris trajectories, or the Saltelli base sample size. */
  readonly samples: number;
  readonly metrics: readonly string[];
}

const BOOTSTRAP_SAMPLES = 500;

export function sensitivityCommand(o: SensitivityOptions): string | Promise<string> {
  if (o.method !== 'morris' && o.method !== 'sobol') {
    throw new PpsimError('invalid_input', { path: '--method', expected: 'morris or sobol', received: o.method, hint: 'morris screens many parameters cheaply; sobol quantifies a few' });
  }
  if (o.params.length < 2) {
    throw new PpsimError('invalid_input', {
      path: '--param',
      expected: 'at least two path=lo:hi ranges',
      received: o.params.length,
      hint: 'e.g. --param governance.controlIntensity=0:1 --param staff.motivation.crowding=0:1',
    });
  }
  const scenario = resolveScenario(o.scenario, o.set, o.years, o.variant === undefined ? {} : { variant: o.variant });
  const ranges = o.params.map((p) => parseRange(p));
  const method: SensitivityMethod = { method: o.method, samples: o.samples, metrics: o.metrics };
  const design = sensitivityDesign(ranges, o.seed, method);
  const spec = makeSpec({
    scenario: { id: scenario.id, params: scenario.params, timeline: scenario.timeline },
    ranges,
    design: designName(method),
    runs: design.points.length,
    points: design.points,
    reps: o.reps,
    seed: o.seed,
    command: o.command ?? [],
  });
  const progress = o.progress('sensitivity', design.points.length * o.reps);
  const finish = (result: SweepResult): string => {
    progress.stop();
    for (const line of damagedLines(result.damaged, 'its run was made again')) o.warn?.(line);
    if (!result.complete) throw new PpsimError('invalid_state', { path: o.out, expected: 'a complete sweep', received: 'missing runs', hint: 'run the same command again' });
    return indicesText(o, spec, writeSensitivity(o.out, spec, method));
  };
  return withExecutor(o.workers, (executor) => andThen(runSweep(o.out, spec, executor, { onProgress: () => progress.tick() }), finish));
}

/** What a sensitivity analysis computes from a finished sweep: the method, its sample size and the metrics. */
export interface SensitivityMethod {
  readonly method: 'morris' | 'sobol';
  /** Morris trajectories, or the Saltelli base sample size. */
  readonly samples: number;
  readonly metrics: readonly string[];
}

/** The design's name as sweep.json records it, e.g. `morris(r=10)`. */
function designName(m: SensitivityMethod): string {
  return m.method === 'morris' ? `morris(r=${m.samples})` : `saltelli(n=${m.samples})`;
}

/** The design of a method: Morris trajectories drawn from the master seed's own stream, or a Saltelli sample. */
function sensitivityDesign(ranges: SweepSpec['ranges'], seed: number, m: SensitivityMethod): { readonly points: number[][]; readonly morris?: MorrisDesign; readonly saltelli?: SaltelliDesign } {
  if (m.method === 'morris') {
    const morris = morrisDesign(ranges, m.samples, { levels: 4 }, createRng(seed).stream('sensitivity/morris'));
    return { points: morris.points.map((p) => [...p]), morris };
  }
  const saltelli = saltelliDesign(ranges, m.samples);
  return { points: saltelli.points.map((p) => [...p]), saltelli };
}

/**
 * `writeSensitivity(out, spec, method)`: the indices of every metric from the folder's results.csv
 * (the final full year, mean over replications at each point, with bootstrap intervals), written
 * as sensitivity.csv and sensitivity.json; returns the rows. `rerun` calls it on a fresh sweep.
 */
export function writeSensitivity(out: string, spec: SweepSpec, m: SensitivityMethod): Record<string, unknown>[] {
  const rng = createRng(spec.seed);
  const design = sensitivityDesign(spec.ranges, spec.seed, m);
  const rows: Record<string, unknown>[] = [];
  for (const metric of m.metrics) {
    const outputs = pointMeans(out, spec, metric);
    const stream = rng.stream(`sensitivity/bootstrap/${metric}`);
    const table: (MorrisIndexRow | SobolIndexRow)[] =
      design.morris !== undefined
        ? morrisIndices(design.morris, outputs, { bootstrap: { samples: BOOTSTRAP_SAMPLES, stream } })
        : sobolIndices(design.saltelli as SaltelliDesign, outputs, { bootstrap: { samples: BOOTSTRAP_SAMPLES, stream } });
    for (const row of table) rows.push({ metric, method: m.method, ...row });
  }
  writeTables(out, rows, {
    ...commandEnvironment(spec.command),
    scenario: provenanceScenario(spec.scenario),
    seed: spec.seed,
    reps: spec.reps,
    seeds: spec.seeds,
    design: spec.design,
  });
  return rows;
}

/**
 * `recordedMethod(spec, document)`: the method, sample size and metrics of a sensitivity folder,
 * read back from sweep.json's design name and the metrics of sensitivity.json's rows (for `rerun`).
 */
export function recordedMethod(spec: SweepSpec, document: unknown): SensitivityMethod | undefined {
  const m = /^(morris)\(r=(\d+)\)$|^(saltelli)\(n=(\d+)\)$/.exec(spec.design);
  const rows = (document as { rows?: unknown } | null)?.rows;
  if (m === null || !Array.isArray(rows)) return undefined;
  const metrics = [...new Set(rows.map((r) => String((r as { metric?: unknown }).metric)))];
  return m[1] === 'morris' ? { method: 'morris', samples: Number(m[2]), metrics } : { method: 'sobol', samples: Number(m[4]), metrics };
}

function indicesText(o: SensitivityOptions, spec: SweepSpec, rows: readonly Record<string, unknown>[]): string {
  const points = spec.points;
  const header = o.method === 'morris' ? ['metric', 'parameter', 'μ*', 'μ* 95 % interval', 'μ', 'σ'] : ['metric', 'parameter', 'S1', 'S1 95 %', 'ST', 'ST 95 %'];
  const f = (x: unknown) => (typeof x === 'number' ? (Math.abs(x) >= 1000 ? x.toExponential(2) : x.toPrecision(3)) : String(x));
  const body = rows.map((r) =>
    o.method === 'morris'
      ? [String(r.metric), String(r.parameter), f(r.muStar), `[${f(r.muStarLo)}, ${f(r.muStarHi)}]`, f(r.mu), f(r.sigma)]
      : [String(r.metric), String(r.parameter), f(r.S1), `[${f(r.S1Lo)}, ${f(r.S1Hi)}]`, f(r.ST), `[${f(r.STLo)}, ${f(r.STHi)}]`],
  );
  return `${o.method === 'morris' ? 'Morris elementary effects' : 'Sobol indices'} of the final full year, ${points.length} points × ${o.reps} replications:\n\n${formatTable(header, body)}\n\nWrote sensitivity.csv and sensitivity.json in ${o.out}.\n`;
}

/** Each point's final-full-year value of `metric`, averaged over replications, from results.csv. */
function pointMeans(out: string, spec: SweepSpec, metric: string): Float64Array {
  const [head = '', ...lines] = readFileSync(join(out, 'results.csv'), 'utf8').trimEnd().split('\n');
  const columns = head.split(',');
  const col = columns.indexOf(metric);
  if (col < 0) {
    throw new PpsimError('invalid_input', { path: '--metric', expected: `a result metric: ${columns.slice(4 + spec.ranges.length).join(', ')}`, received: metric, hint: 'e.g. --metric needMet' });
  }
  const finalYear = Number(spec.scenario.params.horizon.start.slice(0, 4)) + spec.scenario.params.horizon.years - 1;
  const sums = new Float64Array(spec.points.length);
  for (const line of lines) {
    const cells = line.split(',');
    if (Number(cells[3]) !== finalYear) continue;
    const point = Number(cells[0]);
    sums[point] = (sums[point] as number) + Number(cells[col]) / spec.reps;
  }
  return sums;
}

function writeTables(out: string, rows: readonly Record<string, unknown>[], provenance: unknown): void {
  const keys = Object.keys(rows[0] ?? {});
  const csv = new AtomicFileWriter(join(out, 'sensitivity.csv'));
  csv.write(`${keys.join(',')}\n`);
  for (const r of rows) csv.write(`${keys.map((k) => csvField(String(r[k]))).join(',')}\n`);
  csv.commit();
  const json = new AtomicFileWriter(join(out, 'sensitivity.json'));
  json.write(documentText({ format: 'ppsim-sensitivity/v1', provenance, rows }));
  json.commit();
}
