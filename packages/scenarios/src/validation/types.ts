/** The shapes of a validation pattern: its region, its two arms, and its checks. */
import type { ParamRange } from '@ppsim/core';

/** One configuration of a comparison: a governance preset and settings, or a case and variant. */
export interface Arm {
  readonly label: string;
  /** A named governance preset of core (`REGIME_PRESETS`), applied after the region's values. */
  readonly preset?: string;
  /** Settings by dotted path, applied last (they are what the arm is about). */
  readonly set?: Readonly<Record<string, unknown>>;
  /** Dated parameter changes (a regime change during the run). */
  readonly timeline?: readonly { readonly date: string; readonly set: readonly { readonly path: string; readonly value: unknown }[] }[];
  /** A case (and variant) run at its own scale and settings instead: for checks against a case's figures. */
  readonly scenario?: { readonly id: string; readonly variant?: string };
}

/** Where a pattern is expected to hold: fixed settings and ranges sampled by a Latin hypercube. */
export interface Region {
  /** In words, for the report. */
  readonly description: string;
  /** Settings by dotted path common to every point and both arms. */
  readonly fixed: Readonly<Record<string, unknown>>;
  /** Ranges sampled at each point; empty for a single case. */
  readonly ranges: readonly ParamRange[];
}

/**
 * A claim about one metric's paired effect b − a, relative to arm a's mean or absolute:
 * `up`/`down` need at least `minEffect` in the expected direction at most points and a pooled
 * interval that excludes zero; `within` needs the pooled interval inside `bounds`.
 */
export interface Check {
  readonly claim: string;
  /** Which level of the system the metric describes (costs, time use, staff, volume, users, outcome). */
  readonly level: string;
  readonly metric: string;
  readonly expect: 'up' | 'down' | 'within';
  readonly minEffect: number;
  readonly relative: boolean;
  readonly bounds?: readonly [number, number];
}

/** A known pattern (domain brief §5): its source, region, arms and checks. */
export interface Pattern {
  readonly id: string;
  readonly title: string;
  /** Source of the pattern and its evidence grade. */
  readonly source: string;
  readonly region: Region;
  readonly a: Arm;
  readonly b: Arm;
  readonly checks: readonly Check[];
  /** Why the pattern holds by construction, when a formula fixes its direction: then it is never counted as reproduced. */
  readonly construction?: string;
  /** Said in the report: how the pattern relates to the model's mechanisms. */
  readonly note?: string;
}
