/**
 * The purchaser–provider model: parameters, setup, mechanisms, metrics, ledger and rules (docs/ODD.md).
 *
 * @packageDocumentation
 * @module @ppsim/core/model
 */
export {
  budgetSchema,
  governanceSchema,
  horizonSchema,
  learningSchema,
  modelParamsSchema,
  nursingHomesSchema,
  ordererSchema,
  parameterLeaves,
  parameterTable,
  parseParams,
  parsePatch,
  safeParseParams,
  checkParamPath,
  isParamPath,
  paramPaths,
  populationSchema,
  providersSchema,
  reorganisationSchema,
  serviceSchema,
  staffSchema,
  steeringSchema,
  targetsSchema,
  tenderingSchema,
  transactionCostsSchema,
  usersSchema,
  withParam,
  type Governance,
  type Grade,
  type Learning,
  type ModelParams,
  type ModelParamsInput,
  type NursingHomes,
  type ParamIssue,
  type ParamMeta,
  type ParamPatch,
  type ParamPath,
  type ParamValue,
  type SafeParamsResult,
  type UncheckedPatch,
  type ParameterLeaf,
  type Reorganisation,
  type Service,
  type Steering,
  type Tendering,
} from './params/index.ts';
export { createPurchaserProviderModel, purchaserProviderModel } from './model.ts';
export { runReplications, runMetrics, summarise, compareRuns, finalFullYearIndex, type RunSpec, type MetricSummary } from './experiment.ts';
export { METRICS, TABLE_METRICS, FULL_YEAR_STEPS, columnsByYear, metricsByYear, yearRanges, type MetricDefinition } from './metrics.ts';
export { modelReporters } from './reporters.ts';
export { Ledger, LEDGER_ITEMS, ledgerImbalance, type LedgerItem } from './ledger.ts';
export {
  defaultRules,
  defaultPreventionShare,
  defaultChooseProvider,
  defaultMotivationTarget,
  type BehaviourRules,
  type PreventionContext,
  type ChoiceContext,
  type MotivationContext,
} from './rules.ts';
export type { ModelInput, TimelineEvent } from './setup.ts';
export type { ModelState } from './state.ts';
export { REGIME_PRESETS, regimePreset, withRegime, type RegimePreset } from './regimes.ts';
export { MODEL_CONSTANTS, type ModelConstant } from './constants.ts';
