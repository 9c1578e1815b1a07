/**
 * The result metrics (names are stable, design brief "Result metrics"), each computed per calendar
 * year from the raw per-step series: flows are summed, stocks averaged over the year's steps, and
 * shares are ratios of yearly sums.
 */
import type { Reporter, SeriesTable } from '../engine/simulation/index.ts';
import { LEDGER_ITEMS } from './ledger.ts';
import type { ModelState } from './state.ts';

/**
 * A result metric, declared once: its name (`cost.total`), unit, labels, a description, how one year's
 * value is computed (in words for docs/ODD.md §9.2, and as the function that computes it). The CLI's
 * tables and JSON, the viewer's menus and charts, and the ODD's metric table all read it from here.
 */
export interface MetricDefinition {
  /** Dotted name as printed by the CLI, e.g. `needMet`. */
  readonly name: string;
  /** Unit in words, e.g. `currency/year` or `share`. */
  readonly unit: string;
  /** What the viewer and tables call it, in English and Norwegian (bokmål). */
  readonly label: { readonly en: string; readonly nb: string };
  /** Its row in the command line's text tables (`run`, `compare`, `demo`), 1 first; absent: only in `--json` and the files. */
  readonly table?: number;
  /** One sentence on what it measures. */
  readonly description: string;
  /** How a year's value is computed from the raw series, in words and symbols (docs/ODD.md §9.2 prints it). */
  readonly formula: string;
  /** Value for one year, from that year's rows of the raw series. */
  readonly year: (y: YearView) => number;
  /**
   * Raw series the metric needs that no other metric records, read from the state once per step
   * (`{ culture: (s) => s.culture }`); they join `modelReporters` after the shared ones.
   */
  readonly series?: Readonly<Record<string, Reporter<ModelState>>>;
}

/** One year's rows: `sum('x')` and `mean('x')` over them. */
export interface YearView {
  /** Sum of a raw series over the year's steps. */
  sum(name: string): number;
  /** Mean of a raw series over the year's steps. */
  mean(name: string): number;
}

const div = (a: number, b: number) => (b > 0 ? a / b : 0);
/** Standard deviation from a count, a sum and a sum of squares (0 for fewer than two). */
const sdOf = (n: number, sum: number, squares: number) => (n > 1 ? Math.sqrt(Math.max(0, (squares - (sum * sum) / n) / (n - 1))) : 0);

