import { join } from 'node:path';
import { VERSION, replicationSeeds, runReplications, summarise, type Sink } from '@ppsim/core';
import { formatNumber, formatTable } from '../format.ts';
import { CsvSink } from '../sinks/csvSink.ts';
import { AtomicFileWriter } from '../sinks/fileWriter.ts';
import { resolveScenario } from './scenario.ts';

export interface RunOptions {
  readonly scenario: string;
  readonly variant?: string;
  /** Folder of built-in cases (default: packages/scenarios/cases/). */
  readonly casesDir?: string;
  readonly reps: number;
  readonly seed: number;
  readonly years?: number;
  readonly set: readonly string[];
  readonly json: boolean;
  readonly out?: string;
  readonly argv: readonly string[];
}

/** Metrics shown in the text table, in this order (all are in --json). */
export const KEY_METRICS = [
  'cost.total', 'cost.transaction', 'adminShare', 'cost.perUser', 'users.served', 'needMet', 'wait.assessmentWeeks', 'wait.startWeeks',
  'prevention.share', 'users.functionMean', 'satisfaction.users', 'staff.motivation', 'staff.sickLeave', 'staff.turnover', 'directTimeShare',
  'gaming.overbilledHours', 'complaints',
] as const;

/** `ppsim run`: replications of one scenario; final-year metrics with 95 % intervals. */
export function runCommand(options: RunOptions): string {
  const scenario = resolveScenario(options.scenario, options.set, options.years, {
    ...(options.variant === undefined ? {} : { variant: options.variant }), ...(options.casesDir === undefined ? {} : { casesDir: options.casesDir }),
  });
  const seeds = replicationSeeds(options.seed, options.reps);
  const csv = options.out === undefined ? undefined : new AtomicFileWriter(join(options.out, 'series.csv'));
  let summary: ReturnType<typeof summarise>;
  try {
    const runs = runReplications({
      params: scenario.params,
      timeline: scenario.timeline,
      seeds,
      ...(csv === undefined ? {} : { sinks: (_seed: unknown, i: number): Sink[] => [new CsvSink(csv, { labels: { scenario: scenario.id }, header: i === 0 })] }),
    });
    summary = summarise(runs);
  } catch (error) {
    csv?.abort();
    throw error;
  }
  const doc = {
    ppsim: VERSION,
    command: 'run',
    scenario: {
      id: scenario.id, title: scenario.title, ...(scenario.variant === undefined ? {} : { variant: scenario.variant }),
      place: scenario.scenario?.place, extends: scenario.scenario?.extends, evidence: scenario.scenario?.evidence, sources: scenario.scenario?.sources,
      params: scenario.params, timeline: scenario.timeline,
    },
    provenance: {
      version: VERSION, node: process.version, argv: options.argv, scenario: options.scenario, ...(options.variant === undefined ? {} : { variant: options.variant }),
      seed: options.seed, seeds, reps: options.reps,
    },
    finalYear: summary.finalYear,
    metrics: summary.metrics,
  };
  if (csv !== undefined && options.out !== undefined) {
    csv.commit();
    const json = new AtomicFileWriter(join(options.out, 'summary.json'));
    json.write(`${JSON.stringify(doc, null, 2)}\n`);
    json.commit();
  }
  if (options.json) return `${JSON.stringify(doc, null, 2)}\n`;
  const g = scenario.params.governance;
  const rows = KEY_METRICS.map((name) => {
    const m = summary.metrics[name];
    if (m === undefined) return [name, '', ''];
    const digits = Math.abs(m.mean) >= 100 ? 0 : Math.abs(m.mean) >= 1 ? 2 : 3;
    return [name, m.unit, `${formatNumber(m.mean, digits)} [${formatNumber(m.ci95[0], digits)}, ${formatNumber(m.ci95[1], digits)}]`];
  });
  return [
    `ppsim run ${scenario.id}${scenario.variant === undefined ? '' : ` --variant ${scenario.variant}`}: ${scenario.title}`,
    `at the start: split ${g.split}, financing ${g.financing}, user choice ${g.userChoice ? 'on' : 'off'}, control ${g.controlIntensity}${events(scenario.timeline.length)}`,
    `${options.reps} replications, master seed ${options.seed}, ${scenario.params.horizon.years} years of weekly steps from ${scenario.params.horizon.start}; final year ${summary.finalYear}; mean [95 % t-interval].`,
    '',
    formatTable(['metric', 'unit', 'final year'], rows),
    '',
    'All metrics, per year, with --json. Defaults are teaching assumptions [A] unless docs/ODD.md says otherwise.',
    options.out === undefined ? '' : `Wrote series.csv and summary.json in ${options.out}.`,
  ].join('\n').trimEnd() + '\n';
}

function events(n: number): string {
  return n === 0 ? '' : `; then ${n} dated event${n === 1 ? '' : 's'} (listed with --json)`;
}
