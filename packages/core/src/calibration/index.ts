export { fitEmulator, validationShare, type Emulator, type EmulatorData, type Prediction } from './emulator.ts';
export {
  fitWave,
  implausibility,
  maxImplausibility,
  nonImplausibleSpace,
  spaceFilling,
  type MatchOptions,
  type MatchTarget,
  type NonImplausibleSpace,
  type WaveFit,
  type WaveRuns,
} from './history-matching.ts';
export { nelderMead, type NelderMeadOptions } from './optimise.ts';
export { matchTargets, observationSd, parseTargets, targetName, calibrationTargetSchema, calibrationTargetsSchema, targetValue, type Target, type Targets } from './targets.ts';
