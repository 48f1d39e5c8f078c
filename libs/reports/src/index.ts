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
