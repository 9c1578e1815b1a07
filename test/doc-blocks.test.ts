// Every fenced code block in README.md and docs/*.md is exercised here:
// - ```sh / ```bash: each line that starts with `pnpm ppsim` or `pnpm demo` is run (in process) and
//   must exit 0; each `pnpm tsx <file>` must name a file that exists;
// - ```text with `$ pnpm ppsim …` lines: the command is run and every quoted output line must appear,
//   in order, in what it printed (stdout and stderr together). A `…` stands for anything: a line of
//   its own skips lines, inside a line it skips text. The exit code must be 0 unless the quoted
//   output shows an error (✖);
// - ```ts: type-checked as a module against the workspace (strict, as `pnpm typecheck`);
// - a block preceded by `<!-- file: PATH -->` must be the content of PATH verbatim;
// - a block preceded by `<!-- not-run: REASON -->` is skipped (rare: it needs a cluster, say).
// Commands run in a scratch folder per document that links to packages/ and docs/, so `out/…` and
// `/tmp/…` paths in the docs land in the scratch folder, not in the repository.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../packages/cli/src/main.ts';
import { headingSlug } from '../scripts/update-docs.ts';

const root = join(import.meta.dirname, '..');
const DOCS = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];

interface Block {
  readonly doc: string;
  readonly line: number;
  readonly lang: string;
  readonly text: string;
  readonly marker?: { kind: 'file' | 'not-run'; value: string };
}

/** The fenced blocks of a markdown text, with the HTML-comment marker on the line before, if any. */
// biome-ignore lint/suspicious/noExportsInTest: other doc tests read blocks the same way
export function fencedBlocks(doc: string, markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const end = lines.findIndex((l, j) => j > i && l.startsWith('```'));
    if (end < 0) throw new Error(`${doc}:${i + 1}: unclosed code block`);
    let prev = i - 1;
    while (prev >= 0 && lines[prev]!.trim() === '') prev--;
    const m = prev >= 0 ? /^<!-- (file|not-run): (.+?) -->$/.exec(lines[prev]!.trim()) : null;
    blocks.push({
      doc,
      line: i + 1,
      lang: open[1] ?? '',
      text: lines.slice(i + 1, end).join('\n'),
      ...(m ? { marker: { kind: m[1] as 'file' | 'not-run', value: m[2]! } } : {}),
    });
    i = end;
  }
  return blocks;
}

