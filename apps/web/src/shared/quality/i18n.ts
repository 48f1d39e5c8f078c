import { PROVISIONAL_LABEL } from '@pathboard/scoring';

/** Data checks and review risk, shared by the form, review, branch and overview screens. Key `quality`. */
const zhCN = {
  flagsTitle: '数据校验提示',
  flagsIntro: '以下数值与校验规则、合理范围、上季度或同类支部差异较大，请核实（提示不阻止提交或审核）。',
  noFlags: '未发现需要核实的数值。',
  openFlags: '待核实提示',
  inflation: '自评偏高',
  inflationHelp: '近四个季度（含本季度）已审核自评的平均“自评总分 − 审核总分”；正数表示自评偏高。',
  inflationValue: '{{value}} 分（{{count}} 个季度）',
  noHistory: '暂无已审核季度',
  riskRank: '风险排序',
  sortByRisk: '按风险排序',
  committeeTitle: '自评偏高支部',
  committeeIntro: '近四个季度自评总分高于审核总分最多的支部，按平均偏差从高到低排列。',
  committeeEmpty: '暂无已审核的自评记录。',
  branch: '支部',
  // The one label of a provisional score (libs/scoring), also printed by the workbook and the PDFs.
  provisional: PROVISIONAL_LABEL.zh,
  provisionalHelp: '尚未审核通过，或仍有待核实的数据校验提示，排名为暂定。',
};

export const qualityZh = { quality: zhCN };
