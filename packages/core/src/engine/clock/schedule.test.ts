import { describe, expect, it } from 'vitest';
import { createClock } from './clock.ts';
import { scheduleEvents } from './schedule.ts';

const clock = createClock({ start: '2005-01-03', unit: 'week' });

describe('scheduleEvents(clock, events)', () => {
  const schedule = scheduleEvents(clock, [
    { date: '2012-01-01', payload: 'budget cut' },
    { date: '2009-07-01', payload: 'regime change' },
    { date: '2005-01-03', payload: 'start' },
    { date: '2009-06-29', payload: 'same week, listed later' },
  ]);

  it('sorts by step and keeps input order for events on the same step', () => {
    expect(schedule.events.map((e) => [e.step, e.payload])).toEqual([
      [0, 'start'],
      [234, 'regime change'],
      [234, 'same week, listed later'],
      [364, 'budget cut'],
    ]);
    expect(schedule.events[1]).toEqual({ date: '2009-07-01', step: 234, payload: 'regime change' });
  });

  it('schedule.at(step) returns the events of that step', () => {
    expect(schedule.at(234).map((e) => e.payload)).toEqual(['regime change', 'same week, listed later']);
    expect(schedule.at(0)).toHaveLength(1);
  });

  it('schedule.at(step) returns one shared, frozen empty array on steps without events', () => {
    const empty = schedule.at(1);
    expect(empty).toEqual([]);
    expect(schedule.at(2)).toBe(empty);
    expect(scheduleEvents(clock, []).at(5)).toBe(empty);
    expect(Object.isFrozen(empty)).toBe(true);
    expect(Object.isFrozen(schedule.events)).toBe(true);
  });

  it('does not copy or freeze payloads', () => {
    const payload = { cut: 0.1 };
    const [event] = scheduleEvents(clock, [{ date: '2006-01-01', payload }]).events;
    expect(event?.payload).toBe(payload);
    expect(Object.isFrozen(payload)).toBe(false);
  });

  it('rejects an event before the clock start, naming its index', () => {
    expect(() =>
      scheduleEvents(clock, [
        { date: '2009-07-01', payload: 1 },
        { date: '2004-12-31', payload: 2 },
      ]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[PpsimError: events[1].date: expected a date on or after the clock start "2005-01-03", received "2004-12-31". Fix: drop the event, or start the clock on or before 2004-12-31]`,
    );
    expect(() => scheduleEvents(clock, [{ date: '2009-02-29', payload: 1 }])).toThrow(/^events\[0\]\.date: expected an existing calendar date/);
  });
});
