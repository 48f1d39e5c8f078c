import { periodLabel, periodShortLabel, pickLabel, wrapLabel } from './labels';
import { DEFAULT_GRADES, GRADE_COLORS, gradeColor, gradeForScore, MISSING_COLOR } from './palette';

describe('labels and palette', () => {
  it('formats quarters in both languages', () => {
    expect(periodLabel('2026Q1', 'zh')).toBe('2026年第一季度');
    expect(periodLabel('2026Q4', 'en')).toBe('Q4 2026');
    expect(periodShortLabel('2026Q2', 'zh')).toBe('2026年二季度');
    expect(periodLabel('2026', 'zh')).toBe('2026');
  });

  it('picks localized text, leaving plain strings alone', () => {
    expect(pickLabel({ zh: '组织建设', en: 'Organization' }, 'en')).toBe('Organization');
    expect(pickLabel('第一党支部', 'en')).toBe('第一党支部');
  });

  it('colours known grades, other scales by position, and missing grey', () => {
    expect(gradeColor('EXCELLENT')).toBe(GRADE_COLORS.excellent);
    expect(gradeColor('FAIL')).toBe(GRADE_COLORS.fail);
    const stars = [5, 4, 3, 2, 1].map((n) => ({
      code: `STAR${n}`,
      name: { zh: `${n}星`, en: `${n} stars` },
      min: n * 20 - 20,
    }));
    expect(gradeColor('STAR5', stars)).toBe(GRADE_COLORS.excellent);
    expect(gradeColor('STAR1', stars)).toBe(GRADE_COLORS.fail);
    expect(gradeColor(null)).toBe(MISSING_COLOR);
    expect(gradeForScore(90, DEFAULT_GRADES).code).toBe('EXCELLENT');
    expect(gradeForScore(89.99).code).toBe('GOOD');
    expect(gradeForScore(-5).code).toBe('FAIL');
  });
});

describe('wrapLabel', () => {
  it('leaves names that fit alone', () => {
    expect(wrapLabel('组织建设', 10)).toBe('组织建设');
    expect(wrapLabel('Supervision', 14)).toBe('Supervision');
    expect(wrapLabel('anything', 0)).toBe('anything');
  });

  it('breaks Chinese by width (a character counts 2 columns)', () => {
    expect(wrapLabel('干部队伍与教育培训', 10)).toBe('干部队伍与\n教育培训');
    expect(wrapLabel('党风廉政建设', 8)).toBe('党风廉政\n建设');
  });

  it('breaks Chinese between words, never inside one', () => {
    expect(wrapLabel('党风廉政建设', 10)).toBe('党风廉政\n建设');
    expect(wrapLabel('党风廉政建设', 6)).toBe('党风\n廉政\n建设');
    expect(wrapLabel('党建工作计划与落实', 10)).not.toMatch(/工\n作|计\n划|落\n实/);
    expect(wrapLabel('学习强国活跃率', 8)).toBe('学习强国\n活跃率');
  });

  it('breaks Latin text at spaces and cuts a word longer than a line', () => {
    expect(wrapLabel('Cadres, education and training', 14)).toBe('Cadres,\neducation and\ntraining');
    expect(wrapLabel('Intra-Party supervision', 12)).toBe('Intra-Party\nsupervision');
    expect(wrapLabel('Supercalifragilistic', 8)).toBe('Supercal\nifragili\nstic');
  });
});
