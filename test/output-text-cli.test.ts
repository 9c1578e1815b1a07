/**
 * User-given text on its way out of ppsim, through the real CLI as a process: escape sequences in a
 * scenario's title, place, summary, labels, notes or a flag value never reach the terminal raw, and a
 * CSV label that a spreadsheet would run as a formula is written as text (numbers stay numbers).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readResult } from '../packages/viz/src/data/results.ts';
import { cliProcess, type ProcessResult } from './helpers/cli.ts';

// YAML's "\e" is ESC; "\a" is BEL. Every free-text field of the file carries an escape sequence.
const SCENARIO = `id: esc-town
title: "Esc\\e[2J town"
place: "Nowhere\\e]0;pwned\\a"
service: home care
period: { start: 2005-01-03, years: 2 }
summary: "A town\\e[31m in red."
sources:
  - id: s1
    kind: decision
    citation: "A decision\\e[5m."
params:
  governance.controlIntensity: { value: 0.5, source: s1, grade: M, note: "note\\e[1m" }
timeline:
  - date: 2006-01-02
    label: "Event\\e[K"
    set:
      governance.split: { value: internal, source: s1, grade: M }
variants:
  red:
    title: "Red\\e[41m variant"
    params:
      governance.controlIntensity: { value: 0.7, source: s1, grade: M }
`;
const folders: string[] = [];
const tmp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  folders.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

const SMALL = ['--reps', '2', '--years', '1', '--set', 'population.scale=0.02', '--quiet'];
// C0 controls but tab and line feed, DEL and C1 controls: what a terminal acts on.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for raw control characters
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function shownNotActedOn(r: ProcessResult): void {
  expect(r.signal).toBeNull();
  expect(`${r.out}${r.err}`).not.toMatch(RAW_CONTROL);
  expect(`${r.out}${r.err}`).toContain('\\u001b[');
}

describe('escape sequences in user-given text', () => {
  it('are shown as \\u001b by list, validate, run, run --json and in error messages, never sent raw', async () => {
    const dir = tmp('ppsim-esc-');
    const file = join(dir, 'esc-town.yaml');
    writeFileSync(file, SCENARIO);
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, SCENARIO.replace('value: internal', 'value: "inter\\e[8mnal"'));
    const [list, run, json, variant, badFile, badRef, badSet] = await Promise.all([
      cliProcess(['list', '--cases', dir]),
      cliProcess(['run', file, ...SMALL]),
      cliProcess(['run', file, ...SMALL, '--json']),
      cliProcess(['run', `${file}:red`, ...SMALL]),
      cliProcess(['validate', bad]),
      cliProcess(['run', 'bad\u001b[2J']),
      cliProcess(['run', '--set', 'governance.split=\u001b[31mred', ...SMALL]),
    ]);
    for (const r of [list, run, json, variant, badFile, badRef, badSet] as ProcessResult[]) shownNotActedOn(r);
    expect(list?.out).toContain('esc-town   Esc\\u001b[2J town\n  red      Red\\u001b[41m variant');
    expect(run?.code).toBe(0);
    expect(run?.out).toContain('ppsim run esc-town: Esc\\u001b[2J town');
    // --json stays the same document: the escape inside a JSON string means the same character.
    expect(JSON.parse(json?.out ?? '')).toHaveProperty(['scenario', 'title'], 'Esc\u001b[2J town');
    expect(variant?.out).toContain('ppsim run esc-town --variant red: Esc\\u001b[2J town');
    expect(badFile?.code).toBe(2);
    // summary.json holds the bytes --json prints, escapes included (a C1 CSI here).
    writeFileSync(file, SCENARIO.replace('title: "Esc\\e[2J town"', 'title: "CSI\\x9b2J town"'));
    const out = join(dir, 'out');
    const c1 = await cliProcess(['run', file, ...SMALL, '--json', '--out', out]);
    expect(c1.code).toBe(0);
    expect(c1.out).not.toMatch(RAW_CONTROL);
    expect(c1.out).toContain('"title": "CSI\\u009b2J town"');
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toBe(c1.out);
    expect(badRef?.code).toBe(2);
    expect(badSet?.code).toBe(2);
  });
});

describe('CSV text cells a spreadsheet would run as formulas', () => {
  it("compare =a.yaml: series.csv labels it '=a.yaml, numbers unchanged, and the viewer reads the label back", async () => {
    const dir = tmp('ppsim-csv-');
    mkdirSync(join(dir, 'plain'));
    writeFileSync(join(dir, '=a.yaml'), SCENARIO.replace('id: esc-town', 'id: formula-town'));
    copyFileSync(join(dir, '=a.yaml'), join(dir, 'plain', 'a.yaml'));
    const [formula, plain] = await Promise.all([
      cliProcess(['compare', '=a.yaml', 'reference', ...SMALL, '--out', 'out'], { cwd: dir }),
      cliProcess(['compare', 'a.yaml', 'reference', ...SMALL, '--out', 'out'], { cwd: join(dir, 'plain') }),
    ]);
    expect(formula.code).toBe(0);
    expect(plain.code).toBe(0);
    const series = readFileSync(join(dir, 'out', 'series.csv'), 'utf8');
    const plainSeries = readFileSync(join(dir, 'plain', 'out', 'series.csv'), 'utf8');
    const rows = series.trimEnd().split('\n').slice(1);
    expect(rows.filter((r) => r.startsWith("'=a.yaml,")).length).toBeGreaterThan(0);
    expect(rows.every((r) => r.startsWith("'=a.yaml,") || r.startsWith('reference,'))).toBe(true);
    // The same run under a harmless name: every number is the same, only the label differs.
    expect(series.replaceAll("'=a.yaml,", 'a.yaml,')).toBe(plainSeries);
    const summary = readFileSync(join(dir, 'out', 'summary.json'), 'utf8');
    const result = readResult([
      { name: 'summary.json', text: summary },
      { name: 'series.csv', text: series },
    ]);
    expect(result.kind === 'ensembles' ? result.labels : []).toEqual(['=a.yaml', 'reference']);
  });
});
