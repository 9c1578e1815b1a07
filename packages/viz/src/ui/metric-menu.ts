/** The metric menu of the compare and open views. */
import { label, t } from '../i18n.ts';
import type { AppContext } from './context.ts';
import { select } from './dom.ts';

/**
 * `metricMenu(metrics, ctx, redraw)`: a menu of `metrics`, labelled in the page's language, on the
 * view's metric; a choice goes into the address (`?metric=`) and redraws.
 */
export function metricMenu(metrics: readonly string[], ctx: AppContext, redraw: () => void): HTMLElement {
  const s = ctx.state;
  return select(
    'metric',
    t('ctl.metric'),
    metrics.map((m) => ({ value: m, label: label(m) })),
    s.metric,
    (v) => {
      s.metric = v;
      ctx.commit();
      redraw();
    },
  );
}
