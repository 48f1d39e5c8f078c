import { defaultFramework } from '@pathboard/frameworks';
import { scoreDual } from '@pathboard/scoring';
import type { IndicatorValuePair } from '@pathboard/scoring';
import { buildBranchReportData, lowestIndicators } from '../model/branch-data';
import { pdfFonts, pdfPageCount, pdfPages } from '../testing/pdf-text';
import { buildBranchPdf } from './branch-pdf';

const squash = (text: string) => text.replace(/\s+/g, '');

/** docs/domain.md's worked example branch: 11 of 12 meetings, 2 theme days, the rest partly done. */
const values: Record<string, IndicatorValuePair> = {
  ORG_MEETINGS: { self: { numerator: 11, denominator: 12 } },
  ORG_THEME_DAYS: { self: 3, reviewed: 2 },
  ORG_LIFE_MEETINGS: { self: true },
  ORG_RESPONSIBILITY_LIST: { self: ['LIST_ESTABLISHED', 'TIERED_MANAGEMENT'] },
  ORG_WORK_PLAN: { self: 'FAIR' },
  ORG_INFO_PLATFORM: { self: true },
  ORG_JOINT_BUILDING: { self: 1 },
  SUP_DEMOCRATIC_LIFE: { self: true },
  SUP_APPRAISAL_PARTICIPATION: { self: 0.7 },
  SUP_PETITIONS_RESOLVED: { self: { numerator: 9, denominator: 10 } },
  SUP_SATISFACTION: { self: 0.9 },
  SUP_RECTIFICATION: { self: { numerator: 4, denominator: 5 } },
  SUP_AFFAIRS_DISCLOSURE: { self: 3 },
  INT_WARNING_EDUCATION: { self: 2 },
  INT_RISK_POINTS: { self: ['SCREENING'] },
  INT_EIGHT_RULES_SELF_CHECK: { self: true },
  INT_INTEGRITY_PLEDGE: { self: { numerator: 20, denominator: 20 } },
  TRN_ROTATION_COVERAGE: { self: { numerator: 18, denominator: 20 } },
  TRN_STUDY_HOURS: { self: 6 },
  TRN_XUEXI_ACTIVE: { self: 0.85 },
  TRN_CADRE_EVALUATION: { self: 'GOOD' },
};

function branchData() {
  const scores = scoreDual(defaultFramework, values, { sector: 'COMMUNITY' });
  return buildBranchReportData({
    unit: { code: 'S01', name: '东城街道党工委' },
    branch: {
      code: 'B00042',
      name: '幸福社区党支部',
      parentName: '东城街道党工委',
      sector: 'COMMUNITY',
      memberCount: 37,
    },
    period: '2026Q4',
    framework: defaultFramework,
    status: 'APPROVED',
    scores,
    history: [
      { period: '2026Q2', total: 70.5, grade: '合格' },
      { period: '2026Q3', total: 76.25, grade: '合格' },
    ],
    // The API's peer standing (PEER_STANDING_SQL), handed over as computed.
    peers: {
      groupLabel: '同一上级',
      size: 3,
      rank: 2,
      percentile: 50,
      mean: 73.5,
      pathMedians: { ORGANIZATION: 80, SUPERVISION: 70, INTEGRITY: 75, TRAINING: 60 },
    },
    evidence: [
      { indicatorCode: 'ORG_THEME_DAYS', name: '主题党日照片.jpg' },
      { indicatorCode: 'ORG_MEETINGS', name: '支委会会议记录.pdf' },
      { indicatorCode: 'ORG_MEETINGS', name: '签到表.jpg' },
    ],
    adjustments: [{ indicatorCode: 'ORG_THEME_DAYS', reason: '第三次无活动记录' }],
    generatedAt: '2027-01-15T08:00:00.000Z',
  });
}

