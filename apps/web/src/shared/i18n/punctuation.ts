/**
 * Chinese text takes full-width punctuation (，：；（）？！), as the PDFs already do; a half-width
 * , : ; ( ) ? ! beside a Chinese character is a typo of the input method. This finds them in a tree
 * of strings (a locale's resources), so a test can keep the zh-CN strings clean.
 */
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
const HALF_WIDTH_NEXT_TO_CJK = new RegExp(`[${CJK}]\\s*[,:;()?!]|[,:;()?!]\\s*[${CJK}]`, 'u');

export interface PunctuationIssue {
  /** Dotted key of the string (assessment.status.SUBMITTED). */
  key: string;
  text: string;
}

export function halfWidthPunctuationIssues(tree: unknown, prefix = ''): PunctuationIssue[] {
  if (typeof tree === 'string') return HALF_WIDTH_NEXT_TO_CJK.test(tree) ? [{ key: prefix, text: tree }] : [];
  if (typeof tree !== 'object' || tree === null) return [];
  return Object.entries(tree).flatMap(([key, value]) =>
    halfWidthPunctuationIssues(value, prefix ? `${prefix}.${key}` : key),
  );
}
