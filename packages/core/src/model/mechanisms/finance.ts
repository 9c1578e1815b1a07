/**
 * Phase `finance`: providers are paid (frame: a municipal unit's cost is covered; per unit: this
 * year's price per granted or per reported hour, internal for municipal units, or a firm's contract
 * price where it won a tender; commercial contracts
 * are always paid per hour), audits (as many as the monitoring hours done allow) may catch gaming
 * and claw payments back, and the municipality's budget position feeds budget pressure and the
 * council's budget year.
 */
import type { StepContext } from '../../engine/simulation/index.ts';
import type { ModelState } from '../state.ts';
import { WEEKS_PER_YEAR, paidPerUnit, priceOf } from './settings.ts';
import { recordBudgetWeek } from './budget.ts';

/** Weeks of overbilling an audit claws back when it catches gaming [A]. */
export const CLAWBACK_WEEKS = 13;

export function finance(state: ModelState, _ctx: StepContext): void {
  const { providers: p, params, mech, ledger, streams, totals } = state;
  // Audits follow the monitoring hours the office actually did this week (orderer.ts).
  const auditChance = state.auditsPerWeek;
  const catchChance = params.service.measurability;
  let payments = 0;
  let clawback = 0;
  let firmSurplus = 0;
  let municipalCost = 0;
  let deviation = 0;
  for (let j = 0; j < p.count; j++) {
    if (p.active[j] !== 1) continue;
    const perUnit = paidPerUnit(state, j);
    const reportFactor = p.reportFactor[j] as number;
    const delivered = p.delivered[j] as number;
    const cost = p.cost[j] as number;
    const price = priceOf(state, j);
    let revenue: number;
    let overbilled: number;
    if (!perUnit) {
      revenue = cost;
      overbilled = 0;
    } else if (mech.paidOnReported) {
      revenue = price * delivered * reportFactor;
      overbilled = delivered * (reportFactor - 1);
    } else {
      revenue = price * (p.granted[j] as number);
      overbilled = (p.demand[j] as number) * (1 - (p.deliverFactor[j] as number));
    }
    // One audit draw per provider per step; a catch draw only when audited.
    let caught = 0;
    if (streams.audits.random() < auditChance) {
      totals.audits++;
      if (overbilled > 0 && streams.audits.random() < catchChance) {
        caught = Math.min(revenue, price * overbilled * CLAWBACK_WEEKS);
        totals.detectedHours += price > 0 ? caught / price : 0;
        p.gaming[j] = (p.gaming[j] as number) * 0.3;
      }
    } else {
      // Unaudited, a provider that gains from gaming learns to do more of it.
      p.gaming[j] = (p.gaming[j] as number) + (perUnit ? (1 - (p.gaming[j] as number)) / WEEKS_PER_YEAR : 0);
    }
    totals.overbilledHours += overbilled;
    p.costYear[j] = (p.costYear[j] as number) + cost;
    p.deliveredYear[j] = (p.deliveredYear[j] as number) + delivered;
    p.revenue[j] = revenue - caught;
    if ((p.contractPrice[j] as number) > 0) {
      totals.contractRevenue += revenue;
      totals.contractHours += price > 0 ? revenue / price : 0;
    }
    const surplus = revenue - caught - cost;
    if (p.commercial[j] === 1) {
      payments += revenue;
      clawback += caught;
      firmSurplus += surplus;
    } else {
      // A municipal unit's spending is the municipality's; its internal result only steers it.
      municipalCost += cost;
      deviation += surplus;
    }
    const usersJ = Math.max(1, p.users[j] as number);
    p.surplus[j] = (p.surplus[j] as number) + (surplus / usersJ - (p.surplus[j] as number)) / 13;
  }
  setBudgets(state, payments - clawback);
  ledger.payments = payments;
  ledger.clawback = clawback;
  ledger.municipalProviderCost = municipalCost;
  ledger.providerSurplus = firmSurplus;
  ledger.internalDeviation = deviation;
  const ratio = ledger.budgetIn > 0 ? ledger.spending / ledger.budgetIn - 1 : 0;
  state.overrun += (ratio - state.overrun) / 13;
  recordBudgetWeek(state);
}

/**
 * Next week's spending room of each provider. Paid per unit, it is what the unit earns. Under the
 * frame, what the council's frame leaves after the office and payments to firms is shared among
 * the municipal units by their users (the budget follows last week's caseload).
 */
function setBudgets(state: ModelState, firmPayments: number): void {
  const { providers: p, ledger } = state;
  let municipalUsers = 0;
  for (let j = 0; j < p.count; j++) if (p.active[j] === 1 && p.commercial[j] === 0) municipalUsers += p.users[j] as number;
  const room = Math.max(0, ledger.budgetIn - ledger.municipalAdmin - firmPayments);
  for (let j = 0; j < p.count; j++) {
    if (p.active[j] !== 1) continue;
    const perUnit = paidPerUnit(state, j);
    p.budget[j] = perUnit ? (p.revenue[j] as number) : municipalUsers > 0 ? (room * (p.users[j] as number)) / municipalUsers : 0;
  }
}
