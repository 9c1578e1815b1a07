/**
 * Words for the model's parameters in the viewer: a short name in English and Norwegian (bokmål)
 * for every parameter path, and the Norwegian help text (the English help is core's schema
 * description, the single source of the model's own wording). The path stays beside the name
 * wherever a parameter is shown, because researchers type paths into the command line's `--set`.
 * i18n-params.test.ts holds the list against core's parameter schema.
 */
import { PARAM_TEXTS_A } from './i18n-params-a.ts';
import { PARAM_TEXTS_B } from './i18n-params-b.ts';
import type { Lang } from './i18n.ts';

/** `[short name in English, short name in Norwegian, help in Norwegian]` of one parameter. */
export type ParamText = readonly [en: string, nb: string, helpNb: string];

/** Every parameter's words, by path. */
export const PARAM_TEXTS: Readonly<Record<string, ParamText>> = { ...PARAM_TEXTS_A, ...PARAM_TEXTS_B };

/** `paramName(path, lang)`: the parameter's short name ("control intensity"), or its path when it has none. */
export function paramName(path: string, lang: Lang): string {
  const p = PARAM_TEXTS[path];
  return p === undefined ? path : lang === 'nb' ? p[1] : p[0];
}

/** `paramHelpText(path, description, lang)`: what the parameter is, in `lang` (English: core's `description`). */
export function paramHelpText(path: string, description: string, lang: Lang): string {
  return lang === 'nb' ? (PARAM_TEXTS[path]?.[2] ?? description) : description;
}

/** `paramNamed(path, lang)`: "control intensity (governance.controlIntensity)", the name with its path. */
export function paramNamed(path: string, lang: Lang): string {
  const name = paramName(path, lang);
  return name === path ? path : `${name} (${path})`;
}

/** Norwegian words for the values of the model's choices and switches; the value itself stays in state and links. */
const CHOICES_NB: Readonly<Record<string, string>> = {
  integrated: 'integrert',
  internal: 'intern bestiller–utfører',
  competitive: 'konkurranse',
  frame: 'rammefinansiering',
  perUnitGranted: 'stykkpris per tildelt time',
  perUnitPerformed: 'stykkpris per utført time',
  fixed: 'fast',
  cost: 'kostnadsbasert',
  benchmark: 'målestokk (laveste kostnad)',
  lowestBid: 'laveste bud',
  comparisonPrice: 'sammenligningspris',
  true: 'ja',
  false: 'nei',
  // The default of the one text parameter (service.name), a label for outputs.
  'home care': 'hjemmetjenester',
};

/**
 * `paramValueText(value, lang)`: a parameter's value as the page shows it: a choice or switch in
 * words ("integrert" for `integrated` in Norwegian), a number with the language's decimal mark.
 */
export function paramValueText(value: unknown, lang: Lang): string {
  const raw = String(value);
  if (lang === 'en') return raw;
  return typeof value === 'number' ? raw.replace('.', ',') : (CHOICES_NB[raw] ?? raw);
}
