/**
 * Phase `delivery`: providers split staff time (documentation set by control, coordination and
 * duplicated assessment with a separate orderer, travel set by route density, direct time) and
 * direct time between ordered care and prevention (multitasking, a swappable rule); they deliver
 * what their capacity allows, may under-deliver or over-report when it pays and audits are rare;
 * users get care, prevention, continuity and punctuality (the service ratio), and judge it; family
 * covers part of the need formal care leaves (informal care).
 */
import type { StepContext } from '../../engine/simulation/index.ts';
import { item } from '../ledger.ts';
import { IN_SERVICE, WAITING_ASSESSMENT, WAITING_START, type ModelState } from '../state.ts';
import { needClass } from '../totals.ts';
import { power } from './power.ts';
import { WEEKS_PER_YEAR, paidPerUnit, staffMotivation } from './settings.ts';
import { exposure, measuringShare, reviewHours, supportHours } from './steering.ts';

/** Elasticity of travel time to route sparsity (reference users / users served) [A]. */
export const TRAVEL_ELASTICITY = 0.25;
/** Largest share of working time travel, documentation and coordination can take together [A]. */
export const MAX_OVERHEAD_SHARE = 0.95;
/** Mismatch between need and decision above which a provider asks for a reassessment [A]. */
export const REQUEST_MISMATCH = 0.3;

export function delivery(state: ModelState, ctx: StepContext): void {
  demandPerProvider(state);
  providerTime(state);
  userOutcomes(state, ctx);
}

/**
 * Hours a provider aims to give a user: round decisions and autonomy let it follow true need rather
 * than the decision; but a provider paid per hour gives unpaid extra hours only as far as it does
 * not weigh its surplus ("positive deviations are bad business", seed 001).
 */
export function aimedHours(granted: number, need: number, down: number, up: number): number {
  const gap = need - granted;
  return granted + (gap > 0 ? up : down) * gap;
}

/**
 * Share of the upward flexibility a provider uses: extra hours beyond the decision are discretionary
 * effort, given as far as its staff are motivated (knights go beyond, knaves use room to do less:
 * Le Grand 2003), and, paid per unit, as far as its owner does not weigh surplus.
 */
function upwardWillingness(state: ModelState, j: number): number {
  const perUnit = paidPerUnit(state, j);
  return staffMotivation(state, j) * (perUnit ? 1 - (state.providers.profitWeight[j] as number) : 1);
}

/** Pass 1: users, decided hours and what each provider aims to deliver. */
function demandPerProvider(state: ModelState): void {
  const { users, providers: p, mech } = state;
  const c = users.columns;
  for (let j = 0; j < p.count; j++) {
    p.users[j] = 0;
    p.demand[j] = 0;
    p.granted[j] = 0;
    p.costlinessSum[j] = 0;
    p.satisfactionSum[j] = 0;
  }
  const flex = mech.flexibility;
  const upward = state.scratch.upward;
  for (let j = 0; j < p.count; j++) upward[j] = flex * upwardWillingness(state, j);
  for (let s = 0; s < users.slotCount; s++) {
    if (users.alive[s] !== 1 || c.status[s] !== IN_SERVICE) continue;
    const j = c.provider[s] as number;
    const granted = c.granted[s] as number;
    p.users[j] = (p.users[j] as number) + 1;
    p.granted[j] = (p.granted[j] as number) + granted;
    p.demand[j] = (p.demand[j] as number) + aimedHours(granted, c.need[s] as number, flex, upward[j] as number);
    p.costlinessSum[j] = (p.costlinessSum[j] as number) + (c.costliness[s] as number);
  }
}

