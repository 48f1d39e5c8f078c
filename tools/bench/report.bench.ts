/**
 * `npm run bench:report`: the report builders on 5,000 engine-scored synthetic branches: quarterly
 * workbook vs bare exceljs (ratio), quarterly PDF, and parsing a 5,000-row import file.
 * Optional argument: the number of branches (default 5000). Exits 1 when a target is missed.
 *
 * A launcher only, like scoring.bench.ts: the benchmark itself is `runReportBenchmark` in
 * libs/reports/src/bench.ts (scope:server; tools may depend on it), loaded here through tsx with the
 * workspace aliases of tools/bench/tsconfig.json.
 */
import { join } from 'node:path';
import { register } from 'tsx/cjs/api';

process.env.TSX_TSCONFIG_PATH = join(__dirname, 'tsconfig.json');
const scoped = register({ namespace: 'pathboard-report-bench' });
const { defaultFramework } = scoped.require(
  '@pathboard/frameworks',
  __filename,
) as typeof import('@pathboard/frameworks');
// By path, not by package name: node resolves the package to its build output (dist), which a
// development checkout does not have.
const reports = scoped.require('../../libs/reports/src/bench.ts', __filename) as {
  runReportBenchmark(framework: typeof defaultFramework, branches?: number): Promise<boolean>;
};
const branches = Number(process.argv[2] ?? 5000);
reports.runReportBenchmark(defaultFramework, branches).then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
