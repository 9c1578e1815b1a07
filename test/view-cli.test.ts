/**
 * `ppsim view`: what it refuses (a folder that holds no result, a taken port) and what its server
 * serves (the built viewer, a result folder's result files and their list, nothing else).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PpsimError } from '@ppsim/core';
import { resultFolder, serveViewer } from '../packages/cli/src/commands/view.ts';
import { cliAsync as cli } from './helpers/cli.ts';

/** A stand-in for the built viewer and a result folder, in a temporary folder. */
function fixture(): { dist: string; results: string } {
  const root = mkdtempSync(join(tmpdir(), 'ppsim-view-'));
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>ppsim viewer</title>');
  writeFileSync(join(dist, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(root, 'secret.txt'), 'not for the browser');
  const results = join(root, 'out');
  mkdirSync(join(results, 'parts'), { recursive: true });
  writeFileSync(join(results, 'summary.json'), '{"ppsim":"0.1.0"}');
  writeFileSync(join(results, 'series.csv'), 'scenario,seed,step,year\n');
  writeFileSync(join(results, 'points.csv'), 'point,winner,decided\n');
  writeFileSync(join(results, 'map.json'), '{"format":"ppsim-map/v1"}');
  writeFileSync(join(results, 'notes.txt'), 'private');
  return { dist, results };
}

describe('ppsim view', () => {
  it('refuses a path that holds no result, with exit 2 and a fix', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'ppsim-empty-'));
    const a = await cli('view', empty, '--no-open');
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/expected a folder holding summary\.json, series\.csv, results\.csv, points\.csv, sensitivity\.json, sensitivity\.csv \(any of them\), received "an empty folder"\. Fix:/);
    const b = await cli('view', join(empty, 'nothing-here'), '--no-open');
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/nothing at that path/);
    const c = await cli('view', '--port', '70000');
    expect(c.code).toBe(2);
    expect(c.err).toMatch(/--port.*0 to 65535/);
  });

  it('serves the viewer, the result files and their list on 127.0.0.1, and nothing else', async () => {
    const { dist, results } = fixture();
    const server = await serveViewer(dist, 0, resultFolder(results));
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(server.openUrl).toBe(`${server.url}?view=open&open=results/`);
      const get = (path: string) => fetch(new URL(path, server.url));
      const index = await get('/');
      expect(index.headers.get('content-type')).toMatch(/text\/html/);
      expect(await index.text()).toContain('ppsim viewer');
      expect((await get('/assets/app.js')).headers.get('content-type')).toMatch(/text\/javascript/);
      expect(await (await get('/results/ppsim-files.json')).json()).toEqual(['summary.json', 'series.csv', 'points.csv']);
      expect((await get('/results/points.csv')).headers.get('content-type')).toMatch(/text\/csv/);
      expect(await (await get('/results/summary.json')).text()).toBe('{"ppsim":"0.1.0"}');
      for (const path of ['/results/notes.txt', '/results/map.json', '/results/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/missing.js']) {
        const r = await get(path);
        expect([403, 404]).toContain(r.status);
        expect(await r.text()).not.toContain('not for the browser');
      }
      expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
    } finally {
      await server.close();
    }
  });

  it('names a taken port and how to choose another', async () => {
    const { dist } = fixture();
    const blocker = createServer();
    await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', ok));
    const port = (blocker.address() as { port: number }).port;
    try {
      const error = await serveViewer(dist, port).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(PpsimError);
      expect((error as PpsimError).message).toMatch(/--port: expected a free port on 127\.0\.0\.1, received \d+\. Fix: choose another with --port, or --port 0/);
    } finally {
      await new Promise<void>((ok) => blocker.close(() => ok()));
    }
  });
});
