import type { ValueMap } from '../types';
import { scoreAssessment } from './score';
import { domainFramework } from './test-frameworks';

/** The docs/domain.md worked example and whole branches on the docs/domain.md default framework (our codes). */

function indicator(result: ReturnType<typeof scoreAssessment>, code: string) {
  return result.paths.flatMap((p) => p.indicators).find((i) => i.code === code)!;
}

describe('docs/domain.md worked example', () => {
  it('community branch： 11 of 12 三会一课 → 22.92； 2 主题党日 → 15 − 5 = 10； no rescaling', () => {
    const result = scoreAssessment(
      domainFramework,
      { ORG_MEETINGS: { numerator: 11, denominator: 12 }, ORG_PARTY_DAY: 2 },
      { sector: 'COMMUNITY' },
    );
    expect(indicator(result, 'ORG_MEETINGS').points).toBe(22.92);
    expect(indicator(result, 'ORG_PARTY_DAY').points).toBe(10);
    expect(result.paths[0].scale).toBe(1);
    expect(indicator(result, 'ORG_RURAL')).toMatchObject({ applicable: false, points: 0, maxPoints: 0 });
  });

  it('rural branch： 组织建设 base M sum to 110， so all 12 meetings give 25 × 100/110 = 22.73', () => {
    const result = scoreAssessment(
      domainFramework,
      { ORG_MEETINGS: { numerator: 12, denominator: 12 } },
      { sector: 'RURAL' },
    );
    expect(indicator(result, 'ORG_MEETINGS')).toMatchObject({
      rawPoints: 25,
      points: 22.73,
      maxPoints: 22.73,
    });
    expect(result.paths[0].scale).toBeCloseTo(100 / 110, 12);
    expect(result.paths[1].scale).toBe(1);
  });
});

/*
 * One set of values, scored for a community and a rural branch. By hand:
 *
 * 组织建设 (weight 30)
 *   ORG_MEETINGS 11/12 → 25 × 11/12 = 22.91666…   ORG_PARTY_DAY 2 → 10   ORG_LIFE_MEETING yes → 10
 *   ORG_DUTY_LIST missing 分级管理 → 15 − 5 = 10    ORG_PLAN 较好 → 11      ORG_PLATFORM yes → 10
 *   ORG_JOINT 1 of 2 → 5                            ORG_INNOVATION 2 → bonus 4 (item cap 5, path cap 5)
 *   community: base 78.91666…, + 4 = 82.91666… → 82.92; × 30/100 = 24.875 → 24.88
 *   rural: + ORG_RURAL 1 → 10: base 88.91666… × 100/110 = 80.83333…, + 4 = 84.83333… → 84.83; × 0.3 = 25.45
 * 党内监督 (25)
 *   SUP_LIFE_MEETING yes 15; SUP_REVIEW_RATE 0.8 → 1 step → 15; SUP_VISITS 9/10 → 18; SUP_SATISFACTION 0.9 → 16;
 *   SUP_RECTIFIED 4/5 → 12; SUP_OPENNESS 2 of 3 → 6.6666…  → 82.6666… → 82.67; × 0.25 = 20.6666… → 20.67
 * 党风廉政 (20)
 *   INT_EDUCATION 1 of 2 → 30 − 10 = 20; INT_RISKS all → 30; INT_SELF_CHECK yes 20; INT_PLEDGES 19/20 → 19;
 *   INT_VIOLATIONS 1 → −10; INT_VETO no  → 89 − 10 = 79; × 0.2 = 15.8
 * 干部与培训 (25)
 *   CAD_ROTATION 18/20 → 18; CAD_STUDY_HOURS 6 of 8 → 15; CAD_APP_ACTIVE 0.7 → 1 step → 15 − 4 = 11;
 *   CAD_WORKER_TRAINING 3/3 → 15; CAD_YOUTH 1 → 10; CAD_EVALUATION 好 → 10; CAD_VOLUNTEER 3 of 4 → 7.5;
 *   CAD_HONOURS 5 → min(3, 5) = 3 (path cap 3)  → 86.5 + 3 = 89.5; × 0.25 = 22.375 → 22.38
 * Total community: 24.875 + 20.6666… + 15.8 + 22.375 = 83.71666… → 83.72 → 良好
 * Total rural:     25.45  + 20.6666… + 15.8 + 22.375 = 84.29166… → 84.29 → 良好
 */
