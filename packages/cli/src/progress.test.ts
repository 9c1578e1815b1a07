import { describe, expect, it } from 'vitest';
import { makeProgress, noProgress } from './progress.ts';

describe('makeProgress({ quiet, tty: false, writeErr, now })', () => {
  it('writes plain lines at most every two seconds, and a last line with rate and ETA', () => {
    let t = 0;
    const lines: string[] = [];
    const p = makeProgress({ quiet: false, tty: false, writeErr: (s) => void lines.push(s), now: () => t })('run', 4);
    t = 500;
    p.tick(); // first line: nothing printed yet, so it prints
    t = 1000;
    p.tick(); // within two seconds of the last line: silent
    t = 3000;
    p.tick();
    t = 4000;
    p.tick(); // the last one is left to stop()
    p.stop();
    expect(lines).toEqual(['run: 1/4 runs (2.0 runs/s, ETA 2 s)\n', 'run: 3/4 runs (1.0 runs/s, ETA 1 s)\n', 'run: 4/4 runs (1.0 runs/s, ETA 0 s)\n']);
  });

  it('with quiet: true writes nothing', () => {
    const lines: string[] = [];
    const p = makeProgress({ quiet: true, tty: false, writeErr: (s) => void lines.push(s) })('run', 2);
    p.tick();
    p.stop();
    expect(lines).toEqual([]);
    expect(noProgress('x', 1).tick()).toBeUndefined();
  });
});
