import { periodLabel as chartsPeriodLabel } from '@pathboard/charts';
import { provisionalMark, type QuarterlyReportData, type ReportBranch } from '../model/types';

/**
 * The report's prose, generated from the figures (Chinese, as a 季度通报 is written). Pure
 * functions returning strings, so the wording is tested without rendering a PDF.
 */

/** `2026Q4` → `2026年第四季度` (the one quarter label, @pathboard/charts'); anything else unchanged. */
export function periodLabel(period: string): string {
  return chartsPeriodLabel(period, 'zh');
}

export const fixed2 = (value: number): string => value.toFixed(2);
export const percent1 = (share: number): string => `${(share * 100).toFixed(1)}%`;
const signed = (value: number): string => (value > 0 ? `+${fixed2(value)}` : fixed2(value));

export interface NarrativeSection {
  heading: string;
  paragraphs: string[];
}

export function quarterlyNarrative(data: QuarterlyReportData, listSize = 3): NarrativeSection[] {
  return [overview(data), leaders(data, listSize), movers(data, listSize), weakSpots(data), completion(data)];
}

function overview(data: QuarterlyReportData): NarrativeSection {
  const a = data.aggregates;
  const paragraphs: string[] = [];
  if (a.mean === null) {
    paragraphs.push(
      `${periodLabel(data.period)}，${data.unit.name}所属${a.expected}个党支部均未完成考评，暂无得分数据。`,
    );
    return { heading: '一、总体情况', paragraphs };
  }
  const grades = data.framework.grades
    .map((grade) => `${grade.name.zh}${a.gradeCounts[grade.code] ?? 0}个`)
    .join('、');
  let sentence =
    `${periodLabel(data.period)}，${data.unit.name}应参评党支部${a.expected}个，已完成考评${a.assessed}个` +
    `（已审核${a.approved}个，待审核${a.provisional}个，待审核得分为暂定）。` +
    `平均得分${fixed2(a.mean)}分，中位数${fixed2(a.median ?? a.mean)}分，最高${fixed2(a.max ?? a.mean)}分，最低${fixed2(a.min ?? a.mean)}分；其中${grades}。`;
  if (a.previousMean !== null && data.previousPeriod) {
    const change = a.mean - a.previousMean;
    const direction =
      change > 0 ? `上升${fixed2(change)}分` : change < 0 ? `下降${fixed2(-change)}分` : '持平';
    sentence += `与${periodLabel(data.previousPeriod)}平均分${fixed2(a.previousMean)}分相比${direction}。`;
  }
  paragraphs.push(sentence);
  const paths = data.framework.paths.filter((path) => a.pathMeans[path.code] !== undefined);
  if (paths.length > 0) {
    paragraphs.push(
      `各路径平均得分率：${paths.map((path) => `${path.name.zh}${fixed2(a.pathMeans[path.code])}%`).join('，')}。`,
    );
  }
  return { heading: '一、总体情况', paragraphs };
}

function leaders(data: QuarterlyReportData, listSize: number): NarrativeSection {
  const ranked = data.branches.filter((branch) => branch.official && branch.rank !== null);
  if (ranked.length === 0) return { heading: '二、先进与后进', paragraphs: ['本期暂无已考评的党支部。'] };
  const best = ranked.slice(0, listSize);
  const weakest = ranked
    .slice(-listSize)
    .reverse()
    .filter((branch) => !best.includes(branch));
  const paragraphs = [`得分居前的党支部：${best.map(nameWithTotal).join('，')}。`];
  if (weakest.length > 0)
    paragraphs.push(`得分靠后的党支部：${weakest.map(nameWithTotal).join('，')}，请所属党（工）委督促整改。`);
  return { heading: '二、先进与后进', paragraphs: withProvisionalNote(paragraphs, [...best, ...weakest]) };
}

