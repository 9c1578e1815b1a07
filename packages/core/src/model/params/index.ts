export { modelParamsSchema, horizonSchema, type ModelParams, type ModelParamsInput } from './schema.ts';
export { governanceSchema, type Governance } from './governance.ts';
export { serviceSchema, type Service } from './service.ts';
export { populationSchema, usersSchema, staffSchema } from './people.ts';
export { targetsSchema } from './targets.ts';
export { nursingHomesSchema, type NursingHomes } from './nursing-homes.ts';
export { ordererSchema, providersSchema, budgetSchema, transactionCostsSchema } from './organisation.ts';
export { tenderingSchema, reorganisationSchema, type Tendering, type Reorganisation } from './institutions.ts';
export { learningSchema, type Learning } from './learning.ts';
export { steeringSchema, type Steering } from './steering.ts';
export { parseParams, safeParseParams, paramsError, withParam, parsePatch, type SafeParamsResult } from './parse.ts';
export {
  checkParamPath,
  paramIssue,
  isParamPath,
  paramPaths,
  type ParamIssue,
  type ParamPatch,
  type ParamPath,
  type ParamValue,
  type UncheckedPatch,
} from './paths.ts';
export type { Grade, ParamMeta } from './define.ts';
export { parameterTable, parameterLeaves, type ParameterLeaf } from './table.ts';
