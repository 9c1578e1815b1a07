/** What a result metric declares, and the view of one year's rows its value is computed from. */
import type { Reporter } from '../engine/simulation/index.ts';
import type { ModelState } from './state.ts';

/**
 * A result metric, declared once: its name (`cost.total`), unit, labels, a description, how one year's
 * value is computed (in words for docs/ODD.md §9.2, and as the function that computes it). The CLI's
 * tables and JSON, the viewer's menus and charts, and the ODD's metric table all read it from here.
 */
export interface MetricDefinition {
  /** Dotted name as printed by the CLI, e.g. `needMet`. */
  readonly name: string;
  /** Unit in words, e.g. `currency/year` or `share`. */
  readonly unit: string;
  /** What the viewer and tables call it, in English and Norwegian (bokmål). */
  readonly label: { readonly en: string; readonly nb: string };
  /** Its row in the command line's text tables (`run`, `compare`, `demo`), 1 first; absent: only in `--json` and the files. */
  readonly table?: number;
  /** One sentence on what it measures. */
  readonly description: string;
  /** How a year's value is computed from the raw series, in words and symbols (docs/ODD.md §9.2 prints it). */
  readonly formula: string;
  /** Value for one year, from that year's rows of the raw series. */
  readonly year: (y: YearView) => number;
  /**
   * Raw series the metric needs that no other metric records, read from the state once per step
   * (`{ culture: (s) => s.culture }`); they join `modelReporters` after the shared ones.
   */
  readonly series?: Readonly<Record<string, Reporter<ModelState>>>;
}

/** One year's rows: `sum('x')` and `mean('x')` over them. */
export interface YearView {
  /** Sum of a raw series over the year's steps. */
  sum(name: string): number;
  /** Mean of a raw series over the year's steps. */
  mean(name: string): number;
}

/** `a / b`, or 0 when there is nothing to divide by. */
export const div = (a: number, b: number) => (b > 0 ? a / b : 0);
/** Standard deviation from a count, a sum and a sum of squares (0 for fewer than two). */
export const sdOf = (n: number, sum: number, squares: number) => (n > 1 ? Math.sqrt(Math.max(0, (squares - (sum * sum) / n) / (n - 1))) : 0);
