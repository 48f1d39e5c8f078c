import { periodLabel } from '@pathboard/reports';
/** A plausibility flag the reviewer sees beside a file; it explains itself in zh and en. */
export interface EvidenceFlag {
  code: 'SAME_FILE_OTHER_BRANCH' | 'PHOTO_DATE_OUTSIDE_PERIOD';
  message: { zh: string; en: string };
}

export interface FlagInput {
  /** How many other branches attached the very same bytes (same SHA-256). */
  otherBranches: number;
  /** EXIF capture date `YYYY-MM-DD`, or null. */
  photoTakenOn: string | null;
  /** The assessment's period, e.g. `2026Q4`. */
  periodCode: string;
}

/** The quarter of a `YYYY-MM-DD` date, e.g. `2026Q4`. */
export function quarterOf(date: string): string {
  const [year, month] = date.split('-').map(Number);
  return `${year}Q${Math.ceil(month / 3)}`;
}

/** Flags of one file for a reviewer: worth a question, not a verdict. */
export function evidenceFlags(file: FlagInput): EvidenceFlag[] {
  const flags: EvidenceFlag[] = [];
  if (file.otherBranches > 0) {
    flags.push({
      code: 'SAME_FILE_OTHER_BRANCH',
      message: {
        zh: `同一文件（内容完全相同）也由另外 ${file.otherBranches} 个支部作为佐证材料提交，请核实是否为本支部的活动材料`,
        en: `The identical file was also submitted as evidence by ${file.otherBranches} other branch${file.otherBranches > 1 ? 'es' : ''}: check that it documents this branch's own activity`,
      },
    });
  }
  if (file.photoTakenOn && quarterOf(file.photoTakenOn) !== file.periodCode) {
    flags.push({
      code: 'PHOTO_DATE_OUTSIDE_PERIOD',
      message: {
        zh: `照片拍摄日期为 ${file.photoTakenOn}（据照片 EXIF 信息），不在本考评期（${periodLabel(file.periodCode)}）内`,
        en: `The photo was taken on ${file.photoTakenOn} (its EXIF date), outside the assessed quarter ${file.periodCode}`,
      },
    });
  }
  return flags;
}
