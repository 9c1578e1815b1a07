// `pnpm validate`: runs the pattern-oriented validation and writes docs/validation.md.
// Options: --scale S (default 0.25), --points P (default 12), --reps N (default 5), --seed S (default 1), --only P1,P5, --out FILE,
// --workers N (worker threads, default 1; the report has the same numbers for any number).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERSION } from '@ppsim/core';
import { renderReport, runValidation } from '@ppsim/scenarios';
import { withExecutor } from '../packages/cli/src/parallel/pool.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : fallback;
};
const scale = Number(opt('scale', '0.25'));
const points = Number(opt('points', '12'));
const reps = Number(opt('reps', '5'));
const seed = Number(opt('seed', '1'));
const only = opt('only', '') === '' ? undefined : opt('only', '').split(',');
const workers = Number(opt('workers', '1'));
const out = opt('out', join(import.meta.dirname, '..', 'docs', 'validation.md'));

const started = Date.now();
const results = await withExecutor(workers, (executor) =>
  runValidation({
    scale,
    reps,
    points,
    seed,
    executor,
    ...(only === undefined ? {} : { only }),
    onPattern: (r) => process.stderr.write(`${r.pattern.id}: ${r.verdict} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`),
  }),
);
// --workers changes how fast, never what: it is left out of the recorded command.
const recorded = args.filter((a, i) => a !== '--workers' && args[i - 1] !== '--workers');
const command = `pnpm validate ${recorded.join(' ')}`.trim();
// The calibration recovery check (`pnpm recovery`) writes its own block into the file; it is kept.
const previous = existsSync(out) ? readFileSync(out, 'utf8') : '';
const kept = /<!-- calibration-recovery:start[\s\S]*<!-- calibration-recovery:end -->/.exec(previous)?.[0];
const report = renderReport(results, { scale, reps, points, seed, command, version: VERSION, date: new Date().toISOString().slice(0, 10) });
writeFileSync(out, kept === undefined ? report : `${report.trimEnd()}\n\n${kept}\n`);
const tested = results.filter((r) => r.verdict !== 'by construction').length;
process.stdout.write(
  `wrote ${out}: ${results.filter((r) => r.verdict === 'reproduced').length} of ${tested} patterns that could fail reproduced (${results.length - tested} by construction, not counted)\n`,
);
