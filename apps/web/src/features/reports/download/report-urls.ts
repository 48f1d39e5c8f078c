/**
 * The report and import endpoints of the API (REST, Bearer token), and the names files get when the
 * server sends no Content-Disposition name: specific enough to tell a district's from a street's.
 */

function query(params: Record<string, string | boolean>): string {
  return new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
}

export type ReportKind = 'quarterlyPdf' | 'quarterlyXlsx' | 'importTemplate';

export const REPORT_PATHS: Record<ReportKind, string> = {
  quarterlyPdf: '/api/reports/quarterly.pdf',
  quarterlyXlsx: '/api/reports/quarterly.xlsx',
  importTemplate: '/api/imports/template.xlsx',
};

export function unitReportUrl(kind: ReportKind, unitId: string, period: string): string {
  return `${REPORT_PATHS[kind]}?${query({ unitId, period })}`;
}

export function branchReportUrl(branchId: string, period: string): string {
  return `/api/reports/branch.pdf?${query({ branchId, period })}`;
}

export function importValuesUrl(period: string, dryRun: boolean): string {
  return `/api/imports/values?${query({ period, dryRun })}`;
}

const FALLBACK_NAMES: Record<ReportKind, { zh: string; en: string; ext: string }> = {
  quarterlyPdf: { zh: '季度通报', en: 'quarterly-report', ext: 'pdf' },
  quarterlyXlsx: { zh: '考评数据', en: 'assessment-data', ext: 'xlsx' },
  importTemplate: { zh: '导入模板', en: 'import-template', ext: 'xlsx' },
};

/** 季度通报-示范区-2026Q3.pdf; characters a file system refuses become "_". */
export function fallbackFilename(
  kind: ReportKind,
  unitName: string,
  period: string,
  lang: 'zh' | 'en',
): string {
  const names = FALLBACK_NAMES[kind];
  // eslint-disable-next-line no-control-regex -- control characters are among those removed
  const unit = unitName.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim();
  return `${[names[lang], unit, period].filter(Boolean).join('-')}.${names.ext}`;
}
