/**
 * What the viewer knows about a result metric, all of it read from core's registry (`METRICS`):
 * which metrics there are and in what order the menus and tables list them, each one's unit, its
 * description, and its labels in English and Norwegian (`label` in i18n.ts picks the page's
 * language). Nothing about a metric is written down here; a metric declared in core appears in
 * every menu and table of the viewer. Charts choose which metrics they draw (ui/chartDefs.ts).
 */
import { METRICS, type MetricDefinition } from '@ppsim/core';

const BY_NAME: ReadonlyMap<string, MetricDefinition> = new Map(METRICS.map((m) => [m.name, m]));

/** Every result metric, in the registry's order (the command line's): the order of the metric menus and the results tables. */
export const METRIC_NAMES: readonly string[] = METRICS.map((m) => m.name);

/** The registry's declaration of a metric, or undefined for a name it does not declare (a ledger column, an old file's column). */
export function metricOf(name: string): MetricDefinition | undefined {
  return BY_NAME.get(name);
}

/** Whether `name` is a result metric of the model. */
export function isMetric(name: string): boolean {
  return BY_NAME.has(name);
}

/**
 * The unit of a metric, or of a cost-ledger column (`ledger.<item>`), whose items sum to the
 * resources used and share the unit of `cost.resources`; '' for anything else.
 */
export function unitOf(name: string): string {
  return BY_NAME.get(name)?.unit ?? (name.startsWith('ledger.') ? (BY_NAME.get('cost.resources')?.unit ?? '') : '');
}

/** Where a metric sits in the menus and tables; names the registry does not declare go last. */
export function metricRank(name: string): number {
  const i = METRIC_NAMES.indexOf(name);
  return i < 0 ? METRIC_NAMES.length : i;
}
