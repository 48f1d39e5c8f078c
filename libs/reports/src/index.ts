export * from './lib/model/types';
export { buildQuarterlyReportData, summarizeScore, computeQuarterlyAggregates } from './lib/model/quarterly-data';
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
