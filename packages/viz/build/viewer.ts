/**
 * Building the viewer: one Vite configuration, defined in code so that the build can import the
 * workspace's TypeScript packages (the cases are resolved at build time by @ppsim/scenarios).
 * Used by `ppsim view`, `pnpm viewer` and the browser tests.
 */
import { fileURLToPath } from 'node:url';
import { build, createServer, type InlineConfig, type Plugin, type ViteDevServer } from 'vite';
import { bundledCases, bundledTranslations } from './cases.ts';

/** The viewer package's folder. */
export const VIEWER_ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Where `buildViewer()` writes by default. */
export const VIEWER_DIST = fileURLToPath(new URL('../dist', import.meta.url));

const CASES_ID = 'virtual:ppsim-cases';
const TEXTS_ID = 'virtual:ppsim-case-texts';

/** Serves `virtual:ppsim-cases`: the built-in cases as JSON, resolved now. */
function casesPlugin(): Plugin {
  return {
    name: 'ppsim-cases',
    // Filters keep the bundler from calling the hooks for every other module.
    resolveId: { filter: { id: /^virtual:ppsim-cases$/ }, handler: () => `\0${CASES_ID}` },
    load: { filter: { id: /^\0virtual:ppsim-cases$/ }, handler: () => `export default ${JSON.stringify(bundledCases())};` },
  };
}

/** Serves `virtual:ppsim-case-texts`: the cases' translations (`cases/<id>.<lang>.yaml`), read now. */
function caseTextsPlugin(): Plugin {
  return {
    name: 'ppsim-case-texts',
    resolveId: { filter: { id: /^virtual:ppsim-case-texts$/ }, handler: () => `\0${TEXTS_ID}` },
    load: { filter: { id: /^\0virtual:ppsim-case-texts$/ }, handler: () => `export default ${JSON.stringify(bundledTranslations())};` },
  };
}

/** The Vite configuration of the viewer (two pages: the app and the chart gallery). */
export function viewerConfig(outDir: string = VIEWER_DIST): InlineConfig {
  return {
    configFile: false,
    root: VIEWER_ROOT,
    base: './',
    logLevel: 'warn',
    plugins: [casesPlugin(), caseTextsPlugin()],
    worker: { format: 'es' },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 1500,
      rollupOptions: {
        input: {
          index: fileURLToPath(new URL('../index.html', import.meta.url)),
          gallery: fileURLToPath(new URL('../gallery.html', import.meta.url)),
        },
      },
    },
  };
}

/** Builds the static viewer into `outDir`; returns that folder. */
export async function buildViewer(outDir: string = VIEWER_DIST): Promise<string> {
  await build(viewerConfig(outDir));
  return outDir;
}

/** Vite's dev server with live reload on 127.0.0.1:`port`, for work on the viewer (`pnpm viewer:dev`). */
export async function startDevServer(port = 5179): Promise<ViteDevServer> {
  const server = await createServer({ ...viewerConfig(), logLevel: 'info', server: { host: '127.0.0.1', port, strictPort: false } });
  await server.listen();
  return server;
}
