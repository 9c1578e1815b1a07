import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeResultFolders, type ResultFolders } from '../../../../test/browser/results-fixtures.ts';
import { mapReport } from '../../../cli/src/map/report.ts';
import { treeSentences } from '../ui/map.ts';
import { readResult, ResultError, type InputFile } from './results.ts';

let folders: ResultFolders;
beforeAll(async () => {
  folders = await writeResultFolders();
}, 120_000);
afterAll(() => rmSync(folders.root, { recursive: true, force: true }));

const filesOf = (dir: string): InputFile[] =>
  readdirSync(dir)
    .filter((n) => n !== 'parts')
    .map((n) => ({ name: `out/${n}`, text: readFileSync(join(dir, n), 'utf8') }));

/** The map folder's files, `name` replaced by `text`. */
const mapWith = (name: string, edit: (text: string) => string): InputFile[] => filesOf(folders.map).map((f) => (f.name === `out/${name}` ? { ...f, text: edit(f.text) } : f));
/** The message readResult throws for `files`. */
const refusal = (files: readonly InputFile[]): string => {
  try {
    readResult(files);
  } catch (error) {
    if (error instanceof ResultError) return error.message;
    throw error;
  }
  throw new Error('readResult accepted the files');
};

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
    // 6 points × 2 replications × 2 full years (results.csv holds no partial year).
    expect(r.rows).toHaveLength(24);
    expect(r.years).toEqual([2005, 2006]);
  });

  it('reads sensitivity.json and sensitivity.csv alike', () => {
    const files = filesOf(folders.sensitivity);
    const json = readResult(files);
    const csv = readResult(files.filter((f) => f.name.endsWith('sensitivity.csv')));
    if (json.kind !== 'sensitivity' || csv.kind !== 'sensitivity') throw new Error('not sensitivity');
    expect(json.rows.map((x) => [x.metric, x.parameter, x['muStar']])).toEqual(csv.rows.map((x) => [x.metric, x.parameter, x['muStar']]));
  });

  it("reads a map folder: regimes, parameters, a verdict per point, the tree and the run's size as summary.json and points.csv say", () => {
    const r = readResult(filesOf(folders.map));
    if (r.kind !== 'map') throw new Error(r.kind);
    const summary = JSON.parse(readFileSync(join(folders.map, 'summary.json'), 'utf8')) as { wins: Record<string, { share: number }>; spec: { ranges: { path: string }[] }; tree: { root: unknown } };
    expect(r.scenario).toBe('reference');
    expect(r.regimes.map((g) => [g.name, g.kind, g.share])).toEqual([
      ['integrated', 'preset', summary.wins['integrated']?.share],
      ['competitive-choice', 'preset', summary.wins['competitive-choice']?.share],
    ]);
    expect(r.params).toEqual(summary.spec.ranges.map((x) => x.path));
    expect(r.points).toHaveLength(16);
    expect(r.size).toEqual({ reps: 2, years: 2, scale: 0.05, seed: 1, design: 'lhs' });
    expect(r.tree.root).toEqual(summary.tree.root);
    // Each point's winner agrees with its regimes' means: within the need tolerance, the cheaper wins.
    for (const p of r.points) {
      const best = Math.max(...p.needMet);
      const eligible = p.needMet.map((n, g) => (n >= best - r.needTolerance ? g : -1)).filter((g) => g >= 0);
      expect(p.winner).toBe(eligible.reduce((w, g) => ((p.cost[g] ?? 0) < (p.cost[w] ?? 0) ? g : w)));
      expect(p.costDiff[0]?.mean ?? 0).toBeCloseTo((p.cost[1] ?? 0) - (p.cost[0] ?? 0), 6);
    }
    // The tree in words is what `ppsim map` prints.
    const report = mapReport(JSON.parse(readFileSync(join(folders.map, 'summary.json'), 'utf8')) as Parameters<typeof mapReport>[0], folders.map);
    for (const sentence of treeSentences(r.tree.root)) expect(report).toContain(`  ${sentence}\n`);
  });

  it('refuses a malformed map, naming the file, what was expected, what was found and a fix', () => {
    expect(refusal(mapWith('summary.json', (text) => text.replace('"regimes":', '"regimen":')))).toMatchInlineSnapshot(
      `"summary.json: expected the summary.json of ppsim map, received a document that differs at regimes (Invalid input: expected array, received undefined). Fix: open the files of a ppsim command unchanged; a newer ppsim may have written them"`,
    );
    const tree = (text: string) => {
      const doc = JSON.parse(text) as { tree: { root: { winner: string } } };
      doc.tree.root.winner = 'nobody';
      return JSON.stringify(doc);
    };
    expect(refusal(mapWith('summary.json', tree))).toMatchInlineSnapshot(
      `"summary.json: expected a regime of the map as winner at tree.root, received nobody. Fix: open the summary.json that ppsim map wrote, unchanged"`,
    );
    expect(refusal(filesOf(folders.map).filter((f) => !f.name.endsWith('points.csv')))).toMatch(
      /^summary\.json: expected a map summary with its points\.csv, received summary\.json without points\.csv\. Fix: open the whole map folder/,
    );
    expect(refusal(mapWith('points.csv', (text) => text.replace('staff.motivation.crowding', 'crowding')))).toMatch(
      /^points\.csv: expected the points\.csv of this map .*, received column 3 named crowding where staff\.motivation\.crowding belongs\. Fix:/,
    );
    expect(refusal(mapWith('points.csv', (text) => text.trimEnd().split('\n').slice(0, -1).join('\n')))).toMatch(/^points\.csv: expected 16 points \(as summary\.json says\), received 15 rows/);
    expect(refusal(mapWith('points.csv', (text) => text.replace(/,(true|false)\n/, ',maybe\n')))).toMatch(/^points\.csv: expected decided true or false on line 2, received maybe/);
    // Parts of a map alone: its specification, its points, its runs.
    expect(refusal(filesOf(folders.map).filter((f) => f.name.endsWith('map.json')))).toMatch(
      /^map\.json: expected the summary\.json and points\.csv of ppsim map, received the map's specification \(map\.json\) without them/,
    );
    expect(refusal(filesOf(folders.map).filter((f) => f.name.endsWith('points.csv')))).toMatch(/^points\.csv: expected a map's points\.csv together with its summary\.json/);
    expect(refusal(filesOf(folders.map).filter((f) => f.name.endsWith('results.csv')))).toMatch(
      /^results\.csv: expected the results\.csv of ppsim sweep, received the results\.csv of ppsim map .*Fix: open the whole map folder/,
    );
  });

  it('refuses what is not a ppsim result, naming the file, what was expected and what to do', () => {
    const cases: [InputFile[], RegExp][] = [
      [[{ name: 'notes.txt', text: 'hello' }], /notes\.txt: expected summary\.json, series\.csv, results\.csv, points\.csv, samples\.csv or sensitivity\.json.*Fix:/],
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
