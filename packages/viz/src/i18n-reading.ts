/**
 * Texts that help read the viewer on any screen, in English and Norwegian (bokmål): field help
 * opened by a button, controls folded away on a phone, differences of shares in the final-year
 * table, and the captions exported charts carry (the page's runs and opened results); i18n-topics.ts
 * joins them for i18n.ts.
 */

export const readingEn = {
  'help.toggle': 'Help on {name}',
  'fold.compare': 'Scenarios, metric, run settings and parameters',
  'fold.showing': 'A: {a} · B: {b}',
  'fold.explore': 'Case, run settings and parameters',
  'fold.case': '{ref} · changed parameters: {n}',
  'memo.scenario': 'Scenario: {name}',
  'memo.scenarios': 'A: {a} · B: {b}',
  'memo.band':
    'Lines: means over {n} replications; bands: 95\u00a0% t-intervals of the mean (cut at zero for values that cannot be negative, at 100\u00a0% for shares). Yearly means drawn at mid-year.',
  'memo.difference':
    'Line: the paired difference B − A, run by run on the same seeds (common random numbers), mean over {n} pairs; band: 95\u00a0% t-interval of the mean paired difference. Differences of shares in percentage points.',
  'memo.mean': 'Areas: means over {n} replications (no interval drawn).',
  'memo.run': 'Run: {n} replications · population scale {scale} · master seed {seed} · years {years} · ppsim',
  'memo.changed': 'Changed parameters: {list}',
  'table.points': 'pp',
  'band.ceiling': '{metric} cannot exceed 100 %, so its band is cut there where the interval would reach above.',
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
  'memo.scenario': 'Scenario: {name}',
  'memo.scenarios': 'A: {a} · B: {b}',
  'memo.band':
    'Linjer: gjennomsnitt over {n} replikasjoner; bånd: 95\u00a0%-t-intervaller for gjennomsnittet over replikasjonene (kuttet ved null for verdier som ikke kan være negative, og ved 100\u00a0% for andeler). Årsgjennomsnitt tegnet midt i året.',
  'memo.difference':
    'Linje: den parede forskjellen B − A, kjøring for kjøring med de samme frøene (felles tilfeldige tall), gjennomsnitt over {n} par; bånd: 95\u00a0%-t-intervall for gjennomsnittlig paret forskjell. Forskjeller i andeler i prosentpoeng.',
  'memo.mean': 'Flater: gjennomsnitt over {n} replikasjoner (uten intervall).',
  'memo.run': 'Kjøring: {n} replikasjoner · befolkningsskala {scale} · hovedfrø {seed} · år {years} · ppsim',
  'memo.changed': 'Endrede parametere: {list}',
  'table.points': 'p.p.',
  'band.ceiling': '{metric} kan ikke overstige 100 %, så båndet kuttes der intervallet ville gått over.',
  'memo.gridParam': '{path} {span} ({n} verdier)',
  'memo.sweep': 'Rutenett: {grid}; {points} punkter, hvert på hvert frø',
  'memo.map': 'Kart: {points} punkter ({design}) over {grid}; regimer {regimes}, på de samme frøene i hvert punkt',
  'memo.sensitivity': 'Forsøksplan: {design} over {grid}',
  'memo.calibration': 'Målverdier: {title} ({file}), {targets} målverdier · {waves} runder med history matching · kontroll: {samples} utvalg × {reps} replikasjoner',
};
