// Glossary entries about the theory the mechanisms rest on and the words of the method.
// Definitions are ppsim's own wording; references as in docs/ODD.md.
import type { GlossaryEntry } from './glossary-entry.ts';

export const THEORY_TERMS: readonly GlossaryEntry[] = [
  {
    id: 'transaction-costs',
    group: 'theory',
    terms: { nb: 'transaksjonskostnader', sv: 'transaktionskostnader', da: 'transaktionsomkostninger', en: 'transaction costs' },
    definition: {
      en: 'The cost of organising an exchange rather than doing the work itself: specifying, assessing, tendering, contracting, monitoring, invoicing, reporting and handling complaints. After Williamson, they rise when a service is hard to measure and tied to particular people and places. The model reports them as cost.transaction and adminShare.',
      nb: 'Kostnaden ved å organisere en utveksling, i motsetning til selve arbeidet: spesifisering, kartlegging, anbud, kontrakter, oppfølging, fakturering, rapportering og klagebehandling. Etter Williamson øker de når en tjeneste er vanskelig å måle og knyttet til bestemte personer og steder. Modellen rapporterer dem som cost.transaction og adminShare.',
    },
    see: ['allocation-office', 'internal-invoicing', 'tendering'],
    params: ['transactionCosts.scale', 'service.measurability', 'service.assetSpecificity'],
    source: { doc: 'docs/ODD.md', section: '9.1' },
  },
  {
    id: 'multitasking',
    group: 'theory',
    terms: { nb: 'multitasking-problemet', sv: 'multitasking-problemet', da: 'multitasking-problemet', en: 'multitasking problem' },
    definition: {
      en: 'When an agent has several tasks and only some are measured and paid, pay on the measured ones draws effort away from the rest (Holmström and Milgrom 1991). In home care, billed hours pull time from prevention and relational care; when those matter, flat pay does better.',
      nb: 'Når en aktør har flere oppgaver og bare noen måles og betales, trekker betaling for de målte oppgavene innsats bort fra resten (Holmström og Milgrom 1991). I hjemmetjenesten trekker fakturerte timer tid bort fra forebygging og relasjonelt arbeid; når det betyr mye, er fast betaling bedre.',
    },
    see: ['per-unit-pay', 'prevention', 'quality-indicators'],
    params: ['providers.municipal.profitWeight'],
    source: { doc: 'docs/ODD.md', section: '7.8' },
  },
  {
    id: 'crowding-out',
    group: 'theory',
    terms: { nb: 'fortrengning av indre motivasjon (crowding out)', sv: 'undanträngning av inre motivation', da: 'fortrængning af indre motivation', en: 'motivation crowding out' },
    definition: {
      en: 'Rewards and controls that staff feel as distrust lower their own wish to do good work; support and autonomy raise it (crowding in). After Frey; meta-analyses put the effects at a third to a half of a standard deviation.',
      nb: 'Belønning og kontroll som de ansatte opplever som mistillit, svekker deres egen lyst til å gjøre godt arbeid; støtte og selvstendighet styrker den (crowding in). Etter Frey; metaanalyser anslår effektene til mellom en tredjedel og et halvt standardavvik.',
    },
    see: ['knights-and-knaves', 'trust-based-steering', 'management-by-objectives'],
    params: ['staff.motivation.crowding', 'staff.motivation.crowdingIn'],
    source: { doc: 'docs/ODD.md', section: '7.7' },
  },
  {
    id: 'knights-and-knaves',
    group: 'theory',
    terms: { nb: 'riddere og skurker (knights and knaves)', sv: 'riddare och skurkar', da: 'riddere og skurke', en: 'knights and knaves' },
    definition: {
      en: "Le Grand's picture of motivation in public services: knights act for others' good, knaves for their own gain; users may be passive pawns or choosing queens. Quasi-markets work with knavish providers, real competition, good information and low transaction costs, and fail where staff are knights and the service is hard to specify. In the model's validation the split wins in the first world (pattern P8: an hour of need met costs less under competition); that it loses in the second is not reproduced (P8b: there competition costs about the same per hour of need met).",
      nb: 'Le Grands bilde av motivasjon i offentlige tjenester: riddere handler til beste for andre, skurker for egen vinning; brukere kan være passive brikker (pawns) eller velgende dronninger (queens). Kvasimarkeder fungerer med egennyttige utførere, reell konkurranse, god informasjon og lave transaksjonskostnader, og svikter der ansatte er riddere og tjenesten er vanskelig å spesifisere. I modellens validering vinner delingen i den første verdenen (mønster P8: en time dekket behov koster mindre med konkurranse); at den taper i den andre, gjenskapes ikke (P8b: der koster konkurranse omtrent det samme per time dekket behov).',
    },
    see: ['quasi-market', 'crowding-out', 'cream-skimming', 'x-inefficiency'],
    params: ['providers.commercial.knavery', 'staff.motivation.mean', 'users.queenShare'],
    source: { doc: 'docs/ODD.md', section: '12.2' },
  },
  {
    id: 'quasi-market',
    group: 'theory',
    terms: { nb: 'kvasimarked', sv: 'kvasimarknad', da: 'kvasimarked', en: 'quasi-market' },
    definition: {
      en: 'A market made inside a public service: the public side pays, providers compete for orders or users, and prices replace budgets. Its promise is efficiency; its costs are transaction costs and the risks of gaming and cream-skimming.',
      nb: 'Et marked skapt innenfor en offentlig tjeneste: det offentlige betaler, utførerne konkurrerer om bestillinger eller brukere, og priser erstatter budsjetter. Løftet er effektivitet; kostnadene er transaksjonskostnader og risiko for tilpasning og fløteskumming.',
    },
    see: ['user-choice', 'tendering', 'knights-and-knaves'],
    source: { doc: 'docs/ODD.md', section: '7.6' },
  },
  {
    id: 'cream-skimming',
    group: 'theory',
    terms: { nb: 'fløteskumming (cream-skimming)', sv: 'russinplockning', da: 'cream-skimming, fløde-skimning', en: 'cream-skimming' },
    definition: {
      en: 'A provider picking the users who are profitable at the going price and turning away or passing on the costly ones. Under per-unit pay with one price for all, heavy-need users are the first to be skimmed off. The model counts it as market.creamSkimmed.',
      nb: 'At en utfører plukker de brukerne som er lønnsomme til gjeldende pris, og avviser eller sender fra seg de kostbare. Ved stykkpris med én pris for alle er brukere med store behov de første som velges bort. Modellen teller det som market.creamSkimmed.',
    },
    see: ['per-unit-pay', 'gaming', 'user-choice'],
    params: ['providers.commercial.knavery'],
    source: { doc: 'docs/ODD.md', section: '7.6' },
  },
  {
    id: 'gaming',
    group: 'theory',
    terms: { nb: 'tilpasning til prislisten, oppkoding (gaming)', sv: 'uppkodning, anpassning till ersättningssystemet', da: 'opkodning, tilpasning til afregningen', en: 'gaming, upcoding' },
    definition: {
      en: 'Fitting what is reported to what pays: billing hours not delivered, coding cases into better-paid groups, splitting episodes. US studies measured up to 37 percentage points more cases coded to a better-paid group. In the model, gaming grows where per-unit pay meets knavish providers, round decisions and few audits; audits follow the follow-up hours the office actually works, and gaming.detectedShare is the share caught.',
      nb: 'Å tilpasse det som rapporteres til det som lønner seg: fakturere timer som ikke er levert, kode pasienter inn i bedre betalte grupper, dele opp forløp. Amerikanske studier målte inntil 37 prosentpoeng flere tilfeller kodet til en bedre betalt gruppe. I modellen øker slik tilpasning der stykkpris møter egennyttige utførere, runde vedtak og få kontroller; kontrollene følger oppfølgingstimene kontoret faktisk har, og gaming.detectedShare er andelen som avdekkes.',
    },
    see: ['per-unit-pay', 'isf', 'cream-skimming'],
    params: ['providers.gamingPropensity', 'orderer.hoursPerAudit', 'providers.specificityDiscipline'],
    source: { doc: 'docs/ODD.md', section: '7.9' },
  },
  {
    id: 'supplier-induced-demand',
    group: 'theory',
    terms: { nb: 'tilbudsskapt etterspørsel', sv: 'utbudsinducerad efterfrågan', da: 'udbudsinduceret efterspørgsel', en: 'supplier-induced demand' },
    definition: {
      en: "When whoever assesses a need also gains from what it grants, it tends to grant more: a provider paid per granted hour, or a unit whose budget grows with its caseload (Niskanen's budget maximiser). Separating the assessment from the delivery is meant to stop it. In the model the pull acts where a provider assesses its own users, grows with the weight its owner gives revenue or budget, and is resisted by staff motivation; a provider short of capacity writes its decisions down instead (rationing at the door).",
      nb: 'Når den som vurderer behovet også tjener på det som innvilges, innvilges det gjerne mer: en utfører som får betalt per vedtatt time, eller en enhet som får større budsjett med flere brukere (Niskanens budsjettmaksimerer). Å skille vurderingen fra utføringen skal hindre dette. I modellen virker dragningen der en utfører vurderer egne brukere, den øker med hvor mye eieren vektlegger inntekt eller budsjett, og de ansattes motivasjon demper den; en utfører som mangler kapasitet, skriver i stedet vedtakene ned (rasjonering i døra).',
    },
    see: ['per-unit-pay', 'purchaser-provider-split', 'frame-funding'],
    params: ['orderer.inducedDemand', 'orderer.rationingAtTheDoor', 'providers.municipal.budgetWeight'],
    source: { doc: 'docs/ODD.md', section: '7.5' },
  },
  {
    id: 'x-inefficiency',
    group: 'theory',
    terms: { nb: 'X-ineffektivitet (slakk)', sv: 'X-ineffektivitet', da: 'X-ineffektivitet', en: 'X-inefficiency, slack' },
    definition: {
      en: 'Working time a sheltered organisation loses to idle time, costly routines and overstaffing when nothing presses it (Leibenstein 1966). Competition, users who leave, comparison with similar units, a price that follows the cheapest provider and the cost transparency an orderer brings squeeze it; motivated staff let less of it arise. The model reports it as providers.slack.',
      nb: 'Arbeidstid en skjermet organisasjon taper på dødtid, kostbare rutiner og overbemanning når ingenting presser den (Leibenstein 1966). Konkurranse, brukere som går, sammenligning med tilsvarende enheter, en pris som følger den billigste utføreren og kostnadsinnsynet en bestiller gir, presser den ned; motiverte ansatte lar mindre av den oppstå. Modellen rapporterer den som providers.slack.',
    },
    see: ['quasi-market', 'knights-and-knaves', 'purchaser-provider-split'],
    params: ['providers.slack.max', 'governance.benchmarking', 'providers.slack.competition', 'providers.slack.transparency'],
    source: { doc: 'docs/ODD.md', section: '7.11' },
  },
  {
    id: 'asymmetric-information',
    group: 'theory',
    terms: { nb: 'asymmetrisk informasjon', sv: 'asymmetrisk information', da: 'asymmetrisk information', en: 'asymmetric information' },
    definition: {
      en: 'The provider sees the user every week; the orderer often decides from a single visit or from papers. So the provider knows more, and in practice becomes the one whose judgment drives revisions of decisions.',
      nb: 'Utføreren ser brukeren hver uke; bestilleren avgjør ofte etter ett besøk eller ut fra papirer. Utføreren vet derfor mer, og blir i praksis den som legger premissene når vedtak revideres.',
    },
    see: ['round-decisions', 'decision'],
    params: ['orderer.deskError', 'orderer.visitError', 'orderer.providerError'],
    source: { doc: 'docs/ODD.md', section: '7.5' },
  },
  {
    id: 'evidence-grade',
    group: 'method',
    terms: { nb: 'kunnskapsgrad (M målt, C påstått, A antatt)', sv: 'evidensgrad', da: 'evidensgrad', en: 'evidence grade' },
    definition: {
      en: 'Every number ppsim ships carries one of three grades: M, measured (register, survey, audit, evaluation); C, claimed by a source that did not measure it; A, an assumption of ours. A calibrated scenario adds F: fitted to measured targets by `ppsim calibrate`, as firm as those targets and the model allow. Most model defaults are graded A, and a result can be no firmer than the inputs it rests on.',
      nb: 'Hvert tall ppsim leveres med har én av tre grader: M, målt (register, undersøkelse, revisjon, evaluering); C, påstått av en kilde som ikke har målt det; A, en antakelse vi har gjort. Et kalibrert scenario legger til F: tilpasset målte verdier med `ppsim calibrate`, så sikkert som de målte verdiene og modellen tillater. De fleste standardverdiene i modellen har grad A, og et resultat kan ikke være sikrere enn grunnlaget det bygger på.',
    },
    see: ['scenario'],
    source: { doc: 'docs/cases.md', section: 'How to read a scenario' },
  },
  {
    id: 'scenario',
    group: 'method',
    terms: { nb: 'scenario, variant («hva om»)', sv: 'scenario', da: 'scenarie', en: 'scenario, variant ("what if")' },
    definition: {
      en: 'A YAML file that sets the parameters and dated events of a case, each value with a source and a grade; a variant is a named "what if" version of it. A scenario can extend another and change only what differs.',
      nb: 'En YAML-fil som setter parametrene og de daterte hendelsene i et case, hver verdi med kilde og grad; en variant er en navngitt «hva om»-versjon av det. Et scenario kan bygge på et annet og endre bare det som er forskjellig.',
    },
    see: ['evidence-grade'],
    source: { doc: 'docs/guide-policy.md', section: 'Your own municipality' },
  },
  {
    id: 'common-random-numbers',
    group: 'method',
    terms: { nb: 'felles tilfeldige tall', sv: 'gemensamma slumptal', da: 'fælles tilfældige tal', en: 'common random numbers' },
    definition: {
      en: 'Running each scenario with the same seeds, so that replication i meets the same users with the same needs in every scenario. Differences between scenarios then come from the governance, not from chance, and paired intervals are much narrower.',
      nb: 'Å kjøre hvert scenario med de samme frøene, slik at replikasjon i møter de samme brukerne med de samme behovene i alle scenarier. Forskjeller mellom scenarier skyldes da styringen og ikke tilfeldighetene, og parede intervaller blir mye smalere.',
    },
    see: ['paired-difference'],
    source: { doc: 'docs/random-numbers.md', section: 'Common random numbers' },
  },
  {
    id: 'paired-difference',
    group: 'method',
    terms: { nb: 'paret differanse, konfidensintervall', sv: 'parad skillnad, konfidensintervall', da: 'parret forskel, konfidensinterval', en: 'paired difference, confidence interval' },
    definition: {
      en: "The mean over replications of the difference between two scenarios run on the same seed, with its 95 % interval: the range that would cover the model's true mean difference in 95 of 100 repetitions of the experiment. It says what the model does, not what a municipality would experience.",
      nb: 'Gjennomsnittet over replikasjonene av forskjellen mellom to scenarier kjørt med samme frø, med 95 %-intervall: det intervallet som ville dekke modellens sanne gjennomsnittlige forskjell i 95 av 100 gjentakelser av forsøket. Det sier hva modellen gjør, ikke hva en kommune ville oppleve.',
    },
    see: ['common-random-numbers', 'evidence-grade'],
    source: { doc: 'docs/cli.md', section: 'ppsim compare' },
  },
];
