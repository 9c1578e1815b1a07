/** Modules the build provides. */
declare module 'virtual:ppsim-cases' {
  import type { Scenario } from '@ppsim/scenarios/types';
  const cases: readonly { readonly base: Scenario; readonly variants: readonly Scenario[] }[];
  export default cases;
}
