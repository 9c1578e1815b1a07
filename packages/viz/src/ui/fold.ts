/**
 * A view's controls folded away on a narrow screen. On a phone the page is one column and the
 * controls come first: unfolded, they fill the first screen before anything the view is about.
 * There they sit in a closed <details> whose summary says what is chosen; on a wide screen the
 * same <details> is open and its summary hidden (app.css), so nothing changes there.
 */
import { h } from './dom.ts';

/** Where the page becomes one column (app.css `.layout`). */
export const NARROW = '(max-width: 900px)';

/** Folds a reader opened on a narrow screen, by key: kept open when the view is drawn again. */
const opened = new Set<string>();

/**
 * `foldOnNarrow(aside, key, summary)`: moves the children of `aside` into a <details> (class
 * `fold`) headed by `summary`, closed on a narrow screen unless the reader opened it before.
 * Alerts stay outside, above it, so that a refused setting or a link that fell back is in sight.
 * Returns the <details>.
 *
 * @example
 * foldOnNarrow(aside, 'compare', 'Scenarios, metric and run settings');
 */
export function foldOnNarrow(aside: HTMLElement, key: string, ...summary: readonly (Node | string)[]): HTMLDetailsElement {
  const children = [...aside.children];
  const alerts = children.filter((c) => c.matches('.alert, [role="alert"]'));
  const details = h('details', { class: 'fold', 'data-fold': key }, h('summary', {}, ...summary));
  details.append(...children.filter((c) => !alerts.includes(c)));
  aside.replaceChildren(...alerts, details);
  const media = window.matchMedia(NARROW);
  const place = () => {
    details.open = !media.matches || opened.has(key);
  };
  place();
  details.addEventListener('toggle', () => {
    if (!media.matches) return;
    if (details.open) opened.add(key);
    else opened.delete(key);
  });
  const onChange = () => {
    if (details.isConnected) place();
    else media.removeEventListener('change', onChange);
  };
  media.addEventListener('change', onChange);
  return details;
}
