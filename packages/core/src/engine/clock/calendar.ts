/**
 * ISO dates ↔ integer day numbers (days since 1970-01-01, proleptic Gregorian calendar).
 *
 * The JS `Date` object is deliberately not used: its date-time parsing and local-time methods depend
 * on the host's time zone and DST rules, so the same scenario could land an event on a different step
 * on another machine. Dates here are strings at the boundary and integers inside.
 */
import { PpsimError } from '../../errors.ts';
import { civilFromDays, daysFromCivil, daysInMonth, leapYear, MAX_DAY_NUMBER, MIN_DAY_NUMBER, type CivilDate } from './internal/civil.ts';

export type { CivilDate } from './internal/civil.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * `isLeapYear(year)`: whether a year of the proleptic Gregorian calendar has a 29 February.
 *
 * @param year - an integer year.
 * @returns `true` for 2000 and 2024, `false` for 1900, 2009 and 2100.
 * @example
 * isLeapYear(2024); // true
 */
export function isLeapYear(year: number): boolean {
  if (!Number.isInteger(year)) {
    throw new PpsimError('invalid_date', { path: 'isLeapYear(year)', expected: 'an integer year', received: year, hint: 'pass a calendar year, e.g. 2024' });
  }
  return leapYear(year);
}

/**
 * `parseIsoDate(date, path?)`: the parts of a strict ISO calendar date "YYYY-MM-DD".
 *
 * Strict on purpose: "2009-7-1", "2009-07-01T00:00", "2009-13-01" and "2009-02-29" are all rejected
 * rather than guessed at, because a silently shifted date moves an event to another step.
 *
 * @param date - the date, e.g. `"2009-07-01"`; years 0000–9999.
 * @param path - how the caller names the value in error messages (default `'parseIsoDate(date)'`).
 * @returns a frozen `{ year, month, day }`, month and day counting from 1.
 * @throws PpsimError `invalid_date` naming `path`, what was received and how to fix it.
 * @example
 * parseIsoDate('2009-07-01'); // { year: 2009, month: 7, day: 1 }
 */
export function parseIsoDate(date: string, path = 'parseIsoDate(date)'): CivilDate {
  if (typeof date !== 'string') {
    throw new PpsimError('invalid_date', { path, expected: 'an ISO date string "YYYY-MM-DD"', received: date, hint: 'write the date as a string, e.g. "2009-07-01"' });
  }
  const match = ISO_DATE.exec(date);
  if (match === null) {
    throw new PpsimError('invalid_date', {
      path,
      expected: 'an ISO date "YYYY-MM-DD"',
      received: date,
      hint: 'use a four-digit year and a two-digit month and day, with nothing before or after, e.g. "2009-07-01"',
    });
  }
  const [, yearText = '', monthText = '', dayText = ''] = match;
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  if (month < 1 || month > 12) {
    throw new PpsimError('invalid_date', { path, expected: 'an ISO date "YYYY-MM-DD"', received: date, hint: `months run from 01 to 12, e.g. "${yearText}-12-${dayText}"` });
  }
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) {
    const leapNote = month === 2 && day === 29 ? ` (${yearText} is not a leap year)` : '';
    throw new PpsimError('invalid_date', {
      path,
      expected: 'an existing calendar date "YYYY-MM-DD"',
      received: date,
      hint: `${MONTH_NAMES[month - 1] ?? ''} ${yearText} has days 01 to ${length}${leapNote}, e.g. "${yearText}-${monthText}-${length}"`,
    });
  }
  return Object.freeze({ year, month, day });
}

/**
 * `dayNumber(date, path?)`: days since 1970-01-01 in the proleptic Gregorian calendar.
 *
 * @param date - a strict ISO date, see {@link parseIsoDate}.
 * @param path - how the caller names the value in error messages (default `'dayNumber(date)'`).
 * @returns an integer, negative before 1970.
 * @example
 * dayNumber('2000-03-01'); // 11017
 */
export function dayNumber(date: string, path = 'dayNumber(date)'): number {
  const { year, month, day } = parseIsoDate(date, path);
  return daysFromCivil(year, month, day);
}

/**
 * `formatIsoDate(dayNumber)`: the ISO date "YYYY-MM-DD" of a day number; the inverse of `dayNumber(date)`.
 *
 * @param dayNumber - an integer from −719528 (0000-01-01) to 2932896 (9999-12-31).
 * @returns the zero-padded date.
 * @example
 * formatIsoDate(0); // "1970-01-01"
 */
export function formatIsoDate(dayNumber: number): string {
  if (!Number.isInteger(dayNumber) || dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw new PpsimError('invalid_date', {
      path: 'formatIsoDate(dayNumber)',
      expected: `an integer day number from ${MIN_DAY_NUMBER} (0000-01-01) to ${MAX_DAY_NUMBER} (9999-12-31)`,
      received: dayNumber,
      hint: 'pass days since 1970-01-01, e.g. dayNumber("2009-07-01")',
    });
  }
  const { year, month, day } = civilFromDays(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