describe('branch report', () => {
  it('lists no evidence section lines when nothing was uploaded, and says so', async () => {
    const data = { ...branchData(), evidence: [] };
    const text = squash(pdfPages(await buildBranchPdf(data))[0]);
    expect(text).toContain('未上传佐证材料。');
    expect(pdfPageCount(await buildBranchPdf(data))).toBe(1);
  });

  it('prints the peer standing it is given and keeps the engine explanations', () => {
    const data = branchData();
    expect(data.peers).toMatchObject({ size: 3, rank: 2, percentile: 50, groupLabel: '同一上级' });
    expect(data.trend.map((point) => point.period)).toEqual(['2026Q2', '2026Q3', '2026Q4']);
    const meetings = data.indicators.find((line) => line.code === 'ORG_MEETINGS')!;
    expect(meetings.points).toBe(22.92);
    expect(meetings.reason.zh).toContain('11');
    // Rural-only indicator does not apply to a community branch and is not listed.
    expect(data.indicators.some((line) => line.code === 'ORG_RURAL_REVITALIZATION')).toBe(false);
    const lowest = lowestIndicators(data.indicators, 3);
    expect(lowest[0].missing).toBe(true);
  });

  it("marks a submitted branch's peer rank 暂定, as the overview does, and an approved one's not", async () => {
    const submitted = squash(pdfPages(await buildBranchPdf({ ...branchData(), status: 'SUBMITTED' }))[0]);
    expect(submitted).toContain('2/3暂定');
    expect(submitted).toContain('待审核总分');
    const approved = squash(pdfPages(await buildBranchPdf(branchData()))[0]);
    expect(approved).toContain('2/3');
    expect(approved).not.toContain('暂定');
  });

  it('marks an indicator scored on the reviewer’s value, with the reason given', async () => {
    const data = branchData();
    const lines = new Map(data.indicators.map((line) => [line.code, line]));
    expect(lines.get('ORG_THEME_DAYS')!.adjusted).toEqual({ reason: '第三次无活动记录' });
    expect(lines.get('ORG_MEETINGS')!.adjusted).toBeUndefined();
    const pdf = await buildBranchPdf(data);
    expect(pdfPageCount(pdf)).toBe(1);
    const text = squash(pdfPages(pdf)[0]);
    expect(text).toContain('审核调整（1项）主题党日（第三次无活动记录）。');
    // Where it is among the lines that lost the most, the line says so too.
    const lowest = {
      ...data,
      indicators: data.indicators.map((l) => (l.code === 'ORG_THEME_DAYS' ? { ...l, points: 0 } : l)),
    };
    const lowestText = squash(pdfPages(await buildBranchPdf(lowest))[0]);
    expect(lowestText).toContain('主题党日（审核调整）');
    expect(lowestText).toContain('调整理由：第三次无活动记录。');
  });

  it('fits on one page with scores, lowest indicators and their explanations as Chinese text', async () => {
    const data = branchData();
    const pdf = await buildBranchPdf(data);
    expect(pdfPageCount(pdf)).toBe(1);
    const text = squash(pdfPages(pdf)[0]);
    expect(text).toContain('幸福社区党支部2026年第四季度党建考评报告');
    expect(text).toContain(data.official!.total.toFixed(2));
    expect(text).toContain('路径得分');
    expect(text).toContain('失分较多的指标');
    for (const line of lowestIndicators(data.indicators, 3)) {
      expect(text).toContain(squash(line.name.zh));
      expect(text).toContain(squash(line.reason.zh).slice(0, 8));
    }
    expect(text).toContain('总分趋势');
    expect(text).toContain('2/3');
    // The evidence behind the values, by indicator in framework order.
    expect(text).toContain('佐证材料（3个文件）');
    expect(text).toContain('三会一课落实率：支委会会议记录.pdf、签到表.jpg');
    expect(text.indexOf('三会一课落实率：')).toBeLessThan(text.indexOf('主题党日：'));
    for (const font of pdfFonts(pdf))
      expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
  });
});
