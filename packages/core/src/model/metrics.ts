/**
 * The result metrics (names are stable, design brief "Result metrics"), each computed per calendar
 * year from the raw per-step series: flows are summed, stocks averaged over the year's steps, and
 * shares are ratios of yearly sums.
 */
import type { SeriesTable } from '../engine/simulation/index.ts';

/** A result metric: its name (`cost.total`), unit, a description, and how one year's value is computed. */
export interface MetricDefinition {
  /** Dotted name as printed by the CLI, e.g. `needMet`. */
  readonly name: string;
  /** Unit in words, e.g. `currency/year` or `share`. */
  readonly unit: string;
  /** One sentence on what it measures. */
  readonly description: string;
  /** Value for one year, from that year's rows of the raw series. */
  readonly year: (y: YearView) => number;
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
  { name: 'cost.total', unit: 'currency/year', description: 'Municipal spending on the service: its own units\' cost, payments to firms (net of clawbacks) and its administration.', year: (y) => y.sum('spending') },
  { name: 'cost.production', unit: 'currency/year', description: 'Providers\' production cost: care and prevention time, idle time, travel, sick pay, temporary staff premium, overhead.', year: (y) => y.sum('production') },
  { name: 'cost.transaction', unit: 'currency/year', description: 'Transaction costs: orderer office, contracting, monitoring, invoicing, complaints, provider documentation, coordination, duplicated assessment.', year: (y) => y.sum('transaction') },
  { name: 'cost.resources', unit: 'currency/year', description: 'Resources used: production plus transaction costs (cost.total less firms\' surplus and the municipality\'s unspent frame).', year: (y) => y.sum('production') + y.sum('transaction') },
  { name: 'cost.perNeedHourMet', unit: 'currency/hour', description: 'cost.total divided by the hours of true need met by effective care: what an hour of need met costs the municipality.', year: (y) => div(y.sum('spending'), y.sum('metHours')) },
  { name: 'cost.perHourDelivered', unit: 'currency/hour', description: 'cost.total divided by the care hours actually delivered: what an hour of care costs the municipality, whoever delivers it.', year: (y) => div(y.sum('spending'), y.sum('deliveredHours')) },
  { name: 'cost.perUser', unit: 'currency/user-year', description: 'cost.total divided by the mean number of users served.', year: (y) => div(y.sum('spending'), y.mean('served')) },
  { name: 'adminShare', unit: 'share', description: 'Transaction costs as a share of production plus transaction costs.', year: (y) => div(y.sum('transaction'), y.sum('production') + y.sum('transaction')) },
  { name: 'hours.granted', unit: 'hours/year', description: 'Hours in the decisions of users in service.', year: (y) => y.sum('grantedHours') },
  { name: 'hours.delivered', unit: 'hours/year', description: 'Care hours delivered (prevention not included).', year: (y) => y.sum('deliveredHours') },
  { name: 'needMet', unit: 'share', description: 'Share of users\' true need met by effective care (competence and continuity weighted), users in service.', year: (y) => div(y.sum('metHours'), y.sum('needHours')) },
  { name: 'wait.assessmentWeeks', unit: 'weeks', description: 'Mean weeks from application to decision, for those decided in the year.', year: (y) => div(y.sum('assessmentWaitSum'), y.sum('assessed')) },
  { name: 'wait.startWeeks', unit: 'weeks', description: 'Mean weeks from decision to service start, for those started in the year.', year: (y) => div(y.sum('startWaitSum'), y.sum('started')) },
  { name: 'wait.reportedStartWeeks', unit: 'weeks', description: 'Mean weeks from decision to service start as reported: breaches hidden from a waiting-time target appear at the target (clock stopped); equals wait.startWeeks without a target or gaming.', year: (y) => div(y.sum('reportedStartWaitSum'), y.sum('started')) },
  { name: 'wait.targetBreaches', unit: 'share', description: 'Share of starts in the year that came after a longer wait than the waiting-time target (0 without a target): the true figure.', year: (y) => div(y.sum('breaches'), y.sum('started')) },
  { name: 'wait.reportedBreaches', unit: 'share', description: 'Share of starts in the year reported as breaching the waiting-time target: the true breaches less those hidden (gaming at the threshold).', year: (y) => div(y.sum('reportedBreaches'), y.sum('started')) },
  { name: 'users.served', unit: 'persons', description: 'Mean number of users in service.', year: (y) => y.mean('served') },
  { name: 'users.functionMean', unit: 'ability 0–1', description: 'Mean functional ability of users in service.', year: (y) => y.mean('abilityMean') },
  { name: 'prevention.share', unit: 'share', description: 'Prevention and rehabilitation hours as a share of direct time.', year: (y) => div(y.sum('preventionHours'), y.sum('directHours')) },
  { name: 'satisfaction.users', unit: 'score 0–1', description: 'Mean satisfaction of users in service.', year: (y) => y.mean('satisfactionMean') },
  { name: 'staff.motivation', unit: 'score 0–1', description: 'Mean intrinsic motivation of care staff.', year: (y) => y.mean('motivationMean') },
  { name: 'staff.sickLeave', unit: 'share', description: 'Share of staff-weeks on sick leave.', year: (y) => div(y.sum('staffSick'), y.sum('staffCount')) },
  { name: 'staff.turnover', unit: 'share/year', description: 'Staff who quit in the year over mean staff.', year: (y) => div(y.sum('quits'), y.mean('staffCount')) },
  { name: 'directTimeShare', unit: 'share', description: 'Care and prevention time as a share of working time (staff and temporaries).', year: (y) => div(y.sum('directHours'), y.sum('workHours')) },
  { name: 'gaming.overbilledHours', unit: 'hours/year', description: 'Hours paid for but not delivered, or reported beyond delivery.', year: (y) => y.sum('overbilledHours') },
  { name: 'complaints', unit: 'per year', description: 'Complaints from users.', year: (y) => y.sum('complaints') },
  { name: 'equity.unmetLittle', unit: 'share', description: 'Unmet share of need, users needing under 4 hours a week.', year: (y) => 1 - div(y.sum('metLittle'), y.sum('needLittle')) },
  { name: 'equity.unmetMedium', unit: 'share', description: 'Unmet share of need, users needing 4–20 hours a week.', year: (y) => 1 - div(y.sum('metMedium'), y.sum('needMedium')) },
  { name: 'equity.unmetExtensive', unit: 'share', description: 'Unmet share of need, users needing 20 hours a week or more.', year: (y) => 1 - div(y.sum('metExtensive'), y.sum('needExtensive')) },
  { name: 'market.commercialShare', unit: 'share', description: 'Share of users served by commercial providers.', year: (y) => div(y.sum('commercialUsers'), y.sum('served')) },
  { name: 'market.commercialProviders', unit: 'firms', description: 'Mean number of active commercial providers.', year: (y) => y.mean('commercialProviders') },
  { name: 'market.creamSkimmed', unit: 'per year', description: 'Users turned away by commercial providers as unprofitable.', year: (y) => y.sum('creamSkimmed') },
  { name: 'budget.deviation', unit: 'share', description: 'Spending over the budget frame, as a share of the frame (negative: under budget).', year: (y) => div(y.sum('spending') - y.sum('budgetIn'), y.sum('budgetIn')) },
  { name: 'equity.horizontal', unit: 'sd of ratio', description: 'How differently equal needs are treated: the standard deviation of granted hours over true need among users in service (need of an hour a week or more); 0 means every need gets the same share.', year: (y) => sdOf(y.sum('ratioCount'), y.sum('ratioSum'), y.sum('ratioSquares')) },
  { name: 'gaming.detectedShare', unit: 'share', description: 'Overbilled hours found by audits (the weeks clawed back) as a share of overbilled hours.', year: (y) => Math.min(1, div(y.sum('detectedHours'), y.sum('overbilledHours'))) },
  { name: 'providers.takeovers', unit: 'per year', description: 'Users the municipality took over as provider of last resort (from firms that failed or left).', year: (y) => y.sum('takeovers') },
  { name: 'providers.failures', unit: 'per year', description: 'Firms that lost their contract for delivering below the statutory floor, or failed on a loss-making tendered contract.', year: (y) => y.sum('failures') },
  { name: 'providers.slack', unit: 'share', description: 'X-inefficiency: mean share of providers\' working time lost to slack, weighted by users.', year: (y) => y.mean('slackMean') },
  { name: 'budget.price', unit: 'currency/hour', description: 'The per-unit price the council set for the year (paid to firms, and to municipal units under per-unit financing).', year: (y) => y.mean('price') },
  { name: 'budget.frame', unit: 'currency/year', description: 'The frame the council set for the year in its yearly budget round.', year: (y) => y.mean('frame') },
  { name: 'tendering.rounds', unit: 'per year', description: 'Tender rounds held (contracts expired, or ended when a holder failed).', year: (y) => y.sum('tenderRounds') },
  { name: 'tendering.bidders', unit: 'bidders', description: 'Mean bidders per tender round (firms present, outside firms, and a control bid where allowed).', year: (y) => div(y.sum('bidders'), y.sum('tenderRounds')) },
  { name: 'tendering.price', unit: 'currency/hour', description: 'Mean price per hour paid under tendered contracts (0 when no firm holds a lot).', year: (y) => div(y.sum('contractRevenue'), y.sum('contractHours')) },
  { name: 'tendering.renegotiations', unit: 'per year', description: 'Contracts whose price was raised to the holder\'s cost because the bid was too low.', year: (y) => y.sum('renegotiations') },
  { name: 'tendering.transfers', unit: 'per year', description: 'Users moved to another provider because their lot changed hands.', year: (y) => y.sum('lotTransfers') },
  { name: 'reorganisation.disruption', unit: 'share 0–1', description: 'What is left of a reorganisation\'s disruption (1 when the split is introduced or abolished or financing changes, fading to 0).', year: (y) => y.mean('disruption') },
  { name: 'learning.groups', unit: 'units', description: 'Mean number of units whose learning group meets (learning loops).', year: (y) => y.mean('learningGroups') },
  { name: 'learning.practice', unit: 'share', description: 'Share of travel, documentation and idle time that better practice saves, mean over units weighted by users.', year: (y) => y.mean('practiceMean') },
  { name: 'steering.culture', unit: 'share 0–1', description: 'How far staff believe in the current way of steering: 0 right after a change of steering, 1 once it has settled (steering.cultureYears).', year: (y) => y.mean('culture') },
  { name: 'orderer.officeHours', unit: 'hours/week', description: 'Mean weekly hours of the orderer office (or integrated case work).', year: (y) => y.mean('officeHours') },
  { name: 'users.exits', unit: 'per year', description: 'Users who left: recovered, moved to a nursing home or died.', year: (y) => y.sum('exits') },
  { name: 'users.recovered', unit: 'per year', description: 'Users whose episode ended recovered (they need the service no more).', year: (y) => y.sum('recoveries') },
  { name: 'users.stayWeeks', unit: 'weeks', description: 'Mean stay from application to leaving, by Little\'s law: users present (waiting or in service) over exits per week.', year: (y) => div(y.sum('served') + y.sum('waitingAssessment') + y.sum('waitingStart'), y.sum('exits')) },
  { name: 'nursingHomes.admissions', unit: 'per year', description: 'Users who moved from the service to a nursing home.', year: (y) => y.sum('nursingHomeAdmissions') },
  { name: 'nursingHomes.residents', unit: 'persons', description: 'Mean number of nursing-home residents the municipality pays for (place-years per year).', year: (y) => y.mean('nursingHomeResidents') },
  { name: 'cost.nursingHomes', unit: 'currency/year', description: 'The municipality\'s cost of nursing-home places, a budget line outside the service\'s frame.', year: (y) => y.sum('nursingHomeCost') },
  { name: 'cost.municipal', unit: 'currency/year', description: 'The municipality\'s total: cost.total plus cost.nursingHomes.', year: (y) => y.sum('municipalTotal') },
  { name: 'informal.hoursPerUserWeek', unit: 'hours/user-week', description: 'Hours of need covered by family (informal care) per user per week, users in service and waiting.', year: (y) => div(y.sum('informalHours'), y.sum('served') + y.sum('waitingAssessment') + y.sum('waitingStart')) },
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
