/**
 * What an exported chart says about itself, so that a PNG or SVG pasted into a memo stands alone:
 * the scenarios, what the lines and bands are, and the run's size (replications, population
 * scale, master seed, years, changed parameters). The page says the same in its controls and notes.
 */
import type { YearlyRun } from '@ppsim/core';
import type { Scenario } from '@ppsim/scenarios/types';
import type { ExportCaption } from '../charts/export.ts';
import { textsOf } from '../data/cases.ts';
import { getLang, t } from '../i18n.ts';
import { paramValueText, paramNamed } from '../i18n-params.ts';
import type { ViewState } from '../state.ts';
import { commonYears } from '../sim/digest.ts';
import { fmt } from './dom.ts';
import { scaleOf } from './memo-results.ts';

/** What a chart draws: means with t-intervals, a paired difference, or means alone (stacked areas). */
export type MemoKind = 'band' | 'difference' | 'mean';

/** A scenario's name in a caption, in the page's language: its case, and its variant when it has one. */
export function scenarioName(s: Scenario): string {
  const x = textsOf(s);
  return x.variantTitle === undefined ? x.title : `${x.title} — ${x.variantTitle}`;
}

/** What a caption says, whichever view the chart is in. */
export interface MemoFacts {
  /** The scenarios' names, A then B. */
  readonly names: readonly string[];
  /** The runs drawn, one ensemble per scenario. */
  readonly ensembles: readonly (readonly YearlyRun[])[];
  readonly kind: MemoKind;
  /** Each scenario's population scale (one when all are the same). */
  readonly scales: readonly number[];
  /** The master seed, when known. */
  readonly seed?: number | undefined;
  /** Changed parameters as `name (path) = value`. */
  readonly changes?: readonly string[];
}

/**
 * `memoLines(title, facts)`: the caption of an exported chart: the scenarios, what the lines and
 * bands are, and the run's size (replications, population scale, master seed, years).
 *
 * @example
 * memoLines('Need met', { names: ['Bergen'], ensembles: [runs], kind: 'band', scales: [0.05], seed: 1 });
 * // { title: 'Need met', lines: ['Scenario: Bergen', 'Lines: means over 3 replications; …', 'Run: 3 replications · …'] }
 */
export function memoLines(title: string, f: MemoFacts): ExportCaption {
  const n = Math.min(...f.ensembles.map((r) => r.length));
  const reps = Number.isFinite(n) ? n : 0;
  const names = f.names;
  const scenarios = names.length === 1 ? t('memo.scenario', { name: names[0] ?? '' }) : t('memo.scenarios', { a: names[0] ?? '', b: names[names.length - 1] ?? '' });
  const band = t(f.kind === 'difference' ? 'memo.difference' : f.kind === 'mean' ? 'memo.mean' : 'memo.band', { n: reps });
  const years = commonYears(f.ensembles.flat());
  const from = years[0];
  const to = years[years.length - 1];
  const scales = [...new Set(f.scales.map((x) => fmt(x, getLang())))];
  const run = t('memo.run', {
    n: reps,
    scale: scales.length <= 1 ? (scales[0] ?? '–') : scales.map((sc, i) => `${i === 0 ? 'A' : 'B'} ${sc}`).join(', '),
    seed: f.seed ?? '–',
    years: from === undefined || to === undefined ? '–' : from === to ? String(from) : `${from}–${to}`,
  });
  const changes = f.changes ?? [];
  return { title, lines: [scenarios, band, run, ...(changes.length === 0 ? [] : [t('memo.changed', { list: changes.join(', ') })])] };
}

/**
 * `memoCaption(title, { scenarios, ensembles, kind, state })`: the caption of a chart of the page's
 * own runs (Explore, Compare), its facts read from the scenarios and the page's state.
 */
export function memoCaption(
  title: string,
  o: {
    readonly scenarios: readonly Scenario[];
    readonly ensembles: readonly (readonly YearlyRun[])[];
    readonly kind: MemoKind;
    readonly state: ViewState;
    /** Compare: which side each scenario is; B runs with the changes for B only on top. */
    readonly sides?: readonly ('A' | 'B')[];
  },
): ExportCaption {
  const { set, setB } = o.state;
  const withB = o.sides?.includes('B') ?? false;
  const shown = ([path]: readonly [string, unknown]) => path !== 'population.scale';
  const changes = [
    ...[...set].filter(shown).map(([path, value]) => `${paramNamed(path, getLang())} = ${paramValueText(value, getLang())}`),
    ...(withB ? [...setB].filter(shown).map(([path, value]) => `${paramNamed(path, getLang())} = ${paramValueText(value, getLang())} (${t('compare.bOnlyShort')})`) : []),
  ];
  const scale = (i: number) => (o.sides?.[i] === 'B' ? (setB.get('population.scale') ?? set.get('population.scale')) : set.get('population.scale'));
  return memoLines(title, {
    names: o.scenarios.map(scenarioName),
    ensembles: o.ensembles,
    kind: o.kind,
    scales: o.scenarios.map((s, i) => scaleOf(s.params, scale(i))),
    seed: o.state.seed,
    changes,
  });
}
