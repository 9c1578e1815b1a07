/**
 * The ledger: every krone booked per step under one item. Items are grouped into production,
 * transaction costs and provider surplus. Municipal units are part of the municipality: what they
 * spend is municipal spending whatever internal price they are paid (an internal per-unit price
 * changes their incentives, not the municipality's cost); commercial firms are paid across the
 * boundary. The identities
 *   budget in = net payments to firms + municipal units' cost + municipal administration + municipal surplus
 *   net payments to firms + municipal units' cost = production + provider transaction costs + firms' surplus
 * hold every step (checked by `ledgerImbalance`, tested over long fuzzed runs). Nursing homes are a
 * separate budget line of the municipality, outside the service's frame and both identities: their
 * cost is booked apart (`nursingHomes`) and counted in the municipality's total (`municipalTotal`).
 */

/** Cost items, in a fixed order (the index is the column in `Ledger.items`). */
export const LEDGER_ITEMS = [
  // production (provider side)
  'careTime',
  'preventionTime',
  'idleTime',
  'travel',
  'sickPay',
  'tempPremium',
  'overhead',
  'support',
  // transaction costs, municipal side
  'ordererOffice',
  'contracting',
  'monitoring',
  'invoicing',
  'complaintsOrderer',
  'reorganisation',
  // transaction costs, provider side
  'documentation',
  'coordination',
  'duplicatedAssessment',
  'complaintsProvider',
  'accounting',
  'collegialReview',
] as const;
/** The name of one ledger item, e.g. `careTime` or `ordererOffice`. */
export type LedgerItem = (typeof LEDGER_ITEMS)[number];

export const PRODUCTION_ITEMS: readonly LedgerItem[] = ['careTime', 'preventionTime', 'idleTime', 'travel', 'sickPay', 'tempPremium', 'overhead', 'support'];
export const MUNICIPAL_TRANSACTION_ITEMS: readonly LedgerItem[] = ['ordererOffice', 'contracting', 'monitoring', 'invoicing', 'complaintsOrderer', 'reorganisation'];
export const PROVIDER_TRANSACTION_ITEMS: readonly LedgerItem[] = ['documentation', 'coordination', 'duplicatedAssessment', 'complaintsProvider', 'accounting', 'collegialReview'];

const INDEX = Object.fromEntries(LEDGER_ITEMS.map((item, i) => [item, i])) as Record<LedgerItem, number>;
export const item = (name: LedgerItem): number => INDEX[name];

/** One step's money. Reset at the start of each step; nothing allocates while booking. */
export class Ledger {
  /** Amount per item this step (currency). */
  readonly items = new Float64Array(LEDGER_ITEMS.length);
  /** The frame budget available this step (currency). */
  budgetIn = 0;
  /** Payments to commercial firms, before clawbacks. */
  payments = 0;
  /** Payments clawed back from firms after audits this step. */
  clawback = 0;
  /** What the municipal units spent (staff time, sick pay, temporaries, overhead). */
  municipalProviderCost = 0;
  /** Firms' surplus (payments less clawbacks less their cost). */
  providerSurplus = 0;
  /** Municipal units' internal revenue less their cost under per-unit pay: a signal, not money. */
  internalDeviation = 0;
  /** Nursing-home places paid this step: a budget line of its own, funded as used. */
  nursingHomes = 0;

  /** Clears every amount for a new step and records the step's frame budget. */
  reset(budgetIn: number): void {
    this.items.fill(0);
    this.budgetIn = budgetIn;
    this.payments = 0;
    this.clawback = 0;
    this.municipalProviderCost = 0;
    this.providerSurplus = 0;
    this.internalDeviation = 0;
    this.nursingHomes = 0;
  }

  /** Books a non-negative amount under an item. */
  book(index: number, amount: number): void {
    this.items[index] = (this.items[index] as number) + amount;
  }

  /** Sum of the given items this step. */
  sum(group: readonly LedgerItem[]): number {
    let s = 0;
    for (const name of group) s += this.items[INDEX[name]] as number;
    return s;
  }

  /** Providers' production cost: care, prevention, idle time, travel, sick pay, temporaries, overhead, managers' support. */
  get production(): number {
    return this.sum(PRODUCTION_ITEMS);
  }
  /** The municipality's transaction costs: orderer office, contracting, monitoring, invoicing, complaints, reorganisations. */
  get municipalAdmin(): number {
    return this.sum(MUNICIPAL_TRANSACTION_ITEMS);
  }
  /** Providers' transaction costs: documentation, coordination, duplicated assessment, complaints, accounting, collegial review. */
  get providerTransaction(): number {
    return this.sum(PROVIDER_TRANSACTION_ITEMS);
  }
  /** All transaction costs: the municipality's and the providers'. */
  get transaction(): number {
    return this.municipalAdmin + this.providerTransaction;
  }
  /** What the municipality spends: net payments to firms, its units' cost and its own administration. */
  get spending(): number {
    return this.payments - this.clawback + this.municipalProviderCost + this.municipalAdmin;
  }
  /** The frame budget less spending: positive when the municipality spends less than its frame. */
  get municipalSurplus(): number {
    return this.budgetIn - this.spending;
  }
  /** What the municipality spends on the service and on the nursing-home places its users move to. */
  get municipalTotal(): number {
    return this.spending + this.nursingHomes;
  }
}

/**
 * The largest violation of the ledger's identities this step (0 when it balances), and whether
 * any item is negative. Used by tests; cheap enough to call every step.
 */
export function ledgerImbalance(ledger: Ledger): { readonly imbalance: number; readonly negative: boolean } {
  const budget = Math.abs(ledger.budgetIn - (ledger.payments - ledger.clawback) - ledger.municipalProviderCost - ledger.municipalAdmin - ledger.municipalSurplus);
  const provider = Math.abs(ledger.payments - ledger.clawback + ledger.municipalProviderCost - ledger.production - ledger.providerTransaction - ledger.providerSurplus);
  let negative = ledger.payments < 0 || ledger.clawback < 0 || ledger.budgetIn < 0 || ledger.municipalProviderCost < 0 || ledger.clawback > ledger.payments || ledger.nursingHomes < 0;
  for (let i = 0; i < ledger.items.length; i++) if ((ledger.items[i] as number) < 0) negative = true;
  return { imbalance: Math.max(budget, provider), negative };
}
