/**
 * The ledger: every krone booked per step under one item. Items are grouped into production,
 * transaction costs and provider surplus; the identities
 *   budget in = payments to providers + municipal administration + municipal surplus
 *   provider revenue = payments = provider production + provider transaction costs + provider surplus
 * hold every step (checked by `ledgerImbalance`, tested over long fuzzed runs).
 */

/** Cost items, in a fixed order (the index is the column in `Ledger.items`). */
export const LEDGER_ITEMS = [
  // production (provider side)
  'careTime', 'preventionTime', 'idleTime', 'travel', 'sickPay', 'tempPremium', 'overhead',
  // transaction costs, municipal side
  'ordererOffice', 'contracting', 'monitoring', 'invoicing', 'complaintsOrderer',
  // transaction costs, provider side
  'documentation', 'coordination', 'duplicatedAssessment', 'complaintsProvider',
] as const;
export type LedgerItem = (typeof LEDGER_ITEMS)[number];

export const PRODUCTION_ITEMS: readonly LedgerItem[] = ['careTime', 'preventionTime', 'idleTime', 'travel', 'sickPay', 'tempPremium', 'overhead'];
export const MUNICIPAL_TRANSACTION_ITEMS: readonly LedgerItem[] = ['ordererOffice', 'contracting', 'monitoring', 'invoicing', 'complaintsOrderer'];
export const PROVIDER_TRANSACTION_ITEMS: readonly LedgerItem[] = ['documentation', 'coordination', 'duplicatedAssessment', 'complaintsProvider'];

const INDEX = Object.fromEntries(LEDGER_ITEMS.map((item, i) => [item, i])) as Record<LedgerItem, number>;
export const item = (name: LedgerItem): number => INDEX[name];

/** One step's money. Reset at the start of each step; nothing allocates while booking. */
export class Ledger {
  /** Amount per item this step (currency). */
  readonly items = new Float64Array(LEDGER_ITEMS.length);
  budgetIn = 0;
  payments = 0;
  /** Payments clawed back after audits this step (reduce payments). */
  clawback = 0;
  providerSurplus = 0;

  reset(budgetIn: number): void {
    this.items.fill(0);
    this.budgetIn = budgetIn;
    this.payments = 0;
    this.clawback = 0;
    this.providerSurplus = 0;
  }

  /** Books a non-negative amount under an item. */
  book(index: number, amount: number): void {
    this.items[index] = (this.items[index] as number) + amount;
  }

  sum(group: readonly LedgerItem[]): number {
    let s = 0;
    for (const name of group) s += this.items[INDEX[name]] as number;
    return s;
  }

  get production(): number { return this.sum(PRODUCTION_ITEMS); }
  get municipalAdmin(): number { return this.sum(MUNICIPAL_TRANSACTION_ITEMS); }
  get providerTransaction(): number { return this.sum(PROVIDER_TRANSACTION_ITEMS); }
  get transaction(): number { return this.municipalAdmin + this.providerTransaction; }
  /** What the municipality spends: net payments to providers plus its own administration. */
  get spending(): number { return this.payments - this.clawback + this.municipalAdmin; }
  get municipalSurplus(): number { return this.budgetIn - this.spending; }
}

/**
 * The largest violation of the ledger's identities this step (0 when it balances), and whether
 * any item is negative. Used by tests; cheap enough to call every step.
 */
export function ledgerImbalance(ledger: Ledger): { readonly imbalance: number; readonly negative: boolean } {
  const budget = Math.abs(ledger.budgetIn - (ledger.payments - ledger.clawback) - ledger.municipalAdmin - ledger.municipalSurplus);
  const provider = Math.abs(ledger.payments - ledger.clawback - ledger.production - ledger.providerTransaction - ledger.providerSurplus);
  let negative = ledger.payments < 0 || ledger.clawback < 0 || ledger.budgetIn < 0;
  for (let i = 0; i < ledger.items.length; i++) if ((ledger.items[i] as number) < 0) negative = true;
  return { imbalance: Math.max(budget, provider), negative };
}
