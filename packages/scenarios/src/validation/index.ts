export { PATTERNS, up, down, flat, type Pattern, type Arm, type Check, type Effect, type Verdict } from './patterns.ts';
export { runValidation, type ValidationOptions, type PatternResult, type CheckResult } from './run.ts';
export { renderReport } from './report.ts';
