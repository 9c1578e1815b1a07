/**
 * Competition for the market (LOU tendering; domain brief §6). The service is divided into lots
 * (areas); a user belongs to the lot its id falls in. A share of the lots is put out to tender when
 * its contract expires. Each bidder knows its own cost per care hour only roughly (its wage is a
 * private draw, its slack its own) and bids as in a first-price sealed-bid auction with independent
 * private costs uniform on [c̲, c̄]: b(c) = c + (c̄ − c)/n, a markup that falls as the n bidders
 * increase (Vickrey 1961; Krishna 2009, ch. 2; McAfee & McMillan 1987). A bidder that does not hold
 * the lot carries an entrant's premium where assets are specific (Williamson 1985). The lowest bid
 * wins; municipal units may bid at their own cost (a control bid) where the rules allow. A round costs
 * the municipality a share of the contract's value (Petersen et al. 2019), booked as contracting.
 * Under the HOD deal (seed 003) nobody bids: the municipality computes a comparison price from its
 * own units' cost per care hour, and a firm that joins its measurement and learning is guaranteed
 * the lot at that price (no markup, no contest, a cheaper round). A
 * winner whose bid falls short of its cost runs a deficit: each quarter it is either renegotiated to
 * its cost or it fails, the municipality takes its users over and the lot is tendered again.
 */
import type { StepContext } from '../../engine/simulation/index.ts';
import { item } from '../ledger.ts';
import { IN_SERVICE, type ModelState, type Providers, type Tenders } from '../state.ts';
import { addProvider, closeFirm, DEFICIT_SHARE, MAX_PROVIDERS, nextMunicipal } from './market.ts';
import { equilibriumSlack } from './slack.ts';
import { MAX_LOTS, tenderedLots, lotOf } from './lots.ts';
import { WEEKS_PER_YEAR } from './settings.ts';
import { comparability } from './steering.ts';

/**
 * Phase `tendering` (before allocation): contracts whose holder is gone are ended, expired or ended
 * lots are tendered, loss-making contracts are renegotiated or fail (quarterly), and each firm's
 * contract price is refreshed.
 */
export function tenders(state: ModelState, ctx: StepContext): void {
  const t = state.tenders;
  const p = state.providers;
  const lots = tenderedLots(state);
  for (let l = 0; l < MAX_LOTS; l++) {
    const h = t.holder[l] as number;
    const live = state.mech.tendering && l < lots;
    if (h >= 0 && (!live || p.active[h] !== 1)) endContract(state, l, ctx.step);
    if (live && (t.ends[l] as number) <= ctx.step) tenderRound(state, l, ctx.step);
  }
  if (state.mech.tendering && ctx.step % 13 === 12) reviewContracts(state, ctx.step);
  refreshContractPrices(state);
}

/** A lot's contract ends: its firm's users go to the municipal units, and the lot is due for tender. */
function endContract(state: ModelState, l: number, step: number): void {
  const t = state.tenders;
  const h = t.holder[l] as number;
  t.holder[l] = -1;
  t.price[l] = 0;
  t.ends[l] = step;
  if (h >= 0 && state.providers.active[h] === 1) moveLot(state, l, h, -1);
}

/**
 * One tender round for lot `l`: bids from the firms present and from outside, the lowest wins. Under
 * the HOD deal (`tendering.award` "comparisonPrice") a holder keeps its lot, and a free lot goes to
 * the firm expecting the lowest cost below the comparison price, at that price.
 */
