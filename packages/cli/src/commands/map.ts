/**
 * `ppsim map`: the regime map. Every regime runs at every point of a design over the assumed world
 * parameters, on the same replication seeds (common random numbers); the winner at each point is
 * the cheapest per hour of need met among the regimes that meet about as much need as the best,
 * and a classification tree says which parameters decide it. Resumable and shardable like a sweep.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentText } from '../provenance.ts';
import { makeMapSpec, type MapInputs } from '../map/spec.ts';
import { mapJob, mapRunCount, type MapSummary } from '../map/run.ts';
import { mapReport } from '../map/report.ts';
import { damagedLines, runParts, type SweepResult } from '../sweep/parts.ts';
import { withExecutor } from '../parallel/pool.ts';
import { andThen } from '@ppsim/core';
import { resolveShard } from './sweep.ts';
import type { ProgressFactory } from '../progress.ts';

/** Options of {@link mapCommand}: what to map, where, and how to run it. */
export interface MapOptions extends Omit<MapInputs, 'command'> {
  readonly out: string;
  /** The command as recorded (see MapSpec.command). */
  readonly command?: readonly string[];
  readonly shard?: string;
  /** Worker threads (default 1: in this thread). */
  readonly workers?: number;
  readonly json: boolean;
  readonly progress: ProgressFactory;
  /** Where warnings go, one line each (damaged parts found on resume); the command line writes them on stderr. */
  readonly warn?: (line: string) => void;
}

/** `mapCommand(options)`: checks every input, then runs (or resumes) the map into --out; returns the text to print. */
export function mapCommand(o: MapOptions): string | Promise<string> {
  // Everything is checked before the folder is made: bad input leaves nothing behind.
  const spec = makeMapSpec({ ...o, command: o.command ?? [] });
  const shard = resolveShard(o.shard);
  const job = mapJob(spec);
  const total = mapRunCount(spec);
  const progress = o.progress('map', shard === undefined ? total : Math.ceil((total - shard.index) / shard.count));
  const options = { ...(shard === undefined ? {} : { shard }), onProgress: () => progress.tick() };
  const finish = (result: SweepResult): string => {
    progress.stop();
    for (const line of damagedLines(result.damaged, 'its run was made again')) o.warn?.(line);
    return mapMessage(o, result);
  };
  return withExecutor(o.workers, (executor) => andThen(runParts(o.out, job, executor, options), finish));
}

/** The report of a finished map (or summary.json's text with --json); a line for a shard still waiting for others. */
function mapMessage(o: { readonly out: string; readonly json: boolean }, result: SweepResult): string {
  if (!result.complete) {
    const line = `Shard done: ${result.ran} runs now, ${result.skipped} done before; join the shards with \`ppsim merge\`.`;
    return o.json ? documentText({ complete: false, ran: result.ran, skipped: result.skipped, next: 'ppsim merge' }) : `${line}\n`;
  }
  const text = readFileSync(join(o.out, 'summary.json'), 'utf8');
  return o.json ? text : mapReport(JSON.parse(text) as MapSummary, o.out);
}
