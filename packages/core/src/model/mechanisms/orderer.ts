/**
 * Phase `orderer`: the office that assesses needs and writes decisions (bestillerkontor), or, when
 * integrated, the provider staff who do the same case work. Its hours go first to the statutory
 * case work (complaints, new assessments oldest first, reassessments), then to provider follow-up
 * and audits, contracts and tenders, and invoicing, which are done as far as time allows. A backlog pushes it to desk assessments, which
 * err more (seed 002: decisions without seeing the user). Its size follows its workload with a
 * lag, so orderer-side costs grow with the tasks the regime creates (seeds 000/001; Deloitte 2012).
 */
import { detExp } from '../../engine/rng/index.ts';
import type { StepContext } from '../../engine/simulation/index.ts';
import { item } from '../ledger.ts';
import { WEEKS_PER_YEAR, staffMotivation } from './settings.ts';
import { reviewHours } from './steering.ts';
import { IN_SERVICE, WAITING_START, type ModelState } from '../state.ts';

/** Weeks over which the council adjusts the office to its workload [A]. */
export const OFFICE_ADJUST_WEEKS = 26;
/** Largest budget overrun share that still adds pressure on decisions [A]. */
export const MAX_PRESSURE = 0.3;
/** Spare capacity the council aims for in the office [A]. */
export const OFFICE_SLACK = 0.1;
/** Weeks over which a provider weighs the chance of being caught: the clawback period [A]. */
export const DETERRENCE_WEEKS = 13;

/** The office hours per week its budgeted caseworkers give: the start, and the size a hiring freeze keeps. */
export function budgetedOfficeHours(state: ModelState): number {
  const { orderer, population, transactionCosts } = state.params;
  // With transaction costs scaled to nothing, case work takes no time and the office no staff.
  return orderer.caseworkers * population.scale * orderer.hoursPerWeek * Math.min(1, transactionCosts.scale);
}

