/**
 * The data shapes the charts draw. Every chart is a function `(host, data, options) => ChartHandle`
 * that renders an <svg> (d3, with axes, units, a legend and tooltips) into `host`, and can be
 * updated in place as more replications arrive.
 */

/** A value over replications at one x (a year): the mean and its 95 % interval. */
export interface BandPoint {
  readonly x: number;
  readonly mean: number;
  /** Lower end of the 95 % interval (equal to mean when there is one replication). */
  readonly lo: number;
  readonly hi: number;
}

/** One line with its band. */
export interface BandSeries {
  readonly key: string;
  readonly label: string;
  readonly points: readonly BandPoint[];
  /** The series' colour when it has one of its own (e.g. a cost item's, the same in every chart); default: by position. */
  readonly colour?: string;
}

/** A dated event drawn as a vertical rule with a label (x in the series' units: years, fractional). */
export interface EventMarker {
  readonly x: number;
  readonly label: string;
}

/** Texts the chart shows; already translated by the caller. */
export interface AxisText {
  /** Axis title, e.g. "Cost (NOK/year)". */
  readonly label: string;
  /** Unit for tooltips and value formatting, e.g. "currency/year", "share", "weeks". */
  readonly unit: string;
}

export interface TimeSeriesData {
  readonly series: readonly BandSeries[];
  readonly markers?: readonly EventMarker[];
  readonly y: AxisText;
  readonly x?: AxisText;
  /** Draw a horizontal rule at zero (for differences). */
  readonly zeroLine?: boolean;
  /** Legend text for the shaded bands, e.g. "95 % interval"; no legend entry when absent. */
  readonly bandLabel?: string;
  /**
   * The points are means over calendar years (`x` the year): drawn at mid-year (x + ½, 1 July), so
   * that a line does not bend before an event in the year; the axis spans whole years and ticks
   * only whole years. Default false (x drawn as given, e.g. a parameter's value).
   */
  readonly yearly?: boolean;
  /** The least value the metric can take (0 for counts, amounts, shares): bands are cut there. */
  readonly floor?: number;
  /** Years in which the runs produced an event of their own (a tender round, a takeover), by kind. */
  readonly outcomes?: readonly OutcomeGroup[];
}

/**
 * One kind of event the model produced (not one the case scheduled): its legend text and the years
 * it happened in, each with its tooltip text (e.g. "Tender round in 7 of 10 runs").
 */
export interface OutcomeGroup {
  readonly key: string;
  readonly legend: string;
  readonly points: readonly { readonly x: number; readonly text: string }[];
}

/** Stacked areas: each layer's value per x (e.g. production and each transaction-cost item). */
export interface StackedData {
  readonly xs: readonly number[];
  /** Each layer's values per x; `colour` when the layer has one of its own (default: by position). */
  readonly layers: readonly { readonly key: string; readonly label: string; readonly values: readonly number[]; readonly colour?: string }[];
  readonly y: AxisText;
  readonly x?: AxisText;
  readonly markers?: readonly EventMarker[];
  /** The values are sums or means over calendar years: drawn at mid-year (see `TimeSeriesData.yearly`). */
  readonly yearly?: boolean;
}

/** A grid of cells: value[yi][xi] (NaN = no data). */
export interface HeatmapData {
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  readonly values: readonly (readonly number[])[];
  readonly x: AxisText;
  readonly y: AxisText;
  readonly value: AxisText;
}

/** Horizontal bars with intervals, sorted by the caller (tornado, Morris μ*, Sobol S1/ST). */
export interface BarsData {
  readonly rows: readonly {
    readonly key: string;
    readonly label: string;
    readonly value: number;
    readonly lo?: number;
    readonly hi?: number;
    /** A second bar per row (e.g. Sobol total order next to first order), drawn lighter. */
    readonly secondary?: { readonly value: number; readonly lo?: number; readonly hi?: number };
  }[];
  readonly value: AxisText;
  /** Legend names of the first and second bar when `secondary` is used. */
  readonly legend?: readonly [string, string];
  /** Bars may be negative (centred at zero). */
  readonly signed?: boolean;
}

/** One design point of a regime map: where it lies on the slice and which class (regime) wins there. */
export interface RegimeMapPoint {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  /** Index into `RegimeMapData.classes`: the mark's colour and shape. */
  readonly cls: number;
  /** Filled when the verdict is decided, hollow when it is not. */
  readonly solid: boolean;
  /** The tooltip's lines, the first one its head; a line with `cls` gets that class's swatch. */
  readonly tooltip: readonly { readonly text: string; readonly cls?: number }[];
}

/** A threshold drawn as a dashed rule at `at` on `axis`, from `from` to `to` along the other axis (undefined: the plot's edge). */
export interface ThresholdRule {
  readonly axis: 'x' | 'y';
  readonly at: number;
  readonly from?: number | undefined;
  readonly to?: number | undefined;
  readonly label: string;
}

