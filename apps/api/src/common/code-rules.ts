import { TEXT_LIMITS } from '@pathboard/text-limits';

/** USERNAME_PATTERN in words: the schema's description, and the refusal after "username must be ". */
export const USERNAME_RULE = `3-${TEXT_LIMITS.username} letters, digits, ".", "_" or "-"`;

/** The schema's description of a unit's code (UNIT_CODE_PATTERN). */
export const UNIT_CODE_DESCRIPTION = `Unique code: letters, digits, "-", "_" or "." (1 to ${TEXT_LIMITS.unitCode})`;

/** The refusal of a code that does not match UNIT_CODE_PATTERN. */
export const UNIT_CODE_MESSAGE = `code must be 1-${TEXT_LIMITS.unitCode} letters, digits, ".", "_" or "-", starting with a letter or digit`;
