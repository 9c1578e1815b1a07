/**
 * Golden outputs: every command's printed output and written files, byte for byte, at a small size.
 * They were recorded before core took over running studies (ensembles, sweeps, comparisons), and any
 * change of bytes must be deliberate: update with `npx vitest run test/golden.test.ts -u` and say
 * why in the commit. What differs between machines and commits (the folder, the git commit, Node's
 * version and platform, elapsed time) is replaced by a placeholder before comparing.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliAsync } from './helpers/cli.ts';

const SMALL = ['--years', '2', '--set', 'population.scale=0.03', '--quiet'];

/** Placeholders for what differs between machines and commits. */
function normalise(text: string, out: string): string {
  return text
    .replaceAll(out, '<out>')
    .replace(/"gitCommit": ("[0-9a-f]{40}"|null)/g, '"gitCommit": "<commit>"')
    .replace(/"node": "v[\d.]+"/g, '"node": "<node>"')
    .replace(/"platform": "[^"]+"/g, '"platform": "<platform>"');
}

/** Every file under `dir` (parts too), in path order, as `== path ==` then its text. */
function folderText(dir: string): string {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(dir);
  return files.map((f) => `== ${relative(dir, f)} ==\n${digest(normalise(readFileSync(f, 'utf8'), dir))}`).join('\n');
}

/**
 * A text as it is, or when longer than 8 kB its first lines and the SHA-256 of the whole, so the
 * golden files stay small and still fix every byte.
 */
function digest(text: string): string {
  if (text.length <= 8192) return text;
  const lines = text.split('\n');
  return `${lines.slice(0, 6).join('\n').slice(0, 4096)}\n… ${lines.length - 1} lines, ${Buffer.byteLength(text)} bytes, sha256 ${createHash('sha256').update(text).digest('hex')}\n`;
}

async function golden(name: string, argv: readonly string[], withOut = true): Promise<{ text: string; out: string }> {
  const out = mkdtempSync(join(tmpdir(), `ppsim-golden-${name}-`));
  const r = await cliAsync(...argv, ...(withOut ? ['--out', out] : []));
  const files = withOut ? `-- files --\n${folderText(out)}` : '';
  const text = `$ ppsim ${argv.join(' ')}\nexit ${r.code}\n-- stdout --\n${digest(normalise(r.out, out))}-- stderr --\n${normalise(r.err, out)}${files}`;
  await expect(text).toMatchFileSnapshot(`golden/${name}.txt`);
  return { text, out };
}

describe('golden outputs (byte for byte)', () => {
  it('run', async () => {
    await golden('run', ['run', 'reference', '--reps', '2', ...SMALL]);
  });

  it('run --json (every metric per year)', async () => {
    await golden('run-json', ['run', 'bergen', '--reps', '2', ...SMALL, '--json'], false);
  });

  it('compare', async () => {
    await golden('compare', ['compare', 'reference', 'reference:internal-split', 'reference:competitive-choice', '--reps', '3', ...SMALL]);
  });

  it('demo', async () => {
    await golden('demo', ['demo', '--reps', '2', ...SMALL]);
  });

  it('sweep', async () => {
    await golden('sweep', ['sweep', 'reference', '--param', 'governance.controlIntensity=0.1:0.7:2', '--reps', '2', '--seed', '3', ...SMALL]);
  });

  it('sensitivity', async () => {
    await golden('sensitivity', ['sensitivity', 'reference', '--param', 'governance.controlIntensity=0:1', '--param', 'staff.motivation.crowding=0:1', '--samples', '2', '--reps', '1', ...SMALL]);
  });

  it('map', async () => {
    await golden('map', ['map', 'reference', '--regimes', 'integrated,competitive-choice', '--runs', '3', '--reps', '2', ...SMALL]);
  });

  it('schema', async () => {
    await golden('schema', ['schema'], false);
    await golden('schema-results', ['schema', '--results'], false);
  });

  it('rerun of a run and of a sweep', async () => {
    const run = await golden('rerun-source', ['run', 'reference', '--reps', '2', '--seed', '5', ...SMALL]);
    const r = await cliAsync('rerun', join(run.out, 'summary.json'));
    await expect(normalise(`exit ${r.code}\n-- stdout --\n${r.out}-- stderr --\n${r.err}`, run.out)).toMatchFileSnapshot('golden/rerun.txt');
  });

  it('an error', async () => {
    await golden('error', ['run', 'reference', '--set', 'governance.controlIntensity=2', '--reps', '2'], false);
  });
});
