/**
 * Progress on stderr: a bar with rate and ETA on a terminal (cli-progress), plain lines at most
 * every two seconds otherwise (logs, CI), nothing with --quiet. stdout is never touched, so
 * `--json` output stays pure.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  /** One more unit (a run) done. */
  tick(): void;
  /** Ends the bar or prints the final line. */
  stop(): void;
}

/** Makes a progress reporter for `total` runs labelled `label`. */
export type ProgressFactory = (label: string, total: number) => Progress;

export const noProgress: ProgressFactory = () => ({ tick: () => undefined, stop: () => undefined });

/**
 * `makeProgress({ quiet, tty, writeErr, now })`: a factory of progress reporters. On a TTY the bar
 * redraws itself; otherwise lines like `run: 12/40 runs (3.1 runs/s, ETA 9 s)`.
 */
export function makeProgress(options: { readonly quiet: boolean; readonly tty: boolean; readonly writeErr: (s: string) => void; readonly now?: () => number }): ProgressFactory {
  if (options.quiet) return noProgress;
  const now = options.now ?? (() => performance.now());
  if (options.tty) {
    return (label, total) => {
      const bar = new cliProgress.SingleBar(
        { format: `${label} [{bar}] {value}/{total} runs | {rate} runs/s | ETA {eta_formatted}`, hideCursor: true, clearOnComplete: false, stream: process.stderr },
        cliProgress.Presets.shades_classic,
      );
      const started = now();
      let done = 0;
      bar.start(total, 0, { rate: '0.0' });
      return {
        tick: () => {
          done++;
          bar.update(done, { rate: (done / Math.max(1e-9, (now() - started) / 1000)).toFixed(1) });
        },
        stop: () => bar.stop(),
      };
    };
  }
  return (label, total) => {
    const started = now();
    let done = 0;
    let lastLine = -Infinity;
    const line = () => {
      const seconds = (now() - started) / 1000;
      const rate = done / Math.max(1e-9, seconds);
      const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
      options.writeErr(`${label}: ${done}/${total} runs (${rate.toFixed(1)} runs/s, ETA ${eta} s)\n`);
      lastLine = now();
    };
    return {
      tick: () => {
        done++;
        if (now() - lastLine >= 2000 && done < total) line();
      },
      stop: () => {
        if (done > 0) line();
      },
    };
  };
}
