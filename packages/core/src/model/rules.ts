/**
 * Behaviour rules researchers may swap: how much direct time a provider gives prevention, how a
 * choosing user picks a provider, and where a staff member's motivation is heading. Each has a
 * typed context and a default grounded in theory; pass replacements to `createPurchaserProviderModel`.
 */
import { detExp } from '../engine/rng/index.ts';

/** What a provider's prevention rule sees (per provider, per step). */
export interface PreventionContext {
  /** Mean intrinsic motivation of its staff (0–1). */
  readonly motivation: number;
  /** Weight its owner gives surplus (0–1), and whether its revenue follows hours. */
  readonly profitWeight: number;
  readonly paidPerUnit: boolean;
  readonly autonomy: number;
  /** Prevention share a fully motivated, unpressured team would choose. */
  readonly baseShare: number;
}

/** What a choosing user's rule sees. */
export interface ChoiceContext {
  /** Perceived quality of each provider slot (0–1), NaN for slots that cannot take the user. */
  readonly quality: Float64Array;
  readonly sensitivity: number;
  /** A uniform draw in [0, 1) from the choice stream. */
  readonly u: number;
}

/** What a staff member's motivation rule sees. */
export interface MotivationContext {
  readonly baseline: number;
  /** Control and incentives felt as controlling (0–1+). */
  readonly felt: number;
  readonly autonomy: number;
  readonly crowding: number;
  readonly crowdingIn: number;
  /** Weight the employer's owner gives surplus (0 public mission … 1 profit), and the strength of mission matching. */
  readonly employerProfitWeight: number;
  readonly missionMatch: number;
  /** Rise in the target from managers' support, as far as staff trust it (0 without support). */
  readonly support: number;
}

/**
 * The behaviour rules a user of the model may replace, each a plain function of a small context:
 * pass a partial set to `createPurchaserProviderModel(rules)` or `runReplications({ rules })`.
 * See docs/ODD.md §11 and examples/custom-rule.
 */
export interface BehaviourRules {
  /** Share of direct time for prevention and rehabilitation (0–1). */
  preventionShare(ctx: PreventionContext): number;
  /** Index of the chosen provider slot, or −1 for none. */
  chooseProvider(ctx: ChoiceContext): number;
  /** Motivation the staff member drifts toward (0–1). */
  motivationTarget(ctx: MotivationContext): number;
}

/**
 * Multitasking (Holmström & Milgrom 1991): pay on measured hours pulls effort from unmeasured
 * prevention in proportion to how much the owner weighs surplus; what remains rests on staff
 * motivation (Deloitte 2012 as quoted in seeds 000/001) and room to use judgment.
 */
export function defaultPreventionShare(ctx: PreventionContext): number {
  const pull = ctx.paidPerUnit ? ctx.profitWeight : 0;
  return ctx.baseShare * ctx.motivation * (1 - pull) * (0.5 + 0.5 * ctx.autonomy);
}

/** Logit choice on perceived quality (an assumption; standard discrete choice). Uses detExp so choices are identical on every JS engine. */
export function defaultChooseProvider(ctx: ChoiceContext): number {
  let total = 0;
  let best = -1;
  const q = ctx.quality;
  for (let i = 0; i < q.length; i++) {
    const v = q[i] as number;
    // biome-ignore lint/suspicious/noSelfCompare: NaN marks a provider that cannot take the user; v === v is the cheapest test in this loop
    if (v === v) total += detExp(ctx.sensitivity * (v - 1));
  }
  if (total === 0) return -1;
  let acc = 0;
  const target = ctx.u * total;
  for (let i = 0; i < q.length; i++) {
    const v = q[i] as number;
    // biome-ignore lint/suspicious/noSelfCompare: NaN marks a provider that cannot take the user (see above)
    if (v !== v) continue;
    best = i;
    acc += detExp(ctx.sensitivity * (v - 1));
    if (acc > target) return i;
  }
  return best;
}

/**
 * Motivation crowding (Frey & Jegen 2001): control felt as controlling lowers, autonomy and support
 * raise; mission matching (Besley & Ghatak 2005): the further the employer's mission from public
 * service, the more a motivated person's motivation falls (in proportion to how motivated they are).
 */
export function defaultMotivationTarget(ctx: MotivationContext): number {
  const target = ctx.baseline - ctx.crowding * ctx.felt + ctx.crowdingIn * (ctx.autonomy - 0.5) + ctx.support - ctx.missionMatch * ctx.employerProfitWeight * ctx.baseline;
  return target < 0 ? 0 : target > 1 ? 1 : target;
}

/** The rules the model uses unless told otherwise (docs/ODD.md §11). */
export const defaultRules: BehaviourRules = {
  preventionShare: defaultPreventionShare,
  chooseProvider: defaultChooseProvider,
  motivationTarget: defaultMotivationTarget,
};
