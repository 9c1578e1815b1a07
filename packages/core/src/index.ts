export * from './engine/index.ts';
export { PpsimError, ERROR_CODES, describeValue, type PpsimErrorCode, type PpsimErrorDetails } from './errors.ts';
export { VERSION } from './version.ts';
export * from './model/index.ts';
export * from './experiment/index.ts';
