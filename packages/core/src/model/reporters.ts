/**
 * The raw per-step series the model reports (one value per step, after the step). The result
 * metrics per year are computed from these in `metrics.ts`.
 */
import type { Reporter } from '../engine/simulation/index.ts';
import { LEDGER_ITEMS, item } from './ledger.ts';
import { METRICS } from './metrics.ts';
import type { ModelState } from './state.ts';

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

const base: Record<string, Reporter<ModelState>> = {
  served: (s) => s.totals.usersServed,
  waitingAssessment: (s) => s.totals.waitingAssessment,
  waitingStart: (s) => s.totals.waitingStart,
  abilityMean: (s) => ratio(s.totals.abilitySum, s.totals.usersServed),
  needHours: (s) => s.totals.needHours,
  grantedHours: (s) => s.totals.grantedHours,
  deliveredHours: (s) => s.totals.deliveredHours,
  metHours: (s) => s.totals.metHours,
  satisfactionMean: (s) => ratio(s.totals.satisfactionSum, s.totals.usersServed),
  complaints: (s) => s.totals.complaints,
  arrivals: (s) => s.totals.arrivals,
  exits: (s) => s.totals.exits,
  recoveries: (s) => s.totals.recoveries,
  nursingHomeAdmissions: (s) => s.totals.nursingHomeAdmissions,
  nursingHomeResidents: (s) => s.nursingHomeResidents,
  nursingHomeCost: (s) => s.ledger.nursingHomes,
  municipalTotal: (s) => s.ledger.municipalTotal,
  informalHours: (s) => s.totals.informalHours,
  assessed: (s) => s.totals.assessed,
  assessmentWaitSum: (s) => s.totals.assessmentWaitSum,
  deskAssessments: (s) => s.totals.deskAssessments,
  reassessed: (s) => s.totals.reassessed,
  started: (s) => s.totals.started,
  startWaitSum: (s) => s.totals.startWaitSum,
  breaches: (s) => s.totals.breaches,
  reportedBreaches: (s) => s.totals.reportedBreaches,
  reportedStartWaitSum: (s) => s.totals.reportedStartWaitSum,
  officeHours: (s) => s.officeHours,
  workHours: (s) => s.totals.workHours,
  directHours: (s) => s.totals.directHours,
  preventionHours: (s) => s.totals.preventionHours,
  tempHours: (s) => s.totals.tempHours,
  staffCount: (s) => s.totals.staffCount,
  staffSick: (s) => s.totals.staffSick,
  motivationMean: (s) => ratio(s.totals.motivationSum, s.totals.staffCount),
  quits: (s) => s.totals.quits,
  hires: (s) => s.totals.hires,
  overbilledHours: (s) => s.totals.overbilledHours,
  commercialUsers: (s) => s.totals.commercialUsers,
  creamSkimmed: (s) => s.totals.creamSkimmed,
  switches: (s) => s.totals.switches,
  audits: (s) => s.totals.audits,
  detectedHours: (s) => s.totals.detectedHours,
  takeovers: (s) => s.totals.takeovers,
  failures: (s) => s.totals.failures,
  tenderRounds: (s) => s.totals.tenderRounds,
  bidders: (s) => s.totals.bidders,
  renegotiations: (s) => s.totals.renegotiations,
  lotTransfers: (s) => s.totals.lotTransfers,
  contractHours: (s) => s.totals.contractHours,
  contractRevenue: (s) => s.totals.contractRevenue,
  disruption: (s) => s.disruption,
  learningGroups: (s) => countLearningGroups(s),
  practiceMean: (s) => usersWeighted(s, s.providers.learned),
  culture: (s) => s.culture,
  ratioCount: (s) => s.totals.ratioCount,
  ratioSum: (s) => s.totals.ratioSum,
  ratioSquares: (s) => s.totals.ratioSquares,
  slackMean: (s) => usersWeighted(s, s.providers.xslack),
  price: (s) => s.budget.price,
  frame: (s) => s.budget.frame,
  budgetIn: (s) => s.ledger.budgetIn,
  payments: (s) => s.ledger.payments - s.ledger.clawback,
  municipalProviderCost: (s) => s.ledger.municipalProviderCost,
  internalDeviation: (s) => s.ledger.internalDeviation,
  municipalAdmin: (s) => s.ledger.municipalAdmin,
  spending: (s) => s.ledger.spending,
  production: (s) => s.ledger.production,
  transaction: (s) => s.ledger.transaction,
  providerSurplus: (s) => s.ledger.providerSurplus,
  blend: (s) => s.blend,
  commercialProviders: (s) => countProviders(s, 1),
  needLittle: (s) => s.totals.needByClass[0] as number,
  needMedium: (s) => s.totals.needByClass[1] as number,
  needExtensive: (s) => s.totals.needByClass[2] as number,
  metLittle: (s) => s.totals.metByClass[0] as number,
  metMedium: (s) => s.totals.metByClass[1] as number,
  metExtensive: (s) => s.totals.metByClass[2] as number,
};

/** Mean of a per-provider figure over active providers, weighted by their users (slack, practice). */
function usersWeighted(s: ModelState, values: Float64Array): number {
  const p = s.providers;
  let sum = 0;
  let n = 0;
  for (let j = 0; j < p.count; j++) {
    if (p.active[j] !== 1) continue;
    sum += (values[j] as number) * (p.users[j] as number);
    n += p.users[j] as number;
  }
  return n > 0 ? sum / n : 0;
}

/** Units whose learning group meets this week. */
function countLearningGroups(s: ModelState): number {
  let n = 0;
  for (let j = 0; j < s.providers.count; j++) if (s.providers.active[j] === 1) n += s.providers.learningGroup[j] as number;
  return n;
}

function countProviders(s: ModelState, commercial: number): number {
  let n = 0;
  for (let j = 0; j < s.providers.count; j++) if (s.providers.active[j] === 1 && s.providers.commercial[j] === commercial) n++;
  return n;
}

const ledgerItems: Record<string, Reporter<ModelState>> = Object.fromEntries(
  LEDGER_ITEMS.map((name) => {
    const i = item(name);
    return [`ledger.${name}`, (s: ModelState) => s.ledger.items[i] as number];
  }),
);

/** The raw series metrics declare for themselves (`MetricDefinition.series`), in metric order. */
const metricSeries: Record<string, Reporter<ModelState>> = Object.assign({}, ...METRICS.map((m) => m.series ?? {}));

/** Every raw series, by name. Pass as `collect.model` to `run`. */
export const modelReporters: Readonly<Record<string, Reporter<ModelState>>> = Object.freeze({ ...base, ...ledgerItems, ...metricSeries });
