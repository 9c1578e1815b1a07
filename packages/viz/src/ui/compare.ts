/**
 * Compare: scenario A and B on the same seeds; a metric of both with their bands, the paired
 * difference B − A with its band, the cost stacks side by side, and a final-year table of every
 * metric with paired differences. The page is enough on its own: parameter fields change both
 * scenarios or B alone, the dated events of either scenario are drawn, and each scenario opens in
 * Explore with the same run.
 */
import type { YearlyRun } from '@ppsim/core';
import type { Scenario } from '@ppsim/scenarios/types';
import { stackedAreaChart, timeSeriesChart } from '../charts/index.ts';
import type { StackedData, TimeSeriesData } from '../charts/types.ts';
import { allRefs, findRef } from '../data/cases.ts';
import { writeState } from '../state.ts';
import { getLang, label, t } from '../i18n.ts';
import { metricDescription } from '../i18n-metrics.ts';
import { paramValueText, paramNamed } from '../i18n-params.ts';
import { isMetric, METRIC_NAMES, metricOf } from '../metrics.ts';
import { card, type Card } from './card.ts';
import type { AppContext, Cleanup } from './context.ts';
import { h, linkNotice, replace, select } from './dom.ts';
import { foldOnNarrow } from './fold.ts';
import { metricMenu } from './metric-menu.ts';
import { SECTIONS } from './chartDefs.ts';
import { compareMarkers } from './events.ts';
import { paramsPanel } from './params.ts';
import { bandNote, studySession, viewStudy } from './session.ts';
import { drawable } from './runner.ts';
import { memoCaption, scenarioName, type MemoKind } from './memo.ts';
import { costStack, differenceSeries, scenarioSeries, seriesNote } from './series.ts';
import { finalRows, resultsTable } from './table.ts';

/**
 * The "what am I looking at" note of a metric as Explore gives it (the note of the chart that draws
 * it), or else the metric's description and how it is computed.
 */
export function metricNote(metric: string): string {
  const lang = getLang();
  const def = SECTIONS.flatMap((x) => x.charts).find((c) => c.kind === 'series' && c.metrics.includes(metric));
  if (def !== undefined) return def.note[lang];
  const m = metricOf(metric);
  return m === undefined ? '' : `${metricDescription(metric, lang)} ${t('compare.formula', { formula: m.formula })}`;
}

/** The note of the cost stacks, as Explore gives it. */
function stackNote(): string {
  return SECTIONS.flatMap((x) => x.charts).find((c) => c.kind === 'stack')?.note[getLang()] ?? '';
}

/** Which scenario the parameter fields change: both, or B alone; kept while the page is re-drawn. */
let scope: 'both' | 'b' = 'both';

/** The address of Explore showing one side of the comparison with the same run and its changes. */
function exploreHref(ctx: AppContext, ref: string, changes: ReadonlyMap<string, unknown>): string {
  const [id = '', variant = ''] = ref.split(':');
  return writeState({ ...ctx.state, view: 'explore', case: id, variant, set: new Map(changes), setB: new Map() }) || '?';
}

