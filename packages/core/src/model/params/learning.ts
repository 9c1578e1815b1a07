import { z } from 'zod';
import { flag, num, share } from './define.ts';

/**
 * Learning loops (Slagelse's HOD, seed 003): a unit whose measurements diverge from comparable
 * units' forms a learning group, and its practice improves; what one unit learns spreads to others.
 * Off unless time is set aside for it (`timeShare` > 0).
 */
export const learningSchema = z
  .strictObject({
    timeShare: share("Share of a unit's working time its learning group takes while it meets; 0 turns learning loops off.", {
      default: 0,
      grade: 'A',
      source: 'assumption; seed 003 (HOD: learning groups of staff when the measurements diverge)',
    }),
    divergence: share("How far a unit's cost per care hour must lie above the mean of comparable units (as a share) before a learning group forms.", {
      default: 0.05,
      grade: 'A',
      source: 'assumption; seed 003 (a group forms when the measurements diverge)',
    }),
    ratePerYear: num('Yearly rate at which a meeting group closes the gap to the best practice it can reach, with fully motivated staff; it scales with motivation.', {
      default: 1,
      min: 0,
      max: 10,
      unit: 'per year',
      grade: 'A',
      source: 'assumption; direction from seed 003 and SOU 2018:47 (learning rests on professional engagement)',
    }),
    maxGain: share('Largest share of travel, documentation and idle time that better practice can save.', {
      default: 0.3,
      grade: 'A',
      source: 'assumption',
    }),
    spreadPerYear: num('Yearly rate at which units close the gap to the best-practised unit by exchange (benchmarking between units, and with firms that join).', {
      default: 0.2,
      min: 0,
      max: 10,
      unit: 'per year',
      grade: 'A',
      source: 'assumption; seed 003 (benchmarking and learning with other HOD municipalities)',
    }),
    includeFirms: flag('Commercial firms take part in the measurement and learning (the HOD deal: a guaranteed share in return).', {
      default: false,
      grade: 'C',
      source: 'seed 003 (private actors join the same measurements and learning processes)',
    }),
  })
  .describe('Learning loops: groups that form when a unit lags comparable units, and what they learn.');

/** The learning-loop parameters, parsed. */
export type Learning = z.infer<typeof learningSchema>;
