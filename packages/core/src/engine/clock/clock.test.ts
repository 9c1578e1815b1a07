import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PpsimError } from '../../errors.ts';
import { createClock } from './clock.ts';

describe("createClock({ start, unit: 'week' })", () => {
  const clock = createClock({ start: '2005-01-03', unit: 'week' });

  it('defaults to weekly steps and is frozen', () => {
    const byDefault = createClock({ start: '2005-01-03' });
    expect(byDefault.unit).toBe('week');
    expect(byDefault.dateOf(1)).toBe('2005-01-10');
    expect(Object.isFrozen(byDefault)).toBe(true);
  });

  it('lands the 2009-07-01 regime change in the week starting Monday 2009-06-29', () => {
    // 2009-07-01 is 1640 days after 2005-01-03; 1640 = 7 × 234 + 2.
    expect(clock.stepOf('2009-07-01')).toBe(234);
    expect(clock.dateOf(234)).toBe('2009-06-29');
    expect(clock.dateOf(235)).toBe('2009-07-06');
    expect(clock.stepsUntil('2009-07-01')).toBe(235);
    expect(clock.stepsUntil('2009-06-29')).toBe(234);
  });

  it('clock.stepOf(clock.dateOf(k)) = k, and every day of step k maps to k', () => {
    for (let k = 0; k < 1200; k++) {
      const first = clock.dayNumber(clock.dateOf(k));
      expect(first).toBe(clock.dayNumber('2005-01-03') + 7 * k);
      expect(clock.stepOf(clock.dateOf(k))).toBe(k);
    }
    expect(clock.stepOf('2005-01-09')).toBe(0);
    expect(clock.stepOf('2005-01-10')).toBe(1);
  });

  it('clock.yearOf(step) is the year of the first day of the step', () => {
    expect(clock.yearOf(0)).toBe(2005);
    expect(clock.yearOf(51)).toBe(2005); // starts 2005-12-26, ends in 2006
    expect(clock.dateOf(51)).toBe('2005-12-26');
    expect(clock.yearOf(52)).toBe(2006);
  });

  it('clock.stepsInYears(years) counts the steps that cover the years, from the calendar', () => {
    // 2005-01-03 → 2025-01-03 is 7305 days = 1043 weeks + 4 days, so 1044 steps cover it.
    expect(clock.stepsInYears(20)).toBe(1044);
    expect(clock.stepsInYears(0)).toBe(0);
    // 2001-01-01 → 2007-01-01 is exactly 313 weeks: the end is a step boundary.
    expect(createClock({ start: '2001-01-01' }).stepsInYears(6)).toBe(313);
  });
});

describe("createClock({ start, unit: 'day' })", () => {
  const clock = createClock({ start: '2005-01-01', unit: 'day' });

  it('steps one day at a time across a leap day', () => {
    expect(clock.dateOf(0)).toBe('2005-01-01');
    expect(clock.stepOf('2009-07-01')).toBe(clock.dayNumber('2009-07-01') - clock.dayNumber('2005-01-01'));
    const leapDay = clock.stepOf('2008-02-29');
    expect(clock.dateOf(leapDay + 1)).toBe('2008-03-01');
  });

  it('clock.stepsInYears(years) counts every day, leap days included', () => {
    expect(clock.stepsInYears(1)).toBe(365);
    expect(clock.stepsInYears(4)).toBe(1461);
    expect(clock.stepsInYears(20)).toBe(7305);
    // A 29 February start ends a common year on 1 March.
    expect(createClock({ start: '2024-02-29', unit: 'day' }).stepsInYears(1)).toBe(366);
  });
});

describe("createClock({ start, unit: 'month' })", () => {
  it('steps by calendar months across a leap February', () => {
    const clock = createClock({ start: '2023-12-28', unit: 'month' });
    expect([0, 1, 2, 3].map((k) => clock.dateOf(k))).toEqual(['2023-12-28', '2024-01-28', '2024-02-28', '2024-03-28']);
    expect(clock.stepOf('2024-02-29')).toBe(2);
    expect(clock.stepOf('2024-03-27')).toBe(2);
    expect(clock.stepOf('2024-03-28')).toBe(3);
    expect(clock.yearOf(0)).toBe(2023);
    expect(clock.yearOf(1)).toBe(2024);
  });

  it('lands the 2009-07-01 regime change on its month', () => {
    const onFirst = createClock({ start: '2005-01-01', unit: 'month' });
    expect(onFirst.stepOf('2009-07-01')).toBe(54);
    expect(onFirst.dateOf(54)).toBe('2009-07-01');
    expect(onFirst.stepsUntil('2009-07-01')).toBe(54);
    const onFifteenth = createClock({ start: '2005-01-15', unit: 'month' });
    expect(onFifteenth.stepOf('2009-07-01')).toBe(53);
    expect(onFifteenth.dateOf(53)).toBe('2009-06-15');
    expect(onFifteenth.stepsUntil('2009-07-01')).toBe(54);
  });

  it('clock.stepsInYears(years) is 12 per year', () => {
    expect(createClock({ start: '2005-01-15', unit: 'month' }).stepsInYears(20)).toBe(240);
  });

  it('rejects a start day after the 28th, suggesting the 1st', () => {
    expect(() => createClock({ start: '2005-01-31', unit: 'month' })).toThrowErrorMatchingInlineSnapshot(
      `[PpsimError: createClock(start): expected a start day from 01 to 28 for a month clock, received "2005-01-31". Fix: months have different lengths, so a step cannot start on day 31 every month; start on the 1st, e.g. "2005-01-01"]`,
    );
  });
});

describe('createClock() with bad input', () => {
  it('rejects a malformed start date', () => {
    expect(() => createClock({ start: '2009-13-01' })).toThrowErrorMatchingInlineSnapshot(
      `[PpsimError: createClock(start): expected an ISO date "YYYY-MM-DD", received "2009-13-01". Fix: months run from 01 to 12, e.g. "2009-12-01"]`,
    );
  });

  it('rejects an unknown unit', () => {
    expect(() => createClock({ start: '2005-01-03', unit: 'year' as 'week' })).toThrow(PpsimError);
  });

  it('rejects dates before the start and steps that are not whole numbers ≥ 0', () => {
    const clock = createClock({ start: '2005-01-03' });
    expect(() => clock.stepOf('2004-12-31')).toThrowErrorMatchingInlineSnapshot(
      `[PpsimError: clock.stepOf(date): expected a date on or after the clock start "2005-01-03", received "2004-12-31". Fix: dates before 2005-01-03 are outside the simulated calendar: move the date, or start the clock on or before 2004-12-31]`,
    );
    expect(() => clock.stepsUntil('2004-12-31')).toThrow(PpsimError);
    for (const step of [-1, 1.5, Number.NaN]) expect(() => clock.dateOf(step)).toThrow(PpsimError);
    expect(() => clock.dateOf(10_000_000)).toThrow(/the last step before 10000-01-01/);
    expect(() => clock.stepsInYears(2.5)).toThrow(PpsimError);
  });
});

describe('clock sources', () => {
  it('never use the JS Date object, so time zones and DST cannot touch results', () => {
    const dir = new URL('.', import.meta.url);
    const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(sources.length).toBeGreaterThan(3);
    for (const file of sources) {
      const code = readFileSync(new URL(file, dir), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/\bDate\b|Math\.random/);
    }
  });
});
