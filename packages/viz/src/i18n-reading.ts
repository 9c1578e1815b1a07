/**
 * Texts that help read the viewer on any screen, in English and Norwegian (bokmål): field help
 * opened by a button, controls folded away on a phone, differences of shares in the final-year
 * table, the run captions of opened results, and the model's emergent events; i18n.ts takes them
 * into its own.
 */

export const readingEn = {
  'help.toggle': 'Help on {name}',
  'fold.compare': 'Scenarios, metric and run settings',
  'fold.showing': 'A: {a} · B: {b}',
} as const;

export type ReadingTextKey = keyof typeof readingEn;

export const readingNb: Record<ReadingTextKey, string> = {
  'help.toggle': 'Hjelp om {name}',
  'fold.compare': 'Scenarioer, mål og kjøreinnstillinger',
  'fold.showing': 'A: {a} · B: {b}',
};
