import type { Framework, Indicator, LocalizedText } from '@pathboard/scoring';

/**
 * A framework with every input shape the builders must lay out (ratio, counts, rating, checklist,
 * boolean, banded, bonus, deduction, veto, a sector-limited indicator), modelled on docs/domain.md's
 * default framework. Tests use it so they do not depend on libs/frameworks' exact codes.
 */
const t = (zh: string, en: string): LocalizedText => ({ zh, en });
const ind = (
  code: string,
  name: LocalizedText,
  rule: Indicator['rule'],
  extra: Partial<Indicator> = {},
): Indicator => ({
  code,
  name,
  rule,
  ...extra,
});

export const sampleFramework: Framework = {
  code: 'SAMPLE',
  version: 1,
  name: t('基层党建考评（样例）', 'Grassroots assessment (sample)'),
  grades: [
    { code: 'EXCELLENT', name: t('优秀', 'Excellent'), min: 90 },
    { code: 'GOOD', name: t('良好', 'Good'), min: 80 },
    { code: 'PASS', name: t('合格', 'Pass'), min: 60 },
    { code: 'FAIL', name: t('不合格', 'Fail'), min: 0 },
  ],
  paths: [
    {
      code: 'ORG',
      name: t('组织建设', 'Organization building'),
      weight: 30,
      maxPoints: 100,
      bonusCap: 5,
      indicators: [
        ind('ORG_MEETINGS', t('三会一课落实率', 'Meetings held'), { type: 'ratio', maxPoints: 25 }),
        ind('ORG_THEME_DAYS', t('主题党日', 'Theme days'), {
          type: 'shortfall',
          maxPoints: 15,
          required: 3,
          deduction: 5,
        }),
        ind('ORG_LIFE_MEETING', t('组织生活会与民主评议党员', 'Organizational life meeting'), {
          type: 'boolean',
          maxPoints: 10,
        }),
        ind('ORG_DUTY_LIST', t('党建工作责任清单', 'Duty list'), {
          type: 'checklist',
          maxPoints: 15,
          deduction: 5,
          items: [
            { code: 'LIST', name: t('清单建立', 'List set up') },
            { code: 'TIERS', name: t('分级管理', 'Tiered management') },
            { code: 'OWNERS', name: t('责任到人', 'Named owners') },
          ],
        }),
        ind('ORG_PLAN', t('党建工作计划与落实', 'Work plan'), {
          type: 'rating',
          maxPoints: 15,
          bands: [
            { code: 'GOOD', name: t('好', 'Good'), points: 15 },
            { code: 'FAIR', name: t('较好', 'Fair'), points: 11 },
            { code: 'AVERAGE', name: t('一般', 'Average'), points: 7 },
            { code: 'POOR', name: t('差', 'Poor'), points: 0 },
          ],
        }),
        ind('ORG_PLATFORM', t('党建信息平台', 'Information platform'), { type: 'boolean', maxPoints: 10 }),
        ind('ORG_JOINT', t('区域共建活动', 'Joint activities'), { type: 'count', maxPoints: 10, target: 2 }),
        ind(
          'ORG_RURAL',
          t('乡村振兴项目党建引领', 'Rural revitalization'),
          { type: 'count', maxPoints: 10, target: 1 },
          { sectors: ['RURAL'] },
        ),
        ind('ORG_INNOVATION', t('创新经验被上级推广', 'Innovation adopted'), {
          type: 'bonus',
          points: 2,
          cap: 5,
        }),
      ],
    },
    {
      code: 'SUP',
      name: t('党内监督', 'Supervision'),
      weight: 25,
      maxPoints: 100,
      indicators: [
        ind('SUP_LIFE_MEETING', t('民主生活会', 'Democratic life meeting'), {
          type: 'boolean',
          maxPoints: 15,
        }),
        ind('SUP_REVIEW_RATE', t('民主评议参与率', 'Review participation'), {
          type: 'threshold_step',
          maxPoints: 20,
          threshold: 0.9,
          step: 0.1,
          deduction: 5,
        }),
        ind('SUP_PETITIONS', t('接待接访办结率', 'Petitions closed'), { type: 'ratio', maxPoints: 20 }),
        ind('SUP_SATISFACTION', t('民意调查满意度', 'Satisfaction'), {
          type: 'banded',
          maxPoints: 20,
          bands: [
            { min: 0, points: 0 },
            { min: 0.7, points: 10 },
            { min: 0.85, points: 16 },
            { min: 0.95, points: 20 },
          ],
        }),
        ind('SUP_RECTIFY', t('监督发现问题整改率', 'Issues rectified'), { type: 'ratio', maxPoints: 15 }),
        ind('SUP_DISCLOSURE', t('党务公开', 'Disclosure'), { type: 'count', maxPoints: 10, target: 3 }),
      ],
    },
    {
      code: 'INT',
      name: t('党风廉政建设', 'Integrity'),
      weight: 20,
      maxPoints: 100,
      indicators: [
        ind('INT_EDUCATION', t('廉政与警示教育', 'Integrity education'), {
          type: 'shortfall',
          maxPoints: 30,
          required: 2,
          deduction: 10,
        }),
        ind('INT_RISKS', t('廉政风险点', 'Risk points'), {
          type: 'checklist',
          maxPoints: 30,
          deduction: 10,
          items: [
            { code: 'SCAN', name: t('排查', 'Scan') },
            { code: 'CONTROLS', name: t('防控措施', 'Controls') },
            { code: 'LEDGER', name: t('台账', 'Ledger') },
          ],
        }),
        ind('INT_SELF_CHECK', t('八项规定自查', 'Eight rules self-check'), {
          type: 'boolean',
          maxPoints: 20,
        }),
        ind('INT_PLEDGE', t('廉洁承诺签订率', 'Pledges signed'), { type: 'ratio', maxPoints: 20 }),
        ind('INT_VIOLATIONS', t('违反八项规定、"四风"问题', 'Violations'), {
          type: 'deduction',
          points: 10,
          cap: 40,
        }),
        ind('INT_VETO', t('班子成员严重违纪违法', 'Serious violation'), { type: 'veto', capGrade: 'FAIL' }),
      ],
    },
    {
      code: 'EDU',
      name: t('干部队伍与教育培训', 'Cadres and training'),
      weight: 25,
      maxPoints: 100,
      bonusCap: 3,
      indicators: [
        ind('EDU_ROTATION', t('党员集中轮训覆盖率', 'Rotation training'), { type: 'ratio', maxPoints: 20 }),
        ind('EDU_HOURS', t('人均学习时长', 'Study hours'), { type: 'count', maxPoints: 20, target: 8 }),
        ind('EDU_APP', t('学习强国活跃率', 'Study app activity'), {
          type: 'threshold_step',
          maxPoints: 15,
          threshold: 0.8,
          step: 0.1,
          deduction: 4,
        }),
        ind('EDU_WORKERS', t('党务工作者培训率', 'Party workers trained'), { type: 'ratio', maxPoints: 15 }),
        ind('EDU_YOUTH', t('青年党员与后备干部培养', 'Young cadres'), {
          type: 'count',
          maxPoints: 10,
          target: 1,
        }),
        ind('EDU_EVALUATION', t('干部考核评价', 'Cadre evaluation'), {
          type: 'rating',
          maxPoints: 10,
          bands: [
            { code: 'GOOD', name: t('好', 'Good'), points: 10 },
            { code: 'FAIR', name: t('较好', 'Fair'), points: 7 },
            { code: 'AVERAGE', name: t('一般', 'Average'), points: 4 },
            { code: 'POOR', name: t('差', 'Poor'), points: 0 },
          ],
        }),
        ind('EDU_VOLUNTEER', t('人均志愿服务时长', 'Volunteer hours'), {
          type: 'count',
          maxPoints: 10,
          target: 4,
        }),
        ind('EDU_HONOURS', t('红色教育与先进表彰', 'Honours'), { type: 'bonus', points: 1, cap: 3 }),
      ],
    },
  ],
};