function movers(data: QuarterlyReportData, listSize: number): NarrativeSection {
  const compared = data.branches
    .filter((branch) => branch.official && branch.previousTotal !== null)
    .map((branch) => ({ branch, change: round2(branch.official!.total - branch.previousTotal!) }));
  if (compared.length === 0) return { heading: '三、进步与退步', paragraphs: ['本期无可与上期比较的数据。'] };
  const byChange = [...compared].sort(
    (x, y) => y.change - x.change || (x.branch.code < y.branch.code ? -1 : 1),
  );
  const up = byChange.filter((entry) => entry.change > 0).slice(0, listSize);
  const down = byChange
    .filter((entry) => entry.change < 0)
    .slice(-listSize)
    .reverse();
  const describe = (entry: { branch: ReportBranch; change: number }) =>
    `${entry.branch.name}（${signed(entry.change)}分${provisionalSuffix(entry.branch)}）`;
  const named = [...up, ...down].map((entry) => entry.branch);
  return {
    heading: '三、进步与退步',
    paragraphs: withProvisionalNote(
      [
        up.length
          ? `较上期进步最大的党支部：${up.map(describe).join('，')}。`
          : '本期没有总分较上期上升的党支部。',
        down.length
          ? `较上期退步最大的党支部：${down.map(describe).join('，')}。`
          : '本期没有总分较上期下降的党支部。',
      ],
      named,
    ),
  };
}

function weakSpots(data: QuarterlyReportData): NarrativeSection {
  const a = data.aggregates;
  const paragraphs: string[] = [];
  const paths = data.framework.paths.filter((path) => a.pathMeans[path.code] !== undefined);
  if (paths.length > 0) {
    const weakest = paths.reduce((low, path) =>
      a.pathMeans[path.code] < a.pathMeans[low.code] ? path : low,
    );
    paragraphs.push(`薄弱路径为“${weakest.name.zh}”，平均得分率${fixed2(a.pathMeans[weakest.code])}%。`);
  }
  const indicators = data.framework.paths
    .flatMap((path) => path.indicators)
    .filter((i) => a.indicatorMeans[i.code] !== undefined);
  if (indicators.length > 0) {
    const sorted = [...indicators].sort((x, y) => a.indicatorMeans[x.code] - a.indicatorMeans[y.code]);
    const lowest = sorted
      .slice(0, 3)
      .map((i) => `“${i.name.zh}”（平均得分率${fixed2(a.indicatorMeans[i.code])}%）`);
    paragraphs.push(`得分率最低的指标：${lowest.join('，')}，是下一阶段工作的重点。`);
  }
  if (a.meanGap !== null) {
    paragraphs.push(
      a.meanGap > 0
        ? `自评总分平均高于考评总分${fixed2(a.meanGap)}分，部分党支部存在自评偏高现象。`
        : `自评与考评总分平均相差${fixed2(a.meanGap)}分，自评总体客观。`,
    );
  }
  if (paragraphs.length === 0) paragraphs.push('本期暂无路径和指标得分数据。');
  return { heading: '四、薄弱环节', paragraphs };
}

function completion(data: QuarterlyReportData): NarrativeSection {
  const a = data.aggregates;
  const missing = data.branches.filter((branch) => branch.active && branch.official === null);
  const paragraphs = [
    `考评完成率${percent1(a.completion)}（${a.assessed}/${a.expected}），按时提交率${percent1(a.onTimeRate)}` +
      `（按时提交${a.onTime}个，逾期提交${a.late}个，尚未提交${a.notSubmitted}个）。`,
  ];
  if (missing.length > 0) {
    const named = missing
      .slice(0, 5)
      .map((branch) => branch.name)
      .join('、');
    paragraphs.push(
      `尚未完成考评的党支部${missing.length}个${missing.length > 5 ? `，包括${named}等` : `：${named}`}。`,
    );
  }
  return { heading: '五、完成与时效', paragraphs };
}

function nameWithTotal(branch: ReportBranch): string {
  return `${branch.name}（${fixed2(branch.official!.total)}分${provisionalSuffix(branch)}）`;
}

/**
 * A submitted, not yet reviewed branch's total is provisional: named in the prose, it carries the
 * same 暂定 mark as its rank in the ranking table (docs/metrics.md "Provisional").
 */
function provisionalSuffix(branch: ReportBranch): string {
  const mark = provisionalMark(branch.status);
  return mark ? `，${mark}` : '';
}

/** The paragraphs, and when a branch named in them is provisional, a line saying what that means. */
function withProvisionalNote(paragraphs: string[], named: ReportBranch[]): string[] {
  const mark = named.map((branch) => provisionalMark(branch.status)).find((m) => m !== null);
  return mark ? [...paragraphs, `标注“${mark}”的为待审核党支部的得分，审核后可能变化。`] : paragraphs;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
