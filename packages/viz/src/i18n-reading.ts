/**
 * Texts that help read the viewer on any screen, in English and Norwegian (bokmål): field help
 * opened by a button, controls folded away on a phone, differences of shares in the final-year
 * table, and the run captions of opened results; i18n-topics.ts joins them for i18n.ts.
 */

export const readingEn = {
  'help.toggle': 'Help on {name}',
  'fold.compare': 'Scenarios, metric, run settings and parameters',
  'fold.showing': 'A: {a} · B: {b}',
  'fold.explore': 'Case, run settings and parameters',
  'fold.case': '{ref} · changed parameters: {n}',
  'table.points': 'pp',
  'memo.gridParam': '{path} {span} ({n} values)',
  'memo.sweep': 'Grid: {grid}; {points} points, each on every seed',
  'memo.map': 'Map: {points} points ({design}) over {grid}; regimes {regimes}, on the same seeds at each point',
  'memo.sensitivity': 'Design: {design} over {grid}',
  'memo.calibration': 'Targets: {title} ({file}), {targets} targets · {waves} waves of history matching · check: {samples} samples × {reps} replications',
} as const;

export type ReadingTextKey = keyof typeof readingEn;

export const readingNb: Record<ReadingTextKey, string> = {
  'help.toggle': 'Hjelp om {name}',
  'fold.compare': 'Scenarioer, mål, kjøreinnstillinger og parametere',
  'fold.showing': 'A: {a} · B: {b}',
  'fold.explore': 'Case, kjøreinnstillinger og parametere',
  'fold.case': '{ref} · endrede parametere: {n}',
  'table.points': 'p.p.',
  'memo.gridParam': '{path} {span} ({n} verdier)',
  'memo.sweep': 'Rutenett: {grid}; {points} punkter, hvert på hvert frø',
  'memo.map': 'Kart: {points} punkter ({design}) over {grid}; regimer {regimes}, på de samme frøene i hvert punkt',
  'memo.sensitivity': 'Forsøksplan: {design} over {grid}',
  'memo.calibration': 'Målverdier: {title} ({file}), {targets} målverdier · {waves} runder med history matching · kontroll: {samples} utvalg × {reps} replikasjoner',
};
