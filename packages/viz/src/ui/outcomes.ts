/**
 * Events the runs produced themselves, for Explore's charts: the years in which the model held a
 * tender round (`tendering.rounds`) or the municipality took over the users of a firm that could not
 * serve them (`providers.takeovers`), each with how many of the runs had one. They are outcomes,
 * drawn apart from the case's scheduled events, and differ from run to run.
 */
import type { YearlyRun } from '@ppsim/core';
import type { OutcomeGroup } from '../charts/types.ts';
import { getLang, t, type TextKey } from '../i18n.ts';
import { fmt } from './dom.ts';

/** The yearly counts drawn as outcome events, with their legend and tooltip texts. */
const KINDS: readonly { readonly metric: string; readonly legend: TextKey; readonly text: TextKey }[] = [
  { metric: 'tendering.rounds', legend: 'outcome.tender', text: 'outcome.tenderText' },
  { metric: 'providers.takeovers', legend: 'outcome.takeover', text: 'outcome.takeoverText' },
];

/**
 * `outcomeGroups(runs)`: per kind, the years in which at least one run had the event, with how many
 * runs had it and the mean count over all runs; kinds that never happened are left out.
 */
export function outcomeGroups(runs: readonly YearlyRun[]): OutcomeGroup[] {
  const lang = getLang();
  return KINDS.flatMap((kind) => {
    const years = new Map<number, { runs: number; sum: number }>();
    for (const run of runs) {
      const values = run.values[kind.metric] ?? [];
      run.years.forEach((year, i) => {
        const v = values[i] ?? 0;
        const y = years.get(year) ?? { runs: 0, sum: 0 };
        y.sum += Number.isFinite(v) ? v : 0;
        if (v > 0) y.runs += 1;
        years.set(year, y);
      });
    }
    const points = [...years]
      .filter(([, y]) => y.runs > 0)
      .sort(([a], [b]) => a - b)
      .map(([x, y]) => ({ x, text: t(kind.text, { k: y.runs, n: runs.length, mean: fmt(y.sum / runs.length, lang) }) }));
    return points.length === 0 ? [] : [{ key: kind.metric, legend: t(kind.legend), points }];
  });
}