/** Every result metric of the model, in the order the CLI prints them (docs/ODD.md §9.2). */
export const METRICS: readonly MetricDefinition[] = [
  {
    name: 'cost.total',
    table: 1,
    unit: 'currency/year',
    label: { en: 'Total cost', nb: 'Totalkostnad' },
    description: "Municipal spending on the service: its own units' cost, payments to firms (net of clawbacks) and its administration.",
    formula: "sum of spending (municipal units' cost + payments to firms − clawback + municipal administration)",
    year: (y) => y.sum('spending'),
  },
  {
    name: 'cost.production',
    unit: 'currency/year',
    label: { en: 'Production cost', nb: 'Produksjonskostnad' },
    description: "Providers' production cost: care and prevention time, idle time, travel, sick pay, temporary staff premium, overhead.",
    formula: 'sum of production items',
    year: (y) => y.sum('production'),
  },
  {
    name: 'cost.transaction',
    table: 2,
    unit: 'currency/year',
    label: { en: 'Transaction costs', nb: 'Transaksjonskostnader' },
    description: 'Transaction costs: orderer office, contracting, monitoring, invoicing, complaints, provider documentation, coordination, duplicated assessment.',
    formula: 'sum of municipal plus provider transaction items',
    year: (y) => y.sum('transaction'),
  },
  {
    name: 'cost.resources',
    unit: 'currency/year',
    label: { en: 'Resources used', nb: 'Ressursbruk' },
    description: "Resources used: production plus transaction costs (cost.total less firms' surplus and the municipality's unspent frame).",
    formula: "sum of production + sum of transaction costs (resources used; excludes firms' surplus and unspent frame)",
    year: (y) => y.sum('production') + y.sum('transaction'),
  },
  {
    name: 'cost.perNeedHourMet',
    unit: 'currency/hour',
    label: { en: 'Cost per hour of need met', nb: 'Kostnad per time dekket behov' },
    description: 'cost.total divided by the hours of true need met by effective care: what an hour of need met costs the municipality.',
    formula: 'sum of spending / sum of need-hours met by effective care',
    year: (y) => div(y.sum('spending'), y.sum('metHours')),
  },
  {
    name: 'cost.perHourDelivered',
    unit: 'currency/hour',
    label: { en: 'Cost per hour delivered', nb: 'Kostnad per levert time' },
    description: 'cost.total divided by the care hours actually delivered: what an hour of care costs the municipality, whoever delivers it.',
    formula: 'sum of spending / sum of care hours delivered: what an hour of care costs the municipality, whoever delivers it',
    year: (y) => div(y.sum('spending'), y.sum('deliveredHours')),
  },
  {
    name: 'cost.perUser',
    table: 4,
    unit: 'currency/user-year',
    label: { en: 'Cost per user', nb: 'Kostnad per bruker' },
    description: 'cost.total divided by the mean number of users served.',
    formula: 'sum of spending / mean users in service',
    year: (y) => div(y.sum('spending'), y.mean('served')),
  },
  {
    name: 'adminShare',
    table: 3,
    unit: 'share',
    label: { en: 'Administration share', nb: 'Administrasjonsandel' },
    description: 'Transaction costs as a share of production plus transaction costs.',
    formula: 'transaction / (production + transaction), sums',
    year: (y) => div(y.sum('transaction'), y.sum('production') + y.sum('transaction')),
  },
  {
    name: 'hours.granted',
    unit: 'hours/year',
    label: { en: 'Hours granted', nb: 'Vedtatte timer' },
    description: 'Hours in the decisions of users in service.',
    formula: 'sum of weekly granted hours of users in service',
    year: (y) => y.sum('grantedHours'),
  },
  {
    name: 'hours.delivered',
    unit: 'hours/year',
    label: { en: 'Hours delivered', nb: 'Leverte timer' },
    description: 'Care hours delivered (prevention not included).',
    formula: 'sum of weekly care hours delivered (prevention excluded; counts hours the provider aimed at need, not only granted)',
    year: (y) => y.sum('deliveredHours'),
  },
  {
    name: 'needMet',
    table: 6,
    unit: 'share',
    label: { en: 'Need met', nb: 'Dekket behov' },
    description: "Share of users' true need met by effective care (competence and continuity weighted), users in service.",
    formula: 'sum of min(need, effective care) / sum of need, users in service',
    year: (y) => div(y.sum('metHours'), y.sum('needHours')),
  },
  {
    name: 'wait.assessmentWeeks',
    table: 7,
    unit: 'weeks',
    label: { en: 'Wait for a decision', nb: 'Ventetid på vedtak' },
    description: 'Mean weeks from application to decision, for those decided in the year.',
    formula: 'sum of (decision week − application week) / number assessed',
    year: (y) => div(y.sum('assessmentWaitSum'), y.sum('assessed')),
  },
  {
    name: 'wait.startWeeks',
    table: 8,
    unit: 'weeks',
    label: { en: 'Wait for service start', nb: 'Ventetid på oppstart' },
    description: 'Mean weeks from decision to service start, for those started in the year.',
    formula: 'sum of (start week − decision week) / number started',
    year: (y) => div(y.sum('startWaitSum'), y.sum('started')),
  },
  {
    name: 'wait.reportedStartWeeks',
    unit: 'weeks',
    label: { en: 'Wait for service start, as reported', nb: 'Rapportert ventetid på oppstart' },
    description:
      'Mean weeks from decision to service start as reported: breaches hidden from a waiting-time target appear at the target (clock stopped); equals wait.startWeeks without a target or gaming.',
    formula: 'sum of reported start waits (a hidden breach at the target) / number started (7.15)',
    year: (y) => div(y.sum('reportedStartWaitSum'), y.sum('started')),
  },
  {
    name: 'wait.targetBreaches',
    unit: 'share',
    label: { en: 'Starts beyond the waiting-time target', nb: 'Oppstarter etter ventetidsmålet' },
    description: 'Share of starts in the year that came after a longer wait than the waiting-time target (0 without a target): the true figure.',
    formula: 'starts after more than `targets.startWeeks` weeks / number started (0 without a target)',
    year: (y) => div(y.sum('breaches'), y.sum('started')),
  },
  {
    name: 'wait.reportedBreaches',
    unit: 'share',
    label: { en: 'Starts beyond the target, as reported', nb: 'Rapporterte brudd på ventetidsmålet' },
    description: 'Share of starts in the year reported as breaching the waiting-time target: the true breaches less those hidden (gaming at the threshold).',
    formula: 'reported breaches (true breaches less the hidden share) / number started',
    year: (y) => div(y.sum('reportedBreaches'), y.sum('started')),
  },
  {
    name: 'users.served',
    table: 5,
    unit: 'persons',
    label: { en: 'Users served', nb: 'Brukere med tjeneste' },
    description: 'Mean number of users in service.',
    formula: 'mean of users in service',
    year: (y) => y.mean('served'),
  },
  {
    name: 'users.functionMean',
    table: 10,
    unit: 'ability 0–1',
    label: { en: "Users' functional ability", nb: 'Brukernes funksjonsevne' },
    description: 'Mean functional ability of users in service.',
    formula: 'mean of the weekly mean ability of users in service',
    year: (y) => y.mean('abilityMean'),
  },
  {
    name: 'prevention.share',
    table: 9,
    unit: 'share',
    label: { en: 'Prevention share', nb: 'Forebyggingsandel' },
    description: 'Prevention and rehabilitation hours as a share of direct time.',
    formula: 'prevention hours / direct hours (care delivered + prevention), sums',
    year: (y) => div(y.sum('preventionHours'), y.sum('directHours')),
  },
  {
    name: 'satisfaction.users',
    table: 11,
    unit: 'score 0–1',
    label: { en: 'User satisfaction', nb: 'Brukertilfredshet' },
    description: 'Mean satisfaction of users in service.',
    formula: 'mean of the weekly mean satisfaction of users in service',
    year: (y) => y.mean('satisfactionMean'),
  },
  {
    name: 'staff.motivation',
    table: 12,
    unit: 'score 0–1',
    label: { en: 'Staff motivation', nb: 'Motivasjon hos ansatte' },
    description: 'Mean intrinsic motivation of care staff.',
    formula: 'mean of the weekly mean motivation of staff',
    year: (y) => y.mean('motivationMean'),
  },
  {
    name: 'staff.sickLeave',
    table: 13,
    unit: 'share',
    label: { en: 'Sick leave', nb: 'Sykefravær' },
    description: 'Share of staff-weeks on sick leave.',
    formula: 'sick staff-weeks / staff-weeks',
    year: (y) => div(y.sum('staffSick'), y.sum('staffCount')),
  },
  {
    name: 'staff.turnover',
    table: 14,
    unit: 'share/year',
    label: { en: 'Staff turnover', nb: 'Turnover' },
    description: 'Staff who quit in the year over mean staff.',
    formula: 'quits / mean staff',
    year: (y) => div(y.sum('quits'), y.mean('staffCount')),
  },
  {
    name: 'directTimeShare',
    table: 15,
    unit: 'share',
    label: { en: 'Direct time share', nb: 'Andel direkte brukertid' },
    description: 'Care and prevention time as a share of working time (staff and temporaries).',
    formula: 'direct hours / working hours (staff and temps), sums',
    year: (y) => div(y.sum('directHours'), y.sum('workHours')),
  },
  {
    name: 'gaming.overbilledHours',
    table: 16,
    unit: 'hours/year',
    label: { en: 'Over-billed hours', nb: 'Overfakturerte timer' },
    description: 'Hours paid for but not delivered, or reported beyond delivery.',
    formula: 'sum of over-billed hours (7.9), municipal units and firms',
    year: (y) => y.sum('overbilledHours'),
  },
  { name: 'complaints', table: 17, unit: 'per year', label: { en: 'Complaints', nb: 'Klager' }, description: 'Complaints from users.', formula: 'sum of complaints', year: (y) => y.sum('complaints') },
  {
    name: 'equity.unmetLittle',
    unit: 'share',
    label: { en: 'Unmet need, small needs', nb: 'Udekket behov, små behov' },
    description: 'Unmet share of need, users needing under 4 hours a week.',
    formula: '1 − met/need, users needing < 4 h/week',
    year: (y) => 1 - div(y.sum('metLittle'), y.sum('needLittle')),
  },
  {
    name: 'equity.unmetMedium',
    unit: 'share',
    label: { en: 'Unmet need, medium needs', nb: 'Udekket behov, middels behov' },
    description: 'Unmet share of need, users needing 4–20 hours a week.',
    formula: '1 − met/need, users needing 4–20 h/week',
    year: (y) => 1 - div(y.sum('metMedium'), y.sum('needMedium')),
  },
  {
    name: 'equity.unmetExtensive',
    unit: 'share',
    label: { en: 'Unmet need, extensive needs', nb: 'Udekket behov, store behov' },
    description: 'Unmet share of need, users needing 20 hours a week or more.',
    formula: '1 − met/need, users needing ≥ 20 h/week',
    year: (y) => 1 - div(y.sum('metExtensive'), y.sum('needExtensive')),
  },
  {
    name: 'market.commercialShare',
    unit: 'share',
    label: { en: 'Commercial market share', nb: 'Private leverandørers markedsandel' },
    description: 'Share of users served by commercial providers.',
    formula: 'user-weeks with firms / user-weeks in service',
    year: (y) => div(y.sum('commercialUsers'), y.sum('served')),
  },
  {
    name: 'market.commercialProviders',
    unit: 'firms',
    label: { en: 'Commercial providers', nb: 'Private leverandører' },
    description: 'Mean number of active commercial providers.',
    formula: 'mean number of active firms',
    year: (y) => y.mean('commercialProviders'),
  },
  {
    name: 'market.creamSkimmed',
    unit: 'per year',
    label: { en: 'Users turned away (cream-skimming)', nb: 'Brukere avvist (fløteskumming)' },
    description: 'Users turned away by commercial providers as unprofitable.',
    formula: 'sum of refusals by firms',
    year: (y) => y.sum('creamSkimmed'),
  },
  {
    name: 'budget.deviation',
    unit: 'share',
    label: { en: 'Budget deviation', nb: 'Budsjettavvik' },
    description: 'Spending over the budget frame, as a share of the frame (negative: under budget).',
    formula: '(sum spending − sum budget in) / sum budget in',
    year: (y) => div(y.sum('spending') - y.sum('budgetIn'), y.sum('budgetIn')),
  },
  {
    name: 'equity.horizontal',
    unit: 'sd of ratio',
    label: { en: 'Unequal treatment of equal needs', nb: 'Ulik behandling av like behov' },
    description:
      'How differently equal needs are treated: the standard deviation of granted hours over true need among users in service (need of an hour a week or more); 0 means every need gets the same share.',
    formula:
      "standard deviation of granted/need over user-weeks in service with need ≥ 1 h/week, from the year's sums of `ratioCount`, `ratioSum`, `ratioSquares` (0 for fewer than two). It mixes three sources: the assessors' practices (7.5), the individual assessment error and how far need has drifted since the decision; only the first is what one office is meant to narrow",
    year: (y) => sdOf(y.sum('ratioCount'), y.sum('ratioSum'), y.sum('ratioSquares')),
  },
  {
    name: 'gaming.detectedShare',
    unit: 'share',
    label: { en: 'Over-billing detected', nb: 'Avdekket overfakturering' },
    description: 'Overbilled hours found by audits (the weeks clawed back) as a share of overbilled hours.',
    formula: "min(1, sum of detected hours / sum of over-billed hours). Detected hours count the 13 weeks an audit claws back, so the share compares clawbacks with the year's over-billing",
    year: (y) => Math.min(1, div(y.sum('detectedHours'), y.sum('overbilledHours'))),
  },
  {
    name: 'providers.takeovers',
    unit: 'per year',
    label: { en: 'Users taken over by the municipality', nb: 'Brukere overtatt av kommunen' },
    description: 'Users the municipality took over as provider of last resort (from firms that failed or left).',
    formula: 'sum of users the municipality took over from firms that failed, exited or were closed (7.10)',
    year: (y) => y.sum('takeovers'),
  },
  {
    name: 'providers.failures',
    unit: 'per year',
    label: { en: 'Firms failed', nb: 'Firmaer som sviktet' },
    description: 'Firms that lost their contract for delivering below the statutory floor, or failed on a loss-making tendered contract.',
    formula: 'sum of firms that lost their contract for delivering below the statutory floor (7.10) or failed on a loss-making tendered contract (7.13)',
    year: (y) => y.sum('failures'),
  },
  {
    name: 'providers.slack',
    unit: 'share',
    label: { en: 'Slack (X-inefficiency)', nb: 'Slakk (X-ineffektivitet)' },
    description: "X-inefficiency: mean share of providers' working time lost to slack, weighted by users.",
    formula: 'mean of the weekly users-weighted mean X-inefficiency of active providers (7.11)',
    year: (y) => y.mean('slackMean'),
  },
  {
    name: 'budget.price',
    unit: 'currency/hour',
    label: { en: 'Price per hour', nb: 'Pris per time' },
    description: 'The per-unit price the council set for the year (paid to firms, and to municipal units under per-unit financing).',
    formula: 'mean of the weekly price: the price the council set for the year (7.12)',
    year: (y) => y.mean('price'),
  },
  {
    name: 'budget.frame',
    unit: 'currency/year',
    label: { en: 'Budget frame', nb: 'Budsjettramme' },
    description: 'The frame the council set for the year in its yearly budget round.',
    formula: 'mean of the weekly frame: the frame the council set for the year (7.12)',
    year: (y) => y.mean('frame'),
  },
  {
    name: 'tendering.rounds',
    unit: 'per year',
    label: { en: 'Tender rounds', nb: 'Anbudsrunder' },
    description: 'Tender rounds held (contracts expired, or ended when a holder failed).',
    formula: 'sum of tender rounds held (7.13)',
    year: (y) => y.sum('tenderRounds'),
  },
  {
    name: 'tendering.bidders',
    unit: 'bidders',
    label: { en: 'Bidders per round', nb: 'Tilbydere per runde' },
    description: 'Mean bidders per tender round (firms present, outside firms, and a control bid where allowed).',
    formula: 'sum of bidders / sum of rounds (a control bid counts)',
    year: (y) => div(y.sum('bidders'), y.sum('tenderRounds')),
  },
  {
    name: 'tendering.price',
    unit: 'currency/hour',
    label: { en: 'Contract price per hour', nb: 'Kontraktspris per time' },
    description: 'Mean price per hour paid under tendered contracts (0 when no firm holds a lot).',
    formula: 'sum of payments to lot holders / sum of hours they were paid for: the mean contract price (0 when no firm holds a lot)',
    year: (y) => div(y.sum('contractRevenue'), y.sum('contractHours')),
  },
  {
    name: 'tendering.renegotiations',
    unit: 'per year',
    label: { en: 'Contracts renegotiated', nb: 'Reforhandlede kontrakter' },
    description: "Contracts whose price was raised to the holder's cost because the bid was too low.",
    formula: "sum of contracts whose price was raised to the holder's cost (7.13)",
    year: (y) => y.sum('renegotiations'),
  },
  {
    name: 'tendering.transfers',
    unit: 'per year',
    label: { en: 'Users moved with their area', nb: 'Brukere flyttet med sitt område' },
    description: 'Users moved to another provider because their lot changed hands.',
    formula: 'sum of users moved because their lot changed hands (7.13)',
    year: (y) => y.sum('lotTransfers'),
  },
  {
    name: 'reorganisation.disruption',
    unit: 'share 0–1',
    label: { en: 'Reorganisation disruption', nb: 'Omstillingsuro' },
    description: "What is left of a reorganisation's disruption (1 when the split is introduced or abolished or financing changes, fading to 0).",
    formula: 'mean of the weekly disruption left by a reorganisation (7.14)',
    year: (y) => y.mean('disruption'),
  },
  {
    name: 'learning.groups',
    unit: 'units',
    label: { en: 'Learning groups meeting', nb: 'Læringsgrupper i arbeid' },
    description: 'Mean number of units whose learning group meets (learning loops).',
    formula: 'mean number of units whose learning group meets (7.16)',
    year: (y) => y.mean('learningGroups'),
  },
  {
    name: 'learning.practice',
    unit: 'share',
    label: { en: 'Time saved by better practice', nb: 'Tid spart ved bedre praksis' },
    description: 'Share of travel, documentation and idle time that better practice saves, mean over units weighted by users.',
    formula: 'mean over units, weighted by users, of the share of travel, documentation and idle time better practice saves (7.16)',
    year: (y) => y.mean('practiceMean'),
  },
  {
    name: 'steering.culture',
    unit: 'share 0–1',
    label: { en: 'Trust in the way of steering', nb: 'Tillit til styringsformen' },
    description: 'How far staff believe in the current way of steering: 0 right after a change of steering, 1 once it has settled (steering.cultureYears).',
    formula: 'mean of how far staff believe in the current way of steering: 0 right after a change of steering, 1 once settled (7.17)',
    year: (y) => y.mean('culture'),
  },
  {
    name: 'orderer.officeHours',
    unit: 'hours/week',
    label: { en: 'Orderer office hours', nb: 'Timer i bestillerkontoret' },
    description: 'Mean weekly hours of the orderer office (or integrated case work).',
    formula: 'mean office hours',
    year: (y) => y.mean('officeHours'),
  },
  {
    name: 'users.exits',
    unit: 'per year',
    label: { en: 'Users who left', nb: 'Brukere som gikk ut' },
    description: 'Users who left: recovered, moved to a nursing home or died.',
    formula: 'sum of users who left: recovered, moved to a nursing home or died (7.3)',
    year: (y) => y.sum('exits'),
  },
  {
    name: 'users.recovered',
    unit: 'per year',
    label: { en: 'Episodes ended recovered', nb: 'Forløp avsluttet som friske' },
    description: 'Users whose episode ended recovered (they need the service no more).',
    formula: 'sum of users whose episode ended recovered (7.3)',
    year: (y) => y.sum('recoveries'),
  },
  {
    name: 'users.stayWeeks',
    unit: 'weeks',
    label: { en: 'Mean stay', nb: 'Gjennomsnittlig forløp' },
    description: "Mean stay from application to leaving, by Little's law: users present (waiting or in service) over exits per week.",
    formula: "mean stay from application to leaving by Little's law: (sum of users served + waiting for assessment + waiting for a start) / sum of exits",
    year: (y) => div(y.sum('served') + y.sum('waitingAssessment') + y.sum('waitingStart'), y.sum('exits')),
  },
  {
    name: 'nursingHomes.admissions',
    unit: 'per year',
    label: { en: 'Moves to a nursing home', nb: 'Innflyttinger på sykehjem' },
    description: 'Users who moved from the service to a nursing home.',
    formula: 'sum of users who moved to a nursing home (7.3)',
    year: (y) => y.sum('nursingHomeAdmissions'),
  },
  {
    name: 'nursingHomes.residents',
    unit: 'persons',
    label: { en: 'Nursing-home residents', nb: 'Sykehjemsbeboere' },
    description: 'Mean number of nursing-home residents the municipality pays for (place-years per year).',
    formula: 'mean of the weekly count of nursing-home residents (place-years per year)',
    year: (y) => y.mean('nursingHomeResidents'),
  },
  {
    name: 'cost.nursingHomes',
    unit: 'currency/year',
    label: { en: 'Nursing-home cost', nb: 'Sykehjemskostnad' },
    description: "The municipality's cost of nursing-home places, a budget line outside the service's frame.",
    formula: 'sum of the nursing-home line: residents·`nursingHomes.costPerPlaceYear`/W (9.1)',
    year: (y) => y.sum('nursingHomeCost'),
  },
  {
    name: 'cost.municipal',
    unit: 'currency/year',
    label: { en: 'Municipal total cost (with nursing homes)', nb: 'Kommunens totale kostnad (med sykehjem)' },
    description: "The municipality's total: cost.total plus cost.nursingHomes.",
    formula: "sum of spending + nursing-home cost: the municipality's total (9.1)",
    year: (y) => y.sum('municipalTotal'),
  },
  {
    name: 'informal.hoursPerUserWeek',
    unit: 'hours/user-week',
    label: { en: 'Informal care per user', nb: 'Pårørendeomsorg per bruker' },
    description: 'Hours of need covered by family (informal care) per user per week, users in service and waiting.',
    formula: 'sum of informal hours / (sum of users served + waiting), 7.8',
    year: (y) => div(y.sum('informalHours'), y.sum('served') + y.sum('waitingAssessment') + y.sum('waitingStart')),
  },
];