/** Per provider: time split, capacity, gaming and prevention. */
function providerTime(state: ModelState): void {
  const { providers: p, params, mech, rules, totals } = state;
  const pp = params.providers;
  const detect = state.detection;
  const gamingCap = pp.gamingPropensity;
  const room = 1 - pp.specificityDiscipline * mech.specificity * mech.independence;
  // What other bottom lines would reveal makes gaming the one that pays less (steering.ts).
  const unexposed = 1 - exposure(params);
  const measuring = measuringShare(params);
  const review = reviewHours(state);
  for (let j = 0; j < p.count; j++) {
    if (p.active[j] !== 1) continue;
    const usersJ = p.users[j] as number;
    const work = (p.staffHours[j] as number) + (p.tempHours[j] as number);
    const costliness = usersJ > 0 ? (p.costlinessSum[j] as number) / usersJ : 1;
    // Sparser routes, longer trips: travel grows as the provider's users per area fall. The area
    // shrinks with the municipality, so the reference scales with population.scale; a provider
    // whose routes cover less area (a tendered lot) needs fewer users for the same density.
    const density = power(Math.max(0.01, (pp.referenceUsers * params.population.scale * (p.coverage[j] as number)) / Math.max(usersJ, 1)), TRAVEL_ELASTICITY);
    // Better practice from learning loops (learning.ts) saves travel, documentation and idle time.
    const practised = 1 - (p.learned[j] as number);
    let travel = Math.min(0.5, pp.travelShare * Math.min(1.6, Math.max(0.7, density)) * costliness) * practised;
    // Documentation and reporting: what control asks for, and measuring the further bottom lines.
    let documentation = Math.min(0.5, (pp.documentationShare + pp.documentationPerControl * mech.control + measuring) * mech.tc) * practised;
    let coordination = Math.min(0.5, pp.coordinationShare * mech.separation * mech.tc);
    // X-inefficiency: time lost to slack (slack.ts), and to a reorganisation while it settles.
    // A learning group that meets takes its time from care (learning.ts).
    let lost = (p.xslack[j] as number) * practised + state.disruption * params.reorganisation.productivityLoss + (p.learningGroup[j] as number) * params.learning.timeShare;
    // Overheads can never take more than all the time: scale them down together if they would.
    const overheads = travel + documentation + coordination + lost;
    if (overheads > MAX_OVERHEAD_SHARE) {
      const f = MAX_OVERHEAD_SHARE / overheads;
      travel *= f;
      documentation *= f;
      coordination *= f;
      lost *= f;
    }
    const available = work * (1 - travel - documentation - coordination - lost);
    const duplicate = Math.min(available, (p.started[j] as number) * pp.duplicateAssessmentHours * mech.separation * mech.tc);
    const complaintHours = Math.min(available - duplicate, mech.separateOrderer ? 0 : (p.complaints[j] as number) * params.orderer.complaintHours * params.orderer.integratedCaseworkShare * mech.tc);
    // Colleagues' review of other units' work comes out of care staff's time.
    const reviewing = Math.min(available - duplicate - complaintHours, review);
    const direct = available - duplicate - complaintHours - reviewing;
    const motivation = staffMotivation(state, j);
    const perUnit = paidPerUnit(state, j);
    const weight = p.profitWeight[j] as number;
    const chosen = rules.preventionShare({ motivation, profitWeight: weight, paidPerUnit: perUnit, autonomy: params.governance.autonomy, baseShare: pp.preventionShare });
    // A custom rule may return anything; time shares live in [0, 1].
    const share = chosen > 0 ? (chosen < 1 ? chosen : 1) : 0;
    // Gaming: under pay per granted hour, deliver less than granted; under pay per reported hour,
    // report more than delivered. It pays only where owners weigh surplus and audits rarely look,
    // within the room the decision leaves (detailed decisions by an independent orderer narrow it).
    const gaming = perUnit ? gamingCap * room * weight * (p.gaming[j] as number) * (1 - detect) * unexposed : 0;
    p.deliverFactor[j] = perUnit && !mech.paidOnReported ? 1 - gaming : 1;
    p.reportFactor[j] = mech.paidOnReported ? 1 + gaming : 1;
    const care = direct * (1 - share);
    p.careCapacity[j] = care;
    const demand = (p.demand[j] as number) * (p.deliverFactor[j] as number);
    const ratio = demand > 0 ? Math.min(1, care / demand) : 1;
    p.serviceRatio[j] = ratio;
    const careUsed = demand * ratio;
    const spare = Math.max(0, care - careUsed);
    // Spare care time: motivated staff turn some of it into prevention; the rest is idle.
    const prevention = direct * share + spare * motivation * 0.5;
    p.preventionPerUser[j] = usersJ > 0 ? prevention / usersJ : 0;
    p.slack[j] = spare;
    p.delivered[j] = careUsed;
    totals.workHours += work;
    totals.directHours += careUsed + prevention;
    totals.preventionHours += prevention;
    totals.tempHours += p.tempHours[j] as number;
    bookProviderTime(state, j, {
      work,
      care: careUsed,
      prevention,
      travel: work * travel,
      documentation: work * documentation,
      coordination: work * coordination,
      duplicate,
      complaintHours,
      reviewing,
    });
  }
}

interface TimeUse {
  readonly work: number;
  readonly care: number;
  readonly prevention: number;
  readonly travel: number;
  readonly documentation: number;
  readonly coordination: number;
  readonly duplicate: number;
  readonly complaintHours: number;
  readonly reviewing: number;
}

