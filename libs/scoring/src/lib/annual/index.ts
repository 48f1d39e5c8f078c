export { scoreYear, validateYear } from './score-year';
export { ANNUAL_DEFAULTS } from './annual-rules';
export { describeAnnualRules } from './describe-annual';
