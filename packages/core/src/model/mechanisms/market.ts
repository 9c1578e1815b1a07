/**
 * Providers and the market: the provider table, who gets which new user (assignment, user choice,
 * cream-skimming), switching by dissatisfied choosing users, and entry and exit of commercial firms
 * on expected surplus (Le Grand 2003: quasi-markets need real choice and no cream-skimming).
 */
import type { StepContext } from '../../engine/simulation/index.ts';
import type { ModelParams } from '../params/index.ts';
import { IN_SERVICE, WAITING_START, type ModelState, type Providers } from '../state.ts';
import { equilibriumSlack } from './slack.ts';
import { lotHolder } from './lots.ts';
import { aboutToBreach, overbookingHours, recordStart, reviewTargets } from './targets.ts';

/** Most provider slots ever used in one run (units plus firms that entered). */
export const MAX_PROVIDERS = 64;
/** Service ratio at or above which a firm keeps taking new users while it hires [A]. */
export const FIRM_GROWTH_RATIO = 0.98;
/** Satisfaction lost per week waited from application to start [A]. */
export const WAIT_DISSATISFACTION = 0.02;
/** A weekly deficit per user above this share of a 4-hour user's revenue, sustained, makes a firm's business (or its contract) loss-making [A]. */
export const DEFICIT_SHARE = 0.05;
/** Weeks a decided user waits at most before a municipal unit must start the service [A]. */
export const MUNICIPAL_START_WEEKS = 4;

export function createProviders(): Providers {
  const f = () => new Float64Array(MAX_PROVIDERS);
  const i = () => new Int32Array(MAX_PROVIDERS);
  return {
    count: 0,
    active: new Uint8Array(MAX_PROVIDERS),
    commercial: new Uint8Array(MAX_PROVIDERS),
    wage: f(),
    overhead: f(),
    profitWeight: f(),
    gaming: f(),
    quality: f(),
    surplus: f(),
    vacancies: i(),
    quits: i(),
    turnover: f(),
    practice: f(),
    xslack: f(),
    lossRate: f(),
    belowFloor: i(),
    costYear: f(),
    deliveredYear: f(),
    contractPrice: f(),
    lotsHeld: i(),
    coverage: f(),
    learned: f(),
    learningGroup: new Uint8Array(MAX_PROVIDERS),
    unitCost: f(),
    unitSick: f(),
    users: i(),
    started: i(),
    lost: i(),
    staff: i(),
    sick: i(),
    staffHours: f(),
    tempHours: f(),
    motivationSum: f(),
    competenceSum: f(),
    demand: f(),
    serviceRatio: f(),
    deliverFactor: f(),
    reportFactor: f(),
    preventionPerUser: f(),
    complaints: i(),
    costlinessSum: f(),
    satisfactionSum: f(),
    granted: f(),
    delivered: f(),
    slack: f(),
    careCapacity: f(),
    budget: f(),
    cost: f(),
    revenue: f(),
  };
}

/** Adds a municipal unit or a commercial firm and returns its slot, or −1 when the table is full. */
export function addProvider(p: Providers, params: ModelParams, commercial: boolean): number {
  if (p.count === MAX_PROVIDERS) return -1;
  const j = p.count++;
  const spec = commercial ? params.providers.commercial : params.providers.municipal;
  p.active[j] = 1;
  p.commercial[j] = commercial ? 1 : 0;
  p.wage[j] = spec.wagePerHour;
  p.overhead[j] = spec.overheadShare;
  p.profitWeight[j] = commercial ? params.providers.commercial.knavery : params.providers.municipal.profitWeight;
  p.gaming[j] = 0.5;
  p.quality[j] = 0.7;
  p.serviceRatio[j] = 1;
  p.deliverFactor[j] = 1;
  p.reportFactor[j] = 1;
  p.slack[j] = 0;
  p.xslack[j] = 0;
  p.lossRate[j] = 0;
  p.belowFloor[j] = 0;
  p.costYear[j] = 0;
  p.deliveredYear[j] = 0;
  p.contractPrice[j] = 0;
  p.lotsHeld[j] = 0;
  p.coverage[j] = 1;
  p.learned[j] = 0;
  p.learningGroup[j] = 0;
  p.unitCost[j] = 0;
  p.unitSick[j] = 0;
  return j;
}

/**
 * Phase `allocation`: decided users (in the start queue, oldest decision first) get a provider and
 * start when it has room (a municipal unit must take a user who waited MUNICIPAL_START_WEEKS);
 * choosing users pick by perceived quality, and dissatisfied choosing users switch. Under a
 * waiting-time target those about to breach it are served first (targets.ts).
 */
export function allocation(state: ModelState, ctx: StepContext): void {
  if (state.params.targets.startWeeks > 0) startWaiting(state, ctx, true);
  startWaiting(state, ctx, false);
  reviewTargets(state);
  if (state.params.governance.userChoice) switchProviders(state);
}

/**
 * Decided users waiting for a start, first in first out; those not started wait in line again. The
 * priority pass takes only users about to breach a target, the other pass everyone else, so each
 * user is tried once a week and the line keeps its order.
 */
