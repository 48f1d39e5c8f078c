import type { LocalizedText } from '../types';

/**
 * docs/metrics.md "Provisional": the score of a reported assessment not yet approved (SUBMITTED:
 * submitted, not yet reviewed) is provisional; where it is ranked, its rank and total carry this
 * mark. The one source of the mark and its zh/en label for the overview, the branch page, compare,
 * the workbook and the PDFs.
 */
export const PROVISIONAL_LABEL: Readonly<LocalizedText> = { zh: '暂定', en: 'Provisional' };

/** A score (and the rank taken from it) of an assessment in `status` is provisional. */
export const isProvisionalStatus = (status: string | null | undefined): boolean => status === 'SUBMITTED';
