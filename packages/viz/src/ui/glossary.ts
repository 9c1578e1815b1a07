/** Glossary: the domain's Nordic terms (from @ppsim/scenarios, the same source as docs/glossary.md). */
import { GLOSSARY, GLOSSARY_GROUPS, type GlossaryGroup } from '@ppsim/scenarios/glossary';
import { getLang, t } from '../i18n.ts';
import type { AppContext, Cleanup } from './context.ts';
import { h, replace } from './dom.ts';

export function renderGlossary(root: HTMLElement, _ctx: AppContext): Cleanup {
  const lang = getLang();
  const filter = h('input', { type: 'search', id: 'glossary-filter', 'aria-label': t('ctl.filter'), placeholder: '…' });
  const byId = new Map(GLOSSARY.map((e) => [e.id, e]));
  const groups = (Object.keys(GLOSSARY_GROUPS) as GlossaryGroup[]).map((g) => {
    const entries = GLOSSARY.filter((e) => e.group === g);
    if (entries.length === 0) return null;
    return h(
      'section',
      { class: 'glossary-group' },
      h('h3', {}, GLOSSARY_GROUPS[g][lang]),
      h(
        'dl',
        {},
        ...entries.flatMap((e) => [
          h(
            'dt',
            { id: `term-${e.id}`, 'data-terms': Object.values(e.terms).join(' ').toLowerCase() },
            h('span', { lang: 'nb' }, e.terms.nb),
            h(
              'span',
              { class: 'other-terms' },
              e.terms.sv === undefined ? null : h('span', { lang: 'sv' }, ` · sv: ${e.terms.sv}`),
              e.terms.da === undefined ? null : h('span', { lang: 'da' }, ` · da: ${e.terms.da}`),
              h('span', { lang: 'en' }, ` · en: ${e.terms.en}`),
            ),
          ),
          h(
            'dd',
            {},
            h('p', {}, e.definition[lang]),
            (e.see ?? []).length === 0
              ? null
              : h('p', { class: 'hint' }, '→ ', ...(e.see ?? []).flatMap((id, i) => [i > 0 ? ', ' : '', h('a', { href: `#term-${id}` }, byId.get(id)?.terms[lang === 'nb' ? 'nb' : 'en'] ?? id)])),
            (e.params ?? []).length === 0 ? null : h('p', { class: 'hint' }, ...(e.params ?? []).flatMap((p, i) => [i > 0 ? ', ' : '', h('code', {}, p)])),
          ),
        ]),
      ),
    );
  });
  const body = h('div', { class: 'glossary' }, ...groups);
  filter.addEventListener('input', () => {
    const q = filter.value.trim().toLowerCase();
    for (const dt of body.querySelectorAll<HTMLElement>('dt')) {
      const dd = dt.nextElementSibling as HTMLElement | null;
      const hit = q === '' || (dt.dataset['terms'] ?? '').includes(q) || (dd?.textContent ?? '').toLowerCase().includes(q);
      dt.hidden = !hit;
      if (dd !== null) dd.hidden = !hit;
    }
  });
  replace(root, h('div', { class: 'glossary-page' }, h('h2', {}, t('glossary.title')), h('p', {}, t('glossary.intro')), filter, GLOSSARY.length === 0 ? h('p', {}, t('glossary.empty')) : body));
  return () => {};
}
