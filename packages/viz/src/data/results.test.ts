import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeResultFolders, type ResultFolders } from '../../../../test/browser/results-fixtures.ts';
import { readResult, ResultError, type InputFile } from './results.ts';

let folders: ResultFolders;
beforeAll(async () => { folders = await writeResultFolders(); }, 120_000);
afterAll(() => rmSync(folders.root, { recursive: true, force: true }));

const filesOf = (dir: string): InputFile[] =>
  readdirSync(dir).filter((n) => n !== 'parts').map((n) => ({ name: `out/${n}`, text: readFileSync(join(dir, n), 'utf8') }));

describe('reading CLI results', () => {
  it('reads a run folder: one scenario, its runs rebuilt from series.csv, the final year as the CLI summarised it', () => {
    const r = readResult(filesOf(folders.run));
    expect(r.kind).toBe('ensembles');
    if (r.kind !== 'ensembles') return;
    expect(r.command).toBe('run');
    expect(r.labels).toEqual(['bergen']);
    expect(r.runs?.[0]).toHaveLength(3);
    const summary = JSON.parse(readFileSync(join(folders.run, 'summary.json'), 'utf8')) as { finalYear: number; metrics: Record<string, { byYear: Record<string, number> }> };
    const run = r.runs?.[0]?.[0];
    expect(run?.years[run.years.length - 1]).toBe(summary.finalYear);
    const mean = (r.runs?.[0] ?? []).reduce((acc, x) => acc + (x.values['needMet']?.[0] ?? 0), 0) / 3;
    expect(mean).toBeCloseTo(summary.metrics['needMet']?.byYear['2005'] ?? Number.NaN, 12);
    // The dated events of the scenario come along as markers.
    expect(r.markers.map((m) => m.label)).toContain('User choice in home nursing takes effect');
  });

  it('reads a compare folder with its paired differences, and the summary alone without bands', () => {
    const r = readResult(filesOf(folders.compare));
    if (r.kind !== 'ensembles') throw new Error(r.kind);
    expect(r.labels).toEqual(['bergen', 'bergen:frame-funding']);
    expect(r.differences['cost.total']).toHaveLength(1);
    const alone = readResult(filesOf(folders.compare).filter((f) => f.name.endsWith('summary.json')));
    if (alone.kind !== 'ensembles') throw new Error(alone.kind);
    expect(alone.runs).toBeUndefined();
    expect(Object.keys(alone.byYear['needMet']?.[1] ?? {})).toEqual(['2005', '2006', '2007']);
  });

  it('reads a demo folder', () => {
    const r = readResult(filesOf(folders.demo));
    if (r.kind !== 'ensembles') throw new Error(r.kind);
    expect(r.command).toBe('demo');
    expect(r.labels).toEqual(['integrated', 'split']);
    expect(r.runs?.[1]).toHaveLength(2);
  });

  it('reads a sweep folder: swept parameters and metrics told apart', () => {
    const r = readResult(filesOf(folders.sweep));
    if (r.kind !== 'sweep') throw new Error(r.kind);
    expect(r.params).toEqual(['staff.motivation.crowding', 'providers.pricePerHour']);
    expect(r.metrics).toContain('cost.total');
    expect(r.metrics).toContain('staff.motivation');
    // 6 points × 2 replications × 3 calendar years (the last holds a few days and is not offered).
    expect(r.rows).toHaveLength(36);
    expect(r.years).toEqual([2005, 2006]);
  });

  it('reads sensitivity.json and sensitivity.csv alike', () => {
    const files = filesOf(folders.sensitivity);
    const json = readResult(files);
    const csv = readResult(files.filter((f) => f.name.endsWith('sensitivity.csv')));
    if (json.kind !== 'sensitivity' || csv.kind !== 'sensitivity') throw new Error('not sensitivity');
    expect(json.rows.map((x) => [x.metric, x.parameter, x['muStar']])).toEqual(csv.rows.map((x) => [x.metric, x.parameter, x['muStar']]));
  });

  it('refuses what is not a ppsim result, naming the file, what was expected and what to do', () => {
    const cases: [InputFile[], RegExp][] = [
      [[{ name: 'notes.txt', text: 'hello' }], /notes\.txt: expected summary\.json, series\.csv, results\.csv or sensitivity\.json.*Fix:/],
      [[{ name: 'summary.json', text: '{"a": 1' }], /summary\.json: expected JSON, received text that does not parse/],
      [[{ name: 'summary.json', text: '{"hello": "world"}' }], /summary\.json: expected a ppsim result .*received an object with keys hello/],
      [[{ name: 'summary.json', text: '{"ppsim":"0.1.0","command":"run"}' }], /summary\.json: expected the summary\.json of ppsim run, received a document that differs/],
      [[{ name: 'series.csv', text: 'a,b,c\n1,2,3\n' }], /series\.csv: expected the series\.csv of ppsim run, compare or demo/],
      [[{ name: 'results.csv', text: 'point,rep,seed,year,x,cost.total\n0,0,1,2005,1\n' }], /results\.csv: expected 6 fields on every line, received 5 on line 2/],
      [[], /expected a ppsim result file, received no files/],
    ];
    for (const [files, message] of cases) {
      expect(() => readResult(files)).toThrow(ResultError);
      expect(() => readResult(files)).toThrow(message);
    }
  });
});
