/** Cases: each built-in case with its summary, what is known, its sources and graded evidence. */
import type { Scenario } from '@ppsim/scenarios/types';
import { CASES, textsOf } from '../data/cases.ts';
import { getLang, t, unitText } from '../i18n.ts';
import { sourceKindText, type NoteSite } from '../i18n-cases.ts';
import { paramName, paramNamed, paramValueText } from '../i18n-params.ts';
import type { AppContext, Cleanup } from './context.ts';
import { h, replace } from './dom.ts';
import './cases.css';

/** A value as the page shows it: a choice in the page's language, a number with its unit. */
function valueText(e: Scenario['evidence'][number]): string {
  return `${paramValueText(e.value, getLang())} ${e.unit === 'setting' || e.unit === 'text' ? '' : unitText(e.unit)}`.trim();
}

function evidenceTable(s: Scenario, caption: string, evidence: Scenario['evidence'], site: NoteSite = { kind: 'case' }, of: Scenario = s): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': caption },
    h(
      'table',
      { class: 'evidence' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...[t('cases.path'), t('cases.value'), t('cases.grade'), t('cases.source'), t('cases.note')].map((x) => h('th', { scope: 'col' }, x)))),
      h(
        'tbody',
        {},
        ...evidence.map((e) =>
          h(
            'tr',
            {},
            h('td', {}, paramName(e.path, getLang()), h('br'), h('code', {}, e.path)),
            h('td', {}, valueText(e)),
            h('td', { class: `grade grade-${e.grade}` }, e.grade),
            h('td', {}, sourceLink(s, e.source)),
            h('td', {}, textsOf(of).note(e, site) ?? ''),
          ),
        ),
      ),
    ),
  );
}

function sourceLink(s: Scenario, id: string): Node {
  const src = s.sources.find((x) => x.id === id);
  return src === undefined ? document.createTextNode(id) : h('a', { href: `#source-${s.id}-${id}` }, id);
}

function caseDetail(s: Scenario, variants: readonly Scenario[], ctx: AppContext): HTMLElement {
  const x = textsOf(s);
  const k = x.knowledge;
  return h(
    'article',
    { class: 'case', id: `case-${s.id}` },
    h('h2', {}, x.title),
    h('p', { class: 'meta' }, `${x.place} · ${x.service} · ${s.period.start} + ${s.period.years} ${t('units.years')}`),
    h('p', {}, x.summary),
    h(
      'button',
      {
        type: 'button',
        class: 'primary',
        onclick: () => {
          ctx.state.view = 'explore';
          ctx.state.case = s.id;
          ctx.state.variant = '';
          ctx.state.set.clear();
          ctx.commit();
          ctx.rerender();
        },
      },
      t('cases.open'),
    ),
    h('h3', {}, t('cases.knowledge')),
    h(
      'dl',
      {},
      ...(
        [
          ['measured', k.measured],
          ['claimed', k.claimed],
          ['assumed', k.assumed],
        ] as const
      ).flatMap(([key, text]) => (text === undefined ? [] : [h('dt', {}, t(`cases.${key}`)), h('dd', {}, text)])),
    ),
    s.timeline.length === 0
      ? null
      : h(
          'div',
          {},
          h('h3', {}, t('cases.timeline')),
          h(
            'ul',
            {},
            ...s.timeline.map((e) =>
              h('li', {}, h('time', { datetime: e.date }, e.date), ` ${x.eventLabel(e.label)}: `, e.set.map((v) => `${paramNamed(v.path, getLang())} = ${valueText(v)} (${v.grade})`).join('; ')),
            ),
          ),
        ),
    h('p', { class: 'hint' }, t('cases.grades')),
    evidenceTable(s, t('cases.evidence'), s.evidence),
    variants.length === 0
      ? null
      : h(
          'div',
          {},
          h('h3', {}, t('cases.variants')),
          ...variants.map((v) =>
            h(
              'section',
              { class: 'variant' },
              h('h4', {}, textsOf(v).variantTitle ?? ''),
              h('p', {}, textsOf(v).variantDescription ?? ''),
              h(
                'p',
                {},
                h(
                  'a',
                  { href: `?view=explore&case=${encodeURIComponent(s.id)}&variant=${encodeURIComponent(v.variant?.name ?? '')}${ctx.state.lang === 'en' ? '' : `&lang=${ctx.state.lang}`}` },
                  `${t('nav.explore')}: ${v.variant?.name ?? ''}`,
                ),
              ),
              (v.variant?.evidence.length ?? 0) === 0 ? null : evidenceTable(s, `${t('cases.evidence')}: ${v.variant?.name ?? ''}`, v.variant?.evidence ?? [], { kind: 'variant' }, v),
            ),
          ),
        ),
    h('h3', {}, t('cases.sources')),
    h(
      'ul',
      { class: 'sources' },
      ...s.sources.map((src) =>
        h(
          'li',
          { id: `source-${s.id}-${src.id}` },
          h('strong', {}, src.id),
          ` (${sourceKindText(src.kind, getLang())}) `,
          src.citation,
          src.url === undefined ? null : h('span', {}, ' ', h('a', { href: src.url, rel: 'noopener noreferrer', target: '_blank' }, src.url)),
          src.note === undefined ? null : h('span', { class: 'hint' }, ` ${x.sourceNote(src.id, src.note) ?? ''}`),
        ),
      ),
    ),
  );
}

export function renderCases(root: HTMLElement, ctx: AppContext): Cleanup {
  const s = ctx.state;
  const current = CASES.find((c) => c.base.id === s.case) ?? CASES[0];
  const list = h(
    'nav',
    { class: 'case-list', 'aria-label': t('nav.cases') },
    h(
      'ul',
      {},
      ...CASES.map((c) =>
        h(
          'li',
          {},
          h(
            'a',
            {
              href: `?view=cases&case=${encodeURIComponent(c.base.id)}`,
              'aria-current': c === current ? 'page' : undefined,
              onclick: (e: Event) => {
                e.preventDefault();
                s.case = c.base.id;
                ctx.commit();
                ctx.rerender();
              },
            },
            `${textsOf(c.base).place}`,
          ),
          h('br'),
          h('small', {}, c.base.id),
        ),
      ),
    ),
  );
  replace(root, h('div', { class: 'layout cases-layout' }, list, current === undefined ? h('p', {}, '–') : caseDetail(current.base, current.variants, ctx)));
  return () => {};
}
