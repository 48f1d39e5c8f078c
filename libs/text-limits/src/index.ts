export { TEXT_LIMITS, USERNAME_PATTERN, UNIT_CODE_PATTERN } from './lib/text-limits';
export type { TextLimitName } from './lib/text-limits';
