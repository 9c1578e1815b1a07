/**
 * Dated events (a regime change, a budget cut, a new law) placed on the steps of a clock.
 *
 * Placement happens once, up front, so the step loop only asks `schedule.at(step)`: a map lookup that
 * returns a shared empty array on the many steps with no event, and allocates nothing.
 */
import { PpsimError } from '../../errors.ts';
import { parseIsoDate } from './calendar.ts';
import type { Clock } from './clock.ts';

/** An event with the step it lands on. */
export interface ScheduledEvent<T> {
  /** The event date as given, "YYYY-MM-DD". */
  readonly date: string;
  /** The step whose interval contains `date`: `clock.stepOf(date)`. */
  readonly step: number;
  /** What happens; passed through untouched (not copied, not frozen). */
  readonly payload: T;
}

/** Events sorted by step, with a per-step lookup. Created by {@link scheduleEvents}; frozen. */
export interface EventSchedule<T> {
  /** All events, sorted by step; events on the same step keep their input order. */
  readonly events: readonly ScheduledEvent<T>[];
  /** The events landing on `step`, in schedule order; a shared frozen empty array when there are none. */
  at(step: number): readonly ScheduledEvent<T>[];
}

const NO_EVENTS: readonly never[] = Object.freeze([]);

/**
 * `scheduleEvents(clock, events)`: places dated events on the clock's steps.
 *
 * An event dated inside a step lands on that step (the step whose interval
 * [dateOf(k), dateOf(k + 1)) contains the date), so a mechanism reading `at(step)` sees it at the
 * start of the step that contains it.
 *
 * @param clock - the simulation clock.
 * @param events - `{ date, payload }` entries in any order; dates are strict ISO "YYYY-MM-DD".
 * @returns a frozen {@link EventSchedule}.
 * @throws PpsimError `invalid_date` with path `events[i].date` for a malformed date or one before
 *   `clock.start`; `invalid_argument` when `events` is not an array of objects.
 * @example
 * const clock = createClock({ start: '2005-01-03', unit: 'week' });
 * const schedule = scheduleEvents(clock, [{ date: '2009-07-01', payload: { regime: 'purchaser-provider' } }]);
 * schedule.at(234); // [{ date: '2009-07-01', step: 234, payload: { regime: 'purchaser-provider' } }]
 */
export function scheduleEvents<T>(clock: Clock, events: ReadonlyArray<{ readonly date: string; readonly payload: T }>): EventSchedule<T> {
  if (!Array.isArray(events)) {
    throw new PpsimError('invalid_argument', {
      path: 'scheduleEvents(events)',
      expected: 'an array of { date, payload }',
      received: events,
      hint: "pass e.g. [{ date: '2009-07-01', payload: 'reform' }]",
    });
  }
  const startDay = clock.dayNumber(clock.start);
  const placed: { event: ScheduledEvent<T>; index: number }[] = [];
  events.forEach((entry: unknown, index) => {
    if (typeof entry !== 'object' || entry === null) {
      throw new PpsimError('invalid_argument', { path: `events[${index}]`, expected: 'an object { date, payload }', received: entry, hint: "write each event as { date: 'YYYY-MM-DD', payload }" });
    }
    const { date, payload } = entry as { date: string; payload: T };
    const path = `events[${index}].date`;
    parseIsoDate(date, path);
    if (clock.dayNumber(date) < startDay) {
      throw new PpsimError('invalid_date', {
        path,
        expected: `a date on or after the clock start "${clock.start}"`,
        received: date,
        hint: `drop the event, or start the clock on or before ${date}`,
      });
    }
    placed.push({ event: Object.freeze({ date, step: clock.stepOf(date), payload }), index });
  });
  // The index tie-break states the stable order explicitly instead of relying on the sort.
  placed.sort((x, y) => x.event.step - y.event.step || x.index - y.index);

  const sorted = Object.freeze(placed.map((p) => p.event));
  const byStep = new Map<number, ScheduledEvent<T>[]>();
  for (const event of sorted) {
    const list = byStep.get(event.step);
    if (list === undefined) byStep.set(event.step, [event]);
    else list.push(event);
  }
  for (const list of byStep.values()) Object.freeze(list);

  return Object.freeze({
    events: sorted,
    at(step: number): readonly ScheduledEvent<T>[] {
      if (!Number.isInteger(step) || step < 0) {
        throw new PpsimError('invalid_date', {
          path: 'schedule.at(step)',
          expected: 'a whole step number ≥ 0',
          received: step,
          hint: 'pass the current step of the run, e.g. schedule.at(state.step)',
        });
      }
      return byStep.get(step) ?? NO_EVENTS;
    },
  });
}
