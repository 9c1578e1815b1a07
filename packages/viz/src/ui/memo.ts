/**
 * What an exported chart says about itself, so that a PNG or SVG pasted into a memo stands alone:
 * the scenarios, what the lines and bands are, and the run's size (replications, population
 * scale, master seed, years, changed parameters). The page says the same in its controls and notes.
 */
import type { YearlyRun } from '@ppsim/core';
import type { Scenario } from '@ppsim/scenarios/types';
import type { ExportCaption } from '../charts/export.ts';
import { getLang, t } from '../i18n.ts';
import type { ViewState } from '../state.ts';
import { commonYears } from '../sim/digest.ts';
import { fmt } from './dom.ts';

/** What a chart draws: means with t-intervals, a paired difference, or means alone (stacked areas). */
export type MemoKind = 'band' | 'difference' | 'mean';

/** A scenario's name in a caption: its case, and its variant when it has one. */
export function scenarioName(s: Scenario): string {
  return s.variant === undefined ? s.title : `${s.title} — ${s.variant.title}`;
}

/** The population scale a scenario runs at: the page's change when there is one, else the scenario's own. */
function scaleOf(s: Scenario, state: ViewState): string {
  const changed = state.set.get('population.scale');
  return fmt(Number(changed ?? (s.params as { readonly population?: { readonly scale?: number } }).population?.scale ?? 1), getLang());
}

/**
 * `memoCaption(title, { scenarios, ensembles, kind, state })`: the caption of an exported chart
 * whose `ensembles` (one per scenario, A then B) are drawn as `kind`.
 *
 * @example
 * memoCaption('Need met', { scenarios: [bergen], ensembles: [runs], kind: 'band', state });
 * // { title: 'Need met', lines: ['Scenario: Bergen', 'Lines: means over 3 replications; …', 'Run: 3 replications · …'] }
 */
export function memoCaption(
  title: string,
  o: { readonly scenarios: readonly Scenario[]; readonly ensembles: readonly (readonly YearlyRun[])[]; readonly kind: MemoKind; readonly state: ViewState },
): ExportCaption {
  const n = Math.min(...o.ensembles.map((r) => r.length));
  const reps = Number.isFinite(n) ? n : 0;
  const names = o.scenarios.map(scenarioName);
  const scenarios = names.length === 1 ? t('memo.scenario', { name: names[0] ?? '' }) : t('memo.scenarios', { a: names[0] ?? '', b: names[1] ?? '' });
  const band = t(o.kind === 'difference' ? 'memo.difference' : o.kind === 'mean' ? 'memo.mean' : 'memo.band', { n: reps });
  const years = commonYears(o.ensembles.flat());
  const from = years[0];
  const to = years[years.length - 1];
  const scales = [...new Set(o.scenarios.map((s) => scaleOf(s, o.state)))];
  const run = t('memo.run', {
    n: reps,
    scale: scales.length === 1 ? (scales[0] ?? '1') : scales.map((sc, i) => `${i === 0 ? 'A' : 'B'} ${sc}`).join(', '),
    seed: o.state.seed,
    years: from === undefined || to === undefined ? '–' : from === to ? String(from) : `${from}–${to}`,
  });
  const changes = [...o.state.set].filter(([path]) => path !== 'population.scale').map(([path, value]) => `${path} = ${String(value)}`);
  return { title, lines: [scenarios, band, run, ...(changes.length === 0 ? [] : [t('memo.changed', { list: changes.join(', ') })])] };
}
