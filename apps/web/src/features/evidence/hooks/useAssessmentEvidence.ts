import { useQuery } from '@apollo/client';
import { useMemo } from 'react';
import type { EvidenceFileFieldsFragment } from '../../../generated/graphql';
import { ASSESSMENT_EVIDENCE } from '../graphql/evidence.operations';

export type EvidenceFile = EvidenceFileFieldsFragment;

const NONE: EvidenceFile[] = [];

/** Files grouped by indicator code, in the server's order (upload time within an indicator). */
export function groupByIndicator(files: readonly EvidenceFile[]): Map<string, EvidenceFile[]> {
  const groups = new Map<string, EvidenceFile[]>();
  for (const file of files) {
    const list = groups.get(file.indicatorCode);
    if (list) list.push(file);
    else groups.set(file.indicatorCode, [file]);
  }
  return groups;
}

/**
 * The evidence files of one branch's assessment of a quarter, by indicator. Read apart from the
 * assessment's values, so refetching after an upload never disturbs the form being edited.
 */
export function useAssessmentEvidence(branchId: string, period: string) {
  const { data, loading, error, refetch } = useQuery(ASSESSMENT_EVIDENCE, {
    variables: { branchId, period },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const files = data?.assessment.evidence ?? NONE;
  const byIndicator = useMemo(() => groupByIndicator(files), [files]);
  return { files, byIndicator, loading: loading && !data, error, refetch };
}