/** A slice of a regime map: the design's points over two parameters, each marked by the regime that wins there. */
export interface RegimeMapData {
  /** The classes (regimes) in legend order; each gets an Okabe–Ito colour and a shape of its own. */
  readonly classes: readonly { readonly key: string; readonly label: string }[];
  readonly points: readonly RegimeMapPoint[];
  readonly rules?: readonly ThresholdRule[];
  /** Axes; `domain` (e.g. the parameter's range in the design) instead of the points' extent. */
  readonly x: AxisText & { readonly domain?: readonly [number, number] };
  readonly y: AxisText & { readonly domain?: readonly [number, number] };
  /** Lines above the plot that exports keep: a title first (bold), then e.g. the run's size. */
  readonly heading?: readonly string[];
  /** Legend words for filled and hollow marks and for the rules. */
  readonly legend: { readonly solid: string; readonly hollow: string; readonly rule: string };
  /** What `csv()` exports, one row per point; default: key, x, y, class, solid. */
  readonly table?: { readonly columns: readonly string[]; readonly rows: readonly (readonly (string | number | undefined)[])[] };
}

/** One estimate of a dot-and-interval row: a value and the interval around it. */
export interface DotInterval {
  readonly value: number;
  readonly lo: number;
  readonly hi: number;
}

/**
 * Rows of two estimates each (e.g. a target's observed value with its band, and the simulated mean
 * with the runs' central 95 %), every row on its own scale and in its own unit.
 */
export interface DotIntervalData {
  readonly rows: readonly {
    readonly key: string;
    readonly label: string;
    /** Unit of the row's values, e.g. "share" (shown as %) or "hours/week". */
    readonly unit: string;
    /** The first and the second estimate, drawn in this order from top to bottom. */
    readonly estimates: readonly [DotInterval, DotInterval];
    /** Marks the row (a cross before its label, the label in bold): e.g. a band that misses the observed value. */
    readonly flagged?: boolean;
    /** The tooltip's lines after the row's label. */
    readonly tooltip?: readonly string[];
  }[];
  /** Legend words for the first and second estimate, and for a flagged row. */
  readonly legend: readonly [string, string, string];
  /** Lines above the plot that exports keep: a title first (bold), then e.g. what was checked. */
  readonly heading?: readonly string[];
  /** What `csv()` exports; default: key, label, unit, each estimate's value, lo and hi, flagged. */
  readonly table?: { readonly columns: readonly string[]; readonly rows: readonly (readonly (string | number | undefined)[])[] };
}

/** Samples over several variables drawn as a pairs plot (a scatter per pair, a histogram per variable). */
export interface PairsData {
  /** The variables in grid order, each with the range its axes span (e.g. a parameter's searched range). */
  readonly variables: readonly { readonly key: string; readonly label: string; readonly domain: readonly [number, number] }[];
  /** Per variable (in `variables` order), each sample's value. */
  readonly values: readonly ArrayLike<number>[];
  /** A value per sample that colours its marks (viridis, low dark), with its legend words and range. */
  readonly colour?: { readonly label: string; readonly values: ArrayLike<number>; readonly domain: readonly [number, number] };
  /** Each sample's name in tooltips (default: its index). */
  readonly names?: readonly string[];
  /** Lines above the plot that exports keep: a title first (bold), then e.g. how many samples. */
  readonly heading?: readonly string[];
  /** What `csv()` exports; default: one row per sample, its name and its values. */
  readonly table?: { readonly columns: readonly string[]; readonly rows: readonly (readonly (string | number | undefined)[])[] };
}

export interface ChartOptions {
  /** Accessible title (the <svg>'s <title>) and the file name stem on export. */
  readonly title: string;
  /**
   * Width of the svg's viewBox (it is drawn at 100 % of its host's width either way). Default: the
   * width it is shown at, redrawn when that changes, so that text keeps its size; 720 while hidden.
   */
  readonly width?: number;
  /** Height of the viewBox. Default: 0.55 × width within 260–420, taller when legends need it. */
  readonly height?: number;
  /** Locale for number formatting ('en' or 'nb'). */
  readonly locale?: 'en' | 'nb';
  /** The svg's <desc>; by default a one-sentence summary the chart writes itself (in English). */
  readonly description?: string;
  /** Accessible name of the focusable data area; default "Data: use the arrow keys to move". */
  readonly keyboardHint?: string;
}

/** What a chart gives back. */
export interface ChartHandle<D> {
  readonly svg: SVGSVGElement;
  /** Redraws with new data (same chart, transitions allowed but not required). */
  update(data: D): void;
  /** The plotted data as tidy CSV (header row; one row per mark). */
  csv(): string;
  /** Removes the chart from its host. */
  destroy(): void;
}
