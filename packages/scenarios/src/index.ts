/**
 * Scenario files: the format, a safe loader, the built-in cases and their calibration targets, the validation patterns and the glossary.
 *
 * @packageDocumentation
 * @module @ppsim/scenarios
 */
export { loadScenario, type LoadOptions } from './loader.ts';
export { listScenarios, type ScenarioListing } from './list.ts';
export { scenarioJsonSchema, targetsJsonSchema } from './jsonSchema.ts';
export { TARGETS_DIR, fullYears, listTargets, loadTargets, locateTargets, targetFiles, type LoadTargetsOptions, type TargetsListing } from './targets.ts';
export { CASES_DIR, REFERENCE_SCENARIO, builtInIds, caseFiles } from './registry.ts';
export { parseScenarioText, readScenarioFile, type ParsedText } from './yaml.ts';
export { scenarioFileSchema, sourceSchema, paramEntrySchema, eventSchema, variantSchema, type ScenarioFile, type ScenarioSource, type ParamEntry } from './schema.ts';
export { formatIssues, scenarioError, type ScenarioIssue } from './issues.ts';
export { paramLeaves, type ParamLeaf } from './params.ts';
export { LIMITS, FORBIDDEN_KEYS } from './limits.ts';
export { readRegularFile, readUserFile, type FileProblem, type FileRead, type ReadFileOptions } from './files.ts';
export type { Scenario, ScenarioEvent, ScenarioSummary, Evidence, VariantInfo, AppliedVariant } from './types.ts';
export * from './validation/index.ts';
export {
  TRANSLATION_LANGS,
  caseTranslationSchema,
  eventTranslationSchema,
  variantTranslationSchema,
  type CaseTranslation,
  type EventTranslation,
  type TranslationLang,
  type VariantTranslation,
} from './translationSchema.ts';
export { readCaseTranslation, translationFile, translationFingerprint, translationIssues } from './translation.ts';
export { GLOSSARY, GLOSSARY_GROUPS, type GlossaryEntry, type GlossaryGroup } from './glossary.ts';