/** Books a provider's staff cost by what the time was used for, and keeps its total cost in `p.cost`. */
function bookProviderTime(state: ModelState, j: number, t: TimeUse): void {
  const { providers: p, ledger, params } = state;
  const wage = p.wage[j] as number;
  const idle = Math.max(0, t.work - t.care - t.prevention - t.travel - t.documentation - t.coordination - t.duplicate - t.complaintHours - t.reviewing);
  const sickHours = (p.sick[j] as number) * params.staff.hoursPerWeek;
  ledger.book(item('careTime'), t.care * wage);
  ledger.book(item('preventionTime'), t.prevention * wage);
  ledger.book(item('idleTime'), idle * wage);
  ledger.book(item('travel'), t.travel * wage);
  ledger.book(item('documentation'), t.documentation * wage);
  ledger.book(item('coordination'), t.coordination * wage);
  ledger.book(item('duplicatedAssessment'), t.duplicate * wage);
  ledger.book(item('complaintsProvider'), t.complaintHours * wage);
  ledger.book(item('collegialReview'), t.reviewing * wage);
  ledger.book(item('sickPay'), sickHours * wage);
  const tempPremium = (p.tempHours[j] as number) * wage * params.staff.tempPremium;
  ledger.book(item('tempPremium'), tempPremium);
  const staffCost = (t.work + sickHours) * wage + tempPremium;
  ledger.book(item('overhead'), staffCost * (p.overhead[j] as number));
  // A unit paid per unit keeps its own accounts and invoices each user monthly.
  const accounting = paidPerUnit(state, j)
    ? (params.providers.accountingHoursPerWeek * params.population.scale + (((p.users[j] as number) * 12) / WEEKS_PER_YEAR) * params.providers.hoursPerInvoice) * wage * state.mech.tc
    : 0;
  ledger.book(item('accounting'), accounting);
  // Managers' and support staff's time for the care staff (steering.managerSupport).
  const support = supportHours(params, p.staff[j] as number) * wage;
  ledger.book(item('support'), support);
  p.cost[j] = staffCost * (1 + (p.overhead[j] as number)) + accounting + support;
}

