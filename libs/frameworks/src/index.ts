export type { FrameworkIssue } from './lib/issues';
export { validateFramework, MAX_REPORTED_ISSUES } from './lib/validate-framework';
export { FRAMEWORK_LIMITS, MAX_FRAMEWORK_VALUES } from './lib/size-limits';
export type { FrameworkValidation } from './lib/validate-framework';
export { parseValuesFile } from './lib/values-file';
export type { ValuesFile, ValuesFileParse } from './lib/values-file';
export { defaultFramework } from './lib/default-framework';
export { frameworkSchema, valuesSchema, SECTOR_CODES } from './lib/schemas';
export { indicatorsRequiringEvidence, missingEvidence } from './lib/evidence-requirements';
