/**
 * Number formats for axes and tooltips in the two locales the viewer speaks. Norwegian (`nb`)
 * writes 1 234 567,8 and 12,5 % (a no-break space groups thousands and precedes %); English writes
 * 1,234,567.8 and 12.5%. Large amounts are scaled (k, M, bn / k, mill., mrd.) so that ticks stay
 * short. Values whose unit is `share` (a fraction of one) are shown as percentages.
 */
import { formatLocale, precisionFixed, type FormatLocaleObject } from 'd3';

/** The locales the charts format numbers for. */
export type ChartLocale = 'en' | 'nb';

const NBSP = '\u00a0';

const LOCALES: Record<ChartLocale, FormatLocaleObject> = {
  en: formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['', ''] }),
  nb: formatLocale({ decimal: ',', thousands: NBSP, grouping: [3], currency: ['', ''], percent: `${NBSP}%` }),
};

const SCALES: Record<ChartLocale, readonly { readonly at: number; readonly suffix: string }[]> = {
  en: [
    { at: 1e9, suffix: 'bn' },
    { at: 1e6, suffix: 'M' },
  ],
  nb: [
    { at: 1e9, suffix: `${NBSP}mrd.` },
    { at: 1e6, suffix: `${NBSP}mill.` },
  ],
};

const NO_DATA: Record<ChartLocale, string> = { en: 'no data', nb: 'ingen data' };

/**
 * The unit of a difference of shares (`pp`): a fraction of one, shown in percentage points
 * ("−12 pp", "−12,0 prosentpoeng"), never as a percentage of something.
 */
export const POINTS = 'pp';

const POINTS_WORD: Record<ChartLocale, string> = { en: 'pp', nb: 'prosentpoeng' };
/** The short form on axis ticks, as the final-year table writes it. */
const POINTS_SHORT: Record<ChartLocale, string> = { en: 'pp', nb: 'p.p.' };

/** Whether a unit is a difference of shares, shown in percentage points. */
export function isPoints(unit: string): boolean {
  return unit === POINTS;
}

/** Whether a unit means a fraction of one, shown as a percentage. */
export function isShare(unit: string): boolean {
  return unit === 'share' || unit === 'fraction' || unit === '%';
}

/** The words for a missing value ("no data" / "ingen data"). */
export function noDataText(locale: ChartLocale): string {
  return NO_DATA[locale];
}

/**
 * A formatter for the tick values of one axis: precision from the tick step, percentages for
 * shares, thousands grouping, and a scale suffix when the largest tick reaches a million.
 *
 * @example
 * axisFormat([0, 5e5, 1e6, 1.5e6], 'NOK', 'nb')(1.5e6); // "1,5 mill."
 */
export function axisFormat(ticks: readonly number[], unit: string, locale: ChartLocale): (v: number) => string {
  const loc = LOCALES[locale];
  const step = ticks.length > 1 ? Math.abs((ticks[1] ?? 0) - (ticks[0] ?? 0)) : Math.abs(ticks[0] ?? 1) || 1;
  if (isShare(unit)) {
    const f = loc.format(`.${Math.max(0, precisionFixed(step * 100))}%`);
    return (v) => f(v);
  }
  if (isPoints(unit)) {
    const f = loc.format(`.${Math.max(0, precisionFixed(step * 100))}f`);
    return (v) => `${f(v * 100)}${NBSP}${POINTS_SHORT[locale]}`;
  }
  const max = Math.max(0, ...ticks.map(Math.abs));
  const scale = SCALES[locale].find((s) => max >= s.at);
  if (scale) {
    const f = loc.format(`,.${Math.max(0, precisionFixed(step / scale.at))}f`);
    return (v) => (v === 0 ? '0' : `${f(v / scale.at)}${scale.suffix}`);
  }
  const f = loc.format(`,.${Math.max(0, precisionFixed(step))}f`);
  return (v) => f(v);
}

/**
 * One value for a tooltip, with its unit: three significant digits, grouped thousands, scaled
 * when a million or more; shares as percentages with one decimal. NaN gives "no data".
 *
 * @example
 * formatValue(1234567, 'NOK/year', 'en'); // "1.23M NOK/year"
 * formatValue(0.125, 'share', 'nb');      // "12,5 %"
 */
export function formatValue(value: number, unit: string, locale: ChartLocale): string {
  if (!Number.isFinite(value)) return NO_DATA[locale];
  const loc = LOCALES[locale];
  if (isShare(unit)) return loc.format('.1%')(value);
  if (isPoints(unit)) return `${loc.format('.1f')(value * 100)} ${POINTS_WORD[locale]}`;
  const scale = SCALES[locale].find((s) => Math.abs(value) >= s.at);
  const text = scale ? `${loc.format('.3r')(value / scale.at)}${scale.suffix}` : Math.abs(value) >= 1000 ? loc.format(',.0f')(value) : loc.format('.3~r')(value);
  return unit === '' ? text : `${text} ${unit}`;
}

/**
 * An estimate with its interval for a tooltip: the value with its unit, then `[lo – hi]` (shares
 * as percentages, other ends without the unit); no interval when either end is missing or when it
 * has no width (one replication).
 *
 * @example
 * formatEstimate(2.04e9, 2.01e9, 2.07e9, 'NOK/year', 'en'); // "2.04bn NOK/year [2.01bn – 2.07bn]"
 */
export function formatEstimate(value: number, lo: number | undefined, hi: number | undefined, unit: string, locale: ChartLocale): string {
  const text = formatValue(value, unit, locale);
  if (lo === undefined || hi === undefined || lo === hi || !Number.isFinite(lo) || !Number.isFinite(hi)) return text;
  const end = (v: number) => (isPoints(unit) ? LOCALES[locale].format('.1f')(v * 100) : formatValue(v, isShare(unit) ? unit : '', locale));
  return `${text} [${end(lo)} – ${end(hi)}]`;
}

/** A year (or other whole x) without grouping: 2009, not 2,009; fractions keep one decimal. */
export function formatYear(x: number, locale: ChartLocale): string {
  return Number.isInteger(x) ? String(x) : LOCALES[locale].format('.1f')(x);
}

/** A plain number in the locale, up to three significant digits (for heat map axes). */
export function formatNumber(x: number, locale: ChartLocale): string {
  return Number.isInteger(x) && Math.abs(x) < 1e4 ? String(x) : LOCALES[locale].format(',.3~r')(x);
}
