/** Test fixtures of libs/reports, kept out of the production index (src/index.ts). */
export { syntheticQuarterlyReport } from './lib/testing/synthetic';
export { sampleFramework } from './lib/testing/sample-framework';
export { syntheticQuarterlyInput, inputFigures, withRanks } from './lib/testing/synthetic-scored';
export { referenceFigures } from './lib/testing/reference-figures';
export { zipBombWorkbook } from './lib/testing/zip-bomb';
