/**
 * `ppsim view [DIR]`: builds the viewer when its build is missing or older than its sources, serves
 * it on 127.0.0.1, and, given a result folder, serves that folder's result files next to it and
 * prints the address that opens them. Only files a ppsim command writes are served from DIR.
 */
import { spawn } from 'node:child_process';
import { constants, existsSync, readdirSync, statSync } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { pipeline } from 'node:stream';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { PpsimError } from '@ppsim/core';

/**
 * Result files the viewer reads from a folder (the part files of sweeps and maps are not needed, nor
 * a map's map.json, nor a calibration's calibration.json, calibrated.yaml or its waves' sweeps).
 */
export const RESULT_FILES = ['summary.json', 'series.csv', 'results.csv', 'points.csv', 'samples.csv', 'waves.csv', 'ppc.csv', 'sensitivity.json', 'sensitivity.csv'] as const;

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The MIME type the server sends for `path`. */
export function mimeType(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `root` that a request for `url` names (a folder: its index.html), or undefined when
 * the path leaves `root` (`..`, encoded or not) or is malformed.
 */
export function resolveInside(root: string, url: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : undefined;
}

export interface ViewOptions {
  /** A result folder (or one of its files) to open. */
  readonly dir?: string;
  /** Port on 127.0.0.1; 0 picks a free one. */
  readonly port: number;
  /** Build even when the build looks current. */
  readonly rebuild?: boolean;
  /** Where the built viewer lives (default packages/viz/dist). */
  readonly dist?: string;
}

export interface ViewServer {
  readonly url: string;
  /** The address that opens the result folder, or the viewer's start page. */
  readonly openUrl: string;
  close(): Promise<void>;
}

/** The result files of `dir` (a folder, or a file inside one), checked. */
export function resultFolder(dir: string): { folder: string; files: string[] } {
  const path = resolve(dir);
  if (!existsSync(path)) {
    throw new PpsimError('invalid_input', {
      path: dir,
      expected: 'a result folder written with --out',
      received: 'nothing at that path',
      hint: 'pass the --out folder of ppsim run, compare, demo, sweep, sensitivity, map or calibrate',
    });
  }
  const stats = statSync(path);
  if (!stats.isDirectory() && !stats.isFile()) {
    throw new PpsimError('invalid_input', {
      path: dir,
      expected: 'a result folder written with --out, or one of its files',
      received: 'neither a folder nor a regular file',
      hint: 'pass the --out folder of ppsim run, compare, demo, sweep, sensitivity, map or calibrate',
    });
  }
  const folder = stats.isDirectory() ? path : resolve(path, '..');
  const files = RESULT_FILES.filter((f) => existsSync(join(folder, f)));
  if (files.length === 0) {
    const found = readdirSync(folder).slice(0, 8);
    throw new PpsimError('invalid_input', {
      path: dir,
      expected: `a folder holding ${RESULT_FILES.join(', ')} (any of them)`,
      received: found.length === 0 ? 'an empty folder' : `a folder with ${found.join(', ')}`,
      hint: 'pass the --out folder of a ppsim command; write one with e.g. `pnpm ppsim run bergen --reps 5 --out results/bergen`',
    });
  }
  return { folder, files };
}

/** Newest modification time under a path (files only), skipping node_modules and dist. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name === 'dist') continue;
    max = Math.max(max, newest(join(path, name)));
  }
  return max;
}

/** Builds the viewer into `dist` unless a build newer than every source is there already. */
export async function ensureViewerBuilt(dist: string | undefined, rebuild: boolean, log: (s: string) => void): Promise<string> {
  const { buildViewer, VIEWER_DIST, VIEWER_ROOT } = await import('@ppsim/viz/build');
  const out = dist ?? VIEWER_DIST;
  const built = existsSync(join(out, 'index.html')) ? statSync(join(out, 'index.html')).mtimeMs : 0;
  const sources = Math.max(newest(VIEWER_ROOT), newest(resolve(VIEWER_ROOT, '../core/src')), newest(resolve(VIEWER_ROOT, '../scenarios/src')), newest(resolve(VIEWER_ROOT, '../scenarios/cases')));
  if (rebuild || built === 0 || built < sources) {
    log('Building the viewer…\n');
    await buildViewer(out);
  }
  return out;
}

/**
 * Headers of every answer. The policy allows the viewer's own scripts, workers and data only (inline
 * styles stay allowed: charts set style attributes), no frames, no plugins, and no other origin.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
};

/**
 * `allowedHost(host, port)`: whether a request's Host header names this server by a loopback name
 * (127.0.0.1, localhost or [::1] with its port). Any other name is a page elsewhere that made its own
 * domain resolve to 127.0.0.1 (DNS rebinding), and is refused.
 */
export function allowedHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  const h = host.toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}` || h === `[::1]:${port}`;
}

/** `inside(root, path)`: whether `path` is `root` or below it (both absolute and resolved). */
function inside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * Opens `file` for serving if it is a regular file whose real path (symbolic links followed) stays
 * under `realRoot`; 403 when it leads outside, 404 when it is missing, vanished, or not a file.
 */
async function openServed(realRoot: string, file: string): Promise<FileHandle | 403 | 404> {
  let real: string;
  try {
    real = await realpath(file);
  } catch {
    return 404;
  }
  if (!inside(realRoot, real)) return 403;
  let handle: FileHandle;
  try {
    handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch {
    return 404;
  }
  try {
    if ((await handle.stat()).isFile()) return handle;
  } catch {
    /* vanished: answered below */
  }
  await handle.close();
  return 404;
}

/** Serves `dist` (and the result files of `folder` under /results/) on 127.0.0.1:`port`. */
export async function serveViewer(dist: string, port: number, results?: { folder: string; files: readonly string[] }): Promise<ViewServer> {
  const root = resolve(dist);
  const realRoot = await realpath(root);
  const realResults = results === undefined ? undefined : await realpath(results.folder);
  let actualPort = port;
  const server: Server = createServer((req, res) => {
    const send = (code: number, text: string) => {
      res.writeHead(code, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
      res.end(text);
    };
    if (!allowedHost(req.headers.host, actualPort)) return send(421, `this viewer answers only http://127.0.0.1:${actualPort}/ (or localhost:${actualPort})`);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      return send(400, 'bad request');
    }
    const serve = async (realBase: string, file: string, headers: Record<string, string>) => {
      const handle = await openServed(realBase, file);
      if (handle === 403) return send(403, 'forbidden');
      if (handle === 404) return send(404, 'not found');
      res.writeHead(200, { ...SECURITY_HEADERS, ...headers });
      if (req.method === 'HEAD') {
        await handle.close();
        res.end();
        return;
      }
      // pipeline closes the file when the client goes away, and a read error ends only this answer.
      pipeline(handle.createReadStream(), res, () => {});
    };
    const fail = () => {
      if (!res.headersSent) send(500, 'could not read the file');
      else res.destroy();
    };
    if (pathname.startsWith('/results/')) {
      const name = pathname.slice('/results/'.length);
      if (results === undefined || realResults === undefined) return send(404, 'no result folder: start with `ppsim view <folder>`');
      const headers = { 'content-type': mimeType(name), 'cache-control': 'no-store' };
      if (name === 'ppsim-files.json') {
        res.writeHead(200, { ...SECURITY_HEADERS, ...headers });
        res.end(JSON.stringify(results.files));
        return;
      }
      if (!results.files.includes(name)) return send(404, 'not a result file');
      serve(realResults, join(results.folder, name), headers).catch(fail);
      return;
    }
    const file = resolveInside(root, req.url ?? '/');
    if (file === undefined) return send(403, 'forbidden');
    serve(realRoot, file, { 'content-type': mimeType(file) }).catch(fail);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new PpsimError('invalid_input', { path: '--port', expected: 'a free port on 127.0.0.1', received: port, hint: 'choose another with --port, or --port 0 for any free one' })
          : error,
      );
    });
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      actualPort = typeof address === 'object' && address !== null ? address.port : port;
      const url = `http://127.0.0.1:${actualPort}/`;
      resolvePromise({
        url,
        openUrl: results === undefined ? url : `${url}?view=open&open=results/`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** Whether this looks like a desktop session, where opening a browser makes sense. */
function onDesktop(): boolean {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return (process.env['DISPLAY'] ?? process.env['WAYLAND_DISPLAY'] ?? '') !== '';
}

function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => {});
  child.unref();
}

/**
 * The command: check DIR, build if needed, serve until interrupted. Resolves with the text to print
 * when the server stops (Ctrl-C).
 */
export async function viewCommand(options: ViewOptions & { open?: boolean }, log: (s: string) => void): Promise<string> {
  const results = options.dir === undefined ? undefined : resultFolder(options.dir);
  const dist = await ensureViewerBuilt(options.dist, options.rebuild === true, log);
  const server = await serveViewer(dist, options.port, results);
  log(`ppsim viewer on ${server.url} (127.0.0.1 only; Ctrl-C stops it)\n`);
  if (results !== undefined) log(`Opening ${results.folder} (${results.files.join(', ')}): ${server.openUrl}\n`);
  if (options.open !== false && onDesktop()) openBrowser(server.openUrl);
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 'Viewer stopped.\n';
}
