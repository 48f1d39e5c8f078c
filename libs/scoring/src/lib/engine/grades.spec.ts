import type { Framework, Grade, Path } from '../types';
import { scoreAssessment, gradeForTotal } from './score';
import { compileGrades, gradeIndexForShownTotal } from './grades';
import { ind, STANDARD_GRADES } from './test-frameworks';

const t = (zh: string, en = zh) => ({ zh, en });

/** One path of 100: a ratio worth 100, so the total is exactly 100 × n/d; plus vetoes. */
function ratioFramework(grades: Grade[] = STANDARD_GRADES, vetoCaps: (string | undefined)[] = []): Framework {
  const vetoes = vetoCaps.map((capGrade, i) =>
    ind(`VETO_${i + 1}`, capGrade ? { type: 'veto', capGrade } : { type: 'veto' }),
  );
  const path: Path = {
    code: 'P',
    name: t('路径'),
    weight: 100,
    indicators: [ind('R', { type: 'ratio', maxPoints: 100 }), ...vetoes],
  };
  return { code: 'G', version: 1, name: t('等次'), grades, paths: [path] };
}

const rate = (numerator: number, denominator: number) => ({ R: { numerator, denominator } });

describe('grades compare the total as shown (half up, 2 places)', () => {
  it.each([
    ['89.995 → shown 90.00 → 优秀', 17999, 20000, 90, 'EXCELLENT'],
    ['89.994 → shown 89.99 → 良好', 44997, 50000, 89.99, 'GOOD'],
    ['exactly 80 → 良好', 4, 5, 80, 'GOOD'],
    ['79.99 → 合格', 7999, 10000, 79.99, 'PASS'],
    ['exactly 60 → 合格', 3, 5, 60, 'PASS'],
    ['59.995 → 60.00 → 合格', 11999, 20000, 60, 'PASS'],
    ['59.99 → 不合格', 5999, 10000, 59.99, 'FAIL'],
    ['0 → 不合格', 0, 1, 0, 'FAIL'],
  ])('%s', (_name, n, d, total, grade) => {
    const result = scoreAssessment(ratioFramework(), rate(n, d));
    expect(result.total).toBe(total);
    expect(result.grade.code).toBe(grade);
    expect(result.uncappedGrade.code).toBe(grade);
  });

  it('gradeForTotal rounds the same way', () => {
    const framework = ratioFramework();
    expect(gradeForTotal(framework, 89.995).code).toBe('EXCELLENT');
    expect(gradeForTotal(framework, 89.9949).code).toBe('GOOD');
    expect(gradeForTotal(framework, 100).name).toEqual({ zh: '优秀', en: 'Excellent' });
    expect(gradeForTotal(framework, 120).code).toBe('EXCELLENT');
  });

  it('gives a total below every minimum the lowest grade', () => {
    const noZero: Grade[] = [
      { code: 'PASS', name: t('合格', 'Pass'), min: 60 },
      { code: 'FAIL', name: t('不合格', 'Fail'), min: 40 },
    ];
    expect(gradeForTotal(ratioFramework(noZero), 30).code).toBe('FAIL');
    expect(scoreAssessment(ratioFramework(noZero), rate(3, 10)).grade.code).toBe('FAIL');
  });

  it('uses a framework’s own grades （一类/二类/三类）', () => {
    const classes: Grade[] = [
      { code: 'CLASS_1', name: t('一类', 'Class 1'), min: 85 },
      { code: 'CLASS_2', name: t('二类', 'Class 2'), min: 70 },
      { code: 'CLASS_3', name: t('三类', 'Class 3'), min: 0 },
    ];
    const framework = ratioFramework(classes, [undefined]);
    expect(scoreAssessment(framework, rate(85, 100)).grade.code).toBe('CLASS_1');
    expect(scoreAssessment(framework, rate(8499, 10000)).grade.code).toBe('CLASS_2');
    expect(scoreAssessment(framework, rate(69, 100)).grade.code).toBe('CLASS_3');
    // A veto without capGrade caps at the lowest grade.
    const vetoed = scoreAssessment(framework, { ...rate(95, 100), VETO_1: true });
    expect([vetoed.uncappedGrade.code, vetoed.grade.code]).toEqual(['CLASS_1', 'CLASS_3']);
  });
});

