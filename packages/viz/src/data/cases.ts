/** The built-in cases, resolved at build time (see build/cases.ts), and lookups into them. */
import type { Scenario } from '@ppsim/scenarios/types';
import cases from 'virtual:ppsim-cases';

export const CASES = cases;

/** The scenario of a case and variant ('' = base); undefined when unknown. */
export function findScenario(caseId: string, variant: string): Scenario | undefined {
  const c = CASES.find((x) => x.base.id === caseId);
  if (c === undefined) return undefined;
  return variant === '' ? c.base : c.variants.find((v) => v.variant?.name === variant);
}

/** `case` or `case:variant` → scenario. */
export function findRef(ref: string): Scenario | undefined {
  const i = ref.indexOf(':');
  return i < 0 ? findScenario(ref, '') : findScenario(ref.slice(0, i), ref.slice(i + 1));
}

/** Every `case` and `case:variant` reference with a label, for menus. */
export function allRefs(): { value: string; label: string }[] {
  return CASES.flatMap((c) => [
    { value: c.base.id, label: `${c.base.id} — ${c.base.place}` },
    ...c.variants.map((v) => ({ value: `${c.base.id}:${v.variant?.name ?? ''}`, label: `${c.base.id}: ${v.variant?.title ?? ''}` })),
  ]);
}
