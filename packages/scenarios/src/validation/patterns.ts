/**
 * Pattern-oriented validation (domain brief §5): each pattern compares model configurations that
 * differ in one mechanism setting, paired by seed, and checks the direction (and size, where a
 * figure exists) of the emergent difference. Patterns are targets for behaviour: no mechanism in
 * the model names them. A pattern the model does not reproduce is reported as such.
 */
import type { ModelParamsInput } from '@ppsim/core';

/** One configuration of a comparison: parameters and, optionally, dated events. */
export interface Arm {
  readonly label: string;
  /** A case (and variant) run at its own scale instead of `params`: for checks against a case's figures. */
  readonly scenario?: { readonly id: string; readonly variant?: string };
  readonly params: ModelParamsInput;
  readonly timeline?: readonly { readonly date: string; readonly set: readonly { readonly path: string; readonly value: unknown }[] }[];
}

/** A paired difference of one metric, arm b − arm a, over seeds. */
export interface Effect {
  readonly metric: string;
  /** Arm A's mean, for relative checks. */
  readonly base: number;
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
}

/** What a check concludes. */
export type Verdict = 'reproduced' | 'not reproduced' | 'inconclusive';

/** A claim of a pattern, judged on the paired effects of its metrics. */
export interface Check {
  readonly claim: string;
  /** Effects it looks at, computed by the runner from the arms. */
  readonly metrics: readonly string[];
  /** Decides from the effects (b − a per metric, in `metrics` order). */
  readonly judge: (effects: readonly Effect[]) => Verdict;
}

/** A known pattern (domain brief §5): the region of parameters, two arms to compare, and the checks. */
export interface Pattern {
  readonly id: string;
  readonly title: string;
  /** Source of the pattern and its evidence grade. */
  readonly source: string;
  /** The parameter region in which the pattern is expected to hold. */
  readonly region: string;
  readonly a: Arm;
  readonly b: Arm;
  readonly checks: readonly Check[];
  /** Said in the report: how the pattern relates to the model's mechanisms. */
  readonly note?: string;
}

/** Common base: five simulated years, weekly steps. Scale is set by the runner. */
const years = 6;

/** Direction checks: the interval excludes zero on the expected side; the opposite side refutes. */
/** Judges an effect expected to be positive: reproduced when its interval lies above 0. */
export const up = (e: Effect): Verdict => (e.lo > 0 ? 'reproduced' : e.hi < 0 ? 'not reproduced' : 'inconclusive');
/** Judges an effect expected to be negative: reproduced when its interval lies below 0. */
export const down = (e: Effect): Verdict => (e.hi < 0 ? 'reproduced' : e.lo > 0 ? 'not reproduced' : 'inconclusive');
/** No meaningful change: the interval lies within ±tolerance (relative to the mean of arm a is not known here: absolute). */
export const flat = (tolerance: number) => (e: Effect): Verdict => (e.lo > -tolerance && e.hi < tolerance ? 'reproduced' : e.lo > tolerance || e.hi < -tolerance ? 'not reproduced' : 'inconclusive');

const first = (f: (e: Effect) => Verdict) => (es: readonly Effect[]) => f(es[0] as Effect);

/**
 * Magnitude: the whole interval of the change lies within [lo, hi] (reproduced), wholly outside it
 * (not reproduced), or straddles a bound (inconclusive). `relative` divides by arm A's mean.
 */
export const within = (lo: number, hi: number, relative: boolean) => (e: Effect): Verdict => {
  const k = relative ? e.base : 1;
  const a = e.lo / k;
  const b = e.hi / k;
  return a >= lo && b <= hi ? 'reproduced' : b < lo || a > hi ? 'not reproduced' : 'inconclusive';
};

