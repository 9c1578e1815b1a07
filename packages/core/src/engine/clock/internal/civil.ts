/**
 * Civil-date ↔ day-number conversions, internal to the clock: arguments are assumed valid.
 *
 * The conversions are Howard Hinnant's `days_from_civil` and `civil_from_days`
 * ("chrono-Compatible Low-Level Date Algorithms", https://howardhinnant.github.io/date_algorithms.html),
 * ported with `Math.floor` division. Every intermediate value is an integer far below 2^53, so each
 * result is exact on any engine, in any time zone: there is no `Date` anywhere in the clock.
 */

/** A calendar date split into its parts; `month` and `day` count from 1. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Day number of 0000-01-01, the earliest date "YYYY-MM-DD" can spell. */
export const MIN_DAY_NUMBER = -719528;
/** Day number of 9999-12-31, the latest date "YYYY-MM-DD" can spell. */
export const MAX_DAY_NUMBER = 2932896;
/** The latest year "YYYY" can spell. */
export const MAX_YEAR = 9999;

/** Gregorian leap rule, unchecked. */
export function leapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return leapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Hinnant's `days_from_civil`: the day number of a date. A day past the end of its month rolls
 * over (2005-02-29 gives the day number of 2005-03-01); the clock relies on that for year horizons
 * that start on 29 February.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  // Years are counted from March so that the leap day is the last day of the shifted year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Hinnant's `civil_from_days`: the date of a day number. */
export function civilFromDays(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
