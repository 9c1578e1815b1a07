import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, mimeType, resolveInside, serveStatic, type StaticServer } from './harness.ts';

/** A raw GET (no URL normalisation by the client, so `..` reaches the server as sent). */
function get(url: string, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((ok, fail) => {
    const u = new URL(url);
    const req = request({ host: u.hostname, port: u.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('browser test harness', () => {
  // The served folder sits inside a scratch folder that also holds a file the server must not give out.
  const scratch = mkdtempSync(join(tmpdir(), 'ppsim-static-'));
  const root = join(scratch, 'www');
  const secret = join(scratch, 'ppsim-secret.txt');
  let server: StaticServer;

  beforeAll(async () => {
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(root, 'assets', 'app.mjs'), 'export {};');
    writeFileSync(join(root, 'assets', 'data.csv'), 'a,b\r\n1,2\r\n');
    writeFileSync(secret, 'secret');
    server = await serveStatic(root);
  });

  afterAll(async () => {
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('mimeType(path): JavaScript, CSS, SVG, JSON and CSV by extension', () => {
    expect(mimeType('a.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeType('a.MJS')).toBe('text/javascript; charset=utf-8');
    expect(mimeType('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeType('a.svg')).toBe('image/svg+xml');
    expect(mimeType('a.json')).toBe('application/json; charset=utf-8');
    expect(mimeType('a.csv')).toBe('text/csv; charset=utf-8');
    expect(mimeType('a.bin')).toBe('application/octet-stream');
  });

  it('resolveInside(root, url): files under root; undefined for paths that leave it', () => {
    expect(resolveInside('/srv/www', '/assets/a.js?v=1')).toBe('/srv/www/assets/a.js');
    expect(resolveInside('/srv/www', '/')).toBe('/srv/www/index.html');
    expect(resolveInside('/srv/www', '/../etc/passwd')).toBe('/srv/www/etc/passwd');
    expect(resolveInside('/srv/www', '/%2e%2e/etc/passwd')).toBe('/srv/www/etc/passwd');
    expect(resolveInside('/srv/www', '/assets/..%2f..%2fetc/passwd')).toBeUndefined();
    expect(resolveInside('/srv/www', '/%2e%2e%2fwww2/x')).toBeUndefined();
    expect(resolveInside('/srv/www', '/a%00.js')).toBeUndefined();
    expect(resolveInside('/srv/www', '/%E0%A4%A')).toBeUndefined();
  });

  it('serveStatic(root): serves files with their MIME type on 127.0.0.1, nothing outside root', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    await expect(get(server.url, '/')).resolves.toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    await expect(get(server.url, '/assets/app.mjs')).resolves.toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    await expect(get(server.url, '/assets/data.csv')).resolves.toMatchObject({ status: 200, body: 'a,b\r\n1,2\r\n' });
    await expect(get(server.url, '/missing.js')).resolves.toMatchObject({ status: 404 });
    await expect(get(server.url, '/assets')).resolves.toMatchObject({ status: 404 });
    for (const path of ['/../ppsim-secret.txt', '/%2e%2e/ppsim-secret.txt', '/assets/..%2f..%2fppsim-secret.txt']) {
      const res = await get(server.url, path);
      expect(res.body, path).not.toContain('secret');
      expect(res.status, path).toBeGreaterThanOrEqual(400);
    }
  });

  it('launchChromium(missing executable): fails, naming the apt-get command', async () => {
    await expect(launchChromium('/nonexistent/chromium')).rejects.toThrow('install it with `apt-get update && apt-get install -y chromium`');
  });
});
