// docs/ODD.md quotes defaults and constants outside its generated parameter table (which
// docs.test.ts checks). These tests hold every such quote to the code, so the prose cannot drift:
// - "`path` (default X)" is the one way the prose quotes a default: path must be a parameter and X
//   its schema default, and no "(default" or "default <value>" may appear outside that pattern;
// - every dotted path in backticks that starts like a parameter is a parameter, a group of them or
//   a metric (a renamed or removed parameter leaves no trace in the text);
// - the "home care (defaults)" column of §10 is the schema's defaults;
// - every named constant of §7.19 is exported by the file its row names, with the value it gives,
//   and every numeric constant a mechanism exports is listed there;
// - the parameter count under the table is the schema's.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { METRICS, parameterLeaves } from '@ppsim/core';

const root = join(import.meta.dirname, '..');
const MECHANISMS_DIR = join(root, 'packages/core/src/model/mechanisms');
const TABLE_START = '<!-- parameter-table:start';
const TABLE_END = '<!-- parameter-table:end -->';

const odd = readFileSync(join(root, 'docs/ODD.md'), 'utf8');
const leaves = parameterLeaves();
const defaults = new Map(leaves.map((l) => [l.path, l.defaultValue]));

/** The ODD without its generated parameter table. */
function prose(markdown: string): string {
  const from = markdown.indexOf(TABLE_START);
  const to = markdown.indexOf(TABLE_END);
  if (from < 0 || to < from) throw new Error('docs/ODD.md: the parameter-table markers are missing');
  return markdown.slice(0, from) + markdown.slice(to + TABLE_END.length);
}

/** The text under the heading whose title contains `title`, up to the next heading of the same or a higher level. */
function section(markdown: string, title: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => /^#{1,6} /.test(l) && l.includes(title));
  if (start < 0) throw new Error(`docs/ODD.md: no heading containing "${title}"`);
  const level = /^#+/.exec(lines[start]!)![0].length;
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && /^#+/.exec(l)![0].length <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** Rows of the markdown tables in `text` as trimmed cells (header rows included, separator rows not). */
function tableRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('|') && !/^\|[-|\s]+\|$/.test(l))
    .map((l) =>
      l
        .slice(1, l.endsWith('|') ? -1 : undefined)
        .split(' | ')
        .map((c) => c.trim()),
    );
}

/** A value as the ODD writes it: "text", true, false or a number (2.3e9 allowed). */
function quotedValue(text: string): unknown {
  if (/^".*"$/.test(text)) return JSON.parse(text);
  if (text === 'true' || text === 'false') return text === 'true';
  const n = Number(text);
  return Number.isNaN(n) ? { unreadable: text } : n;
}

const QUOTE = /`([A-Za-z]\w*(?:\.\w+)+)`\s+\(default\s+([^)\s,;:]+)/g;

/** Every "`path` (default X)" in `text`: the path, the value as written, and where it stands. */
function defaultQuotes(text: string): { path: string; value: string; at: number; end: number }[] {
  return [...text.matchAll(QUOTE)].map((m) => ({ path: m[1]!, value: m[2]!, at: m.index, end: m.index + m[0].length }));
}

