/** A plausibility flag the reviewer sees beside a file; it explains itself in zh and en. */
export interface EvidenceFlag {
  code: 'SAME_FILE_OTHER_BRANCH';
  message: { zh: string; en: string };
}

/**
 * Flags of one file for a reviewer. `otherBranches`: how many other branches attached the very same
 * bytes (same SHA-256): a photo re-used across branches is worth a question, not a verdict.
 */
export function evidenceFlags(file: { otherBranches: number }): EvidenceFlag[] {
  const flags: EvidenceFlag[] = [];
  if (file.otherBranches > 0) {
    flags.push({
      code: 'SAME_FILE_OTHER_BRANCH',
      message: {
        zh: `同一文件(内容完全相同)也由另外 ${file.otherBranches} 个支部作为佐证材料提交,请核实是否为本支部的活动材料`,
        en: `The identical file was also submitted as evidence by ${file.otherBranches} other branch${file.otherBranches > 1 ? 'es' : ''}: check that it documents this branch's own activity`,
      },
    });
  }
  return flags;
}
