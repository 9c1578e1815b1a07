/** The built-in cases, resolved at build time (see build/cases.ts), and lookups into them. */
import type { Scenario } from '@ppsim/scenarios/types';
import cases from 'virtual:ppsim-cases';
import translations from 'virtual:ppsim-case-texts';
import { getLang } from '../i18n.ts';
import { scenarioTexts, type ScenarioTexts } from '../i18n-cases.ts';

export const CASES = cases;

/** A scenario's texts (title, place, summary, variant, event labels, notes) in the page's language. */
export function textsOf(s: Scenario): ScenarioTexts {
  return scenarioTexts(s, getLang(), translations);
}

/** The scenario of a case and variant ('' = base); undefined when unknown. */
export function findScenario(caseId: string, variant: string): Scenario | undefined {
  const c = CASES.find((x) => x.base.id === caseId);
  if (c === undefined) return undefined;
  return variant === '' ? c.base : c.variants.find((v) => v.variant?.name === variant);
}

/**
 * An event's label in the page's language, for a timeline read from a result file's provenance,
 * where only the English label is known: the first built-in case (or variant) with that event.
 */
export function eventLabelText(label: string): string {
  for (const c of CASES) {
    for (const s of [c.base, ...c.variants]) {
      if (s.timeline.some((e) => e.label === label)) return textsOf(s).eventLabel(label);
    }
  }
  return label;
}

/** `case` or `case:variant` → scenario. */
export function findRef(ref: string): Scenario | undefined {
  const i = ref.indexOf(':');
  return i < 0 ? findScenario(ref, '') : findScenario(ref.slice(0, i), ref.slice(i + 1));
}

/** Every `case` and `case:variant` reference with a label, for menus. */
export function allRefs(): { value: string; label: string }[] {
  return CASES.flatMap((c) => [
    { value: c.base.id, label: `${c.base.id} — ${textsOf(c.base).place}` },
    ...c.variants.map((v) => ({ value: `${c.base.id}:${v.variant?.name ?? ''}`, label: `${c.base.id}: ${textsOf(v).variantTitle ?? ''}` })),
  ]);
}
