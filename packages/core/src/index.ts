/**
 * The ppsim engine and the purchaser–provider model: seeded random streams, a calendar clock,
 * struct-of-arrays populations, the step pipeline, collection, replication and statistics, the model
 * with its parameters and metrics, and experiment designs. No I/O; runs in Node and browsers.
 *
 * @packageDocumentation
 * @module @ppsim/core
 */
export * from './engine/index.ts';
export { PpsimError, ERROR_CODES, describeValue, type PpsimErrorCode, type PpsimErrorDetails } from './errors.ts';
export { VERSION } from './version.ts';
export { fromSpreadsheetSafe, spreadsheetSafe, visibleControls } from './text.ts';
export * from './model/index.ts';
export * from './experiment/index.ts';
