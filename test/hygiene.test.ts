import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '@ppsim/core';
import { spawnSync } from 'node:child_process';
import madge from 'madge';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|mts|js|mjs)$/.test(name) ? [path] : [];
  });
}

const packages = readdirSync(join(root, 'packages'));
const allSources = packages.flatMap((p) => sourceFiles(join(root, 'packages', p, 'src')));
const nonTest = (files: string[]) => files.filter((f) => !f.endsWith('.test.ts'));

describe('source hygiene', () => {
  it('no Math.random anywhere in package sources: randomness comes from seeded streams', () => {
    const offenders = nonTest(allSources).filter((f) => /Math\.random\s*\(/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it('@ppsim/core imports no Node built-ins, no DOM globals, and no other ppsim package', () => {
    const core = nonTest(sourceFiles(join(root, 'packages/core/src')));
    const offenders = core.filter((f) => {
      const text = readFileSync(f, 'utf8');
      return /from\s+['"](node:|fs|path|os|crypto|worker_threads|child_process)['"/]/.test(text) || /\b(process|Buffer|window|document|require)\s*[.(]/.test(text) || /from\s+['"]@ppsim\//.test(text);
    });
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it('the viewer never inserts data as HTML, and its page code imports nothing from Node', () => {
    const viz = nonTest(sourceFiles(join(root, 'packages/viz/src')));
    const html = viz.filter((f) => /\.(innerHTML|outerHTML|insertAdjacentHTML)\b|\.html\(|document\.write\(/.test(readFileSync(f, 'utf8')));
    expect(html.map((f) => relative(root, f))).toEqual([]);
    const node = viz.filter((f) => /from\s+['"](node:|fs|path|os|child_process)['"/]/.test(readFileSync(f, 'utf8')));
    expect(node.map((f) => relative(root, f))).toEqual([]);
  });

  it("running the model never loads the emulators: core's index, the command line and its workers reach calibration/emulator.ts only through a dynamic import", () => {
    // Loading the emulators' linear algebra (ml-matrix) was measured to slow the model's loops by about a tenth.
    const reached = (entry: string) => staticImports(join(root, entry)).filter((f) => f.endsWith(join('calibration', 'emulator.ts')));
    for (const entry of ['packages/core/src/index.ts', 'packages/cli/src/main.ts', 'packages/cli/src/parallel/worker.ts']) expect(reached(entry), entry).toEqual([]);
    // The check sees them where they are loaded: the calibrate command does.
    expect(reached('packages/cli/src/commands/calibrate.ts')).toHaveLength(1);
  });

  it("no import cycles between the packages' source files (type imports included)", async () => {
    const packages = ['core', 'scenarios', 'cli', 'viz'].map((p) => join(root, 'packages', p, 'src'));
    const graph = await madge(packages, { fileExtensions: ['ts'], tsConfig: join(root, 'tsconfig.json') });
    expect(graph.circular()).toEqual([]);
  });

  it('the formatter and linter find nothing (`pnpm lint`; `pnpm format` fixes what it can)', () => {
    const biome = join(root, 'node_modules', '.bin', 'biome');
    const r = spawnSync(biome, ['check', '--error-on-warnings', '.', '--max-diagnostics=20'], { cwd: root, encoding: 'utf8' });
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
  });

  it('no file over 500 lines', () => {
    const long = nonTest(allSources).filter((f) => readFileSync(f, 'utf8').split('\n').length > 500);
    expect(long.map((f) => relative(root, f))).toEqual([]);
  });

  it('VERSION equals the version in packages/core/package.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'packages/core/package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });

  it('package.json pins the package manager that .ci/run installs', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { packageManager: string };
    expect(pkg.packageManager).toMatch(/^pnpm@\d+\.\d+\.\d+$/);
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(pkg.packageManager);
  });
});

/**
 * Every source file `entry` loads by static imports (value imports and re-exports; not `import type`,
 * not `import()`), following relative paths and the workspace packages' export maps.
 */
function staticImports(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !file.endsWith('.ts')) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?\sfrom\s+'([^']+)'|^import\s+'([^']+)'/gms)) {
      const spec = (m[1] ?? m[2]) as string;
      const target = spec.startsWith('.') ? join(dirname(file), spec) : workspaceFile(spec);
      if (target !== undefined) visit(target);
    }
  };
  visit(entry);
  return [...seen];
}

/** The source file a workspace package specifier (`@ppsim/core`, `@ppsim/core/calibration`) names, from its package.json exports. */
function workspaceFile(spec: string): string | undefined {
  const m = /^@ppsim\/([a-z]+)(\/.*)?$/.exec(spec);
  if (m === null) return undefined;
  const dir = join(root, 'packages', m[1] as string);
  const exports = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { exports?: Record<string, string> }).exports ?? {};
  const target = exports[`.${m[2] ?? ''}`];
  return target === undefined ? undefined : join(dir, target);
}