const branchValues: ValueMap = {
  ORG_MEETINGS: { numerator: 11, denominator: 12 },
  ORG_PARTY_DAY: 2,
  ORG_LIFE_MEETING: true,
  ORG_DUTY_LIST: ['LIST', 'OWNERS'],
  ORG_PLAN: '较好',
  ORG_PLATFORM: true,
  ORG_JOINT: 1,
  ORG_INNOVATION: 2,
  SUP_LIFE_MEETING: true,
  SUP_REVIEW_RATE: 0.8,
  SUP_VISITS: { numerator: 9, denominator: 10 },
  SUP_SATISFACTION: 0.9,
  SUP_RECTIFIED: { numerator: 4, denominator: 5 },
  SUP_OPENNESS: 2,
  INT_EDUCATION: 1,
  INT_RISKS: ['SURVEY', 'MEASURES', 'LEDGER'],
  INT_SELF_CHECK: true,
  INT_PLEDGES: { numerator: 19, denominator: 20 },
  INT_VIOLATIONS: 1,
  INT_VETO: false,
  CAD_ROTATION: { numerator: 18, denominator: 20 },
  CAD_STUDY_HOURS: 6,
  CAD_APP_ACTIVE: 0.7,
  CAD_WORKER_TRAINING: { numerator: 3, denominator: 3 },
  CAD_YOUTH: 1,
  CAD_EVALUATION: 'GOOD',
  CAD_VOLUNTEER: 3,
  CAD_HONOURS: 5,
};

