/**
 * `ppsim view`: what it refuses (a folder that holds no result, a taken port) and what its server
 * serves (the built viewer, a result folder's result files and their list, nothing else).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PpsimError } from '@ppsim/core';
import { resultFolder, serveViewer, type ViewServer } from '../packages/cli/src/commands/view.ts';
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
  // A calibration's files: its samples and check are served; its specification, scenario and waves' sweeps are not.
  writeFileSync(join(results, 'samples.csv'), 'sample,x,implausibility\n');
  writeFileSync(join(results, 'ppc.csv'), 'target,observed\n');
  writeFileSync(join(results, 'calibration.json'), '{"format":"ppsim-calibration/v1"}');
  writeFileSync(join(results, 'calibrated.yaml'), 'id: x\n');
  mkdirSync(join(results, 'wave-1'));
  writeFileSync(join(results, 'wave-1', 'results.csv'), 'point,rep,seed,year\n');
  return { dist, results };
}

describe('ppsim view', () => {
  it('refuses a path that holds no result, with exit 2 and a fix', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'ppsim-empty-'));
    const a = await cli('view', empty, '--no-open');
    expect(a.code).toBe(2);
    expect(a.err).toMatch(
      /expected a folder holding summary\.json, series\.csv, results\.csv, points\.csv, samples\.csv, waves\.csv, ppc\.csv, sensitivity\.json, sensitivity\.csv \(any of them\), received "an empty folder"\. Fix:/,
    );
    const b = await cli('view', join(empty, 'nothing-here'), '--no-open');
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/nothing at that path/);
    const d = await cli('view', '/dev/zero', '--no-open');
    expect(d.code).toBe(2);
    expect(d.err).toMatch(/\/dev\/zero: expected a result folder written with --out, or one of its files, received "neither a folder nor a regular file"/);
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
      expect(await (await get('/results/ppsim-files.json')).json()).toEqual(['summary.json', 'series.csv', 'points.csv', 'samples.csv', 'ppc.csv']);
      expect((await get('/results/samples.csv')).headers.get('content-type')).toMatch(/text\/csv/);
      expect((await get('/results/points.csv')).headers.get('content-type')).toMatch(/text\/csv/);
      expect(await (await get('/results/summary.json')).text()).toBe('{"ppsim":"0.1.0"}');
      for (const path of [
        '/results/notes.txt',
        '/results/map.json',
        '/results/calibration.json',
        '/results/calibrated.yaml',
        '/results/wave-1/results.csv',
        '/results/wave-1%2fresults.csv',
        '/results/../secret.txt',
        '/%2e%2e/secret.txt',
        '/..%2fsecret.txt',
        '/missing.js',
      ]) {
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
      const error = await serveViewer(dist, port).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(PpsimError);
      expect((error as PpsimError).message).toMatch(/--port: expected a free port on 127\.0\.0\.1, received \d+\. Fix: choose another with --port, or --port 0/);
    } finally {
      await new Promise<void>((ok) => blocker.close(() => ok()));
    }
  });
});

/** A GET with a Host header of our choosing (undefined: none at all), as a page elsewhere could send. */
function get(server: ViewServer, path: string, host?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, setHost: false, headers: host === undefined ? {} : { host } }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => void (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serveViewer(dist, port, results) against hostile requests', () => {
  it('answers only Host headers naming its own loopback address and port (DNS rebinding gets 421)', async () => {
    const { dist, results } = fixture();
    const server = await serveViewer(dist, 0, resultFolder(results));
    const { port } = new URL(server.url);
    try {
      for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
        expect((await get(server, '/results/summary.json', host)).status).toBe(200);
      }
      for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1:${Number(port) + 1}`, '127.0.0.1', `localhost.evil.example:${port}`, undefined]) {
        const r = await get(server, '/results/summary.json', host);
        // Without any Host header, Node's HTTP/1.1 parser answers 400 before the viewer sees the request.
        expect(host === undefined ? [400, 421] : [421]).toContain(r.status);
        expect(r.body).not.toContain('ppsim":"0.1.0');
      }
    } finally {
      await server.close();
    }
  });

  it('never serves a symbolic link that leads outside the served folders', async () => {
    const { dist, results } = fixture();
    const secret = join(dist, '..', 'secret.txt');
    symlinkSync(secret, join(results, 'results.csv'));
    symlinkSync(secret, join(dist, 'assets', 'leak.js'));
    symlinkSync('/etc', join(dist, 'etc'));
    const server = await serveViewer(dist, 0, resultFolder(results));
    try {
      for (const path of ['/results/results.csv', '/assets/leak.js', '/etc/hostname']) {
        const r = await get(server, path, new URL(server.url).host);
        expect(r.status).toBe(403);
        expect(r.body).not.toContain('not for the browser');
      }
    } finally {
      await server.close();
    }
  });

  it('answers 404 for a result file that vanished or is not a regular file, and keeps serving', async () => {
    const { dist, results } = fixture();
    execFileSync('mkfifo', [join(results, 'results.csv')]);
    const server = await serveViewer(dist, 0, resultFolder(results));
    const host = new URL(server.url).host;
    try {
      expect(JSON.parse((await get(server, '/results/ppsim-files.json', host)).body)).toEqual(['summary.json', 'series.csv', 'results.csv', 'points.csv', 'samples.csv', 'ppc.csv']);
      rmSync(join(results, 'series.csv'));
      rmSync(join(dist, 'assets', 'app.js'));
      expect((await get(server, '/results/series.csv', host)).status).toBe(404);
      expect((await get(server, '/results/results.csv', host)).status).toBe(404);
      expect((await get(server, '/assets/app.js', host)).status).toBe(404);
      expect((await get(server, '/results/summary.json', host)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('sends nosniff, a content security policy and no referrer on every answer', async () => {
    const { dist, results } = fixture();
    const server = await serveViewer(dist, 0, resultFolder(results));
    const host = new URL(server.url).host;
    try {
      for (const path of ['/', '/assets/app.js', '/results/summary.json', '/results/ppsim-files.json', '/missing.js']) {
        const { headers } = await get(server, path, host);
        expect(headers['x-content-type-options']).toBe('nosniff');
        expect(headers['referrer-policy']).toBe('no-referrer');
        expect(headers['content-security-policy']).toMatch(
          /default-src 'self'; script-src 'self';.*connect-src 'self';.*object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'/,
        );
      }
    } finally {
      await server.close();
    }
  });
});
