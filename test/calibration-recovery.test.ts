/**
 * Does `ppsim calibrate` recover a truth it did not see? A small version of the simulation-based
 * check (scripts/calibration-recovery.ts runs the full one and writes its result into
 * docs/validation.md): hidden parameter points, targets from one noisy run at each, a blind
 * calibration; every truth must be kept while most of the box is ruled out.
 */
import { describe, expect, it } from 'vitest';
import { inThread, parseParams } from '@ppsim/core';
import { recoveryCheck, type RecoveryTrial } from '../packages/cli/src/calibrate/recovery.ts';

describe('calibration recovers hidden truths', () => {
  it('keeps each of 4 hidden truths while ruling out most of the box', () => {
    const trials = recoveryCheck(
      {
        scenario: { id: 'reference', params: parseParams({ horizon: { years: 2 }, population: { scale: 0.05 } }), timeline: [] },
        ranges: [
          { path: 'governance.controlIntensity', lo: 0, hi: 1 },
          { path: 'staff.motivation.mean', lo: 0.3, hi: 0.9 },
        ],
        targets: [
          { metric: 'directTimeShare', year: 2006, sd: 0.01, source: 'recovery check', grade: 'A' },
          { metric: 'staff.sickLeave', year: 2006, sd: 0.005, source: 'recovery check', grade: 'A' },
          { metric: 'staff.motivation', year: 2006, sd: 0.02, source: 'recovery check', grade: 'A' },
        ],
        truths: 4,
        points: 16,
        reps: 2,
        waves: 3,
        seed: 7,
      },
      inThread(),
    ) as RecoveryTrial[];
    expect(trials.map((t) => t.kept)).toEqual([true, true, true, true]);
    for (const t of trials) expect(t.share).toBeLessThan(0.3);
  });
});
