import { registerEnumType } from '@nestjs/graphql';

/**
 * Where an annual value's claim stands with the committee. The one definition of "pending review":
 * the stored `annual_value.review_pending` (set by a save that changes the claim, cleared by a review;
 * migration 1795630000000), told apart by whether a review happened before. The card's tags and the
 * reviewers' queue both read it from here.
 */
export enum AnnualReviewState {
  /** No claim and no review. */
  NONE = 'NONE',
  /** 待审核: a claim never reviewed; nothing official yet. */
  PENDING = 'PENDING',
  /** 已修改，待复核: the claim changed after a review; the reviewed value stays the official one. */
  CHANGED = 'CHANGED',
  /** 已审核: the reviewed value is official and the claim has not changed since. */
  REVIEWED = 'REVIEWED',
}

registerEnumType(AnnualReviewState, {
  name: 'AnnualReviewState',
  description:
    'An annual claim with the committee: NONE, PENDING (待审核), CHANGED (已修改，待复核) or REVIEWED.',
});

/**
 * What a claim never reviewed counts, in words. The scoring engine explains the official (reviewed)
 * value, which such a claim does not have yet, as "未填写，计0分": wrong to the branch that just
 * filled it in.
 */
export const AWAITING_REVIEW_REASON = {
  zh: '已填报，待审核认定；审核认定后计入',
  en: 'claimed, awaiting review; counts once reviewed',
} as const;

export function reviewState(reviewPending: boolean, reviewed: boolean): AnnualReviewState {
  if (reviewPending) return reviewed ? AnnualReviewState.CHANGED : AnnualReviewState.PENDING;
  return reviewed ? AnnualReviewState.REVIEWED : AnnualReviewState.NONE;
}

/**
 * The reviewers' queue: per branch of the caller's scope ($3, a path LIKE pattern) with a claim of the
 * year waiting, how many wait in each state; one statement whatever the number of branches.
 */
export const ANNUAL_CLAIMS_TO_REVIEW_SQL = `
  SELECT u.id AS branch_id, u.code, u.name,
         count(*) FILTER (WHERE v.reviewed_at IS NULL)::int AS pending,
         count(*) FILTER (WHERE v.reviewed_at IS NOT NULL)::int AS changed,
         max(v.updated_at) AS claimed_at
    FROM annual_value v
    JOIN org_unit u ON u.id = v.branch_id AND u.district_id = v.district_id
   WHERE v.district_id = $1 AND v.year = $2 AND v.review_pending AND u.path LIKE $3
   GROUP BY u.id, u.code, u.name
   ORDER BY min(v.updated_at), u.code`;

export interface AnnualClaimsToReviewRow {
  branch_id: string;
  code: string;
  name: string;
  pending: number;
  changed: number;
  claimed_at: Date;
}
