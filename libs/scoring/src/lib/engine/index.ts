export { scoreAssessment, gradeForTotal } from './score';
export { validateValues } from './validate';
export { ValueValidationError, type IssueCode } from './issues';
export { scoreDual, selfValues, officialValues } from './dual';
export { isApplicable } from './scaling';
export { round2 } from './fraction';
export { describeInput } from './describe';
