/**
 * Phase `slack`: X-inefficiency (Leibenstein 1966). A unit's slack (idle time, costly routines,
 * overstaffing) drifts toward a ceiling set by its staff's lack of motivation when nothing presses
 * on it, and is squeezed by pressure: an owner who weighs surplus when revenue follows hours;
 * competition for users who can choose, and the users it loses (choice with teeth, as far as its
 * owner or its staff care); and, as far as output can be verified, benchmarking against comparable
 * units (under every regime), the cost transparency a separate orderer brings and a price below its
 * cost (a yardstick: Shleifer 1985); and a waiting-time target with sanctions, as far as breaches are
 * reported (targets.ts). Slack takes working time in delivery.
 */
import type { StepContext } from '../../engine/simulation/index.ts';
import type { ModelState } from '../state.ts';
import { WEEKS_PER_YEAR, paidPerUnit, staffMotivation } from './settings.ts';
import { targetPressure } from './targets.ts';
import { comparability } from './steering.ts';

/** Weeks over which a provider's loss of users is smoothed into a yearly rate [A]. */
export const LOSS_WEEKS = 26;

/**
 * The pressure on provider `j`'s slack this week (0 = sheltered), given its staff's motivation and
 * the pressure of competition on every provider (see {@link competitionPressure}).
 */
export function slackPressure(state: ModelState, j: number, motivation: number, competition: number): number {
  const { params, mech, providers: p } = state;
  const k = params.providers.slack;
  const perUnit = paidPerUnit(state, j);
  // Comparing a unit's cost with others', with a price or with its orders tells something only as
  // far as its output can be verified: these pressures scale with measurability, or with what further
  // bottom lines reveal (steering.ts; TCE; Le Grand 2003: quasi-markets need information). An
  // owner's interest and users who leave press regardless.
  let compared = k.benchmarking * params.governance.benchmarking;
  if (mech.separateOrderer) compared += k.transparency * (1 - mech.assessorInterest);
  const revenue = p.revenue[j] as number;
  if (perUnit && revenue > 0) {
    const above = (p.cost[j] as number) / revenue - 1;
    if (above > 0) compared += k.yardstick * above;
  }
  // Losing users presses a provider as far as it cares: through its revenue, if its owner weighs
  // surplus and is paid per unit, or through its staff's pride in serving users (motivation).
  const owner = perUnit ? (p.profitWeight[j] as number) : 0;
  const cares = owner > motivation ? owner : motivation;
  // Audits and colleagues' review that would catch shirking press on it as well (oversight).
  return (
    compared * comparability(params) + k.oversight * state.detection + k.owner * owner + k.loss * cares * (p.lossRate[j] as number) + competition + contestability(state, j) + targetPressure(state)
  );
}

/**
 * The next tender round presses whoever can lose a lot in it: a firm that holds one, and the
 * municipal units where they must win their lots in a control bid (in proportion to the lots tendered).
 */
function contestability(state: ModelState, j: number): number {
  if (!state.mech.tendering) return 0;
  const t = state.params.tendering;
  // A firm under the HOD deal keeps its lot while it stays in business: nothing to contest.
  if (state.providers.commercial[j] === 1) return (state.providers.lotsHeld[j] as number) > 0 && t.award === 'lowestBid' ? t.contestability : 0;
  return t.inHouseBids && t.award === 'lowestBid' ? t.contestability * t.share : 0;
}

/**
 * The pressure of competition on every provider: firms compete for users who can choose, and the
 * threat of exit is as strong as the share of users able to exit (queens, not pawns).
 */
export function competitionPressure(state: ModelState): number {
  const { params, mech, providers: p } = state;
  if (!params.governance.userChoice || !mech.outsideProviders) return 0;
  for (let j = 0; j < p.count; j++) {
    if (p.active[j] === 1 && p.commercial[j] === 1) return params.providers.slack.competition * params.users.queenShare;
  }
  return 0;
}

/**
 * The slack a provider drifts toward with no pressure: effort is discretionary (Leibenstein 1966),
 * and knights give it without being pressed while knaves do not (Le Grand 2003), so the ceiling
 * scales with the staff's lack of intrinsic motivation; room for judgment widens the discretion.
 */
function slackCeiling(state: ModelState, motivation: number): number {
  const k = state.params.providers.slack;
  const room = 1 + k.discretion * (state.params.governance.autonomy - 0.5);
  return k.max * (1 - motivation) * (room > 0 ? room : 0);
}

/** The slack at which drift and squeeze balance under this week's pressure: where a provider starts. */
export function equilibriumSlack(state: ModelState, j: number): number {
  const k = state.params.providers.slack;
  const motivation = staffMotivation(state, j);
  const inflow = k.growthPerYear * slackCeiling(state, motivation);
  const rate = k.growthPerYear + k.squeezePerYear * slackPressure(state, j, motivation, competitionPressure(state));
  return rate > 0 ? inflow / rate : k.max;
}

export function slack(state: ModelState, _ctx: StepContext): void {
  const { providers: p, params } = state;
  const k = params.providers.slack;
  const competition = competitionPressure(state);
  for (let j = 0; j < p.count; j++) {
    if (p.active[j] !== 1) continue;
    const users = p.users[j] as number;
    const lostYearly = users > 0 ? ((p.lost[j] as number) * WEEKS_PER_YEAR) / users : 0;
    p.lossRate[j] = (p.lossRate[j] as number) + (lostYearly - (p.lossRate[j] as number)) / LOSS_WEEKS;
    const motivation = staffMotivation(state, j);
    const x = p.xslack[j] as number;
    const change = (k.growthPerYear * (slackCeiling(state, motivation) - x) - k.squeezePerYear * slackPressure(state, j, motivation, competition) * x) / WEEKS_PER_YEAR;
    const next = x + change;
    p.xslack[j] = next < 0 ? 0 : next;
  }
}