export function orderer(state: ModelState, ctx: StepContext): void {
  const { params, mech, totals, ledger, users, streams, providers: p } = state;
  const o = params.orderer;
  const tc = mech.tc;
  const capacity = state.officeHours;
  let active = 0;
  let firms = 0;
  for (let j = 0; j < p.count; j++)
    if (p.active[j] === 1) {
      active++;
      if (p.commercial[j] === 1) firms++;
    }
  const monitoring = active * monitoringHoursPerProvider(state);
  const contracting = firms * o.contractHoursPerCommercial * (1 - params.service.measurability) * (0.5 + params.service.assetSpecificity) * tc;
  const invoicing = mech.invoicing ? ((state.lastServed * o.invoicingHoursPerUserYear) / WEEKS_PER_YEAR) * tc : 0;
  const complaints = mech.separateOrderer ? state.lastComplaints * o.complaintHours * tc : 0;
  let remaining = Math.max(0, capacity - complaints);

  // New assessments, first come first served. An applicant is a stranger to every assessor: a home
  // visit under every regime, or a desk assessment when the backlog is long.
  const queue = state.assessmentQueue;
  const backlogWeeks = queue.length / Math.max(1, params.population.applicationsPerWeek * params.population.scale);
  const desk = backlogWeeks > o.deskWhenBacklogWeeks;
  const decision = o.decisionHours + o.specificDecisionHours * mech.specificity;
  const perAssessment = ((desk ? o.deskHours : o.visitHours) + decision) * tc;
  // A service that cannot be specified in advance is harder to assess right.
  const vagueness = 1.4 - params.service.specifiability;
  const sd = (desk ? o.deskError : o.visitError) * vagueness;
  const pressure = -o.budgetBias * Math.min(MAX_PRESSURE, Math.max(0, state.overrun));
  const c = users.columns;
  let caseHours = 0;
  while (queue.length > 0 && remaining >= perAssessment) {
    const s = users.slotOf(queue.shift());
    if (s < 0) continue; // left while waiting
    c.assessor[s] = assessingUnit(state, streams.assessment.random());
    decide(state, s, sd, pressure, ctx.step, streams.assessment.normal(), streams.assessment.random());
    c.status[s] = WAITING_START;
    state.startQueue.push(users.ids[s] as number);
    totals.assessed++;
    totals.assessmentWaitSum += ctx.step - (c.appliedStep[s] as number);
    if (desk) totals.deskAssessments++;
    remaining -= perAssessment;
    caseHours += perAssessment;
  }
  // Reassessments: scheduled ones and those a provider asked for. A provider reassessing a user it
  // serves knows the user (less error, less time).
  const requeue = state.reassessmentQueue;
  const perReassessment = o.reassessHours * (mech.separateOrderer ? 1 : o.integratedCaseworkShare) * tc;
  const resd = mech.reassessError * vagueness;
  while (requeue.length > 0 && remaining >= perReassessment) {
    const s = users.slotOf(requeue.shift());
    if (s < 0) continue;
    c.queued[s] = 0;
    if (c.status[s] !== IN_SERVICE) continue;
    decide(state, s, resd, pressure, ctx.step, streams.assessment.normal(), streams.assessment.random());
    totals.reassessed++;
    remaining -= perReassessment;
    caseHours += perReassessment;
  }
  // Follow-up, contracts and invoicing get what is left.
  const monitoringDone = Math.min(monitoring, remaining);
  const contractingDone = Math.min(contracting, remaining - monitoringDone);
  const invoicingDone = Math.min(invoicing, remaining - monitoringDone - contractingDone);
  const complaintsDone = Math.min(complaints, capacity);
  monitor(state, active > 0 ? monitoringDone / active : 0);
  // Demand: what the week asked for, including the waiting work.
  const demand = complaints + monitoring + contracting + invoicing + caseHours + queue.length * perAssessment + requeue.length * perReassessment;
  // Cost: every office hour is paid; idle hours are part of running the office. (Transaction-cost
  // scaling acts on task hours above, so it is not applied to the wage again.)
  const wage = o.wagePerHour;
  ledger.book(item('complaintsOrderer'), complaintsDone * wage);
  ledger.book(item('monitoring'), monitoringDone * wage);
  ledger.book(item('contracting'), contractingDone * wage);
  ledger.book(item('invoicing'), invoicingDone * wage);
  ledger.book(item('ordererOffice'), Math.max(0, capacity - complaintsDone - monitoringDone - contractingDone - invoicingDone) * wage);
  // A separate office also has its management, premises and systems, shared over the services it orders.
  if (mech.separateOrderer) ledger.book(item('ordererOffice'), ((o.fixedCostPerYear * params.population.scale) / o.servicesCovered / WEEKS_PER_YEAR) * tc);

  // The council sizes the office toward its workload, slower when the budget is overrun, and
  // beyond its budgeted caseworkers only as far as it is flexible (a hiring freeze: not at all).
  const wanted = Math.max(o.hoursPerWeek * Math.min(1, tc), demandSmoothed(state, demand) * (1 + OFFICE_SLACK));
  // Read each week, not kept from setup: timeline events may change caseworkers, scale or tc.
  const budgeted = budgetedOfficeHours(state);
  // Written as the gap withheld, so that full flexibility (1) gives `wanted` exactly.
  const target = wanted <= budgeted ? wanted : wanted - (1 - o.staffingFlexibility) * (wanted - budgeted);
  const rate = target > capacity && state.overrun > 0 ? 0.5 / OFFICE_ADJUST_WEEKS : 1 / OFFICE_ADJUST_WEEKS;
  state.officeHours = capacity + rate * (target - capacity);
}

function demandSmoothed(state: ModelState, demand: number): number {
  state.officeDemand += (demand - state.officeDemand) / 13;
  return state.officeDemand;
}

/**
 * Audits and deterrence from the monitoring hours actually done per provider this week (an office
 * short of hours detects less) and from collegial review: effective audits per week are (hours ×
 * independence + review hours × review detection) / hours per audit, and an audit finds gaming with
 * probability `measurability`. What deters is the chance of
 * being caught within a clawback period (DETERRENCE_WEEKS).
 */
function monitor(state: ModelState, hoursPerProvider: number): void {
  state.auditsPerWeek = auditsFor(state, hoursPerProvider);
  // Providers judge the risk by the audits of the last quarter or so, not by this week's alone.
  state.auditRate += (state.auditsPerWeek - state.auditRate) / DETERRENCE_WEEKS;
  state.detection = perceivedDetection(state);
}

