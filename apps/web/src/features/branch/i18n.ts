import type { Strings } from '../self-assessment/i18n';

/** Strings of the branch page. Top-level key `branch`. */

const zhCN = {
  title: '本支部',
  provisional: '本季度尚未审核通过(当前:{{status}}),以下为暂定得分。',
  notScored: '该季度还没有得分。',
  currentOpen: '{{period}}自评当前状态:{{status}}。',
  goSelfAssess: '去填写自评',
  noBranch: '您的账号没有关联支部,请联系区委组织部。',
  refused: '无法查看该支部',
  summary: {
    total: '总分',
    grade: '等次',
    veto: '一票否决',
    vetoYes: '已触发',
    vetoNo: '未触发',
    uncapped: '按总分应为“{{grade}}”,因一票否决降为“{{capped}}”。',
    completeness: '填写完整度',
    answered: '{{answered}} / {{applicable}} 项',
  },
  radar: {
    title: '各路径得分率',
    noPrevious: '上季度没有得分,暂无对比。',
  },
  trend: {
    title: '历季度总分',
    series: '本支部总分',
    empty: '暂无历史得分。',
  },
  standing: {
    title: '排名与百分位',
    privacy: '只显示名次、百分位和中位数,不显示其他支部的名称和分数。',
    sameParent: '同一上级党组织',
    sameSector: '全区同类型({{sector}})',
    rank: '排名',
    percentile: '百分位',
    percentileHint: '高于本组 {{percent}} 的其他支部',
    median: '本组中位数',
    peers: '本组 {{count}} 个支部有得分',
    unranked: '本季度暂无得分,未参与排名。',
  },
  weakest: {
    title: '得分最低的指标',
    points: '{{points}} / {{max}} 分',
    lost: '失 {{lost}} 分',
    missing: '未填写',
    none: '所有指标均为满分。',
    penalties: '扣分项与一票否决',
  },
  gap: {
    title: '自评与审核对比',
    self: '自评总分',
    official: '审核总分',
    gap: '差值(自评 − 审核)',
    higher: '自评比审核认定高 {{gap}} 分。',
    lower: '自评比审核认定低 {{gap}} 分。',
    same: '自评与审核认定一致。',
    indicator: '指标',
    none: '审核未调整任何指标的得分。',
    noScores: '提交并审核后显示对比。',
  },
};

const en: Strings<typeof zhCN> = {
  title: 'My branch',
  provisional: 'Not approved yet for this quarter (now: {{status}}): the scores below are provisional.',
  notScored: 'No score for this quarter yet.',
  currentOpen: 'Self-assessment {{period}}: {{status}}.',
  goSelfAssess: 'Go to the self-assessment',
  noBranch: 'Your account is not linked to a branch. Please contact the district organization department.',
  refused: 'This branch cannot be shown',
  summary: {
    total: 'Total',
    grade: 'Grade',
    veto: 'Veto',
    vetoYes: 'Triggered',
    vetoNo: 'Not triggered',
    uncapped: 'The total alone earns “{{grade}}”; a veto lowers it to “{{capped}}”.',
    completeness: 'Completeness',
    answered: '{{answered}} of {{applicable}}',
  },
  radar: {
    title: 'Score by path',
    noPrevious: 'No score in the previous quarter to compare with.',
  },
  trend: {
    title: 'Total by quarter',
    series: 'This branch',
    empty: 'No earlier scores yet.',
  },
  standing: {
    title: 'Rank and percentile',
    privacy: 'Only ranks, percentiles and medians are shown, never other branches\' names or scores.',
    sameParent: 'Same parent committee',
    sameSector: 'Same sector in the district ({{sector}})',
    rank: 'Rank',
    percentile: 'Percentile',
    percentileHint: 'Above {{percent}} of the other branches in the group',
    median: 'Group median',
    peers: '{{count}} branches in the group have a score',
    unranked: 'No score this quarter, so no rank.',
  },
  weakest: {
    title: 'Lowest-scoring indicators',
    points: '{{points}} of {{max}} points',
    lost: '−{{lost}} points',
    missing: 'Not answered',
    none: 'Every indicator has full marks.',
    penalties: 'Deductions and vetoes',
  },
  gap: {
    title: 'Self score against reviewed score',
    self: 'Self score',
    official: 'Reviewed score',
    gap: 'Gap (self − reviewed)',
    higher: 'The self score is {{gap}} points above the reviewed score.',
    lower: 'The self score is {{gap}} points below the reviewed score.',
    same: 'The self score equals the reviewed score.',
    indicator: 'Indicator',
    none: 'The review changed no indicator\'s points.',
    noScores: 'Shown once the self-assessment is submitted and reviewed.',
  },
};

/** Merged into the default namespace under `branch` (shared/i18n/i18n.ts). */
export const branchZh = { branch: zhCN };
export const branchEn: Strings<typeof branchZh> = { branch: en };
