/**
 * "Assessed" in committee figures (docs/domain.md "Aggregates for committees"): an assessment counts once
 * it has been reported, SUBMITTED or APPROVED. Every save of a DRAFT already writes an OFFICIAL score
 * (so the branch sees its provisional total), and a RETURNED assessment is being corrected: counting
 * either would let partial values pull a committee's means down. Analytics and the committee reports
 * read stored OFFICIAL scores only through an assessment in one of these statuses.
 */
export const REPORTED_STATUSES = ['SUBMITTED', 'APPROVED'] as const;

/** SQL condition: the assessment row aliased `alias` has been reported. */
export function isReported(alias: string): string {
  return `${alias}.status IN (${REPORTED_STATUSES.map((s) => `'${s}'`).join(', ')})`;
}
