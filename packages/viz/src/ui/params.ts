/**
 * The parameter panel, generated from the model's schema: one group per top-level section, each
 * parameter with an input fitting its type (a slider and a number for bounded numbers, a menu for
 * choices), its unit, range, the case's value and the source and evidence grade of that value on
 * hover, behind a "?" button (keyboard, touch) and for screen readers. Changed values are marked
 * and can be reset one by one.
 */
import type { Scenario } from '@ppsim/scenarios/types';
import { textsOf } from '../data/cases.ts';
import { paramInfos, paramValue, parseValue, type ParamInfo } from '../data/params.ts';
import { getLang, groupLabel, t, unitText } from '../i18n.ts';
import { paramValueText, paramHelpText, paramName } from '../i18n-params.ts';
import { h } from './dom.ts';
import './params.css';

export interface PanelOptions {
  readonly scenario: Scenario;
  readonly overrides: ReadonlyMap<string, unknown>;
  /** Changes already applied under `overrides` (Compare's changes for both, under B's own): the fields' starting values. */
  readonly base?: ReadonlyMap<string, unknown>;
  /** A parameter changed (value undefined: reset to the case's value). */
  readonly onChange: (path: string, value: unknown) => void;
  readonly onResetAll: () => void;
}

const fieldId = (path: string) => `p-${path.replaceAll('.', '-')}`;

/** Groups the reader opened, kept open when the panel is rebuilt after a change. */
const openGroups = new Set<string>();

function rangeText(info: ParamInfo): string {
  // Norwegian words with the value itself beside them, as `--set` takes it.
  const choice = (c: string) => (getLang() === 'en' ? c : `${paramValueText(c, getLang())} (${c})`);
  if (info.kind === 'choice') return (info.choices ?? []).map(choice).join(' | ');
  if (info.kind === 'boolean') return ['true', 'false'].map(choice).join(' | ');
  if (info.kind === 'text') return 'text';
  return `${info.min === undefined ? '−∞' : paramValueText(info.min, getLang())} – ${info.max === undefined ? '∞' : paramValueText(info.max, getLang())}`;
}

/** The hover text of a parameter: what it is, its unit and range, and where its value comes from. */
export function paramHelp(info: ParamInfo, scenario: Scenario): string {
  const ev = scenario.evidence.find((e) => e.path === info.path);
  const lines = [
    `${paramName(info.path, getLang())} (${info.path}): ${paramHelpText(info.path, info.description, getLang())}`,
    `${t('param.unit')}: ${info.unit === '' ? '–' : unitText(info.unit)} · ${t('param.range')}: ${rangeText(info)}`,
    `${t('param.default')}: ${paramValueText(info.defaultValue, getLang())} (${t('param.grade')} ${info.grade}; ${t('param.source')}: ${info.source})`,
  ];
  const note = ev === undefined ? undefined : textsOf(scenario).note(ev, { kind: 'case' });
  if (ev !== undefined)
    lines.push(`${scenario.id}: ${paramValueText(ev.value, getLang())} (${t('param.grade')} ${ev.grade}; ${t('param.source')}: ${ev.source}${note === undefined ? '' : ` — ${note}`})`);
  return lines.join('\n');
}

function input(info: ParamInfo, value: unknown, commit: (text: string) => void): HTMLElement[] {
  const id = fieldId(info.path);
  if (info.kind === 'choice' || info.kind === 'boolean') {
    const sel = h('select', { id, onchange: () => commit(sel.value) });
    for (const c of info.kind === 'boolean' ? ['true', 'false'] : (info.choices ?? [])) {
      const o = h('option', { value: c }, paramValueText(c, getLang()));
      if (c === String(value)) o.selected = true;
      sel.append(o);
    }
    return [sel];
  }
  if (info.kind === 'text') {
    const field = h('input', { id, type: 'text', value: String(value) });
    field.addEventListener('change', () => commit(field.value));
    return [field];
  }
  const step = info.kind === 'integer' ? '1' : 'any';
  const num = h('input', { id, type: 'number', step, value: String(value), ...(info.min === undefined ? {} : { min: info.min }), ...(info.max === undefined ? {} : { max: info.max }) });
  num.addEventListener('change', () => commit(num.value));
  const bounded = info.min !== undefined && info.max !== undefined && info.max > info.min && info.max - info.min <= 1e6;
  if (!bounded) return [num];
  const span = (info.max as number) - (info.min as number);
  const slider = h('input', {
    type: 'range',
    min: info.min,
    max: info.max,
    step: info.kind === 'integer' ? Math.max(1, Math.round(span / 200)) : span / 200,
    value: String(value),
    'aria-label': info.path,
    tabindex: -1,
  });
  slider.addEventListener('input', () => {
    num.value = slider.value;
  });
  slider.addEventListener('change', () => commit(slider.value));
  return [slider, num];
}

