/**
 * The default parameter space of the regime map (`ppsim map` without `--param`): the assumed
 * world parameters on which, by the design brief's second principle, the answer should turn. The
 * split should help with knavish providers, a measurable service, good monitoring and real
 * competition, and hurt with motivated staff, a service that cannot be specified in advance and
 * costly control. Each entry says which side of that it stands for.
 *
 * Kept as data so that the list can grow (every [A] parameter of `parameterLeaves()` is a
 * candidate) without touching the code that uses it.
 */
import type { ParamRange } from './param-range.ts';

/** A default range of the regime map, with the reason it is on the list. */
export interface MapDefaultRange extends ParamRange {
  /** Why the parameter may decide between regimes, with the source of the argument. */
  readonly why: string;
}

const range = (path: string, lo: number, hi: number, why: string, integer = false): MapDefaultRange => Object.freeze(integer ? { path, lo, hi, integer, why } : { path, lo, hi, why });

/**
 * `MAP_DEFAULT_RANGES`: the ranges `ppsim map` varies when no `--param` is given, in design-column
 * order. Bounds stay inside each parameter's schema range; whole-number parameters
 * (`providers.commercial.count`) carry `integer: true`, so designs sample them as whole numbers.
 *
 * @example
 * const design = latinHypercube(MAP_DEFAULT_RANGES, 64, createRng(1).stream('map/lhs'));
 */
export const MAP_DEFAULT_RANGES: readonly MapDefaultRange[] = Object.freeze([
  range(
    'staff.motivation.mean',
    0.2,
    0.9,
    "Knights or knaves (Le Grand 2003): with motivated staff, the split's incentives and checks buy little and cost much; with self-interested staff they may pay.",
  ),
  range('staff.motivation.crowding', 0, 1, 'Motivation crowding (Frey 1997): how strongly control and money lower intrinsic motivation, the main hidden cost of the split.'),
  range('service.measurability', 0.05, 0.95, 'Contracting works where delivery can be verified (Hart, Shleifer & Vishny 1997); a measurable service favours the split.'),
  range('service.specifiability', 0.05, 0.95, "A service that can be specified in advance suits an orderer's detailed decision; one that cannot needs judgment at the point of care."),
  range('governance.controlIntensity', 0, 1, 'Monitoring curbs gaming but takes working time and crowds out motivation: its level decides which side of that trade-off a regime lands on.'),
  range('providers.commercial.knavery', 0, 1, "How far firms pursue profit at users' expense (Le Grand 2003): knavish providers make the split's checks worth their cost."),
  range('providers.municipal.profitWeight', 0, 1, 'How much municipal units respond to money: per-unit pay changes what they do only if revenue matters to them.'),
  range(
    'providers.commercial.count',
    1,
    6,
    'Real competition needs several firms (Bartlett & Le Grand 1993, quasi-markets); a thin market gives choice without discipline. Only competitive regimes have firms.',
    true,
  ),
]);
