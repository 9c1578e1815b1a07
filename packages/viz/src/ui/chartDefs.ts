/**
 * Which charts each section shows, and the short "what am I looking at" note of each, in English
 * and Norwegian. The notes name the mechanisms behind a curve (docs/ODD.md describes them), never
 * a verdict on a regime. A chart names the metrics it draws by default; their labels, units and
 * descriptions come from core's registry (metrics.ts), and every metric is in the menus and tables
 * whether a chart draws it or not.
 */
import type { Lang } from '../i18n.ts';

export interface ChartDef {
  readonly id: string;
  /** `series`: metrics over years with 95 % bands; `stack`: the cost ledger as stacked areas; `transactions`: its transaction costs alone. */
  readonly kind: 'series' | 'stack' | 'transactions';
  readonly metrics: readonly string[];
  readonly note: Readonly<Record<Lang, string>>;
}

export interface SectionDef {
  readonly id: 'overview' | 'cost' | 'users' | 'staff' | 'providers';
  readonly charts: readonly ChartDef[];
}

export const SECTIONS: readonly SectionDef[] = [
  {
    id: 'overview',
    charts: [
      {
        id: 'cost-total',
        kind: 'series',
        metrics: ['cost.total'],
        note: {
          en: "The municipality's yearly spending on the service: its own units, payments to firms and its administration. It moves with the hours ordered, the price per hour, and the transaction costs the governance regime adds. Vertical rules mark dated events of the case.",
          nb: 'Kommunens årlige utgifter til tjenesten: egne enheter, betaling til private og administrasjon. De følger timene som bestilles, timeprisen og transaksjonskostnadene styringsformen legger til. Loddrette streker markerer daterte hendelser i caset.',
        },
      },
      {
        id: 'need-met',
        kind: 'series',
        metrics: ['needMet'],
        note: {
          en: "The share of users' true need met by effective care. Effective care counts delivered hours weighted by staff competence and continuity, so travel, documentation and many different carers all lower it.",
          nb: 'Andelen av brukernes reelle behov som dekkes av virksom hjelp. Timer vektes med kompetanse og kontinuitet, så reisetid, dokumentasjon og mange ulike hjelpere trekker ned.',
        },
      },
      {
        id: 'waits',
        kind: 'series',
        metrics: ['wait.assessmentWeeks', 'wait.startWeeks'],
        note: {
          en: 'Mean weeks from application to decision (the orderer office) and from decision to the start of service (the provider). A short-staffed office or providers without free hours make the queues grow.',
          nb: 'Gjennomsnittlige uker fra søknad til vedtak (bestillerkontoret) og fra vedtak til oppstart (utføreren). Et underbemannet kontor eller utførere uten ledige timer gjør køene lengre.',
        },
      },
      {
        id: 'motivation',
        kind: 'series',
        metrics: ['staff.motivation'],
        note: {
          en: 'Mean intrinsic motivation of care staff (0–1). Control and per-unit incentives felt as controlling crowd it out; autonomy crowds it in. Motivation drives sick leave, quits and the care time staff give beyond what is paid.',
          nb: 'Gjennomsnittlig indre motivasjon hos ansatte (0–1). Kontroll og stykkprisinsentiver som oppleves kontrollerende fortrenger den; selvstendighet styrker den. Motivasjonen påvirker sykefravær, oppsigelser og omsorgstid ut over det som betales.',
        },
      },
    ],
  },
  {
    id: 'cost',
    charts: [
      {
        id: 'cost-breakdown',
        kind: 'stack',
        metrics: [],
        note: {
          en: "Resources used per year from the model's cost ledger (mean over replications): production (care and prevention time, idle time, travel, sick pay, temporary-staff premium, overhead) as one layer at the bottom, and above it each transaction cost: the orderer office, contracting, monitoring, invoicing, documentation, coordination, duplicated assessment and complaints. Items that are zero under the case's governance are left out.",
          nb: 'Ressursbruk per år fra modellens kostnadsregnskap (gjennomsnitt over replikasjoner): produksjon (omsorgs- og forebyggingstid, ledig tid, reise, sykelønn, vikartillegg, overhead) som ett lag nederst, og over det hver transaksjonskostnad: bestillerkontor, kontraktsarbeid, kontroll, fakturering, dokumentasjon, koordinering, dobbel kartlegging og klager. Poster som er null under casets styring, er utelatt.',
        },
      },
      {
        id: 'transaction-breakdown',
        kind: 'transactions',
        metrics: [],
        note: {
          en: 'The transaction costs of the chart above on their own scale, item by item. A separate orderer office, contracts with firms, invoicing under per-unit pay and documentation under control each add a layer; blending of the roles over the years thins some of them.',
          nb: 'Transaksjonskostnadene fra diagrammet over på egen skala, post for post. Et eget bestillerkontor, kontrakter med private, fakturering med stykkpris og dokumentasjon under kontroll legger hver til et lag; når rollene glir sammen over årene, blir noen av dem tynnere.',
        },
      },
      {
        id: 'cost-parts',
        kind: 'series',
        metrics: ['cost.production', 'cost.transaction'],
        note: {
          en: 'Production and transaction costs per year. A purchaser–provider split adds an orderer office, contracts, invoicing and documentation; competition and per-unit pay can lower production cost. Which weighs more depends on the settings.',
          nb: 'Produksjons- og transaksjonskostnader per år. En bestiller–utførermodell legger til bestillerkontor, kontrakter, fakturering og dokumentasjon; konkurranse og stykkpris kan senke produksjonskostnaden. Hva som veier tyngst, avhenger av innstillingene.',
        },
      },
      {
        id: 'admin-share',
        kind: 'series',
        metrics: ['adminShare'],
        note: {
          en: 'Transaction costs as a share of all resources used.',
          nb: 'Transaksjonskostnader som andel av all ressursbruk.',
        },
      },
      {
        id: 'cost-per-need-hour',
        kind: 'series',
        metrics: ['cost.perNeedHourMet'],
        note: {
          en: "What an hour of users' need met costs the municipality: total cost over the hours of true need met by effective care. It separates efficiency from the level of spending: a regime can spend more and meet more need at the same cost per hour.",
          nb: 'Hva en time dekket behov koster kommunen: totalkostnad delt på timene av reelt behov dekket av virksom hjelp. Den skiller effektivitet fra hvor mye som brukes: et regime kan bruke mer og dekke mer behov til samme kostnad per time.',
        },
      },
      {
        id: 'budget',
        kind: 'series',
        metrics: ['budget.frame'],
        note: {
          en: "The frame the council sets each year, by the same rule under every financing mode: a share of last year's overrun or underspend, the change in granted hours and the waits.",
          nb: 'Rammen kommunestyret setter hvert år, etter samme regel uansett finansieringsform: en andel av fjorårets overforbruk eller mindreforbruk, endringen i vedtatte timer og ventetidene.',
        },
      },
      {
        id: 'cost-per-user',
        kind: 'series',
        metrics: ['cost.perUser'],
        note: {
          en: 'Spending per user served per year.',
          nb: 'Utgifter per bruker med tjeneste per år.',
        },
      },
      {
        id: 'cost-municipal',
        kind: 'series',
        metrics: ['cost.municipal', 'cost.nursingHomes'],
        note: {
          en: "The municipality's total: the service plus the nursing-home places of users who moved there, a budget line of its own. Faster decline sends more users to a costlier place.",
          nb: 'Kommunens totale kostnad: tjenesten pluss sykehjemsplassene til brukere som flyttet dit, en egen budsjettpost. Raskere funksjonsfall sender flere til et dyrere tilbud.',
        },
      },
    ],
  },
  {
    id: 'users',
    charts: [
      {
        id: 'users-need',
        kind: 'series',
        metrics: ['needMet'],
        note: {
          en: "Share of users' true need met by effective care (competence and continuity weighted).",
          nb: 'Andel av brukernes reelle behov dekket av virksom hjelp (vektet med kompetanse og kontinuitet).',
        },
      },
      {
        id: 'users-equity',
        kind: 'series',
        metrics: ['equity.unmetLittle', 'equity.unmetMedium', 'equity.unmetExtensive'],
        note: {
          en: 'Unmet share of need by need class: under 4, 4–20 and 20 or more hours a week. Cream-skimming and standard times that fit average users hit the extensive-need class hardest.',
          nb: 'Udekket andel av behovet etter behovsgruppe: under 4, 4–20 og 20 timer eller mer i uka. Fløteskumming og standardtider tilpasset gjennomsnittsbrukeren rammer dem med store behov hardest.',
        },
      },
      {
        id: 'users-horizontal',
        kind: 'series',
        metrics: ['equity.horizontal'],
        note: {
          en: 'How differently equal needs are treated: the spread of granted hours over true need. Assessors differ in practice; one office with one standard narrows that part, while an assessor who does not know the user errs more.',
          nb: 'Hvor ulikt like behov behandles: spredningen i vedtatte timer i forhold til reelt behov. Saksbehandlere har ulik praksis; ett kontor med én standard snevrer inn den delen, mens den som ikke kjenner brukeren bommer mer.',
        },
      },
      {
        id: 'users-wait',
        kind: 'series',
        metrics: ['wait.assessmentWeeks', 'wait.startWeeks'],
        note: {
          en: 'Weeks waited for a decision and for the service to start.',
          nb: 'Uker ventet på vedtak og på oppstart av tjenesten.',
        },
      },
      {
        id: 'users-targets',
        kind: 'series',
        metrics: ['wait.targetBreaches', 'wait.reportedBreaches'],
        note: {
          en: 'Under a waiting-time target: the share of starts after a longer wait than the target, and the share reported. Providers start users about to breach first and are pressed to cut slack; under a heavy sanction and weak audits some breaches are hidden (clocks stopped), so the reported share lies below the true one. Zero without a target.',
          nb: 'Med et ventetidsmål: andelen oppstarter etter lengre ventetid enn målet, og andelen som rapporteres. Utførerne starter først dem som er i ferd med å bryte målet og presses til å kutte slakk; med harde sanksjoner og svak kontroll skjules noen brudd (klokken stoppes), så den rapporterte andelen ligger under den sanne. Null uten mål.',
        },
      },
      {
        id: 'users-function',
        kind: 'series',
        metrics: ['users.functionMean'],
        note: {
          en: 'Mean functional ability of users (0–1). It declines with age and with unmet need; prevention and everyday rehabilitation slow the decline. Per-unit pay for care hours gives providers little reason to prevent.',
          nb: 'Brukernes gjennomsnittlige funksjonsevne (0–1). Den faller med alder og udekket behov; forebygging og hverdagsrehabilitering bremser fallet. Stykkpris per omsorgstime gir utførerne lite grunn til å forebygge.',
        },
      },
      {
        id: 'users-satisfaction',
        kind: 'series',
        metrics: ['satisfaction.users'],
        note: {
          en: 'Mean satisfaction of users in service (0–1): met need, continuity of carers and waiting. Under user choice, dissatisfied users switch provider.',
          nb: 'Gjennomsnittlig tilfredshet hos brukere med tjeneste (0–1): dekket behov, kontinuitet og ventetid. Med fritt brukervalg bytter misfornøyde brukere leverandør.',
        },
      },
      {
        id: 'users-served',
        kind: 'series',
        metrics: ['users.served'],
        note: {
          en: 'Mean number of users in service.',
          nb: 'Gjennomsnittlig antall brukere med tjeneste.',
        },
      },
      {
        id: 'users-nursing-homes',
        kind: 'series',
        metrics: ['nursingHomes.residents'],
        note: {
          en: 'Nursing-home residents the municipality pays for: users who left the service for a place, as their function failed.',
          nb: 'Sykehjemsbeboere kommunen betaler for: brukere som gikk fra tjenesten til en plass da funksjonen sviktet.',
        },
      },
      {
        id: 'users-informal',
        kind: 'series',
        metrics: ['informal.hoursPerUserWeek'],
        note: {
          en: 'Hours a week family covers per user: more where formal care leaves more of the need uncovered, up to a limit.',
          nb: 'Timer i uka pårørende dekker per bruker: mer der den formelle omsorgen lar mer av behovet stå udekket, opp til en grense.',
        },
      },
    ],
  },
  {
    id: 'staff',
    charts: [
      {
        id: 'staff-motivation',
        kind: 'series',
        metrics: ['staff.motivation'],
        note: {
          en: "Mean intrinsic motivation of care staff: crowded out by control felt as distrust (collegial review less, once trusted), crowded in by autonomy and managers' support, lowered when the employer pursues profit (mission matching).",
          nb: 'Gjennomsnittlig indre motivasjon: fortrengt av kontroll som oppleves som mistillit (kollegial vurdering mindre, når den har fått tillit), styrket av selvstendighet og lederstøtte, svekket når arbeidsgiveren søker profitt.',
        },
      },
      {
        id: 'staff-culture',
        kind: 'series',
        metrics: ['steering.culture'],
        note: {
          en: "How far staff believe in the way they are steered (0–1). It falls to 0 when steering changes (control, autonomy, bottom lines, collegial review, support) and grows back over some years; until then collegial review is felt as control and managers' support does not yet lift motivation.",
          nb: 'Hvor langt de ansatte har tillit til måten de styres på (0–1). Den faller til 0 når styringen endres (kontroll, selvstendighet, bunnlinjer, kollegial vurdering, støtte) og vokser tilbake over noen år; til da oppleves kollegial vurdering som kontroll, og lederstøtten løfter ennå ikke motivasjonen.',
        },
      },
      {
        id: 'staff-sick',
        kind: 'series',
        metrics: ['staff.sickLeave'],
        note: {
          en: 'Share of staff-weeks on sick leave; it rises as motivation falls. Absences are covered by temporary staff at a premium, and cut continuity.',
          nb: 'Andel ansatt-uker med sykefravær; den øker når motivasjonen faller. Fravær dekkes av vikarer med tillegg og svekker kontinuiteten.',
        },
      },
      {
        id: 'staff-turnover',
        kind: 'series',
        metrics: ['staff.turnover'],
        note: {
          en: 'Staff who quit in a year over mean staff. New staff need weeks to learn their users.',
          nb: 'Ansatte som slutter i løpet av et år delt på gjennomsnittlig antall ansatte. Nyansatte trenger uker for å bli kjent med brukerne.',
        },
      },
      {
        id: 'staff-slack',
        kind: 'series',
        metrics: ['providers.slack'],
        note: {
          en: "Slack (X-inefficiency): the share of working time lost to idle time and costly routines. It drifts up where nothing presses and the staff's motivation is low (more so with wide room for judgment: trust abused), and is squeezed by audits and reviews that would catch it, benchmarking, competition, users who leave, an orderer's cost transparency and a price below cost.",
          nb: 'Slakk (X-ineffektivitet): andelen av arbeidstiden som går tapt til ledig tid og kostbare rutiner. Den øker der ingenting presser og motivasjonen er lav (mer med stort handlingsrom: tillit som misbrukes), og presses ned av kontroll og kollegial vurdering som ville oppdaget den, sammenligning, konkurranse, brukere som går, bestillerens kostnadsinnsyn og en pris under kostnad.',
        },
      },
      {
        id: 'staff-direct',
        kind: 'series',
        metrics: ['directTimeShare'],
        note: {
          en: 'Care and prevention time as a share of working time; the rest goes to travel, documentation, coordination and waiting for work.',
          nb: 'Omsorgs- og forebyggingstid som andel av arbeidstiden; resten går til reise, dokumentasjon, koordinering og ledig tid.',
        },
      },
    ],
  },
  {
    id: 'providers',
    charts: [
      {
        id: 'market-share',
        kind: 'series',
        metrics: ['market.commercialShare'],
        note: {
          en: 'Share of users served by commercial providers. Firms enter and leave on expected profit; under user choice users move toward providers they are satisfied with.',
          nb: 'Andel brukere hos private leverandører. Firmaer går inn og ut etter forventet fortjeneste; med fritt brukervalg flytter brukere til leverandører de er fornøyd med.',
        },
      },
      {
        id: 'market-firms',
        kind: 'series',
        metrics: ['market.commercialProviders'],
        note: {
          en: 'Mean number of active commercial providers.',
          nb: 'Gjennomsnittlig antall aktive private leverandører.',
        },
      },
      {
        id: 'gaming',
        kind: 'series',
        metrics: ['gaming.overbilledHours'],
        note: {
          en: 'Hours paid for but not delivered, or reported beyond delivery. Providers learn to game when audits are rare; controls catch some of it at a cost.',
          nb: 'Timer betalt men ikke levert, eller rapportert ut over det som ble levert. Leverandører lærer å spille på systemet når kontrollene er sjeldne; kontroll fanger noe av det, mot en kostnad.',
        },
      },
      {
        id: 'takeovers',
        kind: 'series',
        metrics: ['providers.takeovers'],
        note: {
          en: 'Users the municipality took over as the provider of last resort: from firms that delivered below the statutory floor for weeks, or that left the market.',
          nb: 'Brukere kommunen overtok som ansvarlig for nødvendig helsehjelp: fra firmaer som leverte under minstenivået i flere uker, eller som forlot markedet.',
        },
      },
      {
        id: 'tender-price',
        kind: 'series',
        metrics: ['tendering.price', 'budget.price'],
        note: {
          en: "Under tendering, the price per hour firms won their areas at, beside the common price. Bids start from each firm's own cost; the markup falls as bidders increase; a bid below cost is renegotiated or fails.",
          nb: 'Ved anbud: timeprisen firmaene vant sine områder til, ved siden av den felles prisen. Tilbudene tar utgangspunkt i firmaets egen kostnad; påslaget faller med flere tilbydere; et tilbud under kostnad reforhandles eller svikter.',
        },
      },
      {
        id: 'cream',
        kind: 'series',
        metrics: ['market.creamSkimmed'],
        note: {
          en: 'Users turned away by commercial providers as unprofitable at the per-unit price (cream-skimming); the municipal provider takes them.',
          nb: 'Brukere som private leverandører avviser som ulønnsomme til stykkprisen (fløteskumming); den kommunale utføreren tar dem.',
        },
      },
      {
        id: 'prevention',
        kind: 'series',
        metrics: ['prevention.share'],
        note: {
          en: 'Prevention and rehabilitation as a share of direct time. Staff split time between paid tasks and unpaid prevention (multitasking); per-unit pay and crowded-out motivation lower it.',
          nb: 'Forebygging og rehabilitering som andel av direkte tid. Ansatte fordeler tid mellom betalte oppgaver og ubetalt forebygging; stykkpris og svekket motivasjon senker den.',
        },
      },
    ],
  },
];
