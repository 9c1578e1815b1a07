import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AtomicFileWriter } from './fileWriter.ts';
import { CsvSink, csvField } from './csvSink.ts';
import { NdjsonSink } from './ndjsonSink.ts';

const header = { model: 'm', seed: 7, columns: ['waiting', 'users'], clock: { start: '2005-01-03', unit: 'week' as const }, firstStep: 0 };

function collect(): { text: string; write(s: string): void } {
  return {
    text: '',
    write(s: string) {
      this.text += s;
    },
  };
}

describe('new CsvSink(out, { labels, header })', () => {
  it('writes a tidy header and one row per step, labels first', () => {
    const out = collect();
    const sink = new CsvSink(out, { labels: { scenario: 'cut, late' } });
    sink.begin(header);
    sink.row(0, 2005, Float64Array.of(3, 0.1 + 0.2));
    sink.row(1, 2005, Float64Array.of(4, 1e21));
    sink.end();
    expect(out.text).toMatchInlineSnapshot(`
      "scenario,seed,step,year,waiting,users
      "cut, late",7,0,2005,3,0.30000000000000004
      "cut, late",7,1,2005,4,1e+21
      "
    `);
  });

  it('omits the header when header is false', () => {
    const out = collect();
    const sink = new CsvSink(out, { header: false });
    sink.begin(header);
    sink.row(5, 2006, Float64Array.of(1, 2));
    expect(out.text).toBe('7,5,2006,1,2\n');
  });
});

describe('csvField(value)', () => {
  it('quotes commas, quotes and newlines (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a "b"')).toBe('"a ""b"""');
    expect(csvField('x\ny')).toBe('"x\ny"');
  });

  it('writes text a spreadsheet would run as a formula with an apostrophe, then quotes it; keeps numbers', () => {
    expect(['=1+1', '-x', '@A1', '+y', '=HYPERLINK("u","v")', '-0.5', '-1e-7'].map(csvField)).toEqual(["'=1+1", "'-x", "'@A1", "'+y", '"\'=HYPERLINK(""u"",""v"")"', '-0.5', '-1e-7']);
  });
});

describe('new NdjsonSink(out)', () => {
  it('writes header, row, agents and end lines that parse as JSON', () => {
    const out = collect();
    const sink = new NdjsonSink(out, { scenario: 'a' });
    sink.begin(header);
    sink.row(0, 2005, Float64Array.of(1, 2));
    sink.snapshot({ step: 0, population: 'users', ids: Int32Array.of(4, 9), fields: { ability: Float32Array.of(0.5, 0.25) } });
    sink.end();
    const lines = out.text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string });
    expect(lines.map((l) => l.type)).toEqual(['header', 'row', 'agents', 'end']);
    expect(lines[1]).toEqual({ type: 'row', seed: 7, step: 0, year: 2005, values: { waiting: 1, users: 2 } });
    expect(lines[2]).toMatchObject({ ids: [4, 9], fields: { ability: [0.5, 0.25] } });
  });
});

describe('new AtomicFileWriter(path)', () => {
  it('shows nothing at the path until commit(), then the whole file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppsim-'));
    const path = join(dir, 'sub', 'series.csv');
    const w = new AtomicFileWriter(path);
    w.write('a'.repeat(100_000));
    expect(existsSync(path)).toBe(false);
    w.commit();
    expect(readFileSync(path, 'utf8').length).toBe(100_000);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['series.csv']);
  });

  it('abort() leaves no file and no temporary behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppsim-'));
    const w = new AtomicFileWriter(join(dir, 'x.csv'));
    w.write('partial');
    w.abort();
    expect(readdirSync(dir)).toEqual([]);
  });
});