/** The patterns checked by `pnpm validate`, in report order. */
export const PATTERNS: readonly Pattern[] = [
  {
    id: 'P1-orderer-costs',
    title: 'With motivated staff and a hard-to-specify service, the split raises orderer-side costs more than it lowers provider-side costs',
    source: 'seeds 000/001 (evaluations in Sandnes, Klæbu; Deloitte 2012 as reported) [C]',
    region: 'staff motivation mean 0.8, specifiability 0.2, measurability 0.3; integrated vs internal split, both frame-funded',
    a: { label: 'integrated', params: { horizon: { years }, staff: { motivation: { mean: 0.8 } }, service: { specifiability: 0.2, measurability: 0.3 }, governance: { split: 'integrated' } } },
    b: { label: 'internal split', params: { horizon: { years }, staff: { motivation: { mean: 0.8 } }, service: { specifiability: 0.2, measurability: 0.3 }, governance: { split: 'internal' } } },
    checks: [
      { claim: 'transaction costs rise', metrics: ['cost.transaction'], judge: first(up) },
      { claim: 'the rise in transaction costs exceeds any fall in production cost (resources used rise)', metrics: ['cost.resources'], judge: first(up) },
    ],
    note: 'Frames are hard in the model: a unit staffs within its share of the frame after the office is paid, so a costlier office displaces care (need met falls) rather than adding to spending or to resources used. The pattern as the sources state it assumes the budget grows with the administration.',
  },
  {
    id: 'P2-prevention-financing',
    title: 'Frame-funded, integrated units do more preventive work than per-unit-paid ones; prevention tracks staff motivation',
    source: 'seed 000 (Deloitte 2012 as quoted); multitasking theory (Holmström & Milgrom 1991)',
    region: 'default staff motivation; integrated + frame vs internal split + per-unit pay on granted hours',
    a: { label: 'integrated, frame', params: { horizon: { years }, governance: { split: 'integrated', financing: 'frame' } } },
    b: { label: 'split, per-unit', params: { horizon: { years }, governance: { split: 'internal', financing: 'perUnitGranted' } } },
    checks: [{ claim: 'prevention share falls under per-unit pay', metrics: ['prevention.share'], judge: first(down) }],
  },
  {
    id: 'P2b-prevention-motivation',
    title: 'Prevention tracks staff motivation',
    source: 'seed 000 (incentive for prevention lies in professional pride, Deloitte 2012 as quoted) [C]',
    region: 'integrated, frame; motivation mean 0.4 vs 0.85',
    a: { label: 'motivation 0.4', params: { horizon: { years }, staff: { motivation: { mean: 0.4 } } } },
    b: { label: 'motivation 0.85', params: { horizon: { years }, staff: { motivation: { mean: 0.85 } } } },
    checks: [{ claim: 'prevention share rises with motivation', metrics: ['prevention.share'], judge: first(up) }],
  },
  {
    id: 'P3-abolition-admin',
    title: 'Abolishing the split lowers administrative cost',
    source: 'Moss (NOK 17 M a year, seed 001) [C]; Scotland (seeds 000/001) [C]',
    region: 'internal split with per-unit pay from the start; abolished (integrated, frame) on 2007-01-01 vs kept',
    a: { label: 'split kept', params: { horizon: { years }, governance: { split: 'internal', financing: 'perUnitGranted' } } },
    b: {
      label: 'split abolished 2007',
      params: { horizon: { years }, governance: { split: 'internal', financing: 'perUnitGranted' } },
      timeline: [{ date: '2007-01-01', set: [{ path: 'governance.split', value: 'integrated' }, { path: 'governance.financing', value: 'frame' }] }],
    },
    checks: [
      { claim: 'transaction costs fall', metrics: ['cost.transaction'], judge: first(down) },
      { claim: 'the administrative share falls', metrics: ['adminShare'], judge: first(down) },
    ],
    note: 'The second half of the pattern (waiting depends on whether targets remain, Scotland vs England [M]) needs a targets mechanism the model does not have yet.',
  },
  {
    id: 'P3b-moss-savings',
    title: 'Moss: the last abolition saved about NOK 17 million a year in bureaucracy and internal invoicing',
    source: 'seed 001 (Moss, figure claimed by the seed\'s author) [C]',
    region: 'the moss case (scale 0.12, its own assumed dates; last abolition 2012-01-02) against its kept-split variant, final year 2014',
    a: { label: 'moss, split kept', scenario: { id: 'moss', variant: 'kept-split' }, params: {} },
    b: { label: 'moss as it happened', scenario: { id: 'moss' }, params: {} },
    checks: [
      { claim: 'transaction costs fall after the abolition', metrics: ['cost.transaction'], judge: first(down) },
      { claim: 'by NOK 8.5–34 million a year (the claim ±factor 2)', metrics: ['cost.transaction'], judge: first(within(-34e6, -8.5e6, false)) },
    ],
    note: 'Moss\'s dates and scale are assumptions of the case file (docs/cases.md); the figure is a claim, so agreement within a factor of two is all this checks.',
  },
  {
    id: 'P4-blending',
    title: 'Internal splits drift toward blended roles and round decisions',
    source: 'seed 002 (an Oslo district); seed 001 slide 18 [C]',
    region: 'internal split, blendingPerYear 0.1 vs 0',
    a: { label: 'no drift', params: { horizon: { years }, governance: { split: 'internal', blendingPerYear: 0 } } },
    b: { label: 'drift 0.1/year', params: { horizon: { years }, governance: { split: 'internal', blendingPerYear: 0.1 } } },
    checks: [{ claim: 'transaction costs fall as roles blend', metrics: ['cost.transaction'], judge: first(down) }],
    note: 'The drift itself is a mechanism with a rate parameter (so it is built in, not emergent); what is checked is its consequence for transaction costs.',
  },
  {
    id: 'P5-control',
    title: 'Heavy control and documentation lower time with users and staff motivation, and raise sick leave and turnover',
    source: 'seed 004 (Vänersborg; SOU 2018:47); Kristiansand 63 % → 42 % time at the client [M]; Swedish data (Jordahl & Persson 2018) [M]',
    region: 'controlIntensity 0.1 vs 0.8, crowding at its default',
    a: { label: 'light control', params: { horizon: { years }, governance: { controlIntensity: 0.1 } } },
    b: { label: 'heavy control', params: { horizon: { years }, governance: { controlIntensity: 0.8 } } },
    checks: [
      { claim: 'direct-time share falls', metrics: ['directTimeShare'], judge: first(down) },
      {
        claim: 'by 5–30 percentage points (Kristiansand: 63 % → 42 % from 2003 to 2018, with more than control changing) [M]',
        metrics: ['directTimeShare'],
        judge: first(within(-0.3, -0.05, false)),
      },
      { claim: 'staff motivation falls', metrics: ['staff.motivation'], judge: first(down) },
      { claim: 'sick leave rises', metrics: ['staff.sickLeave'], judge: first(up) },
      { claim: 'turnover rises', metrics: ['staff.turnover'], judge: first(up) },
    ],
  },
  {
    id: 'P6-gaming',
    title: 'Per-unit pay with weak audit produces over-billing and cream-skimming, more with for-profit, knavish providers',
    source: 'seed 004 (gaming under per-case pay); Silverman & Skinner 2004 (upcoding +10/+23/+37 pp) [M]',
    region: 'competitive split, per-unit pay on reported hours, 3 firms, weak audits (control 0.05, measurability 0.2); knavery 0.1 vs 0.9',
    a: { label: 'knightly firms', params: { horizon: { years }, governance: { split: 'competitive', financing: 'perUnitPerformed', controlIntensity: 0.05 }, service: { measurability: 0.2 }, providers: { commercial: { count: 3, knavery: 0.1, entry: false } } } },
    b: { label: 'knavish firms', params: { horizon: { years }, governance: { split: 'competitive', financing: 'perUnitPerformed', controlIntensity: 0.05 }, service: { measurability: 0.2 }, providers: { commercial: { count: 3, knavery: 0.9, entry: false } } } },
    checks: [
      { claim: 'over-billed hours rise', metrics: ['gaming.overbilledHours'], judge: first(up) },
      { claim: 'cream-skimming rises', metrics: ['market.creamSkimmed'], judge: first(up) },
    ],
  },
  {
    id: 'P7-volume',
    title: 'Per-unit pay raises volume and cost without more users served',
    source: 'Norwegian state-financing trial 2016–19: care costs +15 %, no evidence of more users served [M]',
    region: 'internal split; frame vs per-unit pay on granted hours',
    a: { label: 'frame', params: { horizon: { years }, governance: { split: 'internal', financing: 'frame' } } },
    b: { label: 'per-unit', params: { horizon: { years }, governance: { split: 'internal', financing: 'perUnitGranted' } } },
    checks: [
      { claim: 'cost rises', metrics: ['cost.total'], judge: first(up) },
      { claim: 'by 5–30 % (the trial: about +15 % in two years) [M]', metrics: ['cost.total'], judge: first(within(0.05, 0.3, true)) },
      { claim: 'users served do not rise by more than 2 %', metrics: ['users.served'], judge: ([e]) => ((e as Effect).hi < 0.02 * (e as Effect).base ? 'reproduced' : (e as Effect).lo > 0.02 * (e as Effect).base ? 'not reproduced' : 'inconclusive') },
    ],
  },
  {
    id: 'P8-competition',
    title: 'With knavish providers, a measurable service and good monitoring, competition lowers unit cost',
    source: "proponents' claim 2 (seed 000); Le Grand 2003",
    region: 'knavish municipal units (profit weight 0.8) and firms (knavery 0.8), measurability 0.9, control 0.6; internal split vs competitive with user choice, both per-unit pay on granted hours',
    a: { label: 'internal, per-unit', params: { horizon: { years }, service: { measurability: 0.9 }, governance: { split: 'internal', financing: 'perUnitGranted', controlIntensity: 0.6 }, providers: { municipal: { profitWeight: 0.8 }, commercial: { knavery: 0.8 } } } },
    b: { label: 'competitive, choice', params: { horizon: { years }, service: { measurability: 0.9 }, governance: { split: 'competitive', financing: 'perUnitGranted', controlIntensity: 0.6, userChoice: true }, providers: { municipal: { profitWeight: 0.8 }, commercial: { count: 3, knavery: 0.8 } } } },
    checks: [{ claim: 'cost per user falls', metrics: ['cost.perUser'], judge: first(down) }],
    note: 'Mechanisms that work against the pattern in the model: more providers mean sparser routes (travel), more monitoring and contract management, and profit-weighted firms give no unpaid hours and turn away costly users. What could let competition lower unit cost is only partly modelled: firms pay lower wages, but prices are set, not bid, and choice moves users by perceived quality, not by cost.',
  },
];