/** Weekly steps a calendar year needs to count as a year: 52 or 53 begin in a full year. */
export const FULL_YEAR_STEPS = 52;

/**
 * `yearRanges(table)`: the calendar years of one run and the rows of each, `[from, to)`. The full-year
 * rule lives here, once: a last year with fewer than {@link FULL_YEAR_STEPS} steps (the first days of
 * 2025 in a 20-year run from 2005-01-03) is left out, unless it is the run's only year; a flow summed
 * over three days is not a year's value. Every yearly figure (summaries, comparisons, results.csv,
 * sweeps, maps, the viewer's charts) is built on these ranges.
 *
 * @example
 * const { years } = yearRanges(run.table); // [2005, …, 2024]
 */
export function yearRanges(table: SeriesTable): { readonly years: readonly number[]; readonly ranges: readonly (readonly [number, number])[] } {
  const years: number[] = [];
  const ranges: [number, number][] = [];
  let i = 0;
  while (i < table.year.length) {
    const y = table.year[i] as number;
    const start = i;
    while (i < table.year.length && table.year[i] === y) i++;
    years.push(y);
    ranges.push([start, i]);
  }
  const last = ranges[ranges.length - 1];
  if (ranges.length > 1 && last !== undefined && last[1] - last[0] < FULL_YEAR_STEPS) {
    years.pop();
    ranges.pop();
  }
  return { years, ranges };
}