describe('docs/ODD.md quotes the defaults the schema gives', () => {
  const text = prose(odd);

  it('"`path` (default X)": path is a parameter and X is parameterLeaves()\'s default for it', () => {
    const quotes = defaultQuotes(text);
    expect(quotes.length).toBeGreaterThan(20);
    const wrong = quotes
      .filter((q) => !defaults.has(q.path) || quotedValue(q.value) !== defaults.get(q.path))
      .map((q) => (defaults.has(q.path) ? `${q.path}: the ODD says ${q.value}, the schema ${JSON.stringify(defaults.get(q.path))}` : `${q.path}: no such parameter`));
    expect(wrong).toEqual([]);
  });

  it('"(default" and "default <value>" appear only inside a "`path` (default X)" quote', () => {
    const quotes = defaultQuotes(text);
    const covered = (at: number) => quotes.some((q) => at >= q.at && at < q.end);
    const stray = [...text.matchAll(/\(default\b|\bdefault\s+(?:-?\d|"|true\b|false\b)/g)]
      .filter((m) => !covered(m.index))
      .map((m) => text.slice(Math.max(0, m.index - 40), m.index + 30).replace(/\s+/g, ' '));
    expect(stray).toEqual([]);
  });

  it('every `dotted.path` that starts like a parameter is a parameter, a group of parameters or a metric', () => {
    const roots = new Set(leaves.map((l) => l.path.split('.')[0]!));
    const metrics = new Set(METRICS.map((m) => m.name));
    const known = (path: string) => {
      if (defaults.has(path) || metrics.has(path) || leaves.some((l) => l.path.startsWith(`${path}.`))) return true;
      if (!path.includes('*')) return false;
      const pattern = new RegExp(`^${path.replaceAll('.', '\\.').replaceAll('*', '[^.]+')}(\\.|$)`);
      return leaves.some((l) => pattern.test(l.path));
    };
    const unknown = [...new Set([...text.matchAll(/`([A-Za-z]\w*(?:\.[\w*]+)+)`/g)].map((m) => m[1]!))].filter(
      (path) => roots.has(path.split('.')[0]!) && !/\.(ts|mjs|md|json)$/.test(path) && !known(path),
    );
    expect(unknown).toEqual([]);
  });

  it('§10 "home care (defaults)" column: every value is parameterLeaves()\'s default', () => {
    const rows = tableRows(section(text, 'Service types expressed by parameters alone'));
    const header = rows.find((r) => r.includes('home care (defaults)'));
    expect(header).toBeDefined();
    const column = header!.indexOf('home care (defaults)');
    const checked: string[] = [];
    const wrong: string[] = [];
    for (const row of rows) {
      const paths = [...(row[0] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
      if (paths.length === 0) continue;
      const values = (row[column] ?? '')
        .replace(/\s*\[[^\]]*\]/g, '')
        .split(' / ')
        .map((v) => v.trim());
      if (values.length !== paths.length) {
        wrong.push(`${row[0]}: ${paths.length} paths but ${values.length} values`);
        continue;
      }
      paths.forEach((path, i) => {
        const value = values[i]!;
        if (value === 'scenario') return;
        checked.push(path);
        if (!defaults.has(path)) wrong.push(`${path}: no such parameter`);
        else if (quotedValue(value) !== defaults.get(path)) wrong.push(`${path}: the ODD says ${value}, the schema ${JSON.stringify(defaults.get(path))}`);
      });
    }
    expect(checked.length).toBeGreaterThan(15);
    expect(wrong).toEqual([]);
  });

  it('the parameter count under the table is parameterLeaves().length, by grade', () => {
    const m = /^(\d+) parameters: (\d+) graded \[A\], (\d+) \[C\] and (\d+) \[M\]/m.exec(odd);
    expect(m).not.toBeNull();
    const count = (grade: string) => leaves.filter((l) => l.grade === grade).length;
    expect(m!.slice(1, 5).map(Number)).toEqual([leaves.length, count('A'), count('C'), count('M')]);
  });
});

describe('docs/ODD.md §7.19 lists the constants the code has', () => {
  const rows = tableRows(section(prose(odd), 'Constants in the code'))
    .map((r) => ({ name: /^`([A-Z][A-Z0-9_]*)`$/.exec(r[0] ?? '')?.[1], value: r[1] ?? '', file: r[2] ?? '' }))
    .filter((r): r is { name: string; value: string; file: string } => r.name !== undefined);
  const modules = new Map<string, Record<string, unknown>>();

  beforeAll(async () => {
    for (const file of readdirSync(MECHANISMS_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      modules.set(file, (await import(join(MECHANISMS_DIR, file))) as Record<string, unknown>);
    }
  });

  it('every `NAME` row: the file named exports NAME with the value given (a, or a/b)', () => {
    expect(rows.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const { name, value, file } of rows) {
      const m = /^(-?\d+(?:\.\d+)?)(?:\/(\d+(?:\.\d+)?))?/.exec(value);
      const documented = m === null ? Number.NaN : m[2] === undefined ? Number(m[1]) : Number(m[1]) / Number(m[2]);
      const actual = modules.get(file)?.[name];
      if (!modules.has(file)) wrong.push(`${name}: no mechanism file ${file}`);
      else if (typeof actual !== 'number') wrong.push(`${name}: ${file} exports no such number`);
      else if (actual !== documented) wrong.push(`${name}: the ODD says ${value}, ${file} has ${actual}`);
    }
    expect(wrong).toEqual([]);
  });

  it('every numeric UPPER_CASE export of mechanisms/*.ts has a row, with its file', () => {
    const listed = new Set(rows.map((r) => `${r.file}:${r.name}`));
    const missing = [...modules].flatMap(([file, exports]) =>
      Object.entries(exports)
        .filter(([name, value]) => /^[A-Z][A-Z0-9_]*$/.test(name) && typeof value === 'number' && !listed.has(`${file}:${name}`))
        .map(([name, value]) => `${file}: ${name} = ${String(value)}`),
    );
    expect(missing).toEqual([]);
  });
});