function startWaiting(state: ModelState, ctx: StepContext, priority: boolean): void {
  const { users, providers: p, params, streams, totals, mech } = state;
  const c = users.columns;
  const choice = params.governance.userChoice;
  const detect = state.detection;
  const queue = state.startQueue;
  for (let k = queue.length; k > 0; k--) {
    const s = users.slotOf(queue.shift());
    if (s < 0 || c.status[s] !== WAITING_START) continue;
    const waited = ctx.step - (c.decidedStep[s] as number);
    if (aboutToBreach(state, waited) !== priority) {
      queue.push(users.ids[s] as number);
      continue;
    }
    let j = -1;
    if (choice && c.queen[s] === 1) j = pick(state, s, false);
    else if (mech.tendering) j = lotHolder(state, s);
    else if (mech.outsideProviders && streams.choice.random() < params.providers.commercial.marketShare) j = randomActive(p, streams.choice.random(), true);
    if (j >= 0 && p.commercial[j] === 1 && refuses(state, s, j, detect)) {
      totals.creamSkimmed++;
      j = -1;
    }
    // Under integration the unit that assessed the user serves them (one draw either way: streams stay in step).
    const uUnit = streams.choice.random();
    const own = c.assessor[s] as number;
    if (j < 0 && !mech.separateOrderer && p.active[own] === 1 && p.commercial[own] === 0) j = own;
    if (j < 0) j = randomActive(p, uUnit, false);
    if (j < 0) j = 0;
    const hours = c.granted[s] as number;
    if (canStart(p, j, hours, waited, priority ? overbookingHours(state, j) : 0)) {
      p.slack[j] = (p.slack[j] as number) - hours;
      c.status[s] = IN_SERVICE;
      c.provider[s] = j;
      p.started[j] = (p.started[j] as number) + 1;
      totals.started++;
      totals.startWaitSum += waited;
      recordStart(state, j, waited);
      // Waiting sours the start: satisfaction begins lower the longer the wait since application.
      const sinceApplication = ctx.step - Math.max(0, c.appliedStep[s] as number);
      c.satisfaction[s] = Math.max(0, (c.satisfaction[s] as number) - WAIT_DISSATISFACTION * sinceApplication);
    } else {
      queue.push(users.ids[s] as number);
    }
  }
}

/**
 * A provider starts a user when it has spare care time for them; a municipal unit must start anyone
 * who waited MUNICIPAL_START_WEEKS; a firm that kept up with its users last week takes new ones and
 * hires for them (temporary staff cover at once), so a new entrant can grow from nothing. `stretch`
 * is care time it will take from users in service to meet a target.
 */
function canStart(p: Providers, j: number, hours: number, waited: number, stretch: number): boolean {
  if ((p.slack[j] as number) + stretch >= hours) return true;
  return p.commercial[j] === 0 ? waited >= MUNICIPAL_START_WEEKS : (p.serviceRatio[j] as number) >= FIRM_GROWTH_RATIO;
}

/** Choosing users in service who are dissatisfied switch provider now and then. */
function switchProviders(state: ModelState): void {
  const { users, params, streams, totals } = state;
  const c = users.columns;
  const threshold = params.users.switchBelowSatisfaction;
  for (let s = 0; s < users.slotCount; s++) {
    if (users.alive[s] !== 1 || c.status[s] !== IN_SERVICE || c.queen[s] !== 1 || (c.satisfaction[s] as number) >= threshold) continue;
    if (streams.choice.random() >= params.users.switchPerWeek) continue;
    const j = pick(state, s, true);
    const from = c.provider[s] as number;
    if (j >= 0 && j !== from) {
      // Exit has teeth: the provider left counts the loss; the user pays in continuity and the new
      // provider starts the user anew (its own assessment where a separate orderer decided).
      state.providers.lost[from] = (state.providers.lost[from] as number) + 1;
      state.providers.started[j] = (state.providers.started[j] as number) + 1;
      c.provider[s] = j;
      if (!state.mech.separateOrderer && state.providers.commercial[j] === 0) c.assessor[s] = j; // its new unit assesses it from now on
      c.satisfaction[s] = Math.max(0, (c.satisfaction[s] as number) - params.users.switchCost);
      totals.switches++;
    }
  }
}

/**
 * A choosing user's pick among active providers that would take them, on quality as the user
 * perceives it: the providers' reputation plus noise (users choose on limited information).
 */
function pick(state: ModelState, s: number, switching: boolean): number {
  const p = state.providers;
  // The quality array and the rule's context are reused for every call (state.scratch), so choosing allocates nothing.
  const { quality, choice: choiceContext } = state.scratch;
  const noise = state.params.users.choiceNoise;
  for (let j = 0; j < MAX_PROVIDERS; j++) {
    const open = j < p.count && p.active[j] === 1 && (p.commercial[j] === 0 || state.mech.outsideProviders);
    quality[j] = open && !(switching && j === state.users.columns.provider[s]) ? (p.quality[j] as number) + noise * state.streams.choice.normal() : Number.NaN;
  }
  choiceContext.quality = quality;
  choiceContext.sensitivity = state.params.users.choiceSensitivity;
  choiceContext.u = state.streams.choice.random();
  return state.rules.chooseProvider(choiceContext);
}

