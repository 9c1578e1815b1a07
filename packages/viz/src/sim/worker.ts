/**
 * The simulation worker: runs ensembles off the page's thread so the page stays responsive. It
 * yields to its message queue between simulated years, so a newer job or a cancel takes effect
 * within about a year of simulated time.
 */
import type { FromWorker, ToWorker } from './protocol.ts';
import { runOne } from './runner.ts';

const scope = self as unknown as { postMessage(m: FromWorker): void; onmessage: ((e: MessageEvent<ToWorker>) => void) | null };
let current = 0;

const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

scope.onmessage = (e) => {
  const msg = e.data;
  if (msg.type === 'cancel') { if (msg.job === current) current = -1; return; }
  current = msg.job;
  void start(msg.job, msg.ensembles);
};

async function start(job: number, ensembles: Extract<ToWorker, { type: 'start' }>['ensembles']): Promise<void> {
  const stopped = () => current !== job;
  try {
    const reps = Math.max(0, ...ensembles.map((s) => s.reps));
    for (let index = 0; index < reps; index++) {
      for (let k = 0; k < ensembles.length; k++) {
        const spec = ensembles[k];
        if (spec === undefined || index >= spec.reps) continue;
        const finished = await runOne(spec, index, (event) => scope.postMessage({ type: 'event', job, ensemble: k, ...event }), yieldToMessages, stopped, index === 0);
        if (!finished || stopped()) { scope.postMessage({ type: 'done', job, cancelled: true }); return; }
      }
    }
    scope.postMessage({ type: 'done', job, cancelled: false });
  } catch (error) {
    scope.postMessage({ type: 'error', job, message: error instanceof Error ? error.message : String(error) });
  }
}