/** Metric values per full calendar year of one run (see {@link yearRanges}). */
export function metricsByYear(table: SeriesTable): { readonly years: readonly number[]; readonly values: Readonly<Record<string, readonly number[]>> } {
  const { years, ranges } = yearRanges(table);
  const values: Record<string, number[]> = {};
  for (const m of METRICS) values[m.name] = [];
  ranges.forEach(([from, to]) => {
    const view: YearView = {
      sum: (name) => sumRange(table, name, from, to),
      mean: (name) => sumRange(table, name, from, to) / (to - from),
    };
    for (const m of METRICS) (values[m.name] as number[]).push(m.year(view));
  });
  return { years, values };
}

/**
 * `columnsByYear(table, names)`: each raw column summed over each full calendar year of one run
 * (the ledger items per year, for example), aligned with `yearRanges(table).years`.
 */
export function columnsByYear(table: SeriesTable, names: readonly string[]): Readonly<Record<string, readonly number[]>> {
  const { ranges } = yearRanges(table);
  const out: Record<string, number[]> = {};
  for (const name of names) out[name] = ranges.map(([from, to]) => (table.series[name] === undefined ? 0 : sumRange(table, name, from, to)));
  return out;
}

function sumRange(table: SeriesTable, name: string, from: number, to: number): number {
  const column = table.series[name];
  if (column === undefined) throw new Error(`metric series "${name}" was not collected`);
  let s = 0;
  for (let k = from; k < to; k++) s += column[k] as number;
  return s;
}

