/**
 * Explore: one case (or variant), parameters changed in the panel, an ensemble run in the worker,
 * and charts by section that fill in as replications finish.
 */
import { replicationSeeds, type PpsimError } from '@ppsim/core';
import type { Scenario } from '@ppsim/scenarios/types';
import { stackedAreaChart, timeSeriesChart } from '../charts/index.ts';
import type { EventMarker, StackedData, TimeSeriesData } from '../charts/types.ts';
import { CASES, findScenario, textsOf } from '../data/cases.ts';
import { applyOverrides } from '../data/params.ts';
import { yearFraction } from '../data/results.ts';
import { getLang, label, t, type TextKey } from '../i18n.ts';
import { paramNamed } from '../i18n-params.ts';
import { LIMITS } from '../state.ts';
import { card, type Card } from './card.ts';
import { SECTIONS } from './chartDefs.ts';
import type { AppContext, Cleanup } from './context.ts';
import { h, linkNotice, numberField, replace, select } from './dom.ts';
import { paramsPanel } from './params.ts';
import { memoCaption, scenarioName, type MemoKind } from './memo.ts';
import { costStack, metricsSeries, seriesNote } from './series.ts';
import { drawable, runEnsembles, type EnsembleProgress, type ViewStudy } from './runner.ts';

/** Dated events of a scenario as chart markers. */
export function markersOf(s: Scenario): EventMarker[] {
  const texts = textsOf(s);
  return s.timeline.map((e) => ({ x: yearFraction(e.date), label: texts.eventLabel(e.label) }));
}

/**
 * The study the scenarios, the page's controls and the panel's changes ask for: each scenario with
 * the changes, on the replication seeds of the page's seed (the command line's for the same seed).
 */
export function viewStudy(scenarios: readonly Scenario[], ctx: AppContext): ViewStudy {
  const { years, set, seed, reps } = ctx.state;
  return {
    scenarios: scenarios.map((s) => ({ params: applyOverrides(s.params, years === 0 ? s.params.horizon.years : years, set), timeline: s.timeline })),
    seeds: replicationSeeds(seed, reps),
  };
}

/** Sends a study to the worker: its stop function, or the message of a setting the model refuses. */
function launch(study: () => ViewStudy, onProgress: (p: EnsembleProgress) => void): { readonly stop?: () => void; readonly error?: string } {
  let asked: ViewStudy;
  try {
    asked = study();
  } catch (error) {
    return { error: (error as PpsimError).message };
  }
  return { stop: runEnsembles(asked, onProgress) };
}

/** Shows a message in the view's alert, or hides the alert when there is none. */
function showAlert(alert: HTMLElement, message: string | undefined): void {
  alert.textContent = message ?? '';
  alert.hidden = message === undefined;
}

/** The shared run controls: replications, seed, years, Run/Stop and the progress line. */
function runControls(
  ctx: AppContext,
  onRun: () => void,
  onStop: () => void,
): { element: HTMLElement; progress: HTMLElement; bar: HTMLProgressElement; runButton: HTMLButtonElement; stopButton: HTMLButtonElement } {
  const s = ctx.state;
  const runButton = h('button', { type: 'button', class: 'primary', id: 'run', onclick: onRun }, t('ctl.run'));
  const stopButton = h('button', { type: 'button', id: 'stop', onclick: onStop, disabled: true }, t('ctl.stop'));
  const bar = h('progress', { max: 1, value: 0, 'aria-label': t('progress.idle') });
  const progress = h('p', { class: 'progress-text', role: 'status', 'aria-live': 'polite', id: 'progress' }, t('progress.idle'));
  const element = h(
    'div',
    { class: 'run-controls' },
    h(
      'div',
      { class: 'row' },
      numberField('reps', t('ctl.reps'), s.reps, LIMITS.reps[0], LIMITS.reps[1], (n) => {
        s.reps = n;
        ctx.commit();
      }),
      numberField('seed', t('ctl.seed'), s.seed, LIMITS.seed[0], LIMITS.seed[1], (n) => {
        s.seed = n;
        ctx.commit();
      }),
      numberField('years', t('ctl.years'), s.years, LIMITS.years[0], LIMITS.years[1], (n) => {
        s.years = n;
        ctx.commit();
      }),
    ),
    h('div', { class: 'row buttons' }, runButton, stopButton),
    bar,
    progress,
  );
  return { element, progress, bar, runButton, stopButton };
}

