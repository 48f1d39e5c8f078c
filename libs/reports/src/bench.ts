/** The report benchmark (tools/bench/report.bench.ts), kept out of the production index (src/index.ts). */
export {
  benchReports,
  formatReportBench,
  runReportBenchmark,
  REPORT_TARGETS,
} from './lib/bench/bench-report';
export type { ReportBenchResult } from './lib/bench/bench-report';
