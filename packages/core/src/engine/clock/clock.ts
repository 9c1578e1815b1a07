/**
 * The simulation calendar: which dates a step covers, and which step a date falls in.
 *
 * Step k covers the half-open interval [dateOf(k), dateOf(k + 1)). All arithmetic is on integer day
 * numbers (see ./internal/civil.ts), never on JS `Date`, so results cannot depend on time zones.
 */
import { PpsimError } from '../../errors.ts';
import { dayNumber as toDayNumber, formatIsoDate, parseIsoDate } from './calendar.ts';
import { civilFromDays, daysFromCivil, MAX_DAY_NUMBER, MAX_YEAR } from './internal/civil.ts';

/** The length of one simulation step. */
export type StepUnit = 'day' | 'week' | 'month';

/** Options of {@link createClock}. */
export interface ClockOptions {
  /** The first day of step 0, as an ISO date "YYYY-MM-DD". For month steps the day must be 01–28. */
  readonly start: string;
  /** The length of one step (default `'week'`). */
  readonly unit?: StepUnit;
}

/** Maps steps to calendar dates and back. Created by {@link createClock}; frozen. */
export interface Clock {
  /** The first day of step 0, "YYYY-MM-DD". */
  readonly start: string;
  /** The length of one step. */
  readonly unit: StepUnit;
  /** The ISO date of the first day of `step` (step 0 is `start`). */
  dateOf(step: number): string;
  /** The step whose interval [dateOf(k), dateOf(k + 1)) contains `date`; throws `invalid_date` before `start`. */
  stepOf(date: string): number;
  /** The calendar year of `dateOf(step)`: a step straddling New Year counts to the year it starts in. */
  yearOf(step: number): number;
  /** How many steps start before `date`: `stepOf(date)` on a step boundary, else `stepOf(date) + 1`. */
  stepsUntil(date: string): number;
  /** How many steps cover `years` calendar years from `start`: `stepsUntil(start + years)`. */
  stepsInYears(years: number): number;
  /** Days since 1970-01-01 (proleptic Gregorian) of an ISO date. */
  dayNumber(date: string): number;
}

const STEP_UNITS: readonly StepUnit[] = ['day', 'week', 'month'];

/**
 * `createClock({ start, unit })`: a calendar of simulation steps.
 *
 * - `'day'`: step k starts `k` days after `start`.
 * - `'week'`: step k starts `7k` days after `start`.
 * - `'month'`: step k starts on the same day of the month as `start`, k calendar months later. The
 *   start day must be 01–28, because later days do not exist in every month (there is no 30 February)
 *   and clamping them would make steps of uneven, surprising lengths.
 *
 * @param options.start - the first day of step 0, "YYYY-MM-DD".
 * @param options.unit - `'day'`, `'week'` or `'month'` (default `'week'`).
 * @returns a frozen {@link Clock}.
 * @throws PpsimError `invalid_date` for a malformed start or a month clock starting after day 28;
 *   `invalid_argument` for an unknown unit.
 * @example
 * const clock = createClock({ start: '2005-01-03', unit: 'week' });
 * clock.stepOf('2009-07-01'); // 234, the week starting 2009-06-29
 */
export function createClock(options: ClockOptions): Clock {
  if (typeof options !== 'object' || options === null) {
    throw new PpsimError('invalid_argument', { path: 'createClock(options)', expected: 'an object { start, unit? }', received: options, hint: "pass e.g. { start: '2005-01-03', unit: 'week' }" });
  }
  const unit: StepUnit = options.unit ?? 'week';
  if (!STEP_UNITS.includes(unit)) {
    throw new PpsimError('invalid_argument', { path: 'createClock(unit)', expected: "'day', 'week' or 'month'", received: unit, hint: "pick one of the three, e.g. unit: 'week'" });
  }
  const start = options.start;
  const first = parseIsoDate(start, 'createClock(start)');
  if (unit === 'month' && first.day > 28) {
    throw new PpsimError('invalid_date', {
      path: 'createClock(start)',
      expected: 'a start day from 01 to 28 for a month clock',
      received: start,
      hint: `months have different lengths, so a step cannot start on day ${first.day} every month; start on the 1st, e.g. "${start.slice(0, 8)}01"`,
    });
  }
  const startDay = daysFromCivil(first.year, first.month, first.day);
  const startMonthIndex = first.year * 12 + first.month - 1;

  // Day number on which a step starts; the step is assumed to be a valid integer ≥ 0.
  const firstDayOf = (step: number): number => {
    if (unit === 'day') return startDay + step;
    if (unit === 'week') return startDay + 7 * step;
    const monthIndex = startMonthIndex + step;
    const year = Math.floor(monthIndex / 12);
    return daysFromCivil(year, monthIndex - 12 * year + 1, first.day);
  };

  // The step containing a day number on or after the start.
  const stepAt = (day: number): number => {
    if (unit === 'day') return day - startDay;
    if (unit === 'week') return Math.floor((day - startDay) / 7);
    const date = civilFromDays(day);
    const months = date.year * 12 + date.month - 1 - startMonthIndex;
    return date.day < first.day ? months - 1 : months;
  };

  const maxStep = stepAt(MAX_DAY_NUMBER);

  const checkStep = (step: number, path: string): void => {
    if (!Number.isInteger(step) || step < 0 || step > maxStep) {
      throw new PpsimError('invalid_date', {
        path,
        expected: `a whole step number from 0 to ${maxStep} (the last step before 10000-01-01)`,
        received: step,
        hint: `steps count from 0 at ${start}; use clock.stepOf("YYYY-MM-DD") to find the step of a date`,
      });
    }
  };

  const dayOnOrAfterStart = (date: string, path: string): number => {
    const day = toDayNumber(date, path);
    if (day < startDay) {
      throw new PpsimError('invalid_date', {
        path,
        expected: `a date on or after the clock start "${start}"`,
        received: date,
        hint: `dates before ${start} are outside the simulated calendar: move the date, or start the clock on or before ${date}`,
      });
    }
    return day;
  };

  const stepsUntilDay = (day: number): number => {
    const step = stepAt(day);
    return firstDayOf(step) === day ? step : step + 1;
  };

  return Object.freeze({
    start,
    unit,
    dateOf(step: number): string {
      checkStep(step, 'clock.dateOf(step)');
      return formatIsoDate(firstDayOf(step));
    },
    stepOf(date: string): number {
      return stepAt(dayOnOrAfterStart(date, 'clock.stepOf(date)'));
    },
    yearOf(step: number): number {
      checkStep(step, 'clock.yearOf(step)');
      return civilFromDays(firstDayOf(step)).year;
    },
    stepsUntil(date: string): number {
      return stepsUntilDay(dayOnOrAfterStart(date, 'clock.stepsUntil(date)'));
    },
    stepsInYears(years: number): number {
      if (!Number.isInteger(years) || years < 0 || first.year + years > MAX_YEAR) {
        throw new PpsimError('invalid_argument', {
          path: 'clock.stepsInYears(years)',
          expected: `a whole number of years from 0 to ${MAX_YEAR - first.year}`,
          received: years,
          hint: 'for a horizon that is not a whole number of years use clock.stepsUntil("YYYY-MM-DD")',
        });
      }
      // A 29 February start rolls over to 1 March in a common year (see daysFromCivil).
      return stepsUntilDay(daysFromCivil(first.year + years, first.month, first.day));
    },
    dayNumber(date: string): number {
      return toDayNumber(date, 'clock.dayNumber(date)');
    },
  });
}