/**
 * Sets the audit rate providers perceive at the start to what the regime's follow-up would do with
 * the office fully staffed, so the first quarter is not an audit holiday.
 */
export function startMonitoring(state: ModelState): void {
  state.auditRate = auditsFor(state, monitoringHoursPerProvider(state));
  state.detection = perceivedDetection(state);
}

/** Follow-up hours per provider per week the regime asks for: a separate orderer's, or the internal share of them. */
function monitoringHoursPerProvider(state: ModelState): number {
  const { params, mech } = state;
  return params.orderer.followUpHoursPerProvider * mech.control * (mech.separateOrderer ? 1 : params.orderer.internalMonitoringShare) * mech.tc;
}

/**
 * Effective audits per week per provider from the monitoring hours done for it, and from colleagues'
 * review, which finds `reviewDetection` as much per hour as far as the reviewers are motivated to
 * look (knaves wave each other through), at most one.
 */
function auditsFor(state: ModelState, hoursPerProvider: number): number {
  const review = reviewHours(state);
  const reviewed = review > 0 ? review * state.params.steering.reviewDetection * meanMotivation(state) : 0;
  const rate = (hoursPerProvider * state.mech.independence + reviewed) / state.params.orderer.hoursPerAudit;
  return rate < 1 ? rate : 1;
}

/** Mean motivation of all care staff this week (the new-staff mean before there are any). */
function meanMotivation(state: ModelState): number {
  const p = state.providers;
  let sum = 0;
  let staff = 0;
  for (let j = 0; j < p.count; j++) {
    if (p.active[j] !== 1) continue;
    sum += p.motivationSum[j] as number;
    staff += p.staff[j] as number;
  }
  return staff > 0 ? sum / staff : state.params.staff.motivation.mean;
}

/** The chance a gaming provider is caught within a clawback period, at the perceived audit rate. */
function perceivedDetection(state: ModelState): number {
  return 1 - detExp(-state.auditRate * DETERRENCE_WEEKS * state.params.service.measurability);
}

/**
 * Which unit assesses a new applicant: under integration the municipal unit that will serve them
 * (it assesses its own users); under a split, one of the office's teams, as many as the units.
 */
function assessingUnit(state: ModelState, u: number): number {
  const units = state.params.providers.municipal.count;
  const k = Math.floor(u * units);
  return k < units ? k : units - 1;
}

/**
 * Writes a decision: granted hours from true need with assessment error, budget pressure, the
 * assessing unit's own practice, and, where the assessor is the provider, its own interest.
 */
function decide(state: ModelState, s: number, sd: number, pressure: number, step: number, z: number, u: number): void {
  const c = state.users.columns;
  const g = state.params.governance;
  const k = c.assessor[s] as number;
  const practice = (state.providers.practice[k] as number) * state.params.orderer.assessorVariation * state.mech.assessorSpread;
  c.granted[s] = (c.need[s] as number) * state.params.service.standardTimeFactor * detExp(pressure + practice + assessorInterest(state, k) + sd * z);
  c.decidedStep[s] = step;
  c.reviewStep[s] = u < g.decisionsWithEndDate ? step + g.reviewWeeks : -1;
}

/**
 * The assessing provider's own interest, in log units (0 for an independent orderer). Paid per
 * granted hour, or funded by a frame that follows its caseload, it gains from granting more
 * (supplier-induced demand, budget maximisation: Niskanen 1971), the less its staff's motivation
 * resists; when its capacity falls short of what it has promised, it rations at the door.
 */
export function assessorInterest(state: ModelState, k: number): number {
  const { mech, params, providers: p } = state;
  if (mech.assessorInterest === 0) return 0;
  const motivation = staffMotivation(state, k);
  const weight = mech.municipalPaidPerUnit ? params.providers.municipal.profitWeight : params.providers.municipal.budgetWeight * params.budget.caseloadElasticity;
  const shortfall = 1 - (p.serviceRatio[k] as number);
  return mech.assessorInterest * (params.orderer.inducedDemand * weight * (1 - motivation) - params.orderer.rationingAtTheDoor * shortfall);
}