/**
 * The "?" button that shows a field's help below it and hides it again: the hover text (`title`)
 * reaches neither a keyboard nor a finger. The text stays the field's description while hidden.
 */
function helpToggle(text: HTMLElement, path: string): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'help-toggle', 'aria-expanded': 'false', 'aria-controls': text.id, 'aria-label': t('help.toggle', { name: path }) }, '?');
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    text.classList.toggle('visually-hidden', !open);
  });
  return button;
}

/** Builds the panel. */
export function paramsPanel(o: PanelOptions): HTMLElement {
  const groups = new Map<string, ParamInfo[]>();
  for (const info of paramInfos()) {
    const list = groups.get(info.group) ?? [];
    list.push(info);
    groups.set(info.group, list);
  }
  const filter = h('input', { type: 'search', id: 'param-filter', placeholder: t('ctl.filter'), 'aria-label': t('ctl.filter') });
  const body = h('div', { class: 'param-groups' });
  for (const [group, infos] of groups) {
    const changedHere = infos.some((i) => o.overrides.has(i.path));
    const details = h('details', { class: 'param-group', 'data-group': group, ...(changedHere || openGroups.has(group) ? { open: true } : {}) }, h('summary', {}, groupLabel(group)));
    details.addEventListener('toggle', () => {
      if (details.open) openGroups.add(group);
      else openGroups.delete(group);
    });
    for (const info of infos) {
      const override = o.overrides.get(info.path);
      const caseValue = o.base?.has(info.path) ? o.base.get(info.path) : paramValue(o.scenario.params, info.path);
      const value = override ?? caseValue;
      const changed = override !== undefined && override !== caseValue;
      const help = paramHelp(info, o.scenario);
      const helpId = `${fieldId(info.path)}-help`;
      const message = h('span', { class: 'invalid', role: 'alert' });
      const commit = (text: string) => {
        const parsed = parseValue(info, text, o.scenario.params);
        if (parsed === undefined) {
          message.textContent = t('ctl.invalid', { expected: `${info.kind === 'integer' ? t('ctl.wholeNumber') : ''}${rangeText(info)}` });
          return;
        }
        message.textContent = '';
        o.onChange(info.path, parsed === caseValue ? undefined : parsed);
      };
      const controls = input(info, value, commit);
      for (const c of controls) {
        c.setAttribute('aria-describedby', helpId);
      }
      const name = paramName(info.path, getLang());
      const helpText = h('span', { id: helpId, class: 'param-help visually-hidden' }, help);
      const row = h(
        'div',
        { class: `param${changed ? ' changed' : ''}`, 'data-path': info.path, 'data-name': name, title: help },
        h('label', { for: fieldId(info.path) }, name, info.unit === '' || info.unit === 'setting' ? '' : h('small', {}, ` (${unitText(info.unit)})`), h('code', { class: 'param-path' }, info.path)),
        h(
          'div',
          { class: 'param-input' },
          ...controls,
          changed ? h('button', { type: 'button', class: 'reset', 'aria-label': `${t('ctl.resetOne')} ${info.path}`, onclick: () => o.onChange(info.path, undefined) }, '↺') : null,
          helpToggle(helpText, info.path),
        ),
        helpText,
        message,
      );
      details.append(row);
    }
    body.append(details);
  }
  filter.addEventListener('input', () => {
    const q = filter.value.trim().toLowerCase();
    for (const row of body.querySelectorAll<HTMLElement>('.param')) {
      const hit = q === '' || (row.dataset['path'] ?? '').toLowerCase().includes(q) || (row.dataset['name'] ?? '').toLowerCase().includes(q) || (row.title ?? '').toLowerCase().includes(q);
      row.hidden = !hit;
    }
    for (const d of body.querySelectorAll<HTMLDetailsElement>('details')) {
      const any = [...d.querySelectorAll<HTMLElement>('.param')].some((r) => !r.hidden);
      d.hidden = !any;
      if (q !== '' && any) d.open = true;
    }
  });
  const count = [...o.overrides.keys()].length;
  return h(
    'section',
    { class: 'params', 'aria-labelledby': 'params-title' },
    h('h2', { id: 'params-title' }, t('ctl.params'), count > 0 ? h('span', { class: 'badge' }, ` ${count}`) : null),
    h('p', { class: 'hint' }, t('ctl.paramsHint')),
    h('div', { class: 'param-tools' }, filter, count > 0 ? h('button', { type: 'button', onclick: o.onResetAll }, t('ctl.reset')) : null),
    body,
  );
}
