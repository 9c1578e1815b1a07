/**
 * Lots (areas) of a tendered service and who holds their contracts (mechanisms/tendering.ts holds the
 * rounds). A user belongs to the lot its id falls in, so the same users make up a lot in every regime.
 */
import type { ModelState, Tenders } from '../state.ts';

/** Most lots a service can be divided into (the schema's maximum). */
export const MAX_LOTS = 40;

export function createTenders(): Tenders {
  return { holder: new Int16Array(MAX_LOTS).fill(-1), price: new Float64Array(MAX_LOTS), ends: new Int32Array(MAX_LOTS), rounds: 0 };
}

/** The lot a user belongs to: fixed by its id, so the same users make up a lot in every regime. */
export function lotOf(id: number, lots: number): number {
  return id % lots;
}

/** Whether lot `l` is put out to tender under the current parameters. */
export function tendered(state: ModelState, l: number): boolean {
  return state.mech.tendering && l < tenderedLots(state);
}

export function tenderedLots(state: ModelState): number {
  const t = state.params.tendering;
  return Math.round(t.share * t.lots);
}

/**
 * The firm that holds user `s`'s lot, or −1 when the lot is not tendered or is held by the
 * municipal units.
 */
export function lotHolder(state: ModelState, s: number): number {
  const lot = lotOf(state.users.ids[s] as number, state.params.tendering.lots);
  return tendered(state, lot) ? (state.tenders.holder[lot] as number) : -1;
}