/** The metrics of the command line's text tables, in their order (`MetricDefinition.table`). */
export const TABLE_METRICS: readonly string[] = METRICS.filter((m) => m.table !== undefined)
  .sort((a, b) => (a.table as number) - (b.table as number))
  .map((m) => m.name);

/**
 * A run reduced to its full calendar years: every result metric and every cost-ledger item
 * (`ledger.<item>`), each a value per year aligned with `years`.
 */
export interface YearlyRun {
  readonly seed: number;
  /** Full calendar years, ascending (a last year of a few days is not one). */
  readonly years: readonly number[];
  /** Metric name, or `ledger.<item>`, → value per year. */
  readonly values: Readonly<Record<string, readonly number[]>>;
}

/** The raw ledger columns, in ledger order (`ledger.production`, …). */
export const LEDGER_COLUMNS: readonly string[] = LEDGER_ITEMS.map((item) => `ledger.${item}`);

/** `yearlyRun(table, seed)`: a run's collected series reduced to its full years (metrics and ledger items). */
export function yearlyRun(table: SeriesTable, seed: number): YearlyRun {
  const { years, values: metricValues } = metricsByYear(table);
  const ledger = columnsByYear(table, LEDGER_COLUMNS);
  const values: Record<string, readonly number[]> = {};
  for (const m of METRICS) values[m.name] = metricValues[m.name] as readonly number[];
  for (const name of LEDGER_COLUMNS) values[name] = ledger[name] as readonly number[];
  return { seed, years, values };
}
