import { SECTORS, type Sector } from '@pathboard/scoring';
/**
 * The API's enums as runtime lists (the generated types are type-only), in the order the UI lists
 * them: DOMAIN.md's sector order, and the assessment workflow's order.
 */

// The one sector list (libs/scoring), re-exported under the names the web uses.
export { SECTORS };
export type SectorCode = Sector;

export const ASSESSMENT_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'] as const;
export type AssessmentStatusCode = (typeof ASSESSMENT_STATUSES)[number];

/** A branch with no assessment in the period (opened after the period, or never opened). */
export const NO_ASSESSMENT = 'NONE' as const;
export type StatusFilterValue = AssessmentStatusCode | typeof NO_ASSESSMENT;

/** A branch without an official score: the grade filter's "not assessed" choice. */
export const NOT_GRADED = 'NONE' as const;

export function isSector(value: unknown): value is SectorCode {
  return typeof value === 'string' && (SECTORS as readonly string[]).includes(value);
}

export function isStatusFilterValue(value: unknown): value is StatusFilterValue {
  return (
    value === NO_ASSESSMENT ||
    (typeof value === 'string' && (ASSESSMENT_STATUSES as readonly string[]).includes(value))
  );
}

const PERIOD_PATTERN = /^\d{4}Q[1-4]$/;

export function isPeriodCode(value: unknown): value is string {
  return typeof value === 'string' && PERIOD_PATTERN.test(value);
}
