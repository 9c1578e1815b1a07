/**
 * The per-simulation scratch arrays (`ModelState.scratch`): sized to the provider table, and to the
 * bidders a tender round can have (the firms present and up to 64 from outside).
 */
import type { Scratch } from '../state.ts';
import { MAX_PROVIDERS } from './market.ts';

/** Most outside firms a tender round holds bids from, beyond the firms present. */
export const MAX_OUTSIDE_BIDDERS = 64;

/** `createScratch()`: a fresh set of working arrays for one simulation. */
export function createScratch(): Scratch {
  const f = (n = MAX_PROVIDERS) => new Float64Array(n);
  const i = (n = MAX_PROVIDERS) => new Int32Array(n);
  const quality = f();
  return {
    upward: f(),
    effectiveness: f(),
    continuity: f(),
    deliveredShare: f(),
    felt: f(),
    quality,
    choice: { quality, sensitivity: 0, u: 0 },
    bidCost: f(MAX_PROVIDERS + MAX_OUTSIDE_BIDDERS),
    bidWage: f(MAX_PROVIDERS + MAX_OUTSIDE_BIDDERS),
    bidSlot: i(MAX_PROVIDERS + MAX_OUTSIDE_BIDDERS),
    movedFrom: i(),
    movedTo: i(),
    servedBy: i(),
  };
}