/**
 * Cream-skimming: a firm turns away a user whose costliness makes them unprofitable, the more the
 * more it weighs profit and the less the orderer can see it (seed 004; Le Grand 2003).
 */
function refuses(state: ModelState, s: number, j: number, detect: number): boolean {
  const costly = ((state.users.columns.costliness[s] as number) - 1) * 2;
  const risk = (state.providers.profitWeight[j] as number) * (costly < 0 ? 0 : costly > 1 ? 1 : costly) * (1 - detect);
  return state.streams.choice.random() < risk;
}

function randomActive(p: Providers, u: number, commercial: boolean): number {
  let n = 0;
  for (let j = 0; j < p.count; j++) if (p.active[j] === 1 && (p.commercial[j] === 1) === commercial) n++;
  if (n === 0) return -1;
  let k = Math.floor(u * n);
  for (let j = 0; j < p.count; j++) if (p.active[j] === 1 && (p.commercial[j] === 1) === commercial && k-- === 0) return j;
  return -1;
}

/**
 * Phase `market` (quarterly): commercial firms with a sustained deficit leave (their users are
 * reassigned); when firms earn a surplus, a new one enters. Only where outside providers may work.
 */
export function market(state: ModelState, ctx: StepContext): void {
  const { params, providers: p, mech, streams } = state;
  if (!mech.outsideProviders) {
    // Without competition (e.g. after a regime change) firms' contracts end.
    for (let j = 0; j < p.count; j++) if (p.active[j] === 1 && p.commercial[j] === 1) closeFirm(state, j);
    return;
  }
  handOver(state);
  // Under tendering without user choice, firms come in by winning a lot, not by entering.
  if (!params.providers.commercial.entry || ctx.step % 13 !== 12 || (mech.tendering && !params.governance.userChoice)) return;
  const price = state.budget.price;
  let surplusSum = 0;
  let firms = 0;
  for (let j = 0; j < p.count; j++) {
    if (p.active[j] !== 1 || p.commercial[j] !== 1) continue;
    firms++;
    // A contract holder in deficit is renegotiated or fails under its contract (tendering.ts).
    if ((p.lotsHeld[j] as number) > 0) continue;
    surplusSum += p.surplus[j] as number;
    // A weekly deficit per user above DEFICIT_SHARE of the revenue of a 4-hour user, sustained: exit.
    if ((p.surplus[j] as number) < -DEFICIT_SHARE * price * 4) closeFirm(state, j);
  }
  const meanSurplus = firms === 0 ? 0.05 * price * 4 : surplusSum / firms;
  if (meanSurplus > 0.02 * price * 4 && streams.market.random() < 0.25) {
    const j = addProvider(p, params, true);
    if (j >= 0) p.xslack[j] = equilibriumSlack(state, j);
  }
}

/**
 * The provider of last resort (helse- og omsorgstjenesteloven § 3-1): a firm that has delivered
 * below the statutory floor of granted hours for `handoverWeeks` loses its contract and the
 * municipality takes its users over.
 */
function handOver(state: ModelState): void {
  const { providers: p, params, totals } = state;
  const floor = params.providers.lastResortFloor;
  for (let j = 0; j < p.count; j++) {
    if (p.active[j] !== 1 || p.commercial[j] !== 1 || (p.users[j] as number) === 0) continue;
    const share = (p.deliverFactor[j] as number) * (p.serviceRatio[j] as number);
    p.belowFloor[j] = share < floor ? (p.belowFloor[j] as number) + 1 : 0;
    if ((p.belowFloor[j] as number) >= params.providers.handoverWeeks) {
      totals.failures++;
      closeFirm(state, j);
    }
  }
}

/**
 * A firm leaves (its contract ends, it exits, or it failed): the municipality takes its users over
 * at once, spread evenly over its units, so nobody waits for care they were
 * granted. Each user taken over is counted.
 */
export function closeFirm(state: ModelState, j: number): void {
  const { users, providers: p, totals } = state;
  p.active[j] = 0;
  const c = users.columns;
  let next = 0;
  for (let s = 0; s < users.slotCount; s++) {
    if (users.alive[s] !== 1 || c.provider[s] !== j || c.status[s] !== IN_SERVICE) continue;
    next = nextMunicipal(p, next);
    c.provider[s] = next;
    if (!state.mech.separateOrderer) c.assessor[s] = next;
    p.started[next] = (p.started[next] as number) + 1;
    totals.takeovers++;
    next++;
  }
}

/** The first active municipal unit at or after `from` (cycling), so takeovers spread evenly. */
export function nextMunicipal(p: Providers, from: number): number {
  for (let k = 0; k < p.count; k++) {
    const j = (from + k) % p.count;
    if (p.active[j] === 1 && p.commercial[j] === 0) return j;
  }
  return 0;
}
