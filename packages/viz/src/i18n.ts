/**
 * The viewer's texts in English and Norwegian (bokmål). Parameter descriptions come from the
 * model's schema and scenario texts from the case files; those are in English in both languages.
 */
import { METRICS } from '@ppsim/core';

export type Lang = 'en' | 'nb';

type Texts = Readonly<Record<string, string>>;

const en = {
  'app.title': 'ppsim viewer',
  'app.tagline': 'Agent-based simulation of the purchaser–provider split in public services',
  'nav.explore': 'Explore', 'nav.compare': 'Compare', 'nav.open': 'Open results', 'nav.cases': 'Cases', 'nav.glossary': 'Glossary',
  'nav.label': 'Views',
  'lang.label': 'Language',
  'ctl.case': 'Case', 'ctl.variant': 'Variant', 'ctl.base': '(base case)', 'ctl.reps': 'Replications', 'ctl.seed': 'Seed', 'ctl.years': 'Years (0: the case\'s own period)',
  'ctl.run': 'Run', 'ctl.stop': 'Stop', 'ctl.scale': 'Population scale',
  'ctl.a': 'Scenario A (baseline)', 'ctl.b': 'Scenario B', 'ctl.metric': 'Metric',
  'ctl.params': 'Parameters', 'ctl.paramsHint': 'Changed values are marked; hover or focus a field for its unit, range and the source of its default.',
  'ctl.reset': 'Reset all', 'ctl.resetOne': 'Reset', 'ctl.filter': 'Filter parameters',
  'ctl.invalid': 'Not a valid value: expected {expected}.',
  'progress.idle': 'Not running.', 'progress.running': 'Running replication {done} of {total}…', 'progress.done': '{total} replications done.',
  'progress.cancelled': 'Stopped after {done} replications.', 'progress.partial': 'year {year} of the first run',
  'progress.runningPaired': 'Running run {done} of {total} ({n} scenarios × {reps} replications, the same seeds)…',
  'progress.donePaired': '{reps} replications of each of the {n} scenarios done, on the same seeds.',
  'progress.error': 'The run failed: {message}',
  'band.one': 'One replication so far: the 95 % interval appears from the second.',
  'band.note': 'Lines are means over {n} replications; shaded bands are 95 % t-intervals of the mean.',
  'section.overview': 'Overview', 'section.cost': 'Cost', 'section.users': 'Users', 'section.staff': 'Staff', 'section.providers': 'Providers',
  'section.differences': 'Final-year differences', 'section.table': 'All metrics, final year',
  'export.svg': 'SVG', 'export.png': 'PNG', 'export.csv': 'CSV', 'export.label': 'Download {title} as {format}',
  'note.label': 'What am I looking at?',
  'compare.same': 'Both scenarios run on the same seeds (common random numbers); differences are paired by seed.',
  'compare.diffTitle': '{metric}: B − A, paired by seed',
  'compare.vsTitle': '{metric}: A and B',
  'table.metric': 'Metric', 'table.mean': 'Mean', 'table.ci': '95 % interval', 'table.unit': 'Unit', 'table.diff': 'B − A', 'table.dz': 'd_z',
  'table.signif': 'Interval excludes 0',
  'open.title': 'Open a ppsim result',
  'open.help': 'Drop the --out folder of ppsim run, compare, demo, sweep, sensitivity or map here, or its files (summary.json with series.csv; summary.json with results.csv; summary.json with points.csv for a map; sensitivity.json), or choose them.',
  'open.choose': 'Choose files', 'open.chooseDir': 'Choose a folder', 'open.drop': 'Drop files or a folder here',
  'open.loaded': 'Opened {what} from {files}.', 'open.error': 'Could not open this as a ppsim result.',
  'open.noSeries': 'No series.csv given: lines are yearly means without bands. Add series.csv for 95 % bands.',
  'open.provenance': 'Provenance', 'open.rerun': 'Reproduce it with: pnpm ppsim rerun <folder>',
  'sweep.x': 'Horizontal parameter', 'sweep.y': 'Vertical parameter', 'sweep.year': 'Year',
  'sweep.note': 'Each cell is the mean of the metric over the replications at that design point in the chosen year. With more than two swept parameters, cells average over the others.',
  'sens.note': 'Morris μ* is the mean absolute elementary effect of each parameter on the metric (larger: more influential), with a bootstrap 95 % interval; σ large relative to μ* signals interactions or non-linearity. Sobol S1 is the share of variance due to a parameter alone, ST including its interactions.',
  'map.title': 'Regime map: who wins where', 'map.heading': 'Regime map of {scenario}: {regimes}',
  'map.size': '{points} points ({design}) × {regimes} regimes × {reps} replications · {years} years · population scale {scale} · seed {seed}',
  'map.note': 'Each mark is one point of the design, placed by the two parameters chosen above; the other parameters vary between points too. Colour and shape name the regime that wins there: among the regimes that meet about as much need as the best, the one with the lowest cost per hour of need met. Filled: decided (the paired 95 % interval of the cost difference to every other regime excludes 0); hollow: not decided. Dashed rules are the classification tree\'s thresholds on these two parameters; a rule deeper in the tree spans only its side of the rules above it, and names any condition on a parameter not shown.',
  'map.decided': 'decided', 'map.undecided': 'not decided', 'map.rule': 'tree threshold',
  'map.pointDecided': 'Point {point}: {regime} wins, decided', 'map.pointUndecided': 'Point {point}: {regime} wins, not decided',
  'map.regimeLine': '{regime}: cost per hour of need met {cost}, need met {need}',
  'map.tooLittle': ' (too little need met to win)',
  'map.diffLine': 'Paired difference {regime} − {baseline}: {diff}',
  'map.ruleLabel': '{parameter} = {value}', 'map.ruleWhere': '{rule} where {conditions}',
  'map.winsTitle': 'Share of points each regime wins', 'map.won': 'won', 'map.wonDecided': 'won, decided', 'map.winShare': 'Share of the points',
  'map.winsNote': 'The share of the design\'s points at which each regime wins under the winner rule, and the share it wins decidedly (the paired 95 % interval of the cost difference to every other regime excludes 0).',
  'map.decides': 'What decides the winner', 'map.treeIntro': 'A classification tree of the winner (depth at most {depth}, at least {leaf} points per leaf):',
  'map.leaf': '{where}: {regime} wins {share} of {n} points', 'map.where': 'where {conditions}', 'map.and': ' and ', 'map.everywhere': 'everywhere (no split)',
  'map.importance': 'Importance of each parameter', 'map.param': 'Parameter', 'map.treeShare': 'Tree share', 'map.separation': '{regime}: standardised difference',
  'map.importanceNote': 'Tree share: the parameter\'s share of the tree\'s impurity decrease. Standardised difference: the parameter\'s mean at the points where the regime wins minus its mean elsewhere, in standard deviations (–: the regime wins no point or every point); a signal even where the tree has too few points to split.',
  'map.floor': 'Need-met floor: the lowest mean need met of any regime at any point is {value} ({regime} at point {point}); the lowest single run {run} ({runRegime} at point {runPoint}, replication {rep}).',
  'map.ruleTitle': 'Winner rule (need-met tolerance {tolerance})', 'map.regimes': 'Regimes', 'map.baseline': 'baseline', 'map.sets': 'Sets {settings}.',
  'cases.sources': 'Sources', 'cases.evidence': 'Evidence for the parameters it sets', 'cases.knowledge': 'What is known',
  'cases.measured': 'Measured', 'cases.claimed': 'Claimed', 'cases.assumed': 'Assumed', 'cases.variants': 'Variants', 'cases.timeline': 'Events',
  'cases.grades': 'Evidence grades: M measured, C claimed by a source, A assumption.',
  'cases.path': 'Parameter', 'cases.value': 'Value', 'cases.grade': 'Grade', 'cases.source': 'Source', 'cases.note': 'Note', 'cases.open': 'Explore this case',
  'glossary.title': 'Glossary of Nordic terms', 'glossary.intro': 'Terms of the purchaser–provider split in Norwegian, Swedish, Danish and English.',
  'glossary.empty': 'No glossary entries.',
  'param.unit': 'Unit', 'param.range': 'Range', 'param.default': 'Default', 'param.grade': 'Evidence grade', 'param.source': 'Source',
  'units.years': 'years',
  'event.marker': 'Event',
  'compare.a': 'A', 'compare.b': 'B',
  'error.title': 'Something went wrong',
  'skip': 'Skip to the charts',
} as const;

