import { defaultFramework } from '@pathboard/frameworks';
import { buildQuarterlyReportData } from '../model/quarterly-data';
import type { QuarterlyReportData } from '../model/types';
import { syntheticQuarterlyInput } from './synthetic-scored';

/** Engine-scored report data on the default framework, cached per size: tests only read it. */
const cache = new Map<number, QuarterlyReportData>();

export function scoredReport(branchCount: number): QuarterlyReportData {
  let data = cache.get(branchCount);
  if (!data) {
    data = buildQuarterlyReportData(syntheticQuarterlyInput(defaultFramework, branchCount));
    cache.set(branchCount, data);
  }
  return data;
}
