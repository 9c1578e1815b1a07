export { mean, quantile, sd, variance } from './summary.ts';
export { studentTQuantile } from './studentT.ts';
export { pairedDifference, tInterval, type Interval, type PairedDifference } from './interval.ts';
export { RunningStats } from './runningStats.ts';