describe('whole branch on the docs/domain.md framework', () => {
  it('community branch: every path by hand', () => {
    const result = scoreAssessment(domainFramework, branchValues, { sector: 'COMMUNITY' });
    expect(
      result.paths.map((p) => [
        p.code,
        p.basePoints,
        p.bonusPoints,
        p.deductionPoints,
        p.points,
        p.percent,
        p.weighted,
      ]),
    ).toEqual([
      ['ORG', 78.92, 4, 0, 82.92, 82.92, 24.88],
      ['SUP', 82.67, 0, 0, 82.67, 82.67, 20.67],
      ['INT', 89, 0, 10, 79, 79, 15.8],
      ['CAD', 86.5, 3, 0, 89.5, 89.5, 22.38],
    ]);
    expect(result.total).toBe(83.72);
    expect(result.grade.code).toBe('GOOD');
    expect(result.completeness).toEqual({ answered: 28, applicable: 28, ratio: 1 });
    expect(result.missing).toEqual([]);
    expect(indicator(result, 'CAD_HONOURS')).toMatchObject({ rawPoints: 3, points: 3 });
    expect(indicator(result, 'INT_VIOLATIONS')).toMatchObject({ rawPoints: -10, points: -10 });
  });

  it('rural branch： 组织建设 rescaled ×100/110， other paths unchanged', () => {
    const result = scoreAssessment(domainFramework, { ...branchValues, ORG_RURAL: 1 }, { sector: 'RURAL' });
    const org = result.paths[0];
    expect([org.basePoints, org.bonusPoints, org.points, org.weighted]).toEqual([80.83, 4, 84.83, 25.45]);
    // 22.91666… × 100/110 = 20.8333…; 10 × 100/110 = 9.0909…
    expect(indicator(result, 'ORG_MEETINGS')).toMatchObject({
      rawPoints: 22.92,
      points: 20.83,
      maxPoints: 22.73,
    });
    expect(indicator(result, 'ORG_PARTY_DAY')).toMatchObject({
      rawPoints: 10,
      points: 9.09,
      maxPoints: 13.64,
    });
    expect(indicator(result, 'ORG_RURAL')).toMatchObject({ applicable: true, rawPoints: 10, points: 9.09 });
    // Bonus is not rescaled.
    expect(indicator(result, 'ORG_INNOVATION').points).toBe(4);
    expect(result.paths.slice(1).map((p) => p.weighted)).toEqual([20.67, 15.8, 22.38]);
    expect(result.total).toBe(84.29);
    expect(result.completeness).toEqual({ answered: 29, applicable: 29, ratio: 1 });
  });

  it('without a sector every indicator applies (rural indicator included)', () => {
    const result = scoreAssessment(domainFramework, { ...branchValues, ORG_RURAL: 1 });
    expect(result.total).toBe(84.29);
  });

  it('missing values score 0, are listed, and lower completeness; bonus/deduction/veto count too', () => {
    const values: ValueMap = { ...branchValues, ORG_MEETINGS: null, INT_VIOLATIONS: undefined };
    delete values.INT_VETO;
    const result = scoreAssessment(domainFramework, values, { sector: 'COMMUNITY' });
    expect(result.missing).toEqual(['ORG_MEETINGS', 'INT_VIOLATIONS', 'INT_VETO']);
    expect(result.completeness).toEqual({ answered: 25, applicable: 28, ratio: 25 / 28 });
    expect(indicator(result, 'ORG_MEETINGS')).toMatchObject({
      missing: true,
      input: null,
      points: 0,
      maxPoints: 25,
    });
    expect(indicator(result, 'ORG_MEETINGS').reason).toEqual({
      zh: '未填写，计0分',
      en: 'not entered: 0 points',
    });
    // ORG 82.91666… − 22.91666… = 60; INT 79 + 10 = 89.
    expect(result.paths[0].points).toBe(60);
    expect(result.paths[2].points).toBe(89);
  });

  it('an empty assessment: total 0, everything missing', () => {
    const result = scoreAssessment(domainFramework, {}, { sector: 'ORGAN' });
    expect(result.total).toBe(0);
    expect(result.grade.code).toBe('FAIL');
    expect(result.completeness).toEqual({ answered: 0, applicable: 28, ratio: 0 });
  });

  it('a triggered veto caps 良好 at 不合格； uncappedGrade keeps 良好', () => {
    const result = scoreAssessment(
      domainFramework,
      { ...branchValues, INT_VETO: true },
      { sector: 'COMMUNITY' },
    );
    expect(result.total).toBe(83.72);
    expect(result.uncappedGrade.code).toBe('GOOD');
    expect(result.grade.code).toBe('FAIL');
    expect(result.vetoes).toEqual([
      {
        code: 'INT_VETO',
        name: { zh: 'INT_VETO', en: 'INT_VETO' },
        capGrade: expect.objectContaining({ code: 'FAIL' }),
      },
    ]);
    expect(indicator(result, 'INT_VETO')).toMatchObject({ vetoTriggered: true, points: 0 });
    expect(indicator(result, 'INT_VETO').reason.zh).toBe('一票否决：等次封顶为 不合格');
  });
});

