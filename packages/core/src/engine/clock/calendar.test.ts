import { describe, expect, it } from 'vitest';
import { PpsimError } from '../../errors.ts';
import { dayNumber, formatIsoDate, isLeapYear, parseIsoDate } from './calendar.ts';

describe('dayNumber(date)', () => {
  it.each([
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2024-02-29', 19782],
    ['1600-03-01', -135080],
    ['1900-01-01', -25567],
    ['2005-01-03', 12786],
    ['2009-07-01', 14426],
    ['9999-12-31', 2932896],
    ['0000-01-01', -719528],
  ])('dayNumber(%s) = %i', (date, expected) => {
    expect(dayNumber(date)).toBe(expected);
  });
});

describe('formatIsoDate(dayNumber)', () => {
  it('round-trips every day from 1900-01-01 to 2100-12-31, in calendar order', () => {
    // Walk the calendar with an independent month-length table, so the test does not reuse the code under test.
    const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let expected = dayNumber('1900-01-01');
    let checked = 0;
    for (let year = 1900; year <= 2100; year++) {
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      for (let month = 1; month <= 12; month++) {
        const length = month === 2 && leap ? 29 : (monthLengths[month - 1] ?? 0);
        for (let day = 1; day <= length; day++) {
          const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          if (formatIsoDate(expected) !== date || dayNumber(date) !== expected) throw new Error(`mismatch at ${date}`);
          expected++;
          checked++;
        }
      }
    }
    expect(checked).toBe(73414); // 201 years, 49 of them leap (1900 and 2100 are not)
    expect(expected - 1).toBe(dayNumber('2100-12-31'));
  });

  it('pads years below 1000 to four digits', () => {
    expect(formatIsoDate(-719528)).toBe('0000-01-01');
    expect(formatIsoDate(dayNumber('0999-12-31'))).toBe('0999-12-31');
  });

  it('rejects a day number that is not an integer or outside 0000–9999', () => {
    expect(() => formatIsoDate(1.5)).toThrow(PpsimError);
    expect(() => formatIsoDate(2932897)).toThrowErrorMatchingInlineSnapshot(
      `[PpsimError: formatIsoDate(dayNumber): expected an integer day number from -719528 (0000-01-01) to 2932896 (9999-12-31), received 2932897. Fix: pass days since 1970-01-01, e.g. dayNumber("2009-07-01")]`,
    );
  });
});

describe('isLeapYear(year)', () => {
  it.each([
    [2000, true],
    [1900, false],
    [2024, true],
    [2100, false],
    [2009, false],
    [1600, true],
  ])('isLeapYear(%i) = %s', (year, expected) => {
    expect(isLeapYear(year)).toBe(expected);
  });
});

describe('parseIsoDate(date, path)', () => {
  it('returns frozen parts of a valid date, including 29 February of a leap year', () => {
    const parts = parseIsoDate('2024-02-29');
    expect(parts).toEqual({ year: 2024, month: 2, day: 29 });
    expect(Object.isFrozen(parts)).toBe(true);
  });

  it.each(['2009-02-29', '1900-02-29', '2009-13-01', '2009-00-10', '2009-04-31', '2009-07-00', '2009-7-1', '2009-07-01T00:00', ' 2009-07-01', '09-07-01', ''])(
    'rejects %j with invalid_date',
    (date) => {
      let error: unknown;
      try {
        parseIsoDate(date);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PpsimError);
      expect((error as PpsimError).code).toBe('invalid_date');
    },
  );

  it('says why 2009-02-29 is wrong and names the caller’s path', () => {
    expect(() => parseIsoDate('2009-02-29', 'scenario.timeline[2].date')).toThrowErrorMatchingInlineSnapshot(
      `[PpsimError: scenario.timeline[2].date: expected an existing calendar date "YYYY-MM-DD", received "2009-02-29". Fix: February 2009 has days 01 to 28 (2009 is not a leap year), e.g. "2009-02-28"]`,
    );
  });

  it('rejects a value that is not a string', () => {
    expect(() => parseIsoDate(20090701 as unknown as string)).toThrowErrorMatchingInlineSnapshot(
      `[PpsimError: parseIsoDate(date): expected an ISO date string "YYYY-MM-DD", received 20090701. Fix: write the date as a string, e.g. "2009-07-01"]`,
    );
  });
});
