import { describe, expect, it } from 'vitest';
import { waitingListComparison } from './waitingList.ts';

describe('examples/waiting-list', () => {
  it('waitingListComparison(reps) shows the queue growing after the staffing cut, paired by seed', () => {
    const r = waitingListComparison(4, 1, 6);
    expect(r.staffed.n).toBe(4);
    expect(r.difference.lo).toBeGreaterThan(20);
  });
});
