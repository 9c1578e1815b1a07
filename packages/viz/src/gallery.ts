/**
 * The chart gallery (gallery.html): every chart type drawn from fixture data, each in a card with
 * SVG, PNG and CSV downloads. For developers checking how the charts look, and for the browser
 * tests, which find the charts through `window.ppsimGallery`.
 */
import './charts/charts.css';
import {
  barsChart,
  dotIntervalChart,
  downloadCsv,
  downloadPng,
  downloadSvg,
  heatmapChart,
  pairsChart,
  regimeMapChart,
  stackedAreaChart,
  svgString,
  svgToPngBlob,
  timeSeriesChart,
  type ChartHandle,
  type ChartOptions,
} from './charts/index.ts';
import {
  calibrationSamples,
  costBreakdown,
  costSeries,
  differenceSeries,
  grantedShareSeries,
  morrisBars,
  regimeMapSlice,
  sobolBars,
  sweepGrid,
  targetChecks,
  tornadoBars,
} from './gallery-fixtures.ts';
import { h } from './ui/dom.ts';

/** What the gallery offers to tests and to the developer console. */
export interface Gallery {
  readonly charts: Readonly<Record<string, ChartHandle<never>>>;
  readonly svgString: typeof svgString;
  readonly svgToPngBlob: typeof svgToPngBlob;
  /** Redraws the time series as if `reps` replications had finished (bands narrow). */
  replicate(reps: number): void;
}

declare global {
  interface Window {
    ppsimGallery?: Gallery;
  }
}

const charts: Record<string, ChartHandle<never>> = {};

/** Adds a card titled `title` whose chart `draw(host, options)` makes. */
function card<D>(id: string, title: string, note: string, draw: (host: HTMLElement, options: ChartOptions) => ChartHandle<D>, options: Partial<ChartOptions> = {}): ChartHandle<D> {
  const main = document.getElementById('charts');
  if (!main) throw new Error('gallery.html has no #charts element');
  const button = (label: string, action: () => void) => h('button', { type: 'button', 'data-export': label.toLowerCase(), 'aria-label': `Download ${title} as ${label}`, onclick: action }, label);
  const host = h('div');
  const figure = h(
    'figure',
    { class: 'card', 'data-chart': id },
    h(
      'div',
      { class: 'card-head' },
      h('h2', {}, title),
      h(
        'div',
        { class: 'exports' },
        button('SVG', () => downloadSvg(handle.svg, id)),
        button('PNG', () => void downloadPng(handle.svg, id)),
        button('CSV', () => downloadCsv(handle.csv(), id)),
      ),
    ),
    host,
    h('figcaption', {}, note),
  );
  // Drawn before the card is in the page, as the app does: the chart lays itself out again once shown.
  const handle = draw(host, { title, ...options });
  main.append(figure);
  charts[id] = handle as unknown as ChartHandle<never>;
  return handle;
}

const cost = card('cost', 'Total cost, A and B', 'Mean over 40 replications with the 95 % interval of the mean; the split is abolished in B in 2009.', (h, o) => timeSeriesChart(h, costSeries(40), o));
const difference = card('difference', 'Paired difference B − A', 'Same seeds in A and B (common random numbers), so the interval of the difference is narrow.', (h, o) =>
  timeSeriesChart(h, differenceSeries(40), o),
);
const share = card('share-nb', 'Andel innvilget (nb)', 'Norwegian number format: comma decimals, space before %.', (h, o) => timeSeriesChart(h, grantedShareSeries(40), o), { locale: 'nb' });
card('breakdown', 'Cost breakdown, scenario A', 'Production at the bottom, then each transaction-cost item.', (h, o) => stackedAreaChart(h, costBreakdown(), o));
card('sweep', 'Sweep: transaction costs', 'Mean over 10 replications per cell; one cell failed and shows as no data.', (h, o) => heatmapChart(h, sweepGrid(), o), { height: 380 });
card('morris', 'Morris screening: μ*', 'Elementary effects over 20 trajectories; whiskers are bootstrap 95 % intervals.', (h, o) => barsChart(h, morrisBars(), o));
card('sobol', 'Sobol indices: S1 and ST', 'First-order and total-order indices with bootstrap 95 % intervals.', (h, o) => barsChart(h, sobolBars(), o), { height: 400 });
card('tornado', 'Tornado: one parameter at a time', 'Signed change of the B − A difference when each parameter rises 10 %.', (h, o) => barsChart(h, tornadoBars(), o));
card(
  'regime-map',
  'Regime map: who wins where',
  "Each point of the design marked by the regime that wins there (colour and shape); hollow where the verdict is not decided; dashed rules are the classification tree's thresholds.",
  (h, o) => regimeMapChart(h, regimeMapSlice(), o),
);
card(
  'targets',
  'Targets: observed and simulated',
  'Each target on its own scale: the observed value with its 95 % band, the check runs’ mean with their central 95 %; a shaded row is one the runs miss.',
  (h, o) => dotIntervalChart(h, targetChecks(), o),
);
card('pairs', 'Calibrated parameters: the region left', 'Samples no wave ruled out: a scatter per pair, a histogram per parameter, correlations above; frames are the searched ranges.', (h, o) =>
  pairsChart(h, calibrationSamples(), o),
);

window.ppsimGallery = {
  charts,
  svgString,
  svgToPngBlob,
  replicate(reps) {
    cost.update(costSeries(reps));
    difference.update(differenceSeries(reps));
    share.update(grantedShareSeries(reps));
  },
};
document.body.dataset['ready'] = 'true';
