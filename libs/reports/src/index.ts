export * from './lib/model/types';
export { buildQuarterlyReportData, summarizeScore, DEFAULT_TIME_ZONE } from './lib/model/quarterly-data';
export type { QuarterlyReportInput, ScoredBranchInput } from './lib/model/quarterly-data';
export { displayInput } from './lib/model/format-input';
export {
  writeQuarterlyWorkbook,
  buildQuarterlyWorkbook,
  writeBareQuarterlyWorkbook,
  buildBareQuarterlyWorkbook,
} from './lib/excel/write-workbook';
export { writeQuarterlyPdf, buildQuarterlyPdf, quarterlyReportTitle } from './lib/pdf/quarterly-pdf';
export { quarterlyNarrative, periodLabel } from './lib/pdf/narrative';
export type { NarrativeSection } from './lib/pdf/narrative';
export { renderChartSvg } from './lib/pdf/charts';
export { writeBranchPdf, buildBranchPdf, branchReportTitle } from './lib/pdf/branch-pdf';
export { buildBranchReportData, branchIndicatorLines, lowestIndicators } from './lib/model/branch-data';
export type { BranchReportInput } from './lib/model/branch-data';
export {
  formatLocalDate,
  formatLocalDateTime,
  formatLocalDeadline,
  formatLocalDeadlineDay,
} from './lib/model/local-time';
export { buildImportTemplate } from './lib/import/template';
export type { TemplateBranch } from './lib/import/template';
export { parseImportWorkbook, MAX_REPORTED_IMPORT_ERRORS } from './lib/import/parse';
export { inspectWorkbookZip, IMPORT_ZIP_LIMITS } from './lib/import/zip-limits';
export type { ImportParseResult, ImportRow, KnownBranch, ParseOptions } from './lib/import/parse';
export type { ImportError } from './lib/import/errors';
export {
  importColumns,
  importFieldLabel,
  BRANCH_CODE_KEY,
  BRANCH_NAME_KEY,
  DATA_SHEET,
  README_SHEET,
  META_SHEET,
  FIRST_DATA_ROW,
} from './lib/import/columns';
export type { ImportColumn, CellKind } from './lib/import/columns';
export { renderReportJob } from './lib/render/render-job';
export type { RenderJob, RenderKind } from './lib/render/render-job';
export type { AnnualReportData, AnnualReportBranch, BranchAnnualReportData } from './lib/annual/annual-types';
export { annualSheetSpecs } from './lib/annual/annual-sheets';
export {
  buildAnnualPdf,
  buildBranchAnnualPdf,
  annualReportTitle,
  branchAnnualReportTitle,
} from './lib/annual/annual-pdf';
export { buildSpecWorkbook } from './lib/excel/write-workbook';
