/**
 * The simulation worker: makes the page's study tasks off the page's thread so the page stays
 * responsive. The work is `jobServer`'s (runner.ts); this file only wires it to the worker's messages.
 */
import type { FromWorker, ToWorker } from './protocol.ts';
import { jobServer } from './runner.ts';

const scope = self as unknown as { postMessage(m: FromWorker): void; onmessage: ((e: MessageEvent<ToWorker>) => void) | null };
const serve = jobServer((message) => scope.postMessage(message));

scope.onmessage = (e) => serve(e.data);
