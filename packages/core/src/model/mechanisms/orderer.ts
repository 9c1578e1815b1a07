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
import { INTERNAL_MONITORING, WEEKS_PER_YEAR } from './settings.ts';
import { IN_SERVICE, WAITING_START, type ModelState } from '../state.ts';

/** Weeks over which the council adjusts the office to its workload [A]. */
export const OFFICE_ADJUST_WEEKS = 26;
/** Largest budget overrun share that still adds pressure on decisions [A]. */
export const MAX_PRESSURE = 0.3;
/** Spare capacity the council aims for in the office [A]. */
export const OFFICE_SLACK = 0.1;

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
  for (let j = 0; j < p.count; j++) if (p.active[j] === 1) { active++; if (p.commercial[j] === 1) firms++; }
  const monitoring = active * o.followUpHoursPerProvider * mech.control * (mech.separateOrderer ? 1 : INTERNAL_MONITORING) * tc;
  const contracting = firms * o.contractHoursPerCommercial * (1 - params.service.measurability) * (0.5 + params.service.assetSpecificity) * tc;
  const invoicing = mech.invoicing ? (state.lastServed * o.invoicingHoursPerUserYear / WEEKS_PER_YEAR) * tc : 0;
  const complaints = mech.separateOrderer ? state.lastComplaints * o.complaintHours * tc : 0;
  let remaining = Math.max(0, capacity - complaints);

  // New assessments, first come first served.
  const queue = state.assessmentQueue;
  const backlogWeeks = queue.length / Math.max(1, params.population.applicationsPerWeek * params.population.scale);
  const desk = mech.separateOrderer && backlogWeeks > o.deskWhenBacklogWeeks;
  const decision = o.decisionHours + o.specificDecisionHours * mech.specificity;
  const perAssessment = ((mech.separateOrderer ? (desk ? o.deskHours : o.visitHours) : o.deskHours) + decision) * tc;
  // A service that cannot be specified in advance is harder to assess right.
  const sd = (mech.separateOrderer ? (desk ? o.deskError : mech.visitError) : o.providerError) * (1.4 - params.service.specifiability);
  // Budget pressure biases decisions down, up to a point: granted hours cannot fall without limit.
  // A provider that assesses its own work writes it down the less its staff care (conflict of
  // interest); a separate orderer has no such interest, only less information.
  const selfInterest = mech.separateOrderer ? 0 : o.providerAssessorBias * (1 - meanStaffMotivation(state));
  const bias = -o.budgetBias * Math.min(MAX_PRESSURE, Math.max(0, state.overrun)) - selfInterest;
  const c = users.columns;
  let caseHours = 0;
  while (queue.length > 0 && remaining >= perAssessment) {
    const s = users.slotOf(queue.shift());
    if (s < 0) continue; // left while waiting
    decide(state, s, sd, bias, ctx.step, streams.assessment.normal(), streams.assessment.random());
    c.status[s] = WAITING_START;
    state.startQueue.push(users.ids[s] as number);
    totals.assessed++;
    totals.assessmentWaitSum += ctx.step - (c.appliedStep[s] as number);
    if (desk) totals.deskAssessments++;
    remaining -= perAssessment;
    caseHours += perAssessment;
  }
  // Reassessments: scheduled ones and those a provider asked for.
  const requeue = state.reassessmentQueue;
  const perReassessment = o.reassessHours * (mech.separateOrderer ? 1 : 0.5) * tc;
  const resd = (mech.separateOrderer ? mech.visitError : o.providerError) * (1.4 - params.service.specifiability);
  while (requeue.length > 0 && remaining >= perReassessment) {
    const s = users.slotOf(requeue.shift());
    if (s < 0) continue;
    c.queued[s] = 0;
    if (c.status[s] !== IN_SERVICE) continue;
    decide(state, s, resd, bias, ctx.step, streams.assessment.normal(), streams.assessment.random());
    totals.reassessed++;
    remaining -= perReassessment;
    caseHours += perReassessment;
  }
  // Follow-up, contracts and invoicing get what is left.
  const monitoringDone = Math.min(monitoring, remaining);
  const contractingDone = Math.min(contracting, remaining - monitoringDone);
  const invoicingDone = Math.min(invoicing, remaining - monitoringDone - contractingDone);
  const complaintsDone = Math.min(complaints, capacity);
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

function meanStaffMotivation(state: ModelState): number {
  const p = state.providers;
  let sum = 0;
  let n = 0;
  for (let j = 0; j < p.count; j++) {
    if (p.active[j] !== 1) continue;
    sum += p.motivationSum[j] as number;
    n += p.staff[j] as number;
  }
  return n > 0 ? sum / n : state.params.staff.motivation.mean;
}

function demandSmoothed(state: ModelState, demand: number): number {
  state.officeDemand += (demand - state.officeDemand) / 13;
  return state.officeDemand;
}

/** Writes a decision: granted hours from true need with assessment error and budget bias. */
function decide(state: ModelState, s: number, sd: number, bias: number, step: number, z: number, u: number): void {
  const c = state.users.columns;
  const g = state.params.governance;
  c.granted[s] = (c.need[s] as number) * state.params.service.standardTimeFactor * detExp(bias + sd * z);
  c.decidedStep[s] = step;
  c.reviewStep[s] = u < g.decisionsWithEndDate ? step + g.reviewWeeks : -1;
}
