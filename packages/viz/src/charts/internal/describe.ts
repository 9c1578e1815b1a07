/**
 * What each chart says of itself to a screen reader (its `aria-describedby` text), in the chart's
 * locale: the callers translate labels, the charts translate their own sentences here.
 */
import type { ChartLocale } from '../format.ts';

type Vars = Readonly<Record<string, string | number>>;

const TEXTS = {
  lines: {
    en: 'Line chart of {y} from {from} to {to}: {series}{events}.',
    nb: 'Linjediagram av {y} fra {from} til {to}: {series}{events}.',
  },
  noSeries: { en: 'no series', nb: 'ingen serier' },
  events: { en: '; events: {list}', nb: '; hendelser: {list}' },
  stack: {
    en: 'Stacked area chart of {y} from {from} to {to}, {n} layers: {layers}.',
    nb: 'Stablet flatediagram av {y} fra {from} til {to}, {n} lag: {layers}.',
  },
  bars: { en: 'Bar chart of {value} for {n} rows{centred}{beside}.', nb: 'Stolpediagram av {value} for {n} rader{centred}{beside}.' },
  centred: { en: ', centred at zero', nb: ', sentrert om null' },
  beside: { en: ', {a} with {b} beside it', nb: ', {a} med {b} ved siden av' },
  heatmap: {
    en: 'Heat map of {value} over {x} ({nx} values) and {y} ({ny} values){gaps}.',
    nb: 'Varmekart av {value} over {x} ({nx} verdier) og {y} ({ny} verdier){gaps}.',
  },
  gaps: { en: '; {n} cells without data', nb: '; {n} celler uten data' },
  pairs: {
    en: 'Pairs plot of {n} samples over {k} variables ({variables}): a scatter per pair, a histogram per variable{thinned}.',
    nb: 'Parplott av {n} utvalg over {k} variabler ({variables}): et spredningsplott per par, et histogram per variabel{thinned}.',
  },
  thinned: { en: '; every {step}th sample drawn in the scatters', nb: '; hvert {step}. utvalg tegnet i spredningsplottene' },
  regimeMap: {
    en: 'Scatter of {n} points over {x} and {y}, each marked by the class that wins there ({wins}); {hollow} hollow (not decided); {rules} threshold rules.',
    nb: 'Spredningsplott av {n} punkter over {x} og {y}, hvert merket med klassen som vinner der ({wins}); {hollow} hule (ikke avgjort); {rules} terskelregler.',
  },
  dots: {
    en: 'Dot-and-interval chart of {n} rows, each on its own scale: {a} above {b}; {flagged} marked ({c}).',
    nb: 'Punkt-og-intervall-diagram med {n} rader, hver på sin egen skala: {a} over {b}; {flagged} markert ({c}).',
  },
} as const satisfies Record<string, Readonly<Record<ChartLocale, string>>>;

/**
 * `described(locale, key, vars)`: a chart's sentence about itself in `locale`, `{name}` replaced by
 * `vars.name` (an empty string for a part left out).
 *
 * @example
 * described('nb', 'gaps', { n: 3 }); // '; 3 celler uten data'
 */
export function described(locale: ChartLocale, key: keyof typeof TEXTS, vars: Vars = {}): string {
  return TEXTS[key][locale].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}
