import type { Strings } from '../self-assessment/i18n';

/** Strings of the review queue and review screen. Top-level key `review`. */

const zhCN = {
  queue: {
    title: '审核',
    intro: '本辖区各支部提交的季度自评。打开一份，核对并调整得分后审核通过或退回修改。',
    status: '状态',
    all: '全部状态',
    empty: '该季度没有符合条件的自评。',
    branch: '支部',
    sector: '类型',
    submittedAt: '提交时间',
    late: '逾期',
    selfTotal: '自评总分',
    completeness: '填写完整度',
    action: '操作',
    review: '审核',
    view: '查看',
    count: '共 {{count}} 份',
  },
  detail: {
    title: '审核：{{branch}}',
    back: '返回审核列表',
    intro: '左侧是支部填写的值，右侧是审核认定的值；需要调整时直接修改右侧，得分随之重新计算。',
    self: '支部自评',
    official: '审核认定',
    adjusted: '已调整',
    resetToSelf: '恢复为支部填写的值',
    evidence: '佐证说明：{{text}}',
    noEvidence: '未提供佐证说明',
    invalidNotScored: '审核值有误，改正后才计分。',
    selfTotal: '自评总分',
    officialTotal: '审核后总分',
    gap: '差值（自评−审核）',
    adjustedCount: '已调整 {{count}} 项',
    readOnly: '这份自评当前状态为“{{status}}”，不在待审核状态，只能查看。',
  },
  decision: {
    approve: '审核通过',
    approveTitle: '确认审核通过?',
    approveBody: '通过后，审核认定的得分即为该支部本季度的正式得分。',
    approveAdjusted: '您调整的 {{count}} 项将一并保存。',
    return: '退回修改',
    returnTitle: '退回给支部修改',
    comment: '退回意见',
    commentPlaceholder: '写明需要修改的内容，支部书记会看到这段话。',
    commentRequired: '请填写退回意见。',
    returnOk: '退回',
    approved: '已审核通过：{{branch}}。',
    returned: '已退回：{{branch}}。',
    fixFirst: '有 {{count}} 项审核值填写有误（已标红），请先改正。',
  },
  conflict: {
    title: '审核期间，这份自评被他人改动过',
  },
};

const en: Strings<typeof zhCN> = {
  queue: {
    title: 'Review',
    intro:
      'Quarterly self-assessments submitted by the branches in your scope. Open one, check and adjust the scores, then approve it or return it for changes.',
    status: 'Status',
    all: 'All statuses',
    empty: 'No self-assessment of this quarter matches.',
    branch: 'Branch',
    sector: 'Sector',
    submittedAt: 'Submitted',
    late: 'Late',
    selfTotal: 'Self score',
    completeness: 'Completeness',
    action: 'Action',
    review: 'Review',
    view: 'View',
    count: '{{count}} in all',
  },
  detail: {
    title: 'Review: {{branch}}',
    back: 'Back to the review list',
    intro:
      'On the left, what the branch entered; on the right, what the review accepts. Change a value on the right to adjust it; the scores follow.',
    self: "Branch's value",
    official: 'Reviewed value',
    adjusted: 'Adjusted',
    resetToSelf: "Back to the branch's value",
    evidence: 'Evidence: {{text}}',
    noEvidence: 'No evidence note',
    invalidNotScored: 'The reviewed value is invalid; it is scored once corrected.',
    selfTotal: 'Self score',
    officialTotal: 'Reviewed score',
    gap: 'Gap (self − reviewed)',
    adjustedCount: '{{count}} adjusted',
    readOnly: 'This self-assessment is “{{status}}”, not awaiting review: it can only be viewed.',
  },
  decision: {
    approve: 'Approve',
    approveTitle: 'Approve this self-assessment?',
    approveBody: "Once approved, the reviewed score is the branch's official score for the quarter.",
    approveAdjusted: 'Your {{count}} adjustments are saved with it.',
    return: 'Return for changes',
    returnTitle: 'Return to the branch for changes',
    comment: 'What to change',
    commentPlaceholder: 'Say what needs changing; the branch secretary will read this.',
    commentRequired: 'Please say what needs changing.',
    returnOk: 'Return',
    approved: 'Approved: {{branch}}.',
    returned: 'Returned: {{branch}}.',
    fixFirst: '{{count}} reviewed values have problems (marked in red). Please correct them first.',
  },
  conflict: {
    title: 'Someone else changed this self-assessment during your review',
  },
};

/** Merged into the default namespace under `review` (shared/i18n/i18n.ts). */
export const reviewZh = { review: zhCN };
export const reviewEn: Strings<typeof reviewZh> = { review: en };
