import { isProvisionalStatus } from '@pathboard/scoring';

/**
 * docs/metrics.md "Provisional": a ranked score of a branch still awaiting review (submitted, not yet
 * approved) is provisional. libs/scoring holds the rule and the label (PROVISIONAL_LABEL, also what
 * the workbook and the PDFs print); every screen that shows such a rank or total marks it here.
 */
export const isProvisional = (row: { status?: string | null; rank?: number | null }) =>
  row.rank !== null && row.rank !== undefined && isProvisionalStatus(row.status);
