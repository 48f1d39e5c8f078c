import { SECTORS, type LocalizedText, type Sector } from '../types';

/**
 * The sectors' names (DOMAIN.md "Sectors"), in SECTORS order: the one source of their zh/en labels for
 * the screens, the workbook and the PDFs.
 */
export const SECTOR_LABELS: Readonly<Record<Sector, LocalizedText>> = {
  RURAL: { zh: '农村', en: 'Rural' },
  COMMUNITY: { zh: '社区', en: 'Community' },
  ORGAN: { zh: '机关', en: 'Government organ' },
  SOE: { zh: '国企', en: 'State-owned enterprise' },
  INSTITUTION: { zh: '事业单位', en: 'Public institution' },
  NEW_ORG: { zh: '两新组织', en: 'Non-public organization' },
};

/** `{ RURAL: '农村', … }` in one language, for a translation bundle. */
export function sectorNames(lang: keyof LocalizedText): Record<Sector, string> {
  return Object.fromEntries(SECTORS.map((s) => [s, SECTOR_LABELS[s][lang]])) as Record<Sector, string>;
}
