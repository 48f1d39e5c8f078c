import type { GradeBand } from './types';

/**
 * Grade colours shared by every chart, the web tables (antd tags) and the PDF report.
 * Chosen from antd's palette so tags and charts match; red and green differ in lightness too,
 * so the pair stays distinguishable for red–green colour-blind readers and in grey print.
 */
export const GRADE_COLORS = {
  excellent: '#389e0d', // 优秀 green
  good: '#1677ff', // 良好 blue
  pass: '#d48806', // 合格 amber
  fail: '#cf1322', // 不合格 red
} as const;

export const MISSING_COLOR = '#d9d9d9';

/**
 * Colours for series that are not grades (compared branches, trend lines). Deliberately apart from
 * the grade colours, so a reader never takes "the green branch" for "the excellent branch".
 */
export const SERIES_COLORS = ['#c41d1d', '#1d39c4', '#08979c', '#d46b08', '#722ed1', '#595959'];

/** The default grade scale of docs/domain.md, used when a caller passes no framework grades. */
export const DEFAULT_GRADES: GradeBand[] = [
  { code: 'EXCELLENT', name: { zh: '优秀', en: 'Excellent' }, min: 90 },
  { code: 'GOOD', name: { zh: '良好', en: 'Good' }, min: 80 },
  { code: 'PASS', name: { zh: '合格', en: 'Pass' }, min: 60 },
  { code: 'FAIL', name: { zh: '不合格', en: 'Fail' }, min: 0 },
];

const COLOR_BY_KNOWN_CODE: Record<string, string> = {
  EXCELLENT: GRADE_COLORS.excellent,
  GOOD: GRADE_COLORS.good,
  PASS: GRADE_COLORS.pass,
  QUALIFIED: GRADE_COLORS.pass,
  FAIL: GRADE_COLORS.fail,
  UNQUALIFIED: GRADE_COLORS.fail,
};

const ORDERED = [GRADE_COLORS.excellent, GRADE_COLORS.good, GRADE_COLORS.pass, GRADE_COLORS.fail];

/**
 * The colour of a grade. Known codes map directly; other scales (一类/二类/三类, 五星…一星) are
 * coloured by position, best green and worst red, so any framework's grades get a sensible scale.
 */
export function gradeColor(code: string | null | undefined, grades: GradeBand[] = DEFAULT_GRADES): string {
  if (!code) return MISSING_COLOR;
  const known = COLOR_BY_KNOWN_CODE[code.toUpperCase()];
  if (known) return known;
  const index = grades.findIndex((g) => g.code === code);
  if (index < 0) return MISSING_COLOR;
  if (grades.length <= 1) return ORDERED[0];
  const position = Math.round((index / (grades.length - 1)) * (ORDERED.length - 1));
  return ORDERED[position];
}

/** The grade a score falls in (bands ordered best first); the lowest band catches everything below. */
export function gradeForScore(score: number, grades: GradeBand[] = DEFAULT_GRADES): GradeBand {
  return grades.find((g) => score >= g.min) ?? grades[grades.length - 1];
}
