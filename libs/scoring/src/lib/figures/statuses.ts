import type { LocalizedText } from '../types';

/**
 * Where a branch's quarter stands, as the committee's screens and the reports name it: its
 * assessment's status, or NONE when the quarter has no assessment for it (a branch added after the
 * quarter opened: "Not opened", docs/metrics.md).
 */
export type BranchQuarterStatus = 'NONE' | 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED';

/** The one source of those names in zh and en: the overview, the workbook and the PDFs read it. */
export const STATUS_LABELS: Readonly<Record<BranchQuarterStatus, LocalizedText>> = {
  NONE: { zh: '未开启', en: 'Not opened' },
  DRAFT: { zh: '填报中', en: 'Draft' },
  // Submitted, not yet reviewed: its score is provisional (PROVISIONAL_LABEL).
  SUBMITTED: { zh: '待审核', en: 'Awaiting review' },
  RETURNED: { zh: '已退回', en: 'Returned' },
  APPROVED: { zh: '已审核', en: 'Approved' },
};

/** `{ DRAFT: '填报中', … }` in one language, for a translation bundle. */
export function statusNames(lang: keyof LocalizedText): Record<BranchQuarterStatus, string> {
  return Object.fromEntries(
    (Object.keys(STATUS_LABELS) as BranchQuarterStatus[]).map((s) => [s, STATUS_LABELS[s][lang]]),
  ) as Record<BranchQuarterStatus, string>;
}
