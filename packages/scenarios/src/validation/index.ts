export { PATTERNS, type Pattern, type Arm, type Check, type Region } from './patterns.ts';
export { runValidation, judgeCheck, HOLD_SHARE, type ValidationOptions, type PatternResult, type CheckResult, type Verdict } from './run.ts';
export { renderReport, type ReportMeta } from './report.ts';
