/**
 * Building the page's controls without HTML strings: every text goes in as a text node, so data
 * (case texts, file contents, parameter values) can never be read as markup.
 */
import { t } from '../i18n.ts';

type Child = Node | string | number | null | undefined | false;
type Attr = string | number | boolean | undefined | null;
type Listener = (event: Event) => void;

/** `h('button', { class: 'x', onclick: f }, 'Run')`: an element with attributes, listeners and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Readonly<Record<string, Attr | Listener>> = {}, ...children: readonly Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) el.setAttribute(name, '');
    else if (value !== false && value !== undefined && value !== null) el.setAttribute(name, String(value));
  }
  append(el, ...children);
  return el;
}

/** Appends children (strings as text nodes). */
export function append(parent: Node, ...children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Replaces all children. */
export function replace(parent: Element, ...children: readonly Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** A labelled <select>; `value` is selected. */
export function select(id: string, labelText: string, options: readonly { readonly value: string; readonly label: string }[], value: string, onChange: (value: string) => void): HTMLElement {
  const sel = h('select', { id, onchange: (e: Event) => onChange((e.target as HTMLSelectElement).value) });
  for (const o of options) {
    const opt = h('option', { value: o.value }, o.label);
    if (o.value === value) opt.selected = true;
    sel.append(opt);
  }
  return h('label', { class: 'field', for: id }, h('span', {}, labelText), sel);
}

/** A labelled number input that reports whole numbers in [min, max]. */
export function numberField(id: string, labelText: string, value: number, min: number, max: number, onChange: (value: number) => void, onValidity?: (valid: boolean) => void): HTMLElement {
  const messageId = `${id}-invalid`;
  const input = h('input', { id, type: 'number', min, max, step: 1, value, inputmode: 'numeric' });
  const message = h('span', { class: 'invalid', id: messageId, 'aria-live': 'assertive' });
  // Checked as the reader types, so that Run is never offered for a value it would not use.
  const check = (): number | undefined => {
    const n = Number(input.value);
    const ok = input.value.trim() !== '' && Number.isInteger(n) && n >= min && n <= max;
    if (ok) {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
      message.textContent = '';
    } else {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', messageId);
      message.textContent = t('ctl.outOfRange', { min, max, given: input.value.trim() === '' ? '–' : input.value });
    }
    onValidity?.(ok);
    return ok ? n : undefined;
  };
  input.addEventListener('input', () => void check());
  input.addEventListener('change', () => {
    const n = check();
    if (n !== undefined) onChange(n);
  });
  return h('label', { class: 'field', for: id }, h('span', {}, labelText), input, message);
}

/** Formats a number for tables: a few significant digits, grouped thousands. */
export function fmt(x: number, locale: string): string {
  if (!Number.isFinite(x)) return '–';
  const abs = Math.abs(x);
  const digits = abs >= 1000 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return x.toLocaleString(locale === 'nb' ? 'nb-NO' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/**
 * `linkNotice(lines)`: what a link asked for that the viewer does not have and what it shows
 * instead, said on the page (a memo's mistyped link must not silently show another scenario);
 * an empty text when nothing fell back.
 */
export function linkNotice(lines: readonly string[]): HTMLElement | string {
  return lines.length === 0 ? '' : h('p', { class: 'alert link-notice', role: 'status' }, lines.join('\n'));
}
