import { useQuery } from '@apollo/client';
import { type Sector, SECTORS } from '@pathboard/scoring';
import type { AssessmentFieldsFragment } from '../../../generated/graphql';
import { ASSESSMENT } from '../graphql/assessment.operations';

export type AssessmentData = AssessmentFieldsFragment;

/**
 * A branch's assessment of a quarter, always from the server when a screen opens: an editing
 * screen must start from the current version, never from a cached one.
 */
export function useAssessment(branchId: string | null | undefined, period: string | null) {
  const { data, loading, error, refetch } = useQuery(ASSESSMENT, {
    variables: { branchId: branchId ?? '', period: period ?? '' },
    skip: !branchId || !period,
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  return { assessment: data?.assessment ?? null, loading: loading && !data, error, refetch };
}

/** The API sends a branch's sector as a string; the scoring engine takes the Sector union. */
export function asSector(value: string | null | undefined): Sector | undefined {
  return (SECTORS as readonly string[]).includes(value ?? '') ? (value as Sector) : undefined;
}

/** Only DRAFT and RETURNED are the branch's to change, and only while the quarter is open. */
export function isEditable(assessment: Pick<AssessmentData, 'status' | 'periodStatus'>): boolean {
  return (
    assessment.periodStatus === 'OPEN' && (assessment.status === 'DRAFT' || assessment.status === 'RETURNED')
  );
}
