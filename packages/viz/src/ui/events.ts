/**
 * The dated events the case schedules, as chart markers in the page's language: one scenario's
 * (Explore), or both compared scenarios' with the side of an event only one has (Compare).
 */
import type { Scenario } from '@ppsim/scenarios/types';
import type { EventMarker } from '../charts/types.ts';
import { textsOf } from '../data/cases.ts';
import { yearFraction } from '../data/results.ts';

/** Dated events of a scenario as chart markers. */
export function markersOf(s: Scenario): EventMarker[] {
  const texts = textsOf(s);
  return s.timeline.map((e) => ({ x: yearFraction(e.date), label: texts.eventLabel(e.label) }));
}

/**
 * `compareMarkers(a, b)`: the dated events of both scenarios; an event both have (same date and
 * label) drawn once, one that only A or only B has labelled with its side.
 */
export function compareMarkers(a: Scenario, b: Scenario): EventMarker[] {
  const key = (m: EventMarker) => `${m.x}\u0000${m.label}`;
  const inA = markersOf(a);
  const inB = markersOf(b);
  const keysA = new Set(inA.map(key));
  const keysB = new Set(inB.map(key));
  return [...inA.map((m) => (keysB.has(key(m)) ? m : { ...m, label: `A: ${m.label}` })), ...inB.filter((m) => !keysA.has(key(m))).map((m) => ({ ...m, label: `B: ${m.label}` }))].sort(
    (x, y) => x.x - y.x,
  );
}
