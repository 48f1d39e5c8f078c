import { buildAnnualPdf, buildBranchAnnualPdf } from '../annual/annual-pdf';
import { annualSheetSpecs } from '../annual/annual-sheets';
import type { AnnualReportData, BranchAnnualReportData } from '../annual/annual-types';
import { buildQuarterlyWorkbook, buildSpecWorkbook } from '../excel/write-workbook';
import type { BranchReportData, QuarterlyReportData } from '../model/types';
import { buildBranchPdf } from '../pdf/branch-pdf';
import { buildQuarterlyPdf } from '../pdf/quarterly-pdf';

/**
 * One report to render, as plain data: what a caller hands to a worker thread (structured clone)
 * and gets back as the finished file. The figures are already scoped and scored by the caller.
 */
export type RenderJob =
  | { kind: 'quarterly-pdf'; data: QuarterlyReportData }
  | { kind: 'quarterly-xlsx'; data: QuarterlyReportData }
  | { kind: 'branch-pdf'; data: BranchReportData }
  | { kind: 'annual-pdf'; data: AnnualReportData }
  | { kind: 'annual-xlsx'; data: AnnualReportData }
  | { kind: 'branch-annual-pdf'; data: BranchAnnualReportData };

export type RenderKind = RenderJob['kind'];

/** Render a job to the finished file's bytes. CPU-bound: a server runs it on a worker thread. */
export function renderReportJob(job: RenderJob): Promise<Buffer> {
  switch (job.kind) {
    case 'quarterly-pdf':
      return buildQuarterlyPdf(job.data);
    case 'quarterly-xlsx':
      return buildQuarterlyWorkbook(job.data);
    case 'branch-pdf':
      return buildBranchPdf(job.data);
    case 'annual-pdf':
      return buildAnnualPdf(job.data);
    case 'annual-xlsx':
      return buildSpecWorkbook(
        annualSheetSpecs(job.data),
        job.data.grades.map((g) => g.name.zh),
      );
    case 'branch-annual-pdf':
      return buildBranchAnnualPdf(job.data);
  }
}
