/**
 * The council's yearly budget process, the same under every financing mode (domain brief §6). At the
 * turn of each calendar year it sets next year's frame from this year's outturn (a share of the
 * overrun or underspend is carried: a soft budget within limits, Kornai 1986), from the change in
 * granted hours (caseload funding, which a budget-maximising assessor can use: Niskanen 1971) and
 * from waits for a start; and it sets the per-unit price by its rule (fixed, last year's municipal
 * cost per care hour delivered, or the lowest provider's: a yardstick, Shleifer 1985). Cost per hour
 * delivered, not per hour paid: a price that followed paid hours would fall whenever providers fall
 * short of their orders and ratchet their budgets down. Frame-funded
 * units share the frame; units paid per unit earn the price; both answer to the same frame.
 */
import { power } from './power.ts';
import type { ModelParams } from '../params/index.ts';
import type { BudgetProcess, ModelState } from '../state.ts';

/** Mean weeks of waiting for a start that the council tolerates before it adds money [A]. */
export const TOLERATED_WAIT_WEEKS = 2;

/** The budget process before the first year: the frame and price the parameters give. */
export function createBudget(params: ModelParams): BudgetProcess {
  return {
    year: -1,
    frame: startingFrame(params),
    price: params.providers.pricePerHour,
    spending: 0,
    budgetIn: 0,
    granted: 0,
    startWaitSum: 0,
    started: 0,
    weeks: 0,
    lastGranted: 0,
    municipalCostPerHour: params.providers.pricePerHour,
  };
}

/** The frame the parameters set, at scale (currency per year). */
function startingFrame(params: ModelParams): number {
  return params.budget.framePerYear * params.population.scale;
}

/** Called by the council at the start of every step: closes a finished budget year. */
export function budgetYear(state: ModelState, year: number): void {
  const b = state.budget;
  if (b.year === year) return;
  if (b.year >= 0 && b.weeks > 0) {
    b.frame = nextFrame(state);
    b.municipalCostPerHour = municipalCostPerHour(state);
    b.price = nextPrice(state);
    b.lastGranted = b.granted / b.weeks;
  }
  b.year = year;
  b.spending = 0;
  b.budgetIn = 0;
  b.granted = 0;
  b.startWaitSum = 0;
  b.started = 0;
  b.weeks = 0;
  const p = state.providers;
  for (let j = 0; j < p.count; j++) {
    p.costYear[j] = 0;
    p.deliveredYear[j] = 0;
  }
}

/** Called by finance every step: adds the week to the budget year. */
export function recordBudgetWeek(state: ModelState): void {
  const { budget: b, ledger, totals } = state;
  b.spending += ledger.spending;
  b.budgetIn += ledger.budgetIn;
  b.granted += totals.grantedHours;
  b.startWaitSum += totals.startWaitSum;
  b.started += totals.started;
  b.weeks++;
}

function nextFrame(state: ModelState): number {
  const { budget: b, params } = state;
  const rules = params.budget;
  const overrun = b.budgetIn > 0 ? b.spending / b.budgetIn - 1 : 0;
  const granted = b.granted / b.weeks;
  const caseload = b.lastGranted > 0 && granted > 0 ? power(granted / b.lastGranted, rules.caseloadElasticity) : 1;
  const wait = b.started > 0 ? b.startWaitSum / b.started : 0;
  const waiting = rules.waitResponse * Math.max(0, wait - TOLERATED_WAIT_WEEKS);
  return Math.max(0, b.frame * (1 + rules.overrunCover * overrun) * caseload * (1 + waiting));
}

/** Share of all care hours the municipal units must deliver for their own cost to set the price [A]. */
export const MIN_MUNICIPAL_SHARE = 0.1;

/**
 * This year's full cost per care hour delivered of the municipal units, or of every provider where
 * the municipal units deliver too little of the service for their cost to mean anything (a service
 * contracted out); last year's figure if nothing was delivered.
 */
function municipalCostPerHour(state: ModelState): number {
  const p = state.providers;
  let cost = 0;
  let hours = 0;
  let allCost = 0;
  let allHours = 0;
  for (let j = 0; j < p.count; j++) {
    if (p.active[j] !== 1) continue;
    allCost += p.costYear[j] as number;
    allHours += p.deliveredYear[j] as number;
    if (p.commercial[j] !== 0) continue;
    cost += p.costYear[j] as number;
    hours += p.deliveredYear[j] as number;
  }
  if (hours > MIN_MUNICIPAL_SHARE * allHours && hours > 0) return cost / hours;
  return allHours > 0 ? allCost / allHours : state.budget.municipalCostPerHour;
}

function nextPrice(state: ModelState): number {
  const { params, providers: p } = state;
  const rule = params.providers.priceRule;
  if (rule === 'fixed') return params.providers.pricePerHour;
  if (rule === 'cost') return state.budget.municipalCostPerHour;
  let lowest = Number.POSITIVE_INFINITY;
  for (let j = 0; j < p.count; j++) {
    const h = p.deliveredYear[j] as number;
    if (p.active[j] !== 1 || h <= 0) continue;
    const perHour = (p.costYear[j] as number) / h;
    if (perHour < lowest) lowest = perHour;
  }
  return Number.isFinite(lowest) ? lowest : state.budget.price;
}

/**
 * A dated change of the frame or the price resets it: the council decided a new figure. Called by
 * the council after applying a timeline event's changes.
 */
export function budgetEvent(state: ModelState, path: string): void {
  const { params } = state;
  if (path === 'budget.framePerYear' || path === 'population.scale') state.budget.frame = startingFrame(params);
  if (path === 'providers.pricePerHour' || path === 'providers.priceRule') state.budget.price = params.providers.pricePerHour;
}
