/** `pnpm viewer:dev`: the viewer on Vite's dev server (live reload), for work on the viewer itself. */
import { startDevServer } from '../packages/viz/build/viewer.ts';

const server = await startDevServer(Number(process.env['PORT'] ?? 5179));
server.printUrls();
