/**
 * The ppsim viewer: explore a case, compare two, open CLI results, read the cases' evidence and the
 * glossary. The state lives in the address, so a link reproduces the view.
 */
import './app.css';
import './charts/charts.css';
import { VERSION } from '@ppsim/core';
import { setLang, t, type TextKey } from './i18n.ts';
import { warmUpWorker } from './sim/client.ts';
import { readState, switchView, writeState, type View } from './state.ts';
import { renderCases } from './ui/cases.ts';
import { renderCompare } from './ui/compare.ts';
import type { AppContext, Cleanup } from './ui/context.ts';
import { h, replace, select } from './ui/dom.ts';
import { renderExplore } from './ui/explore.ts';
import { renderGlossary } from './ui/glossary.ts';
import { renderOpen } from './ui/open.ts';

const VIEWS: readonly View[] = ['explore', 'compare', 'open', 'cases', 'glossary'];
const RENDER: Record<View, (root: HTMLElement, ctx: AppContext) => Cleanup> = {
  explore: renderExplore,
  compare: renderCompare,
  open: renderOpen,
  cases: renderCases,
  glossary: renderGlossary,
};

const state = readState(location.search);
if (state.view === 'explore' || state.view === 'compare') warmUpWorker();
const app = document.getElementById('app') as HTMLElement;
let cleanup: Cleanup = () => {};

const ctx: AppContext = {
  state,
  commit() {
    const query = writeState(state);
    history.replaceState(null, '', `${location.pathname}${query}`);
  },
  rerender: () => render(),
};

function render(): void {
  // A re-render after a change keeps the reader where they were: focus, and the scroll positions.
  const focusId = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
  const asideScroll = document.querySelector('aside.controls')?.scrollTop ?? 0;
  const pageScroll = window.scrollY;
  const sameView = app.dataset['view'] === state.view;
  app.dataset['view'] = state.view;
  cleanup();
  setLang(state.lang);
  document.documentElement.lang = state.lang;
  document.title = `${t(`nav.${state.view}` as TextKey)} · ${t('app.title')}`;
  const nav = h(
    'nav',
    { class: 'views', 'aria-label': t('nav.label') },
    ...VIEWS.map((v) =>
      h(
        'a',
        {
          href: writeState(switchView(state, v)) || location.pathname,
          'aria-current': v === state.view ? 'page' : undefined,
          onclick: (e: Event) => {
            e.preventDefault();
            Object.assign(state, switchView(state, v));
            history.pushState(null, '', `${location.pathname}${writeState(state)}`);
            render();
          },
        },
        t(`nav.${v}` as TextKey),
      ),
    ),
  );
  const langMenu = select(
    'lang',
    t('lang.label'),
    [
      { value: 'en', label: 'English' },
      { value: 'nb', label: 'Norsk bokmål' },
    ],
    state.lang,
    (v) => {
      state.lang = v === 'nb' ? 'nb' : 'en';
      ctx.commit();
      render();
    },
  );
  const main = h('main', { id: 'main', tabindex: -1 });
  replace(
    app,
    h('a', { class: 'skip', href: '#main' }, t('skip')),
    h('header', { class: 'top' }, h('div', { class: 'brand' }, h('h1', {}, t('app.title')), h('p', {}, t('app.tagline'))), nav, langMenu),
    main,
    h('footer', {}, `ppsim ${VERSION} · MIT`),
  );
  try {
    cleanup = RENDER[state.view](main, ctx);
  } catch (error) {
    cleanup = () => {};
    replace(main, h('div', { class: 'alert', role: 'alert' }, h('strong', {}, t('error.title')), h('br'), error instanceof Error ? error.message : String(error)));
  }
  if (sameView) {
    const aside = document.querySelector('aside.controls');
    if (aside !== null) aside.scrollTop = asideScroll;
    window.scrollTo(0, pageScroll);
    if (focusId !== '') document.getElementById(focusId)?.focus({ preventScroll: true });
  }
}

window.addEventListener('popstate', () => {
  Object.assign(state, readState(location.search));
  render();
});

render();
