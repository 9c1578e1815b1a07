// Worker entry for the thread pool: registers tsx in this thread (execArgv --import does not reach
// worker threads' module loading on Node 20), then serves the TypeScript worker module.
import { register } from 'tsx/esm/api';

register();
const mod = await import('./worker.ts');
export default mod.default;