function tenderRound(state: ModelState, l: number, step: number): void {
  const { params, providers: p, streams, tenders: t, totals } = state;
  const k = params.tendering;
  const stream = streams.tenders;
  const reference = state.budget.municipalCostPerHour;
  const municipalSlack = meanMunicipalSlack(p);
  const mp = params.providers.municipal;
  const cp = params.providers.commercial;
  const incumbent = t.holder[l] as number;
  const deal = k.award === 'comparisonPrice';
  // The HOD deal: a firm that holds the lot keeps it at the comparison price while it is in business.
  if (deal && incumbent >= 0 && p.active[incumbent] === 1) {
    letLot(state, l, step, incumbent, reference, incumbent);
    return;
  }
  const premium = 1 + k.entrantPremium * params.service.assetSpecificity;
  const newcomerSlack = entrantSlack(state);
  // Bidders' costs, wages and slots for this round (state.scratch: no allocation per round).
  const { bidCost, bidWage, bidSlot } = state.scratch;
  // A firm's cost per care hour relative to the municipal units': its wage and overhead, and the
  // working time it keeps from slack.
  const firmCost = (wage: number, slack: number) => reference * ((wage * (1 + cp.overheadShare)) / (mp.wagePerHour * (1 + mp.overheadShare))) * ((1 - municipalSlack) / Math.max(0.05, 1 - slack));
  let n = 0;
  for (let j = 0; j < p.count; j++) {
    if (p.active[j] !== 1 || p.commercial[j] !== 1) continue;
    bidSlot[n] = j;
    bidWage[n] = p.wage[j] as number;
    // A firm that has delivered here knows its cost per care hour; one that has not estimates it.
    const known = (p.deliveredYear[j] as number) > 0 ? (p.costYear[j] as number) / (p.deliveredYear[j] as number) : firmCost(p.wage[j] as number, p.xslack[j] as number);
    bidCost[n] = known * (j === incumbent ? 1 : premium);
    n++;
  }
  const outsiders = stream.poisson(k.bidders);
  for (let i = 0; i < outsiders && n < bidCost.length; i++) {
    const wage = cp.wagePerHour * stream.uniform(1 - k.costSpread, 1 + k.costSpread);
    bidSlot[n] = -1;
    bidWage[n] = wage;
    // An entrant's slack is what a new firm under this week's pressures would carry.
    bidCost[n] = firmCost(wage, newcomerSlack) * premium;
    n++;
  }
  const inHouse = k.inHouseBids && !deal;
  const bidders = n + (inHouse ? 1 : 0);
  // The upper end of the cost distribution bidders share, and each bid: cost as the bidder
  // estimates it plus the equilibrium markup (c̄ − c)/n. Under the HOD deal nobody bids: a firm
  // joins if it expects the comparison price to cover its cost, and the municipality takes the
  // one expecting the lowest cost, at the comparison price.
  const top = firmCost(cp.wagePerHour * (1 + k.costSpread), newcomerSlack) * premium;
  let best = -1;
  let bestBid = inHouse || deal ? reference : Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const estimate = (bidCost[i] as number) * Math.max(0.1, 1 + k.estimateError * stream.normal());
    const bid = deal ? estimate : estimate + Math.max(0, top - estimate) / bidders;
    if (bid < bestBid) {
      bestBid = bid;
      best = i;
    }
  }
  totals.tenderRounds++;
  totals.bidders += bidders;
  let winner = -1;
  if (best >= 0) {
    winner = bidSlot[best] as number;
    if (winner < 0) {
      winner = addProvider(p, params, true);
      if (winner >= 0) {
        p.wage[winner] = bidWage[best] as number;
        p.xslack[winner] = equilibriumSlack(state, winner);
      }
    }
  }
  letLot(state, l, step, winner, winner >= 0 && !deal ? bestBid : reference, incumbent);
}

/** Lets lot `l` to `winner` (−1: the municipal units) at `price` for a contract period, after booking the round. */
function letLot(state: ModelState, l: number, step: number, winner: number, price: number, incumbent: number): void {
  const { tenders: t, params } = state;
  const k = params.tendering;
  bookRound(state, l, price);
  t.rounds++;
  t.ends[l] = step + Math.round(k.contractYears * WEEKS_PER_YEAR);
  t.holder[l] = winner;
  t.price[l] = winner >= 0 ? price : 0;
  if (winner !== incumbent) {
    moveLot(state, l, incumbent, winner);
    // A firm that no longer holds a lot and has no chosen users has lost its business.
    if (incumbent >= 0 && !state.params.governance.userChoice && !holdsLot(t, incumbent)) closeFirm(state, incumbent);
  }
}

/**
 * Ex-ante costs of a round: a share of the contract's value, higher for services hard to measure,
 * lower with experience; setting a comparison price instead costs `comparisonCostShare` of that.
 */
