import { sectorNames } from '@pathboard/scoring';

/**
 * Strings of the self-assessment screen, and the assessment words the review and branch screens
 * share (statuses, sectors, history, the conflict notice). Top-level key `assessment`.
 */

/** Same keys, any strings: what a translation of a bundle must provide. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

const zhCN = {
  title: '季度自评',
  pageTitle: '{{period}}自评',
  status: { DRAFT: '填报中', SUBMITTED: '已提交，待审核', RETURNED: '已退回修改', APPROVED: '审核通过' },
  sector: sectorNames('zh'),
  deadline: '截止 {{date}}',
  listSeparator: '、',
  partSeparator: '；',
  intro: '按本季度实际情况填写各项指标，可随时保存；全部填好后提交街道审核。',
  notice: {
    returnedTitle: '审核人退回了本次自评，请按意见修改后重新提交',
    returnedBy: '{{name}} 于 {{date}} 退回',
    reviewerComment: '审核意见：',
    submitted: '已于 {{date}} 提交，正在等待审核，暂时不能修改。',
    approved: '本季度自评已审核通过并锁定。',
    closed: '本季度考评已关闭，数据只能查看。',
    adjusted: '审核调整了 {{count}} 项：{{names}}。审核认定值和调整理由见各指标旁。',
  },
  history: {
    title: '办理记录',
    opened: '考评开启',
    submitted: '提交审核',
    resubmitted: '重新提交',
    returned: '退回修改',
    approved: '审核通过',
    reopened: '重新开启',
    by: '{{name}}',
    system: '系统',
  },
  field: {
    evidence: '佐证材料说明',
    evidenceLabel: '佐证材料说明：',
    evidencePlaceholder: '如：会议记录、签到表、照片存档位置',
    unsaved: '未保存',
    changedOnServer: '已按服务器更新',
    reviewed: '审核认定：{{value}}',
    reviewedBecause: '审核认定：{{value}}。调整理由：{{reason}}',
    percentNotRate: '此项按百分比填写：{{typed}} 表示 {{typed}}%。如指 {{percent}}%，请填写 {{percent}}。',
    pathWeight: '权重 {{weight}}',
  },
  preview: {
    title: '得分预览',
    titleOwn: '自评得分（按本支部填写的值）',
    official: '审核认定后的总分为 {{total}}：审核调整了 {{count}} 项，见各指标旁的“审核认定”。',
    total: '总分',
    grade: '等次',
    completeness: '已填写 {{answered}} / {{applicable}} 项',
    hint: '按当前填写即时计算，计分规则与系统相同；提交后以审核认定的得分为准。',
    skipped: '{{count}} 项填写有误，暂按未填写计分。',
    vetoed: '已触发一票否决，等次最高为{{grade}}。',
  },
  actions: {
    save: '保存',
    saved: '已保存。',
    nothingToSave: '没有需要保存的修改。',
    unsavedCount: '{{count}} 项修改未保存',
    allSaved: '所有修改均已保存',
    fixFirst: '有 {{count}} 项填写有误（已标红），请先改正再保存。',
    fixFirstSubmit: '有 {{count}} 项填写有误（已标红），请先改正再提交。',
    submit: '提交审核',
    confirmTitle: '确认提交审核？',
    confirmBody: '提交后不能再修改，除非审核人退回。',
    confirmUnsaved: '尚未保存的 {{count}} 项修改会先保存。',
    confirmMissing: '还有 {{count}} 项未填写，将按 0 分计算。',
    confirmOk: '确认提交',
    submittedOk: '已提交，等待审核。',
  },
  conflict: {
    title: '保存前，别人已修改过这份自评',
    body: '您填写的内容都还在。请核对下列指标，然后再点“保存”，将按最新版本保存。',
    contested: '以下指标您和对方都修改了，目前保留的是您填写的值：',
    theirs: '服务器上的值：{{value}}',
    yours: '您填写的值：{{value}}',
    useTheirs: '改用服务器上的值',
    taken: '以下指标只有对方修改过，已更新为服务器上的值：{{names}}',
    evidence: '说明：{{text}}',
    empty: '（未填写）',
  },
  nav: {
    paths: '按路径跳转',
    progress: '{{answered}}/{{total}}',
    answered: '已填 {{answered}}/{{applicable}}',
    nextUnfilled: '下一项未填',
    previous: '上季度：{{value}}',
  },
  draft: {
    restored: '已恢复您于 {{date}} 在本机填写但未保存的内容，请核对后保存。',
    discard: '放弃这些内容',
  },
  leave: {
    title: '有 {{count}} 项修改尚未保存',
    body: '离开后，填写的内容仍暂存在本机，回到本页时会恢复；但在保存之前，审核人看不到这些内容。',
    stay: '留在本页',
    leave: '离开',
  },
  empty: {
    noPeriods: '还没有开启任何考评季度。',
    noAssessment: '本支部在该季度没有考评任务。',
    noBranch: '您的账号没有关联支部，请联系区委组织部。',
    frameworkBroken: '考核方案无法读取，请联系区委组织部。',
  },
};

/** Merged into the default namespace under `assessment` (shared/i18n/i18n.ts). */
export const assessmentZh = { assessment: zhCN };
