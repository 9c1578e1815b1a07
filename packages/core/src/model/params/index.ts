export { modelParamsSchema, horizonSchema, type ModelParams, type ModelParamsInput } from './schema.ts';
export { governanceSchema, type Governance } from './governance.ts';
export { serviceSchema, type Service } from './service.ts';
export { populationSchema, usersSchema, staffSchema } from './people.ts';
export { nursingHomesSchema, type NursingHomes } from './nursing-homes.ts';
export { ordererSchema, providersSchema, budgetSchema, transactionCostsSchema } from './organisation.ts';
export { parseParams, withParam, deepFreeze, describeIssues, formatPath, closest, type ParamIssue } from './parse.ts';
export type { Grade, ParamMeta } from './define.ts';
export { parameterTable, parameterLeaves, type ParameterLeaf } from './table.ts';