export type TextKey = keyof typeof en;

const nb: Record<TextKey, string> = {
  'app.title': 'ppsim-visning',
  'app.tagline': 'Agentbasert simulering av bestiller–utførermodellen i offentlige tjenester',
  'nav.explore': 'Utforsk', 'nav.compare': 'Sammenlign', 'nav.open': 'Åpne resultater', 'nav.cases': 'Caser', 'nav.glossary': 'Ordliste',
  'nav.label': 'Visninger',
  'lang.label': 'Språk',
  'ctl.case': 'Case', 'ctl.variant': 'Variant', 'ctl.base': '(grunncase)', 'ctl.reps': 'Replikasjoner', 'ctl.seed': 'Frø', 'ctl.years': 'År (0: casets egen periode)',
  'ctl.run': 'Kjør', 'ctl.stop': 'Stopp', 'ctl.scale': 'Befolkningsskala',
  'ctl.a': 'Scenario A (utgangspunkt)', 'ctl.b': 'Scenario B', 'ctl.metric': 'Mål',
  'ctl.params': 'Parametere', 'ctl.paramsHint': 'Endrede verdier er markert; hold over eller fokuser et felt for enhet, område og kilden til standardverdien.',
  'ctl.reset': 'Tilbakestill alle', 'ctl.resetOne': 'Tilbakestill', 'ctl.filter': 'Filtrer parametere',
  'ctl.invalid': 'Ikke en gyldig verdi: forventet {expected}.',
  'progress.idle': 'Kjører ikke.', 'progress.running': 'Kjører replikasjon {done} av {total} …', 'progress.done': '{total} replikasjoner ferdige.',
  'progress.cancelled': 'Stoppet etter {done} replikasjoner.', 'progress.partial': 'år {year} i første kjøring',
  'progress.runningPaired': 'Kjører kjøring {done} av {total} ({n} scenarioer × {reps} replikasjoner, de samme frøene) …',
  'progress.donePaired': '{reps} replikasjoner av hvert av de {n} scenarioene ferdige, med de samme frøene.',
  'progress.error': 'Kjøringen feilet: {message}',
  'band.one': 'Bare én replikasjon så langt: 95 %-intervallet vises fra den andre.',
  'band.note': 'Linjene er gjennomsnitt over {n} replikasjoner; skraverte bånd er 95 %-t-intervaller for gjennomsnittet.',
  'section.overview': 'Oversikt', 'section.cost': 'Kostnad', 'section.users': 'Brukere', 'section.staff': 'Ansatte', 'section.providers': 'Leverandører',
  'section.differences': 'Forskjeller siste år', 'section.table': 'Alle mål, siste år',
  'export.svg': 'SVG', 'export.png': 'PNG', 'export.csv': 'CSV', 'export.label': 'Last ned {title} som {format}',
  'note.label': 'Hva ser jeg på?',
  'compare.same': 'Begge scenarioene kjøres med de samme frøene (felles tilfeldige tall); forskjeller pares per frø.',
  'compare.diffTitle': '{metric}: B − A, paret per frø',
  'compare.vsTitle': '{metric}: A og B',
  'table.metric': 'Mål', 'table.mean': 'Gjennomsnitt', 'table.ci': '95 %-intervall', 'table.unit': 'Enhet', 'table.diff': 'B − A', 'table.dz': 'd_z',
  'table.signif': 'Intervallet utelukker 0',
  'open.title': 'Åpne et ppsim-resultat',
  'open.help': 'Slipp --out-mappen fra ppsim run, compare, demo, sweep, sensitivity eller map her, eller filene (summary.json med series.csv; summary.json med results.csv; summary.json med points.csv for et regimekart; sensitivity.json), eller velg dem.',
  'open.choose': 'Velg filer', 'open.chooseDir': 'Velg en mappe', 'open.drop': 'Slipp filer eller en mappe her',
  'open.loaded': 'Åpnet {what} fra {files}.', 'open.error': 'Kunne ikke åpne dette som et ppsim-resultat.',
  'open.noSeries': 'Ingen series.csv: linjene er årsgjennomsnitt uten bånd. Legg til series.csv for 95 %-bånd.',
  'open.provenance': 'Opphav', 'open.rerun': 'Gjenskap med: pnpm ppsim rerun <mappe>',
  'sweep.x': 'Vannrett parameter', 'sweep.y': 'Loddrett parameter', 'sweep.year': 'År',
  'sweep.note': 'Hver celle er gjennomsnittet av målet over replikasjonene i det designpunktet i valgt år. Med mer enn to varierte parametere er cellene gjennomsnitt over de andre.',
  'sens.note': 'Morris μ* er gjennomsnittlig absolutt elementæreffekt av hver parameter på målet (større: mer innflytelse), med 95 %-bootstrapintervall; stor σ i forhold til μ* tyder på samspill eller ikke-linearitet. Sobol S1 er andelen av variansen som skyldes parameteren alene, ST medregnet samspill.',
  'map.title': 'Regimekart: hvem vinner hvor', 'map.heading': 'Regimekart for {scenario}: {regimes}',
  'map.size': '{points} punkter ({design}) × {regimes} regimer × {reps} replikasjoner · {years} år · befolkningsskala {scale} · frø {seed}',
  'map.note': 'Hvert merke er ett punkt i designet, plassert etter de to parameterne valgt over; de andre parameterne varierer også mellom punktene. Farge og form viser regimet som vinner der: blant regimene som dekker omtrent like mye behov som det beste, det med lavest kostnad per time dekket behov. Fylt: avgjort (det parede 95 %-intervallet for kostnadsforskjellen mot hvert annet regime utelukker 0); hult: ikke avgjort. Stiplede linjer er klassifikasjonstreets terskler på disse to parameterne; en linje dypere i treet går bare over sin side av linjene over den, og nevner vilkår på parametere som ikke vises.',
  'map.decided': 'avgjort', 'map.undecided': 'ikke avgjort', 'map.rule': 'terskel i treet',
  'map.pointDecided': 'Punkt {point}: {regime} vinner, avgjort', 'map.pointUndecided': 'Punkt {point}: {regime} vinner, ikke avgjort',
  'map.regimeLine': '{regime}: kostnad per time dekket behov {cost}, dekket behov {need}',
  'map.tooLittle': ' (dekker for lite behov til å vinne)',
  'map.diffLine': 'Paret forskjell {regime} − {baseline}: {diff}',
  'map.ruleLabel': '{parameter} = {value}', 'map.ruleWhere': '{rule} der {conditions}',
  'map.winsTitle': 'Andel punkter hvert regime vinner', 'map.won': 'vunnet', 'map.wonDecided': 'vunnet, avgjort', 'map.winShare': 'Andel av punktene',
  'map.winsNote': 'Andelen av designets punkter der hvert regime vinner etter vinnerregelen, og andelen det vinner avgjort (det parede 95 %-intervallet for kostnadsforskjellen mot hvert annet regime utelukker 0).',
  'map.decides': 'Hva avgjør vinneren', 'map.treeIntro': 'Et klassifikasjonstre for vinneren (dybde høyst {depth}, minst {leaf} punkter per blad):',
  'map.leaf': '{where}: {regime} vinner {share} av {n} punkter', 'map.where': 'der {conditions}', 'map.and': ' og ', 'map.everywhere': 'overalt (ingen deling)',
  'map.importance': 'Betydningen av hver parameter', 'map.param': 'Parameter', 'map.treeShare': 'Andel i treet', 'map.separation': '{regime}: standardisert forskjell',
  'map.importanceNote': 'Andel i treet: parameterens andel av treets reduksjon i urenhet. Standardisert forskjell: parameterens gjennomsnitt i punktene der regimet vinner minus gjennomsnittet ellers, i standardavvik (–: regimet vinner ingen eller alle punkter); et signal også der treet har for få punkter til å dele.',
  'map.floor': 'Gulv for dekket behov: laveste gjennomsnittlige dekning for noe regime i noe punkt er {value} ({regime} i punkt {point}); laveste enkeltkjøring {run} ({runRegime} i punkt {runPoint}, replikasjon {rep}).',
  'map.ruleTitle': 'Vinnerregel (toleranse for dekket behov {tolerance})', 'map.regimes': 'Regimer', 'map.baseline': 'utgangspunkt', 'map.sets': 'Setter {settings}.',
  'cases.sources': 'Kilder', 'cases.evidence': 'Belegg for parameterne caset setter', 'cases.knowledge': 'Hva vi vet',
  'cases.measured': 'Målt', 'cases.claimed': 'Hevdet', 'cases.assumed': 'Antatt', 'cases.variants': 'Varianter', 'cases.timeline': 'Hendelser',
  'cases.grades': 'Beleggsgrad: M målt, C hevdet av en kilde, A antakelse.',
  'cases.path': 'Parameter', 'cases.value': 'Verdi', 'cases.grade': 'Grad', 'cases.source': 'Kilde', 'cases.note': 'Merknad', 'cases.open': 'Utforsk dette caset',
  'glossary.title': 'Ordliste over nordiske begreper', 'glossary.intro': 'Begreper fra bestiller–utførermodellen på norsk, svensk, dansk og engelsk.',
  'glossary.empty': 'Ingen oppslag i ordlisten.',
  'param.unit': 'Enhet', 'param.range': 'Område', 'param.default': 'Standard', 'param.grade': 'Beleggsgrad', 'param.source': 'Kilde',
  'units.years': 'år',
  'event.marker': 'Hendelse',
  'compare.a': 'A', 'compare.b': 'B',
  'error.title': 'Noe gikk galt',
  'skip': 'Hopp til diagrammene',
};