function bookRound(state: ModelState, l: number, price: number): void {
  const { params, users, ledger } = state;
  const k = params.tendering;
  const c = users.columns;
  let granted = 0;
  for (let s = 0; s < users.slotCount; s++) {
    if (users.alive[s] === 1 && c.status[s] === IN_SERVICE && lotOf(users.ids[s] as number, k.lots) === l) granted += c.granted[s] as number;
  }
  const value = granted * WEEKS_PER_YEAR * k.contractYears * price;
  const complexity = Math.max(0, 1 + k.complexityPremium * (0.5 - params.service.measurability));
  const experience = 1 / (1 + k.learning * state.tenders.rounds);
  const deal = k.award === 'comparisonPrice' ? k.comparisonCostShare : 1;
  ledger.book(item('contracting'), value * k.exAnteShare * complexity * experience * deal * state.mech.tc);
}

/**
 * Users of lot `l` served by `from` (or, when `from` is −1, by the municipal units) move to `to`
 * (−1: the municipal units, spread evenly). Users who chose their provider stay with it. The move
 * costs continuity as a switch does; staff follow their users (a transfer of undertaking).
 */
function moveLot(state: ModelState, l: number, from: number, to: number): void {
  const { users, providers: p, params, totals } = state;
  const c = users.columns;
  const lots = params.tendering.lots;
  const chosen = params.governance.userChoice;
  // Users moved from and to each provider in this hand-over (state.scratch, reused).
  const { movedFrom, movedTo, servedBy } = state.scratch;
  movedFrom.fill(0);
  movedTo.fill(0);
  servedBy.fill(0);
  let next = 0;
  for (let s = 0; s < users.slotCount; s++) {
    if (users.alive[s] !== 1 || c.status[s] !== IN_SERVICE) continue;
    servedBy[c.provider[s] as number] = (servedBy[c.provider[s] as number] as number) + 1;
    if (lotOf(users.ids[s] as number, lots) !== l) continue;
    if (chosen && c.queen[s] === 1) continue;
    const j = c.provider[s] as number;
    if (from >= 0 ? j !== from : p.commercial[j] === 1) continue;
    let target = to;
    if (target < 0) {
      target = nextMunicipal(p, next);
      next = target + 1;
    }
    if (target === j) continue;
    movedFrom[j] = (movedFrom[j] as number) + 1;
    movedTo[target] = (movedTo[target] as number) + 1;
    c.provider[s] = target;
    if (!state.mech.separateOrderer && p.commercial[target] === 0) c.assessor[s] = target;
    p.started[target] = (p.started[target] as number) + 1;
    c.satisfaction[s] = Math.max(0, (c.satisfaction[s] as number) - params.users.switchCost);
    totals.lotTransfers++;
  }
  transferStaff(state, to);
}

/**
 * Staff follow the users moved: from each provider that lost users, its staff in proportion to the
 * users it lost (times `tendering.staffTransfer`) go to the new holder (or spread over the municipal
 * units as they received users).
 */
function transferStaff(state: ModelState, to: number): void {
  const { staff, providers: p, params } = state;
  const { movedFrom, movedTo, servedBy } = state.scratch;
  const sc = staff.columns;
  let target = to;
  for (let f = 0; f < p.count; f++) {
    const lost = movedFrom[f] as number;
    if (lost === 0) continue;
    let moving = Math.round(params.tendering.staffTransfer * staffOf(state, f) * (lost / Math.max(1, servedBy[f] as number)));
    for (let s = 0; s < staff.slotCount && moving > 0; s++) {
      if (staff.alive[s] !== 1 || sc.provider[s] !== f) continue;
      if (to < 0) target = nextReceiver(movedTo, target + 1);
      sc.provider[s] = target;
      moving--;
    }
  }
}

/** Staff of provider `f` now (the per-step count is not kept between steps). */
function staffOf(state: ModelState, f: number): number {
  const { staff } = state;
  let n = 0;
  for (let s = 0; s < staff.slotCount; s++) if (staff.alive[s] === 1 && staff.columns.provider[s] === f) n++;
  return n;
}

/** The next provider (cycling from `from`) that received users in this hand-over (`movedTo`). */
function nextReceiver(movedTo: Int32Array, from: number): number {
  for (let k = 0; k < MAX_PROVIDERS; k++) {
    const j = (from + k) % MAX_PROVIDERS;
    if ((movedTo[j] as number) > 0) return j;
  }
  return 0;
}