export function renderCompare(root: HTMLElement, ctx: AppContext): Cleanup {
  const s = ctx.state;
  const refs = allRefs();
  const fellBack: string[] = [];
  const fallBack = (what: 'link.a' | 'link.b' | 'link.metric', given: string, used: string) => {
    fellBack.push(t('link.unknown', { what: t(what), given, used }));
    return used;
  };
  if (findRef(s.a) === undefined) s.a = fallBack('link.a', s.a, 'bergen');
  if (findRef(s.b) === undefined) s.b = fallBack('link.b', s.b, 'bergen:frame-funding');
  if (!isMetric(s.metric)) s.metric = fallBack('link.metric', s.metric, 'cost.total');
  const a = findRef(s.a) as Scenario;
  const b = findRef(s.b) as Scenario;
  /** B's changes: those for both, then those for B alone. */
  const changesB = () => new Map([...s.set, ...s.setB]);
  // The first ensembles go to the worker before the page is built, so they run while the page draws.
  const session = studySession(ctx, () => viewStudy([a, b], ctx, [s.set, changesB()]), {
    restarted: () => {
      replace(tableHost);
      drawCharts();
    },
    arrived: () => update(),
  });
  const lang = getLang();
  const menu = metricMenu(METRIC_NAMES, ctx, () => {
    drawCharts();
    update();
  });
  const rerun = () => {
    ctx.commit();
    ctx.rerender();
  };
  const scopeField = h(
    'fieldset',
    { class: 'scope' },
    h('legend', {}, t('compare.scope')),
    ...(['both', 'b'] as const).map((v) =>
      h(
        'label',
        {},
        h('input', {
          type: 'radio',
          name: 'scope',
          value: v,
          id: `scope-${v}`,
          ...(scope === v ? { checked: true } : {}),
          onchange: () => {
            scope = v;
            ctx.rerender();
          },
        }),
        ` ${t(v === 'both' ? 'compare.scopeBoth' : 'compare.scopeB')}`,
      ),
    ),
    h('p', { class: 'hint' }, t(scope === 'both' ? 'compare.scopeHintBoth' : 'compare.scopeHintB')),
  );
  const onlyB = [...s.setB];
  const bOnlyNote =
    scope === 'both' && onlyB.length > 0
      ? h(
          'p',
          { class: 'hint b-only' },
          t('compare.bOnlyList', { list: onlyB.map(([p, v]) => `${paramNamed(p, lang)} = ${paramValueText(v, lang)}`).join(', ') }),
          ' ',
          h(
            'button',
            {
              type: 'button',
              onclick: () => {
                s.setB.clear();
                rerun();
              },
            },
            t('compare.bOnlyReset'),
          ),
        )
      : null;
  const panel = paramsPanel({
    scenario: scope === 'both' ? a : b,
    overrides: scope === 'both' ? s.set : s.setB,
    ...(scope === 'both' ? {} : { base: s.set }),
    onChange: (path, value) => {
      const target = scope === 'both' ? s.set : s.setB;
      if (value === undefined) target.delete(path);
      else target.set(path, value);
      rerun();
    },
    onResetAll: () => {
      (scope === 'both' ? s.set : s.setB).clear();
      rerun();
    },
  });
  const aside = h(
    'aside',
    { class: 'controls', 'aria-label': t('nav.compare') },
    select('a', t('ctl.a'), refs, s.a, (v) => {
      s.a = v;
      rerun();
    }),
    select('b', t('ctl.b'), refs, s.b, (v) => {
      s.b = v;
      rerun();
    }),
    menu,
    session.controls.element,
    linkNotice(fellBack),
    session.alert,
    h('p', { class: 'hint' }, t('compare.same')),
    scopeField,
    bOnlyNote,
    panel,
  );

  // On a phone the controls fold away, so that the first screen shows what is compared.
  foldOnNarrow(aside, 'compare', t('fold.compare'), h('small', {}, t('fold.showing', { a: s.a, b: s.b })));

  const charts = h('div', { class: 'charts', id: 'charts' });
  const tableHost = h('div', { class: 'table-host' });
  const note = h('p', { class: 'band-note' });
  const markers = compareMarkers(a, b);
  let vs: Card<TimeSeriesData> | undefined;
  let diff: Card<TimeSeriesData> | undefined;
  let stacks: Card<StackedData>[] = [];

  const ensembles = (): readonly (readonly YearlyRun[])[] => {
    const last = session.last();
    return last === undefined ? [[], []] : [drawable(last, 0), drawable(last, 1)];
  };
  const diffLabel = () => `${s.b} − ${s.a}`;
  /** The caption of an export: `only` one ensemble (0: A, 1: B), or both. */
  const memo = (title: string, scenarios: readonly Scenario[], kind: MemoKind, sides: readonly ('A' | 'B')[], only?: number) => () => {
    const both = ensembles();
    return memoCaption(title, { scenarios, ensembles: only === undefined ? both : [both[only] ?? []], kind, state: s, sides });
  };
  function drawCharts(): void {
    const [ra = [], rb = []] = ensembles();
    const metric = s.metric;
    const vsTitle = t('compare.vsTitle', { metric: label(metric) });
    const diffTitle = t('compare.diffTitle', { metric: label(metric) });
    vs = card<TimeSeriesData>(
      'compare-metric',
      vsTitle,
      seriesNote(`${metricNote(metric)} ${t('compare.vsNote', { a: s.a, b: s.b })}`, [metric]),
      (host) => timeSeriesChart(host, scenarioSeries([ra, rb], [`A: ${s.a}`, `B: ${s.b}`], metric, markers), { title: vsTitle, locale: lang }),
      undefined,
      memo(vsTitle, [a, b], 'band', ['A', 'B']),
    );
    diff = card<TimeSeriesData>(
      'compare-difference',
      diffTitle,
      lang === 'nb'
        ? 'Forskjellen B − A for hvert frø, gjennomsnitt med 95 %-intervall. Fordi begge kjøres med de samme tilfeldige tallene, er intervallet smalere enn forskjellen mellom to uavhengige bånd: et bånd som ikke krysser null er en forskjell modellen skiller fra tilfeldig variasjon.'
        : 'The difference B − A for each seed, averaged, with its 95 % interval. Because both run on the same random numbers, this interval is narrower than the gap between two independent bands: a band that stays clear of zero is a difference the model separates from chance.',
      (host) => timeSeriesChart(host, differenceSeries(ra, rb, diffLabel(), metric, markers), { title: diffTitle, locale: lang }),
      undefined,
      memo(diffTitle, [a, b], 'difference', ['A', 'B']),
    );
    stacks = [[ra, 'A', s.a] as const, [rb, 'B', s.b] as const].map(([runs, key, ref]) => {
      const title = `${label('cost.resources')}: ${key} (${ref})`;
      return card<StackedData>(
        `compare-stack-${key.toLowerCase()}`,
        title,
        stackNote(),
        (host) => stackedAreaChart(host, costStack(runs, markers), { title, locale: lang }),
        undefined,
        memo(title, [key === 'A' ? a : b], 'mean', [key], key === 'A' ? 0 : 1),
      );
    });
    replace(charts, vs.element, diff.element, ...stacks.map((c) => c.element));
  }
  function update(): void {
    const [ra = [], rb = []] = ensembles();
    vs?.update(scenarioSeries([ra, rb], [`A: ${s.a}`, `B: ${s.b}`], s.metric, markers));
    diff?.update(differenceSeries(ra, rb, diffLabel(), s.metric, markers));
    stacks[0]?.update(costStack(ra, markers));
    stacks[1]?.update(costStack(rb, markers));
    const n = Math.min(ra.length, rb.length);
    note.textContent = n === 0 ? '' : bandNote(n);
    const last = session.last();
    if (last !== undefined && last.state !== 'running' && (last.runs[0]?.length ?? 0) > 0) {
      replace(tableHost, resultsTable(t('section.differences'), [`A: ${s.a}`, `B: ${s.b}`], finalRows(last.runs)));
    }
  }
  const side = (key: 'A' | 'B', sc: Scenario, ref: string, changes: ReadonlyMap<string, unknown>) =>
    h('h2', {}, `${key}: ${scenarioName(sc)} `, h('a', { class: 'to-explore', href: exploreHref(ctx, ref, changes), 'data-side': key }, t('compare.explore', { side: key })));
  const head = h('div', { class: 'case-summary' }, side('A', a, s.a, s.set), side('B', b, s.b, changesB()));
  replace(root, h('div', { class: 'layout' }, aside, h('section', { class: 'results' }, head, charts, note, tableHost)));
  drawCharts();
  session.ready();
  return session.stop;
}
