/** Modules the build provides. */
declare module 'virtual:ppsim-cases' {
  import type { Scenario } from '@ppsim/scenarios/types';
  const cases: readonly { readonly base: Scenario; readonly variants: readonly Scenario[] }[];
  export default cases;
}
declare module 'virtual:ppsim-case-texts' {
  import type { CaseTranslation, TranslationLang } from '@ppsim/scenarios/types';
  const translations: Readonly<Record<string, Partial<Record<TranslationLang, CaseTranslation>>>>;
  export default translations;
}
