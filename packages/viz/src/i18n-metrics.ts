/**
 * The result metrics' descriptions in Norwegian (bokmål). The English description, the labels in both
 * languages and the unit are core's registry's (`METRICS`); only this sentence is the viewer's, so
 * that a chart's note reads in the page's language. i18n-metrics.test.ts names a metric without one.
 */
import type { Lang } from './i18n.ts';
import { metricOf } from './metrics.ts';

const DESCRIPTIONS_NB: Readonly<Record<string, string>> = {
  'cost.total': 'Kommunens utgifter til tjenesten: egne enheters kostnad, betaling til firmaer (fratrukket tilbakebetalinger) og administrasjonen.',
  'cost.production': 'Utførernes produksjonskostnad: omsorgs- og forebyggingstid, ledig tid, reise, sykelønn, vikartillegg, overhead.',
  'cost.transaction': 'Transaksjonskostnader: bestillerkontor, kontraktsarbeid, kontroll, fakturering, klager, utførernes dokumentasjon, koordinering, dobbel kartlegging.',
  'cost.resources': 'Ressurser brukt: produksjons- pluss transaksjonskostnader (cost.total minus firmaenes overskudd og kommunens ubrukte ramme).',
  'cost.perNeedHourMet': 'cost.total delt på timene reelt behov dekket av virksom omsorg: hva en time dekket behov koster kommunen.',
  'cost.perHourDelivered': 'cost.total delt på omsorgstimene som faktisk ble levert: hva en omsorgstime koster kommunen, uansett hvem som leverer den.',
  'cost.perUser': 'cost.total delt på gjennomsnittlig antall brukere i tjenesten.',
  adminShare: 'Transaksjonskostnader som andel av produksjons- pluss transaksjonskostnader.',
  'hours.granted': 'Timer i vedtakene til brukere i tjenesten.',
  'hours.grantedPerUserWeek': 'Gjennomsnittlige timer i uken i vedtakene til brukere i tjenesten: SSBs bestilte timer per bruker og uke (7,4 i 2009).',
  'hours.grantedPerUserWeekLittle': 'Gjennomsnittlige tildelte timer i uken for brukere som trenger under 4 timer i uken (SSBs gruppe noe: 2,0 i 2009).',
  'hours.grantedPerUserWeekMedium': 'Gjennomsnittlige tildelte timer i uken for brukere som trenger 4–20 timer i uken (SSBs gruppe middels til stort: 6,7 i 2009).',
  'hours.grantedPerUserWeekExtensive': 'Gjennomsnittlige tildelte timer i uken for brukere som trenger 20 timer i uken eller mer (SSBs gruppe omfattende: 31,2 i 2009).',
  'hours.delivered': 'Leverte omsorgstimer (forebygging ikke medregnet).',
  needMet: 'Andel av brukernes reelle behov dekket av virksom omsorg (vektet med kompetanse og kontinuitet), brukere i tjenesten.',
  'wait.assessmentWeeks': 'Gjennomsnittlige uker fra søknad til vedtak, for dem som fikk vedtak i året.',
  'wait.startWeeks': 'Gjennomsnittlige uker fra vedtak til tjenestestart, for dem som startet i året.',
  'wait.reportedStartWeeks':
    'Gjennomsnittlige uker fra vedtak til tjenestestart slik det rapporteres: brudd skjult for et ventetidsmål vises ved målet (klokken stoppet); lik wait.startWeeks uten mål eller tilpasning.',
  'wait.targetBreaches': 'Andel av årets starter som kom etter lengre ventetid enn ventetidsmålet (0 uten mål): det sanne tallet.',
  'wait.reportedBreaches': 'Andel av årets starter rapportert som brudd på ventetidsmålet: de sanne bruddene minus dem som skjules (tilpasning ved terskelen).',
  'users.served': 'Gjennomsnittlig antall brukere i tjenesten.',
  'users.shareLittle': 'Andel brukere i tjenesten som trenger under 4 timer i uken (behovsgruppen noe).',
  'users.shareMedium': 'Andel brukere i tjenesten som trenger 4–20 timer i uken (behovsgruppen middels til stort).',
  'users.shareExtensive': 'Andel brukere i tjenesten som trenger 20 timer i uken eller mer (behovsgruppen omfattende).',
  'users.functionMean': 'Gjennomsnittlig funksjonsevne hos brukere i tjenesten.',
  'prevention.share': 'Timer til forebygging og rehabilitering som andel av den direkte tiden.',
  'satisfaction.users': 'Gjennomsnittlig tilfredshet hos brukere i tjenesten.',
  'staff.motivation': 'Gjennomsnittlig indre motivasjon hos pleie- og omsorgspersonellet.',
  'staff.sickLeave': 'Andel ansattuker med sykefravær.',
  'staff.turnover': 'Ansatte som sa opp i året delt på gjennomsnittlig antall ansatte.',
  directTimeShare: 'Omsorgs- og forebyggingstid som andel av arbeidstiden (ansatte og vikarer).',
  'gaming.overbilledHours': 'Timer betalt for, men ikke levert, eller rapportert ut over det som ble levert.',
  complaints: 'Klager fra brukerne.',
  'equity.unmetLittle': 'Udekket andel av behovet, brukere som trenger under 4 timer i uken.',
  'equity.unmetMedium': 'Udekket andel av behovet, brukere som trenger 4–20 timer i uken.',
  'equity.unmetExtensive': 'Udekket andel av behovet, brukere som trenger 20 timer i uken eller mer.',
  'market.commercialShare': 'Andel brukere betjent av kommersielle utførere.',
  'market.commercialProviders': 'Gjennomsnittlig antall aktive kommersielle utførere.',
  'market.creamSkimmed': 'Brukere avvist av kommersielle utførere som ulønnsomme.',
  'budget.deviation': 'Utgifter ut over budsjettrammen, som andel av rammen (negativ: under budsjett).',
  'equity.horizontal':
    'Hvor ulikt like behov behandles: standardavviket i tildelte timer delt på reelt behov blant brukere i tjenesten (behov på en time i uken eller mer); 0 betyr at hvert behov får samme andel.',
  'gaming.detectedShare': 'Overfakturerte timer funnet i revisjoner (ukene som kreves tilbake) som andel av overfakturerte timer.',
  'providers.takeovers': 'Brukere kommunen overtok som utfører i siste instans (fra firmaer som gikk over ende eller trakk seg ut).',
  'providers.failures': 'Firmaer som mistet kontrakten for å levere under det lovpålagte gulvet, eller gikk over ende på en tapsbringende anbudskontrakt.',
  'providers.slack': 'X-ineffektivitet: gjennomsnittlig andel av utførernes arbeidstid tapt til slakk, vektet med brukere.',
  'budget.price': 'Stykkprisen kommunestyret satte for året (betalt til firmaer, og til kommunale enheter ved stykkprisfinansiering).',
  'budget.frame': 'Rammen kommunestyret satte for året i den årlige budsjettbehandlingen.',
  'tendering.rounds': 'Anbudsrunder holdt (kontrakter som gikk ut, eller ble avsluttet da en innehaver gikk over ende).',
  'tendering.bidders': 'Gjennomsnittlig antall tilbydere per anbudsrunde (firmaer til stede, eksterne firmaer, og et kontrollbud der det er tillatt).',
  'tendering.price': 'Gjennomsnittlig pris per time betalt under anbudskontrakter (0 når ingen firmaer har et område).',
  'tendering.renegotiations': 'Kontrakter der prisen ble hevet til innehaverens kostnad fordi budet var for lavt.',
  'tendering.transfers': 'Brukere flyttet til en annen utfører fordi området deres skiftet innehaver.',
  'reorganisation.disruption': 'Det som er igjen av en omorganiserings forstyrrelse (1 når bestiller–utførermodellen innføres eller avvikles eller finansieringen endres, avtagende til 0).',
  'learning.groups': 'Gjennomsnittlig antall enheter der læringsgruppen møtes (læringssløyfer).',
  'learning.practice': 'Andel av reise-, dokumentasjons- og ledig tid som bedre praksis sparer, gjennomsnitt over enhetene vektet med brukere.',
  'steering.culture': 'Hvor langt de ansatte tror på den nåværende måten å styre på: 0 rett etter en endring av styringen, 1 når den har satt seg (steering.cultureYears).',
  'orderer.officeHours': 'Gjennomsnittlige timer i uken i bestillerkontoret (eller integrert saksbehandling).',
  'users.exits': 'Brukere som gikk ut: friske, flyttet til sykehjem eller døde.',
  'users.recovered': 'Brukere hvis forløp endte i bedring (de trenger ikke tjenesten lenger).',
  'users.stayWeeks': 'Gjennomsnittlig opphold fra søknad til utgang, etter Littles lov: brukere til stede (ventende eller i tjenesten) delt på utganger per uke.',
  'nursingHomes.admissions': 'Brukere som flyttet fra tjenesten til sykehjem.',
  'nursingHomes.residents': 'Gjennomsnittlig antall sykehjemsbeboere kommunen betaler for (plassår per år).',
  'cost.nursingHomes': 'Kommunens kostnad for sykehjemsplasser, en budsjettpost utenfor tjenestens ramme.',
  'cost.municipal': 'Kommunens totale kostnad: cost.total pluss cost.nursingHomes.',
  'informal.hoursPerUserWeek': 'Timer av behovet dekket av familien (uformell omsorg) per bruker per uke, brukere i tjenesten og ventende.',
};

/** `metricDescription(name, lang)`: one sentence on what a metric measures, in `lang` ('' for a name the registry does not declare). */
export function metricDescription(name: string, lang: Lang): string {
  const english = metricOf(name)?.description ?? '';
  return lang === 'nb' ? (DESCRIPTIONS_NB[name] ?? english) : english;
}

/** The metrics this file describes, for the completeness test. */
export const DESCRIBED_METRICS: readonly string[] = Object.keys(DESCRIPTIONS_NB);
