export * from './lib/model/types';
export {
  buildQuarterlyReportData,
  summarizeScore,
  computeQuarterlyAggregates,
} from './lib/model/quarterly-data';
export type { QuarterlyReportInput, ScoredBranchInput } from './lib/model/quarterly-data';
export { displayInput } from './lib/model/format-input';
export {
  writeQuarterlyWorkbook,
  buildQuarterlyWorkbook,
  writeBareQuarterlyWorkbook,
  buildBareQuarterlyWorkbook,
} from './lib/excel/write-workbook';
export { syntheticQuarterlyReport } from './lib/testing/synthetic';
export { sampleFramework } from './lib/testing/sample-framework';
export { writeQuarterlyPdf, buildQuarterlyPdf, quarterlyReportTitle } from './lib/pdf/quarterly-pdf';
export { quarterlyNarrative, periodLabel } from './lib/pdf/narrative';
export type { NarrativeSection } from './lib/pdf/narrative';
export { renderChartSvg } from './lib/pdf/charts';
export { writeBranchPdf, buildBranchPdf, branchReportTitle } from './lib/pdf/branch-pdf';
export { buildBranchReportData, branchIndicatorLines, lowestIndicators } from './lib/model/branch-data';
export type { BranchReportInput } from './lib/model/branch-data';
export { syntheticQuarterlyInput } from './lib/testing/synthetic-scored';
export { buildImportTemplate } from './lib/import/template';
export type { TemplateBranch } from './lib/import/template';
export { parseImportWorkbook } from './lib/import/parse';
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
export {
  benchReports,
  formatReportBench,
  runReportBenchmark,
  REPORT_TARGETS,
} from './lib/bench/bench-report';
export type { ReportBenchResult } from './lib/bench/bench-report';
