/**
 * A view's study session: the run controls (replications, seed, years, Run and Stop, progress),
 * the study launched on the worker and relaunched by Run, and the page's honesty about it: Run is
 * off while a field holds a value it would not use, and the page says what the charts still show.
 */
import { replicationSeeds, type PpsimError } from '@ppsim/core';
import type { Scenario } from '@ppsim/scenarios/types';
import { applyOverrides } from '../data/params.ts';
import { t } from '../i18n.ts';
import { LIMITS } from '../state.ts';
import type { AppContext } from './context.ts';
import { h, numberField } from './dom.ts';
import { runEnsembles, type EnsembleProgress, type ViewStudy } from './runner.ts';

/**
 * `viewStudy(scenarios, ctx, changes?)`: the study the scenarios, the page's controls and the panel's
 * changes ask for: each scenario with its changes (default: the page's `set` for every one), on
 * the replication seeds of the page's seed (the command line's for the same seed).
 */
export function viewStudy(scenarios: readonly Scenario[], ctx: AppContext, changes?: readonly ReadonlyMap<string, unknown>[]): ViewStudy {
  const { years, set, seed, reps } = ctx.state;
  return {
    scenarios: scenarios.map((s, i) => ({ params: applyOverrides(s.params, years === 0 ? s.params.horizon.years : years, changes?.[i] ?? set), timeline: s.timeline })),
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
): { element: HTMLElement; progress: HTMLElement; bar: HTMLProgressElement; runButton: HTMLButtonElement; stopButton: HTMLButtonElement; stale: HTMLElement; invalid: Set<string> } {
  const s = ctx.state;
  const runButton = h('button', { type: 'button', class: 'primary', id: 'run', onclick: onRun }, t('ctl.run'));
  const stopButton = h('button', { type: 'button', id: 'stop', onclick: onStop, disabled: true }, t('ctl.stop'));
  const bar = h('progress', { max: 1, value: 0, 'aria-label': t('progress.idle') });
  const progress = h('p', { class: 'progress-text', role: 'status', 'aria-live': 'polite', id: 'progress' }, t('progress.idle'));
  const stale = h('p', { class: 'alert stale-note', id: 'stale-note', hidden: true });
  // A field holding a value Run would not use turns Run off and says what the charts still show.
  const invalid = new Set<string>();
  const validity = (id: string) => (valid: boolean) => {
    if (valid) invalid.delete(id);
    else invalid.add(id);
    showStale(controls);
  };
  const field = (id: 'reps' | 'seed' | 'years', text: string) =>
    numberField(
      id,
      text,
      s[id],
      LIMITS[id][0],
      LIMITS[id][1],
      (n) => {
        s[id] = n;
        ctx.commit();
      },
      validity(id),
    );
  const element = h(
    'div',
    { class: 'run-controls' },
    h('div', { class: 'row' }, field('reps', t('ctl.reps')), field('seed', t('ctl.seed')), field('years', t('ctl.years'))),
    h('div', { class: 'row buttons' }, runButton, stopButton),
    stale,
    bar,
    progress,
  );
  const controls = { element, progress, bar, runButton, stopButton, stale, invalid };
  document.body.dataset['stale'] = 'false';
  return controls;
}

/**
 * Turns Run off while a field is invalid, saying so and what the charts still show (the last run's
 * progress line), and marks the page's results as stale.
 */
function showStale(c: ReturnType<typeof runControls>): void {
  const off = c.invalid.size > 0;
  const running = document.body.dataset['running'] === 'true';
  c.runButton.disabled = off;
  c.runButton.setAttribute('aria-describedby', off ? 'stale-note' : '');
  c.stale.hidden = !off;
  const shown = c.bar.value > 0 ? (c.progress.textContent ?? '') : '';
  c.stale.textContent = !off ? '' : shown === '' || running ? t('ctl.staleNone') : t('ctl.stale', { what: shown.replace(/\.$/, '') });
  document.body.dataset['stale'] = off ? 'true' : 'false';
}

/** Shows a run's progress in the controls. */
function showProgress(c: ReturnType<typeof runControls>, p: EnsembleProgress): void {
  c.progress.textContent = p.message;
  c.progress.classList.toggle('error', p.state === 'error');
  c.bar.max = Math.max(1, p.total);
  c.bar.value = p.done;
  c.bar.setAttribute('aria-label', p.message);
  const running = p.state === 'running';
  c.stopButton.disabled = !running;
  document.body.dataset['running'] = running ? 'true' : 'false';
  showStale(c);
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
