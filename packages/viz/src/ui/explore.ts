/**
 * Explore: one case (or variant), parameters changed in the panel, an ensemble run in the worker,
 * and charts by section that fill in as replications finish.
 */
import type { YearlyRun } from '@ppsim/core';
import type { Scenario } from '@ppsim/scenarios/types';
import { stackedAreaChart, timeSeriesChart } from '../charts/index.ts';
import type { OutcomeGroup, StackedData, TimeSeriesData } from '../charts/types.ts';
import { CASES, findScenario, textsOf } from '../data/cases.ts';
import { getLang, label, t, type TextKey } from '../i18n.ts';
import { paramNamed } from '../i18n-params.ts';
import { card, type Card } from './card.ts';
import { SECTIONS } from './chartDefs.ts';
import type { AppContext, Cleanup } from './context.ts';
import { h, linkNotice, replace, select } from './dom.ts';
import { foldOnNarrow } from './fold.ts';
import { paramsPanel } from './params.ts';
import { memoCaption, scenarioName, type MemoKind } from './memo.ts';
import { costStack, metricsSeries, seriesNote } from './series.ts';
import { markersOf } from './events.ts';
import { outcomeGroups } from './outcomes.ts';
import { drawable } from './runner.ts';
import { bandNote, studySession, viewStudy } from './session.ts';

/** A chart's data with the events the runs produced themselves (tender rounds, takeovers). */
function withOutcomes(data: TimeSeriesData, outcomes: readonly OutcomeGroup[]): TimeSeriesData {
  return outcomes.length === 0 ? data : { ...data, outcomes };
}

/** The note under the charts: the bands, and the outcome symbols when the runs produced any. */
function chartsNote(runs: readonly YearlyRun[], outcomes: readonly OutcomeGroup[]): string {
  return outcomes.length === 0 ? bandNote(runs.length) : `${bandNote(runs.length)} ${t('band.outcomes')}`;
}

/** Lines saying which changed parameters a switch of case cleared, for the page the switch leads to. */
const clearedOnSwitch: string[] = [];