/** Pass 2: each user's care, prevention, unmet need, satisfaction, complaints and review requests. */
function userOutcomes(state: ModelState, ctx: StepContext): void {
  const { users, providers: p, params, mech, streams, totals } = state;
  const c = users.columns;
  const { status: statusOf, need: needOf, granted: grantedOf, provider: providerOf, satisfaction, unmet, prevention, queued, reviewStep, ability, met: formalMet } = c;
  const u = params.users;
  const smooth = 1 / u.satisfactionWeeks;
  const complaintBase = u.complaintsPerYear / WEEKS_PER_YEAR;
  const flex = mech.flexibility;
  const informal = u.informalCare;
  // Family's share of a waiting user's need: formal care leaves all of it.
  const waitingFamily = familyShare(1, informal);
  // A flexible provider tolerates more mismatch before asking for a reassessment. A service that
  // cannot be specified in advance is assessed with more error (orderer.ts), so its decisions are
  // further off and asked to be redone more often; the threshold itself is the same for every
  // service (a threshold that rose with specifiability had left specifiable services' decisions
  // stale as needs grew).
  const requestAt = REQUEST_MISMATCH * (1 + flex);
  // Per-provider factors of pass 2, computed once per step (state.scratch, never reallocated).
  const { effectiveness, continuity: continuityOf, deliveredShare, upward } = state.scratch;
  for (let j = 0; j < p.count; j++) {
    p.complaints[j] = 0;
    const working = (p.staff[j] as number) - (p.sick[j] as number);
    const competence = working > 0 ? (p.competenceSum[j] as number) / working : 0.5;
    // Effective care: competence and continuity (many temps, high turnover: more different faces)
    // make an hour count less.
    const tempShare = (p.tempHours[j] as number) / Math.max(1, (p.staffHours[j] as number) + (p.tempHours[j] as number));
    const yearlyQuits = (WEEKS_PER_YEAR * (p.quits[j] as number)) / Math.max(1, p.staff[j] as number);
    p.turnover[j] = (p.turnover[j] as number) + (yearlyQuits - (p.turnover[j] as number)) / 26;
    continuityOf[j] = Math.max(0, 1 - 0.5 * tempShare - 0.5 * (p.turnover[j] as number));
    effectiveness[j] = (0.7 + 0.3 * competence) * (continuityOf[j] as number);
    deliveredShare[j] = (p.deliverFactor[j] as number) * (p.serviceRatio[j] as number);
  }
  const { serviceRatio, preventionPerUser, commercial, satisfactionSum, complaints: complaintsOf } = p;
  const complaintStream = streams.complaints;
  const alive = users.alive;
  const ids = users.ids;
  const step = ctx.step;
  let complaints = 0;
  // Local sums, written to the totals once: keeps the loop on registers, not object fields.
  let waitingAssessment = 0;
  let waitingStart = 0;
  let served = 0;
  let abilitySum = 0;
  let needSum = 0;
  let grantedSum = 0;
  let deliveredSum = 0;
  let metSum = 0;
  let satisfactionAll = 0;
  let commercialUsers = 0;
  let ratioCount = 0;
  let ratioSum = 0;
  let ratioSquares = 0;
  let informalHours = 0;
  const needByClass = totals.needByClass;
  const metByClass = totals.metByClass;
  const servedByClass = totals.servedByClass;
  const grantedByClass = totals.grantedByClass;
  for (let s = 0; s < users.slotCount; s++) {
    if (alive[s] !== 1) continue;
    const status = statusOf[s] as number;
    const need = needOf[s] as number;
    const uComplaint = complaintStream.random();
    if (status !== IN_SERVICE) {
      if (status === WAITING_ASSESSMENT) waitingAssessment++;
      else if (status === WAITING_START) waitingStart++;
      prevention[s] = 0;
      formalMet[s] = 0;
      unmet[s] = 1 - waitingFamily;
      informalHours += waitingFamily * need;
      continue;
    }
    const j = providerOf[s] as number;
    const granted = grantedOf[s] as number;
    const delivered = aimedHours(granted, need, flex, upward[j] as number) * (deliveredShare[j] as number);
    const effective = delivered * (effectiveness[j] as number);
    const met = need > 0 ? Math.min(1, effective / need) : 1;
    const formalGap = 1 - met;
    const family = familyShare(formalGap, informal);
    formalMet[s] = met;
    unmet[s] = formalGap - family;
    informalHours += family * need;
    prevention[s] = preventionPerUser[j] as number;
    const target = 0.55 * met + 0.25 * (continuityOf[j] as number) + 0.2 * (serviceRatio[j] as number);
    const sat = (satisfaction[s] as number) + smooth * (target - (satisfaction[s] as number));
    satisfaction[s] = sat;
    if (uComplaint < complaintBase * (1 - sat) * (1 - sat)) {
      complaints++;
      complaintsOf[j] = (complaintsOf[j] as number) + 1;
    }
    // Reassessment: scheduled, or asked for by the provider when the decision is far off.
    const gap = need - granted;
    if (queued[s] === 0 && (reviewStep[s] === step || (gap < 0 ? -gap : gap) > requestAt * (need > 1 ? need : 1))) {
      queued[s] = 1;
      state.reassessmentQueue.push(ids[s] as number);
    }
    const metHours = need < effective ? need : effective;
    if (need >= 1) {
      const r = granted / need;
      ratioCount++;
      ratioSum += r;
      ratioSquares += r * r;
    }
    const k = needClass(need);
    needByClass[k] = (needByClass[k] as number) + need;
    metByClass[k] = (metByClass[k] as number) + metHours;
    servedByClass[k] = (servedByClass[k] as number) + 1;
    grantedByClass[k] = (grantedByClass[k] as number) + granted;
    served++;
    abilitySum += ability[s] as number;
    needSum += need;
    grantedSum += granted;
    deliveredSum += delivered;
    metSum += metHours;
    satisfactionAll += sat;
    satisfactionSum[j] = (satisfactionSum[j] as number) + sat;
    if (commercial[j] === 1) commercialUsers++;
  }
  totals.waitingAssessment += waitingAssessment;
  totals.waitingStart += waitingStart;
  totals.usersServed += served;
  totals.abilitySum += abilitySum;
  totals.needHours += needSum;
  totals.grantedHours += grantedSum;
  totals.deliveredHours += deliveredSum;
  totals.metHours += metSum;
  totals.satisfactionSum += satisfactionAll;
  totals.commercialUsers += commercialUsers;
  totals.ratioCount += ratioCount;
  totals.ratioSum += ratioSum;
  totals.ratioSquares += ratioSquares;
  totals.informalHours += informalHours;
  for (let j = 0; j < p.count; j++) {
    // Perceived quality: what users say, heard slowly (word of mouth, ratings).
    if ((p.users[j] as number) > 0) p.quality[j] = (p.quality[j] as number) + ((p.satisfactionSum[j] as number) / (p.users[j] as number) - (p.quality[j] as number)) / 13;
  }
  totals.complaints += complaints;
  state.lastComplaints = complaints;
  state.lastServed = totals.usersServed;
}

/**
 * Share of need family covers when formal care leaves `gap` of it uncovered: a share of the gap that
 * rises with the gap, up to a limit. Less formal care, family steps in; more crowds family care out.
 */
export function familyShare(gap: number, informal: { readonly share: number; readonly response: number; readonly max: number }): number {
  const covered = informal.share + informal.response * gap;
  return gap * (covered < informal.max ? covered : informal.max);
}