describe('explanations', () => {
  const result = scoreAssessment(domainFramework, { ...branchValues, ORG_RURAL: 1 }, { sector: 'RURAL' });
  const community = scoreAssessment(domainFramework, branchValues, { sector: 'COMMUNITY' });

  it.each([
    ['ORG_MEETINGS', '11/12 = 91.67%，得 22.92/25 分', '11 of 12 = 91.67%: 22.92 of 25 points'],
    [
      'ORG_PARTY_DAY',
      '应开展3次，实开展2次，少1次扣5分，得 10/15 分',
      'required 3 times, held 2 times: 1 short × 5 = −5 points: 10 of 15 points',
    ],
    ['ORG_DUTY_LIST', '缺 分级管理（−5），得 10/15 分', 'missing tiered management (−5): 10 of 15 points'],
    ['ORG_PLAN', '评定为 较好，得 11/15 分', 'rated fairly good: 11 of 15 points'],
    [
      'SUP_REVIEW_RATE',
      '比率 80% 低于 90%，低 1 档（每档 10%）扣 5 分，得 15/20 分',
      'rate 80% is below 90%: 1 step of 10% × 5 = −5 points: 15 of 20 points',
    ],
    [
      'SUP_SATISFACTION',
      '数值 90% 属于 ≥85% 档，得 16/20 分',
      'value 90% falls in the band ≥ 85%: 16 of 20 points',
    ],
    ['CAD_STUDY_HOURS', '完成 6小时（目标 8小时），得 15/20 分', '6 hours (target 8 hours): 15 of 20 points'],
    [
      'INT_VIOLATIONS',
      '发现 1 次，每次扣 10 分（封顶 40），扣 10 分',
      'found 1 time, 10 points off each (capped at 40): −10 points',
    ],
    ['CAD_HONOURS', '5 次 × 1 分（单项封顶 3），加 3 分', '5 times × 1 point (item cap 3): +3 points'],
    ['INT_VETO', '未触发一票否决', 'veto not triggered'],
    ['ORG_RURAL', '不适用于本支部类型，不计分', 'does not apply to this sector: not scored'],
  ])('%s (community branch)', (code, zh, en) => {
    expect(indicator(community, code).reason).toEqual({ zh, en });
  });

  // English counts inflect (1 time / 2 times, 1 hour, 1 point); Chinese stays as it was.
  it.each([
    [
      'INT_VIOLATIONS',
      2,
      '发现 2 次，每次扣 10 分（封顶 40），扣 20 分',
      'found 2 times, 10 points off each (capped at 40): −20 points',
    ],
    [
      'ORG_PARTY_DAY',
      1,
      '应开展3次，实开展1次，少2次扣10分，得 5/15 分',
      'required 3 times, held 1 time: 2 short × 5 = −10 points: 5 of 15 points',
    ],
    [
      'ORG_PARTY_DAY',
      3,
      '应开展3次，实开展3次，得 15/15 分',
      'required 3 times, held 3 times: 15 of 15 points',
    ],
    [
      'CAD_STUDY_HOURS',
      1,
      '完成 1小时（目标 8小时），得 2.5/20 分',
      '1 hour (target 8 hours): 2.5 of 20 points',
    ],
    ['CAD_HONOURS', 1, '1 次 × 1 分（单项封顶 3），加 1 分', '1 time × 1 point (item cap 3): +1 point'],
    [
      'SUP_REVIEW_RATE',
      0.65,
      '比率 65% 低于 90%，低 3 档（每档 10%）扣 15 分，得 5/20 分',
      'rate 65% is below 90%: 3 steps of 10% × 5 = −15 points: 5 of 20 points',
    ],
  ])('%s = %p reads naturally in both languages', (code, value, zh, en) => {
    const scored = scoreAssessment(
      domainFramework,
      { ...branchValues, [code]: value },
      { sector: 'COMMUNITY' },
    );
    expect(indicator(scored, code).reason).toEqual({ zh, en });
  });

  it('mentions rescaling when the path scale is not 1', () => {
    expect(indicator(result, 'ORG_MEETINGS').reason).toEqual({
      zh: '11/12 = 91.67%，得 22.92/25 分；按适用指标折算 ×100/110，计 20.83/22.73 分',
      en: '11 of 12 = 91.67%: 22.92 of 25 points; rescaled ×100/110 for the applicable indicators: 20.83 of 22.73 points',
    });
  });

  it('says when the path bonus cap cut a bonus', () => {
    const capped = scoreAssessment(domainFramework, { ORG_INNOVATION: 3 });
    // 3 × 2 = 6 → item cap 5; path cap 5 leaves all 5.
    expect(indicator(capped, 'ORG_INNOVATION').reason.zh).toBe('3 次 × 2 分（单项封顶 5），加 5 分');
  });

  it('builds no strings with explain: false, and the figures are the same', () => {
    const quiet = scoreAssessment(domainFramework, branchValues, { sector: 'COMMUNITY', explain: false });
    for (const path of quiet.paths)
      for (const i of path.indicators) expect(i.reason).toEqual({ zh: '', en: '' });
    const strip = (r: typeof quiet) => JSON.stringify(r, (k, v) => (k === 'reason' ? undefined : v));
    expect(strip(quiet)).toBe(strip(community));
  });
});