/** Shows a run's progress in the controls. */
function showProgress(c: ReturnType<typeof runControls>, p: EnsembleProgress): void {
  c.progress.textContent = p.message;
  c.progress.classList.toggle('error', p.state === 'error');
  c.bar.max = Math.max(1, p.total);
  c.bar.value = p.done;
  c.bar.setAttribute('aria-label', p.message);
  const running = p.state === 'running';
  c.runButton.disabled = false;
  c.stopButton.disabled = !running;
  document.body.dataset['running'] = running ? 'true' : 'false';
}

/** A view's study on the worker, with its run controls and alert; see {@link studySession}. */
export interface StudySession {
  readonly controls: ReturnType<typeof runControls>;
  readonly alert: HTMLElement;
  /** What has arrived of the study running now, or undefined before anything has. */
  last(): EnsembleProgress | undefined;
  /** Shows why the first study could not start, if it could not; call once the page is built. */
  ready(): void;
  /** Stops the study running now: the view's clean-up. */
  stop(): void;
}

/**
 * `studySession(ctx, study, { restarted, arrived })`: a view's study, launched at once so that it runs
 * while the page draws, launched afresh by Run (the setting the model refuses shown in the alert
 * instead), stopped by Stop and by `stop()`. `restarted` redraws for a new study; `arrived` after
 * each batch of results (the progress line is already updated).
 */
export function studySession(ctx: AppContext, study: () => ViewStudy, hooks: { readonly restarted: () => void; readonly arrived: () => void }): StudySession {
  let last: EnsembleProgress | undefined;
  const onProgress = (p: EnsembleProgress) => {
    last = p;
    showProgress(controls, p);
    hooks.arrived();
  };
  const first = launch(study, onProgress);
  let stop = first.stop;
  const controls = runControls(
    ctx,
    () => {
      const next = launch(study, onProgress);
      showAlert(alert, next.error);
      if (next.stop === undefined) return;
      stop = next.stop;
      last = undefined;
      hooks.restarted();
    },
    () => stop?.(),
  );
  const alert = h('div', { class: 'alert', role: 'alert', hidden: true });
  return { controls, alert, last: () => last, ready: () => showAlert(alert, first.error), stop: () => stop?.() };
}

/** The band note under the charts. */
export function bandNote(n: number): string {
  return n <= 1 ? t('band.one') : t('band.note', { n });
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
  if (!sectionIds.includes(s.section)) s.section = 'overview';
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
        (host) => timeSeriesChart(host, metricsSeries(runs, def.metrics, markers), { title, locale: lang }),
        undefined,
        memo(title, 'band'),
      );
      return { kind: 'series' as const, metrics: def.metrics, card: c };
    });
    replace(charts, ...cards.map((c) => c.card.element));
    note.textContent = runs.length === 0 ? '' : bandNote(runs.length);
  };
  const updateCharts = () => {
    const last = session.last();
    if (last === undefined) return;
    const runs = drawable(last, 0);
    for (const c of cards) {
      if (c.kind !== 'series') (c.card as Card<StackedData>).update(costStack(runs, markers, c.kind === 'transactions'));
      else (c.card as Card<TimeSeriesData>).update(metricsSeries(runs, c.metrics, markers));
    }
    note.textContent = bandNote(runs.length);
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
  const main = h('section', { class: 'results', 'aria-live': 'off' }, summary, tabs, charts, note);
  replace(root, h('div', { class: 'layout' }, aside, main));
  drawSection();
  session.ready();
  return session.stop;
}
