/**
 * The public API of @ppsim/core is what its index exports by name: this test lists every exported
 * value and type (through the TypeScript checker, so types count too) and holds the list against
 * test/public-api/core.txt. Adding, renaming or removing an export fails here until the list is
 * updated on purpose (`npx vitest run test/public-api.test.ts -u`), and no index may re-export a
 * whole module with `export *`. Helpers the ppsim packages share as an implementation detail live
 * in `@ppsim/core/internal`, which examples, docs, benchmarks and scripts never import.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** Every export of `file`, as `value name` or `type name` lines, sorted. */
function exportsOf(file: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (config === undefined) throw new Error('tsconfig.json does not parse');
  const program = ts.createProgram([file], config.options);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (module === undefined) throw new Error(`${file} is not a module`);
  return checker
    .getExportsOfModule(module)
    .map((e) => {
      const target = e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e;
      return `${target.flags & ts.SymbolFlags.Value ? 'value' : 'type'} ${e.name}`;
    })
    .sort();
}

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : filesUnder(path, keep);
    return keep(name) ? [path] : [];
  });
}

function indexFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return indexFiles(path);
    return name === 'index.ts' ? [path] : [];
  });
}

describe('the public API of @ppsim/core', () => {
  it('is the list in test/public-api/core.txt, export by export', async () => {
    const list = exportsOf(join(root, 'packages', 'core', 'src', 'index.ts'));
    expect(list.length).toBeGreaterThan(100);
    await expect(`${list.join('\n')}\n`).toMatchFileSnapshot('public-api/core.txt');
  });

  it('no index file re-exports a whole module (`export *`)', () => {
    const offenders = indexFiles(join(root, 'packages', 'core', 'src')).filter((f) => /^export \* from/m.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => f.slice(root.length + 1))).toEqual([]);
  });

  it('@ppsim/core/internal is imported only by the ppsim packages, never by examples, docs, benchmarks or scripts', () => {
    const outside = ['examples', 'docs', 'bench', 'scripts'].flatMap((d) => filesUnder(join(root, d), (name) => /\.(ts|md)$/.test(name)));
    const offenders = [...outside, join(root, 'README.md')].filter((f) => readFileSync(f, 'utf8').includes('@ppsim/core/internal'));
    expect(offenders.map((f) => f.slice(root.length + 1))).toEqual([]);
  });
});