describe('vetoes cap the grade', () => {
  it('caps 优秀 at the veto’s capGrade 合格， whatever the total', () => {
    const result = scoreAssessment(ratioFramework(STANDARD_GRADES, ['PASS']), {
      ...rate(95, 100),
      VETO_1: true,
    });
    expect(result.total).toBe(95);
    expect([result.uncappedGrade.code, result.grade.code]).toEqual(['EXCELLENT', 'PASS']);
    expect(result.vetoes.map((v) => [v.code, v.capGrade.code])).toEqual([['VETO_1', 'PASS']]);
    expect(result.paths[0].indicators[1].reason).toEqual({
      zh: '一票否决：等次封顶为 合格',
      en: 'veto: grade capped at Pass',
    });
  });

  it('defaults capGrade to the lowest grade', () => {
    const result = scoreAssessment(ratioFramework(STANDARD_GRADES, [undefined]), {
      ...rate(95, 100),
      VETO_1: true,
    });
    expect(result.grade.code).toBe('FAIL');
  });

  it('never raises a grade： 合格 stays 合格 under a cap of 良好', () => {
    const result = scoreAssessment(ratioFramework(STANDARD_GRADES, ['GOOD']), {
      ...rate(70, 100),
      VETO_1: true,
    });
    expect(result.grade.code).toBe('PASS');
  });

  it('two vetoes with different caps: the lowest cap wins', () => {
    const framework = ratioFramework(STANDARD_GRADES, ['GOOD', 'PASS']);
    const both = scoreAssessment(framework, { ...rate(95, 100), VETO_1: true, VETO_2: true });
    expect(both.grade.code).toBe('PASS');
    expect(both.vetoes.map((v) => v.capGrade.code)).toEqual(['GOOD', 'PASS']);
    const first = scoreAssessment(framework, { ...rate(95, 100), VETO_1: true, VETO_2: false });
    expect(first.grade.code).toBe('GOOD');
    expect(first.paths[0].indicators.map((i) => i.vetoTriggered)).toEqual([undefined, true, false]);
  });

  it('a veto answered no, or missing, caps nothing', () => {
    const framework = ratioFramework(STANDARD_GRADES, ['PASS']);
    expect(scoreAssessment(framework, { ...rate(95, 100), VETO_1: false }).grade.code).toBe('EXCELLENT');
    const missing = scoreAssessment(framework, rate(95, 100));
    expect(missing.grade.code).toBe('EXCELLENT');
    expect(missing.missing).toEqual(['VETO_1']);
  });

  it('refuses a framework whose veto names an unknown grade', () => {
    expect(() => scoreAssessment(ratioFramework(STANDARD_GRADES, ['NOPE']), rate(1, 1))).toThrow(
      /unknown capGrade NOPE/,
    );
  });
});

describe('the two score-sheet shapes', () => {
  /*
   * "组织建设(35分)": weight = maxPoints = 35 and 65.
   *   A: boolean 20 yes + ratio 15 × 1/3 = 5 → 25 of 35; percent 25/35 = 71.428… → 71.43; weighted 25
   *   B: count M 65 target 10, 7 → 45.5 of 65; percent 70; weighted 45.5
   *   total 70.5 → 合格
   */
  it('points that add up to 100 （“35分”）', () => {
    const framework: Framework = {
      code: 'S35',
      version: 1,
      name: t('35分'),
      grades: STANDARD_GRADES,
      paths: [
        {
          code: 'A',
          name: t('A'),
          weight: 35,
          maxPoints: 35,
          indicators: [
            ind('A1', { type: 'boolean', maxPoints: 20 }),
            ind('A2', { type: 'ratio', maxPoints: 15 }),
          ],
        },
        {
          code: 'B',
          name: t('B'),
          weight: 65,
          maxPoints: 65,
          indicators: [ind('B1', { type: 'count', maxPoints: 65, target: 10 })],
        },
      ],
    };
    const result = scoreAssessment(framework, { A1: true, A2: { numerator: 1, denominator: 3 }, B1: 7 });
    expect(result.paths.map((p) => [p.points, p.percent, p.weighted])).toEqual([
      [25, 71.43, 25],
      [45.5, 70, 45.5],
    ]);
    expect([result.total, result.grade.code]).toEqual([70.5, 'PASS']);
  });

  /*
   * "100分(占20%)": maxPoints 100, weight 20 and 80.
   *   A: boolean 60 yes + ratio 40 × 1/4 = 10 → 70; weighted 20 × 70/100 = 14
   *   B: count M 100 target 10, 9 → 90; weighted 80 × 90/100 = 72
   *   total 86 → 良好
   */
  it('paths out of 100 with a weight （“100分（占20%）”）', () => {
    const framework: Framework = {
      code: 'W20',
      version: 1,
      name: t('占20%'),
      grades: STANDARD_GRADES,
      paths: [
        {
          code: 'A',
          name: t('A'),
          weight: 20,
          indicators: [
            ind('A1', { type: 'boolean', maxPoints: 60 }),
            ind('A2', { type: 'ratio', maxPoints: 40 }),
          ],
        },
        {
          code: 'B',
          name: t('B'),
          weight: 80,
          maxPoints: 100,
          indicators: [ind('B1', { type: 'count', maxPoints: 100, target: 10 })],
        },
      ],
    };
    const result = scoreAssessment(framework, { A1: true, A2: { numerator: 1, denominator: 4 }, B1: 9 });
    expect(result.paths.map((p) => [p.maxPoints, p.points, p.percent, p.weighted])).toEqual([
      [100, 70, 70, 14],
      [100, 90, 90, 72],
    ]);
    expect([result.total, result.grade.code]).toEqual([86, 'GOOD']);
  });
});

describe('compileGrades: the grade list a framework must have', () => {
  const grade = (code: string, min: number): Grade => ({ code, name: t(code), min });

  it('refuses a framework without grades, naming it', () => {
    expect(() => compileGrades({ ...ratioFramework(), grades: [] })).toThrow('Framework G: no grades');
  });

  it('refuses grades that are not best first, naming the framework', () => {
    const upsideDown = [grade('PASS', 60), grade('GOOD', 80)];
    expect(() => compileGrades({ ...ratioFramework(), grades: upsideDown })).toThrow(
      'Framework G: grades must be ordered best first',
    );
  });

  it('accepts two grades with the same minimum (the first one listed wins a tie)', () => {
    const tied = [grade('A', 80), grade('B', 80), grade('C', 0)];
    const compiled = compileGrades({ ...ratioFramework(), grades: tied });
    expect(compiled.mins).toEqual([80, 80, 0]);
    expect(gradeIndexForShownTotal(compiled, 85)).toBe(0);
    expect(gradeIndexForShownTotal(compiled, 79.99)).toBe(2);
  });
});
