import {
  officialValues,
  type CheckedBranch,
  type IndicatorValuePair,
  type Sector,
  type ValueMap,
} from '@pathboard/scoring';
import { NO_PARENT_ID, type QualitySetRow } from './sql/quality-set.sql';

/**
 * A row of the data checks' set (qualitySetSql) as libs/scoring checkBranchSet checks it: the one
 * conversion, read by the checks a request runs (quality-checks.service.ts) and by the open flags
 * the figures refresh stores (analytics/figures/open-flags.ts), so both check the same thing.
 */
export function toCheckedBranch(r: QualitySetRow): CheckedBranch {
  return {
    id: r.assessment_id,
    sector: (r.sector ?? undefined) as Sector | undefined,
    // The peer group: the unit whose reviewer reviews the branch (its parent as the period saw it),
    // keyed as SQL keys it (quality-set.sql.ts GROUP), so stored samples are found by it.
    group: r.parent_id ?? NO_PARENT_ID,
    values: valuesOf(r.pairs),
    previous: r.previous_pairs ? valuesOf(r.previous_pairs) : undefined,
    // Only reported values are anyone's peers: a draft or returned one is still being entered.
    peer: r.status === 'SUBMITTED' || r.status === 'APPROVED',
  };
}

/** The values that count: the reviewer's where given, else the branch's own (libs/scoring officialValues). */
function valuesOf(pairs: QualitySetRow['pairs']): ValueMap {
  return officialValues((pairs ?? {}) as Record<string, IndicatorValuePair>);
}