/**
 * Quarterly: a lot holder in sustained deficit either gets its price renegotiated up to its cost
 * per care hour or fails (the municipality takes its users over; the lot is tendered again).
 */
function reviewContracts(state: ModelState, step: number): void {
  const { providers: p, tenders: t, streams, params, totals } = state;
  for (let l = 0; l < MAX_LOTS; l++) {
    const h = t.holder[l] as number;
    if (h < 0 || p.active[h] !== 1) continue;
    if ((p.surplus[h] as number) >= -DEFICIT_SHARE * (t.price[l] as number) * 4) continue;
    const delivered = p.deliveredYear[h] as number;
    if (streams.tenders.random() < params.tendering.renegotiation && delivered > 0) {
      t.price[l] = Math.max(t.price[l] as number, (p.costYear[h] as number) / delivered);
      totals.renegotiations++;
    } else {
      totals.failures++;
      closeFirm(state, h);
      for (let m = 0; m < MAX_LOTS; m++)
        if (t.holder[m] === h) {
          t.holder[m] = -1;
          t.price[m] = 0;
          t.ends[m] = step + 1;
        }
    }
  }
}

/** Each firm's contract price: the mean price of the lots it holds (0: it is paid the common price). */
function refreshContractPrices(state: ModelState): void {
  const { providers: p, tenders: t } = state;
  for (let j = 0; j < p.count; j++) {
    p.contractPrice[j] = 0;
    p.lotsHeld[j] = 0;
  }
  for (let l = 0; l < MAX_LOTS; l++) {
    const h = t.holder[l] as number;
    if (h < 0) continue;
    p.contractPrice[h] = (p.contractPrice[h] as number) + (t.price[l] as number);
    p.lotsHeld[h] = (p.lotsHeld[h] as number) + 1;
  }
  for (let j = 0; j < p.count; j++) if ((p.lotsHeld[j] as number) > 0) p.contractPrice[j] = (p.contractPrice[j] as number) / (p.lotsHeld[j] as number);
  // Lots are areas: a holder's routes cover its lots; the municipal units share the rest.
  const k = state.params.tendering;
  const units = state.params.providers.municipal.count;
  let firmLots = 0;
  for (let j = 0; j < p.count; j++) if (p.commercial[j] === 1) firmLots += p.lotsHeld[j] as number;
  for (let j = 0; j < p.count; j++) {
    if (!state.mech.tendering) p.coverage[j] = 1;
    else if (p.commercial[j] === 1) p.coverage[j] = (p.lotsHeld[j] as number) > 0 && !state.params.governance.userChoice ? ((p.lotsHeld[j] as number) / k.lots) * units : 1;
    else p.coverage[j] = state.params.governance.userChoice ? 1 : Math.max(1 / k.lots, (k.lots - firmLots) / k.lots);
  }
}

function holdsLot(t: Tenders, j: number): boolean {
  for (let l = 0; l < MAX_LOTS; l++) if (t.holder[l] === j) return true;
  return false;
}

/**
 * The slack a bidder without a unit here expects to carry: where drift toward its ceiling balances
 * the pressures a contract holder meets (its owner's weight on surplus, benchmarking as far as output
 * is measurable, the audits and reviews that would catch shirking, the prospect of the next round). A firm that wins starts at its own equilibrium.
 */
function entrantSlack(state: ModelState): number {
  const { params } = state;
  const k = params.providers.slack;
  const contest = params.tendering.award === 'lowestBid' ? params.tendering.contestability : 0;
  const pressure = k.owner * params.providers.commercial.knavery + k.benchmarking * params.governance.benchmarking * comparability(params) + k.oversight * state.detection + contest;
  const rate = k.growthPerYear + k.squeezePerYear * pressure;
  return rate > 0 ? (k.growthPerYear * k.max * (1 - params.staff.motivation.mean)) / rate : k.max;
}

function meanMunicipalSlack(p: Providers): number {
  let sum = 0;
  let n = 0;
  for (let j = 0; j < p.count; j++) {
    if (p.active[j] !== 1 || p.commercial[j] !== 0) continue;
    sum += p.xslack[j] as number;
    n++;
  }
  return n > 0 ? sum / n : 0;
}