export function renderExplore(root: HTMLElement, ctx: AppContext): Cleanup {
  const s = ctx.state;
  // What the last change of case cleared, said once on the page it leads to.
  const fellBack: string[] = clearedOnSwitch.splice(0);
  if (CASES.every((c) => c.base.id !== s.case)) {
    fellBack.push(t('link.unknown', { what: t('link.case'), given: s.case, used: 'reference' }));
    s.case = 'reference';
    s.variant = '';
  }
  const theCase = CASES.find((c) => c.base.id === s.case) ?? CASES[0];
  if (theCase === undefined) throw new Error('the viewer was built without cases');
  if (s.variant !== '' && findScenario(s.case, s.variant) === undefined) {
    fellBack.push(t('link.unknown', { what: t('link.variant'), given: s.variant, used: t('link.base') }));
    s.variant = '';
  }
  const scenario = findScenario(s.case, s.variant) as Scenario;
  // The first ensemble goes to the worker before the page is built, so it runs while the page draws.
  const session = studySession(ctx, () => viewStudy([scenario], ctx), { restarted: () => drawSection(), arrived: () => updateCharts() });

  const caseSelect = select(
    'case',
    t('ctl.case'),
    CASES.map((c) => ({ value: c.base.id, label: `${c.base.id} — ${textsOf(c.base).place}` })),
    s.case,
    (v) => {
      if (s.set.size > 0) clearedOnSwitch.push(t('case.cleared', { case: v, n: s.set.size, paths: [...s.set.keys()].map((p) => paramNamed(p, getLang())).join(', ') }));
      s.case = v;
      s.variant = '';
      s.set.clear();
      ctx.commit();
      ctx.rerender();
    },
  );
  const variantSelect = select(
    'variant',
    t('ctl.variant'),
    [{ value: '', label: t('ctl.base') }, ...theCase.variants.map((v) => ({ value: v.variant?.name ?? '', label: textsOf(v).variantTitle ?? '' }))],
    s.variant,
    (v) => {
      s.variant = v;
      ctx.commit();
      ctx.rerender();
    },
  );
  const panel = paramsPanel({
    scenario,
    overrides: s.set,
    onChange: (path, value) => {
      if (value === undefined) s.set.delete(path);
      else s.set.set(path, value);
      ctx.commit();
      ctx.rerender();
    },
    onResetAll: () => {
      s.set.clear();
      ctx.commit();
      ctx.rerender();
    },
  });

  const markers = markersOf(scenario);
  const sectionIds = SECTIONS.map((x) => x.id as string);
  if (!sectionIds.includes(s.section)) {
    fellBack.push(t('link.unknown', { what: t('link.section'), given: s.section, used: t('section.overview') }));
    s.section = 'overview';
  }
  const tabs = h('div', { class: 'tabs', role: 'tablist', 'aria-label': t('nav.label') });
  const charts = h('div', { class: 'charts', id: 'charts', role: 'tabpanel', tabindex: -1 });
  const note = h('p', { class: 'band-note' });
  let cards: { kind: 'series' | 'stack' | 'transactions'; metrics: readonly string[]; card: Card<TimeSeriesData> | Card<StackedData> }[] = [];

  const memo = (title: string, kind: MemoKind) => () => {
    const last = session.last();
    return memoCaption(title, { scenarios: [scenario], ensembles: [last === undefined ? [] : drawable(last, 0)], kind, state: s });
  };
  const drawSection = () => {
    const section = SECTIONS.find((x) => x.id === s.section) ?? SECTIONS[0];
    if (section === undefined) return;
    const last = session.last();
    const runs = last === undefined ? [] : drawable(last, 0);
    // Once per redraw, for every chart of the section and the note.
    const outcomes = outcomeGroups(runs);
    const lang = getLang();
    cards = section.charts.map((def) => {
      const title = def.kind === 'stack' ? label('cost.resources') : def.kind === 'transactions' ? label('cost.transaction') : def.metrics.map(label).join(' · ');
      if (def.kind !== 'series') {
        const only = def.kind === 'transactions';
        const c = card<StackedData>(def.id, title, def.note[lang], (host) => stackedAreaChart(host, costStack(runs, markers, only), { title, locale: lang }), undefined, memo(title, 'mean'));
        return { kind: def.kind, metrics: def.metrics, card: c };
      }
      const c = card<TimeSeriesData>(
        def.id,
        title,
        seriesNote(def.note[lang], def.metrics),
        (host) => timeSeriesChart(host, withOutcomes(metricsSeries(runs, def.metrics, markers), outcomes), { title, locale: lang }),
        undefined,
        memo(title, 'band'),
      );
      return { kind: 'series' as const, metrics: def.metrics, card: c };
    });
    replace(charts, ...cards.map((c) => c.card.element));
    note.textContent = runs.length === 0 ? '' : chartsNote(runs, outcomes);
  };
  const updateCharts = () => {
    const last = session.last();
    if (last === undefined) return;
    const runs = drawable(last, 0);
    const outcomes = outcomeGroups(runs);
    for (const c of cards) {
      if (c.kind !== 'series') (c.card as Card<StackedData>).update(costStack(runs, markers, c.kind === 'transactions'));
      else (c.card as Card<TimeSeriesData>).update(withOutcomes(metricsSeries(runs, c.metrics, markers), outcomes));
    }
    note.textContent = chartsNote(runs, outcomes);
  };
  for (const section of SECTIONS) {
    const tab = h(
      'button',
      { type: 'button', role: 'tab', id: `tab-${section.id}`, 'aria-selected': section.id === s.section ? 'true' : 'false', 'aria-controls': 'charts', tabindex: section.id === s.section ? 0 : -1 },
      t(`section.${section.id}` as TextKey),
    );
    tab.addEventListener('click', () => selectTab(section.id));
    tab.addEventListener('keydown', (e) => {
      const i = sectionIds.indexOf(section.id);
      const next = e.key === 'ArrowRight' ? sectionIds[(i + 1) % sectionIds.length] : e.key === 'ArrowLeft' ? sectionIds[(i - 1 + sectionIds.length) % sectionIds.length] : undefined;
      if (next !== undefined) {
        e.preventDefault();
        selectTab(next);
        (tabs.querySelector(`#tab-${next}`) as HTMLElement | null)?.focus();
      }
    });
    tabs.append(tab);
  }
  function selectTab(id: string): void {
    s.section = id;
    ctx.commit();
    for (const b of tabs.querySelectorAll('button')) {
      const on = b.id === `tab-${id}`;
      b.setAttribute('aria-selected', on ? 'true' : 'false');
      b.tabIndex = on ? 0 : -1;
    }
    drawSection();
  }

  const summary = h(
    'div',
    { class: 'case-summary' },
    h('h2', {}, scenarioName(scenario)),
    h('p', {}, textsOf(scenario).variantDescription ?? textsOf(scenario).summary),
    h(
      'p',
      {},
      h('a', { href: `?view=cases&case=${encodeURIComponent(scenario.id)}${s.lang === 'en' ? '' : `&lang=${s.lang}`}`, 'data-nav': 'cases' }, `${t('cases.sources')} · ${t('cases.evidence')}`),
    ),
  );
  const aside = h('aside', { class: 'controls', 'aria-label': t('nav.explore') }, caseSelect, variantSelect, linkNotice(fellBack), session.controls.element, session.alert, panel);
  foldOnNarrow(aside, 'explore', t('fold.explore'), h('small', {}, t('fold.case', { ref: s.variant === '' ? s.case : `${s.case}:${s.variant}`, n: s.set.size })));
  const main = h('section', { class: 'results', 'aria-live': 'off' }, summary, tabs, charts, note);
  replace(root, h('div', { class: 'layout' }, aside, main));
  drawSection();
  session.ready();
  return session.stop;
}