const TEXTS: Readonly<Record<Lang, Texts>> = { en, nb };

let lang: Lang = 'en';

export function setLang(next: Lang): void { lang = next; }
export function getLang(): Lang { return lang; }

/** The text for `key` in the current language, with `{name}` placeholders filled. */
export function t(key: TextKey, vars: Readonly<Record<string, string | number>> = {}): string {
  const template = (TEXTS[lang] as Texts)[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** Short labels of the ledger items (the result metrics carry their own labels in core's METRICS). */
const LABELS: Readonly<Record<string, { readonly en: string; readonly nb: string }>> = {
  'ledger.reorganisation': { en: 'Reorganisation', nb: 'Omorganisering' },
  'ledger.accounting': { en: 'Providers\' accounting', nb: 'Utførernes regnskap' },
  'ledger.careTime': { en: 'Care time', nb: 'Omsorgstid' },
  'ledger.preventionTime': { en: 'Prevention time', nb: 'Forebyggingstid' },
  'ledger.idleTime': { en: 'Idle time', nb: 'Ledig tid' },
  'ledger.travel': { en: 'Travel', nb: 'Reisetid' },
  'ledger.sickPay': { en: 'Sick pay', nb: 'Sykelønn' },
  'ledger.tempPremium': { en: 'Temporary staff premium', nb: 'Vikartillegg' },
  'ledger.overhead': { en: 'Overhead', nb: 'Overhead' },
  'ledger.ordererOffice': { en: 'Orderer office', nb: 'Bestillerkontor' },
  'ledger.contracting': { en: 'Contracting', nb: 'Kontraktsarbeid' },
  'ledger.monitoring': { en: 'Monitoring', nb: 'Kontroll' },
  'ledger.invoicing': { en: 'Invoicing', nb: 'Fakturering' },
  'ledger.complaintsOrderer': { en: 'Complaints (orderer)', nb: 'Klager (bestiller)' },
  'ledger.documentation': { en: 'Documentation', nb: 'Dokumentasjon' },
  'ledger.coordination': { en: 'Coordination', nb: 'Koordinering' },
  'ledger.duplicatedAssessment': { en: 'Duplicated assessment', nb: 'Dobbel kartlegging' },
  'ledger.complaintsProvider': { en: 'Complaints (provider)', nb: 'Klager (utfører)' },
  'ledger.complaints': { en: 'Complaints (both sides)', nb: 'Klager (begge sider)' },
  'ledger.support': { en: 'Managers\' support', nb: 'Lederstøtte' },
  'ledger.collegialReview': { en: 'Collegial review', nb: 'Kollegial vurdering' },
};

const METRIC_LABELS: ReadonlyMap<string, { readonly en: string; readonly nb: string }> = new Map(METRICS.map((m) => [m.name, m.label]));

/** The label of a metric or ledger column (its name when none is known). */
export function label(name: string): string {
  return (METRIC_LABELS.get(name) ?? LABELS[name])?.[lang] ?? name;
}

/** Norwegian words for the units of the result metrics (English shows them as the model names them). */
const UNITS_NB: Readonly<Record<string, string>> = {
  'currency/year': 'valuta/år', 'currency/user-year': 'valuta per bruker og år', 'currency/hour': 'valuta/time', share: 'andel',
  weeks: 'uker', persons: 'personer', 'ability 0–1': 'funksjonsevne 0–1', 'score 0–1': 'skår 0–1', 'share/year': 'andel/år',
  'hours/year': 'timer/år', 'hours/week': 'timer/uke', 'per year': 'per år', firms: 'firmaer', bidders: 'tilbydere', 'share 0–1': 'andel 0–1', year: 'år', 'sd of ratio': 'standardavvik i forholdstall',
};

/** A unit in the current language. */
export function unitText(unit: string): string {
  return lang === 'nb' ? (UNITS_NB[unit] ?? unit) : unit;
}

/** Parameter groups (first path segment). */
const GROUPS: Readonly<Record<string, { readonly en: string; readonly nb: string }>> = {
  population: { en: 'Population', nb: 'Befolkning' },
  users: { en: 'Users', nb: 'Brukere' },
  service: { en: 'Service', nb: 'Tjeneste' },
  governance: { en: 'Governance', nb: 'Styring' },
  orderer: { en: 'Orderer office', nb: 'Bestillerkontor' },
  providers: { en: 'Providers', nb: 'Leverandører' },
  staff: { en: 'Staff', nb: 'Ansatte' },
  budget: { en: 'Budget', nb: 'Budsjett' },
  transactionCosts: { en: 'Transaction costs', nb: 'Transaksjonskostnader' },
  tendering: { en: 'Tendering', nb: 'Anbud' },
  reorganisation: { en: 'Reorganisation', nb: 'Omorganisering' },
  learning: { en: 'Learning loops', nb: 'Læringssløyfer' },
  steering: { en: 'Steering (bottom lines, review, support)', nb: 'Styring (bunnlinjer, kollegavurdering, støtte)' },
  targets: { en: 'Waiting-time targets', nb: 'Ventetidsmål' },
  nursingHomes: { en: 'Nursing homes', nb: 'Sykehjem' },
};

export function groupLabel(group: string): string {
  return GROUPS[group]?.[lang] ?? group;
}
