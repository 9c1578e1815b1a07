export { createClock, type Clock, type ClockOptions, type StepUnit } from './clock.ts';
export { dayNumber, formatIsoDate, isLeapYear, parseIsoDate, type CivilDate } from './calendar.ts';
export { scheduleEvents, type EventSchedule, type ScheduledEvent } from './schedule.ts';
