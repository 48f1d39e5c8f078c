/** Strings of the branch page. Top-level key `branch`. */

const zhCN = {
  title: '本支部',
  provisional: '本季度尚未审核通过（当前：{{status}}），以下为暂定得分。',
  notScored: '该季度还没有得分。',
  currentOpen: '{{period}}自评当前状态：{{status}}，截止 {{deadline}}。',
  /** After a deadline that is the branch's own extension (本支部 and the self-assessment form). */
  deadlineExtended: '（已单独延期）',
  goSelfAssess: '去填写自评',
  noBranch: '您的账号没有关联支部，请联系区委组织部。',
  refused: '无法查看该支部',
  summary: {
    total: '总分',
    grade: '等次',
    veto: '一票否决',
    vetoYes: '已触发',
    vetoNo: '未触发',
    uncapped: '按总分应为“{{grade}}”，因一票否决降为“{{capped}}”。',
    completeness: '填写完整度',
    answered: '{{answered}} / {{applicable}} 项',
  },
  radar: {
    title: '各路径得分率',
    noPrevious: '上季度没有得分，暂无对比。',
    compareWith: '对比',
    peersMedian: '同级支部中位数',
    previous: '上季度',
    noPeers: '同一上级党组织下暂无其他支部得分，改为与上季度对比。',
  },
  trend: {
    title: '历季度总分',
    titleYears: '历年度总分',
    series: '本支部总分',
    empty: '暂无历史得分。',
  },
  standing: {
    title: '排名与百分位',
    privacy: '只显示名次、百分位和中位数，不显示其他支部的名称和分数。',
    sameParent: '同一上级党组织',
    sameSector: '全区同类型（{{sector}}）',
    rank: '排名',
    percentile: '百分位',
    percentileHint: '高于本组 {{percent}} 的其他支部',
    median: '本组中位数',
    peers: '本组 {{count}} 个支部有得分',
    unranked: '本季度暂无得分，未参与排名。',
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
    indicator: '指标',
    indicatorPoints: '自评得分',
    indicatorOfficial: '审核得分',
    indicatorGap: '差值',
    indicatorNote:
      '表中为各指标本身的得分；计入总分时按所在路径的权重折算，所以逐项差值之和不等于总分的差值。',
    noScores: '提交并审核后显示对比。',
    awaitingReview: '已提交，待审核：审核后显示对比。',
    official: {
      official: '审核总分',
      gap: '差值（自评 − 审核）',
      higher: '自评比审核认定高 {{gap}} 分。',
      lower: '自评比审核认定低 {{gap}} 分。',
      same: '自评与审核认定一致。',
      none: '审核未调整任何指标的得分。',
    },
    returned: {
      note: '已退回：以下为退回时审核人的评分，并非正式得分；修改后重新提交，审核通过后才有审核总分。',
      official: '退回时审核评分（非正式）',
      gap: '差值（自评 − 退回时评分）',
      higher: '自评比退回时审核人的评分高 {{gap}} 分。',
      lower: '自评比退回时审核人的评分低 {{gap}} 分。',
      same: '自评与退回时审核人的评分一致。',
      none: '退回时审核人未调整任何指标的得分。',
    },
  },
};

/** Merged into the default namespace under `branch` (shared/i18n/i18n.ts). */
export const branchZh = { branch: zhCN };