/** Splits a command line into arguments (whitespace; '…' and "…" quote). */
function argv(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

/** Joins `\` continuations and drops comments (`# …` after whitespace, or whole lines). */
function logicalLines(text: string): string[] {
  return text
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .map((l) => l.replace(/(^|\s)#.*$/, '').trim())
    .filter((l) => l !== '');
}

const PPSIM = /^pnpm (ppsim|demo)(\s|$)/;

let scratch: string | undefined;
afterAll(() => {
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
});

/** A scratch working folder for one document, with packages/ and docs/ linked in. */
function workFolder(doc: string): string {
  scratch ??= mkdtempSync(join(tmpdir(), 'ppsim-doc-blocks-'));
  const dir = join(scratch, doc.replace(/[^\w.-]/g, '_'));
  mkdirSync(join(dir, 'tmp'), { recursive: true });
  for (const name of ['packages', 'docs']) symlinkSync(join(root, name), join(dir, name));
  return dir;
}

/** Runs `pnpm ppsim …` / `pnpm demo …` in process, in `cwd`; output is stdout and stderr in order. */
async function runCommand(line: string, cwd: string): Promise<{ code: number; output: string }> {
  const words = argv(line.replace(/(^|\s)\/tmp\//g, `$1${cwd}/tmp/`));
  const args = words[1] === 'demo' ? ['demo', ...words.slice(2)] : words.slice(2);
  let output = '';
  const write = (s: string) => void (output += s);
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const code = await main(args, { write, writeErr: write });
    return { code, output };
  } finally {
    process.chdir(before);
  }
}

/** Whether every expected line appears in `actual`, in order (`…` skips); returns the first miss. */
function firstMissing(expected: readonly string[], actual: readonly string[]): string | undefined {
  let at = 0;
  for (const line of expected) {
    if (line.trim() === '' || line.trim() === '…') continue;
    const pattern = new RegExp(
      `^${line
        .trimEnd()
        .split('…')
        .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    const found = actual.findIndex((a, j) => j >= at && pattern.test(a.trimEnd()));
    if (found < 0) return line;
    at = found + 1;
  }
  return undefined;
}

/** `$ command` lines of a text block with the quoted output that follows each. */
function sessions(text: string): { command: string; expected: string[] }[] {
  const out: { command: string; expected: string[] }[] = [];
  const lines = text.replace(/\\\n\s*/g, '').split('\n');
  for (const line of lines) {
    if (line.startsWith('$ ')) out.push({ command: line.slice(2).trim(), expected: [] });
    else out.at(-1)?.expected.push(line);
  }
  return out;
}

const all = DOCS.flatMap((doc) => fencedBlocks(doc, readFileSync(join(root, doc), 'utf8')));
const active = all.filter((b) => b.marker?.kind !== 'not-run');
const where = (b: Block) => `${b.doc}:${b.line}`;

describe('the code blocks of README.md and docs/*.md', () => {
  it('not-run markers are rare and say why', () => {
    const skipped = all.filter((b) => b.marker?.kind === 'not-run');
    expect(skipped.length).toBeLessThanOrEqual(5);
    for (const b of skipped) expect(b.marker!.value.length, where(b)).toBeGreaterThan(10);
  });

  it('blocks marked <!-- file: PATH --> are that file verbatim', () => {
    const marked = active.filter((b) => b.marker?.kind === 'file');
    expect(marked.length).toBeGreaterThan(0);
    for (const b of marked) {
      const path = join(root, b.marker!.value);
      expect(existsSync(path), `${where(b)}: ${b.marker!.value} exists`).toBe(true);
      expect(`${b.text}\n`, where(b)).toBe(readFileSync(path, 'utf8'));
    }
  });

  it('ts blocks type-check (strict, against the workspace packages)', () => {
    const blocks = active.filter((b) => b.lang === 'ts' && b.marker === undefined);
    const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
    const files = new Map(blocks.map((b) => [join(root, 'test', '.doc-blocks', `${b.doc.replace(/\W/g, '_')}_${b.line}.ts`), `${b.text}\nexport {};\n`]));
    const host = ts.createCompilerHost(config.options);
    const { getSourceFile, fileExists, readFile } = host;
    host.fileExists = (f) => files.has(f) || fileExists.call(host, f);
    host.readFile = (f) => files.get(f) ?? readFile.call(host, f);
    host.getSourceFile = (f, lang, ...rest) => (files.has(f) ? ts.createSourceFile(f, files.get(f)!, lang) : getSourceFile.call(host, f, lang, ...rest));
    const program = ts.createProgram([...files.keys()], config.options, host);
    const problems = [...files.keys()].flatMap((f, i) => {
      const sf = program.getSourceFile(f)!;
      return [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)].map((d) => {
        const { line } = sf.getLineAndCharacterOfPosition(d.start ?? 0);
        return `${blocks[i]!.doc}:${blocks[i]!.line + 1 + line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
    });
    expect(problems).toEqual([]);
  });

  it('`pnpm tsx <file>` in sh blocks names a file that exists', () => {
    const missing = active
      .filter((b) => b.lang === 'sh' || b.lang === 'bash')
      .flatMap((b) =>
        logicalLines(b.text)
          .filter((l) => l.startsWith('pnpm tsx '))
          .map((l) => ({ b, file: argv(l)[2]! })),
      )
      .filter(({ file }) => !file.includes('<') && !existsSync(join(root, file)))
      .map(({ b, file }) => `${where(b)}: ${file}`);
    expect(missing).toEqual([]);
  });

  it('relative links point to files that exist, and #anchors to headings in them', () => {
    const anchors = (path: string) => {
      const text = readFileSync(join(root, path), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
      return new Set([...[...text.matchAll(/^#{1,6} (.*)$/gm)].map((m) => headingSlug(m[1]!)), ...[...text.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]!)]);
    };
    const broken: string[] = [];
    for (const doc of DOCS) {
      const text = readFileSync(join(root, doc), 'utf8')
        .replace(/^```[\s\S]*?^```/gm, '')
        .replace(/`[^`\n]*`/g, '');
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1]!;
        if (/^[a-z]+:/.test(target)) continue;
        const [file, anchor] = target.split('#') as [string, string | undefined];
        const path = file === '' ? doc : normalize(join(dirname(doc), file));
        if (!existsSync(join(root, path))) broken.push(`${doc}: ${target} (no such file)`);
        else if (anchor !== undefined && path.endsWith('.md') && !anchors(path).has(anchor)) broken.push(`${doc}: ${target} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });

  for (const doc of DOCS) {
    const runnable = active.filter(
      (b) =>
        b.doc === doc &&
        b.marker === undefined &&
        (((b.lang === 'sh' || b.lang === 'bash') && logicalLines(b.text).some((l) => PPSIM.test(l))) || (b.lang === 'text' && sessions(b.text).some((s) => PPSIM.test(s.command)))),
    );
    if (runnable.length === 0) continue;

    it(`${doc}: every pnpm ppsim command runs, and prints what the doc quotes`, async () => {
      const cwd = workFolder(doc);
      for (const b of runnable) {
        if (b.lang === 'text') {
          for (const s of sessions(b.text)) {
            expect(PPSIM.test(s.command), `${where(b)}: "$ ${s.command}" is not a ppsim command; quote only ppsim commands or mark the block not-run`).toBe(true);
            const r = await runCommand(s.command, cwd);
            const expected = s.expected.map((l) => l.replace(/\/tmp\//g, `${cwd}/tmp/`));
            const showsError = expected.some((l) => l.startsWith('✖'));
            expect(r.code === 0, `${where(b)}: ${s.command}\nexit ${r.code}\n${r.output}`).toBe(!showsError);
            const miss = firstMissing(expected, r.output.split('\n'));
            expect(miss, `${where(b)}: ${s.command}\nquoted line not printed:\n${miss}\n--- printed:\n${r.output}`).toBeUndefined();
          }
        } else {
          for (const line of logicalLines(b.text).filter((l) => PPSIM.test(l))) {
            const r = await runCommand(line, cwd);
            expect(r.code, `${where(b)}: ${line}\n${r.output}`).toBe(0);
          }
        }
      }
    });
  }
});
