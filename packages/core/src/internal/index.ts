/**
 * `@ppsim/core/internal`: helpers that core and the other ppsim packages share as an implementation
 * detail (did-you-mean, freezing parsed input, the wording of received values and zod issues). Not
 * part of the public API (test/public-api/core.txt): they may change with any release.
 *
 * @module @ppsim/core/internal
 */
export { closest } from './closest.ts';
export { deepFreeze } from './freeze.ts';
export { zodExpected, valueAt, type ExpectedWords } from './zod-issues.ts';
export { describeValue } from '../errors.ts';
