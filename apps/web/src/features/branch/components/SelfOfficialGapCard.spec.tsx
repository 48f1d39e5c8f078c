/**
 * @jest-environment jsdom
 */
import { render, screen } from '@testing-library/react';
import { act } from 'react';
import { initI18n } from '../../../test-support/i18n';
import type { ScoreDetail } from '../hooks/useBranchData';
import { SelfOfficialGapCard } from './SelfOfficialGapCard';

const i18n = initI18n(window.localStorage);
// antd's Table measures the scrollbar with a pseudo-element jsdom does not implement.
const computedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => computedStyle(element);
const name = (zh: string) => ({ zh, en: zh });

function score(total: number, points: number): ScoreDetail {
  const grade = { code: 'GOOD', name: name('良好') };
  return {
    total,
    veto: false,
    completeness: 1,
    answered: 1,
    applicable: 1,
    grade,
    uncappedGrade: grade,
    paths: [
      {
        code: 'P',
        weight: 1,
        percent: points * 10,
        points,
        maxPoints: 10,
        name: name('组织建设'),
        indicators: [
          {
            code: 'I1',
            rule: 'scale',
            points,
            maxPoints: 10,
            applicable: true,
            missing: false,
            vetoTriggered: null,
            name: name('三会一课'),
            reason: name(''),
          },
        ],
      },
    ],
  };
}

const card = (status: 'APPROVED' | 'RETURNED' | 'SUBMITTED') =>
  render(<SelfOfficialGapCard self={score(92, 9)} official={score(88, 8)} gap={4} status={status} />);

describe('SelfOfficialGapCard labels by status', () => {
  beforeAll(() => act(() => void i18n.changeLanguage('zh-CN')));

  it('APPROVED: the official (审核) score', () => {
    card('APPROVED');
    expect(screen.getAllByText('审核总分').length).toBeGreaterThan(0);
    expect(screen.getByText('自评比审核认定高 4.00 分。')).toBeTruthy();
    expect(screen.queryByText(/退回/)).toBeNull();
    // The totals are called totals; the table's rows are indicator points, and say so.
    expect(screen.getAllByText('审核总分')).toHaveLength(1);
    expect(screen.getByRole('columnheader', { name: '审核得分' })).toBeTruthy();
    expect(screen.getByText(/计入总分时按所在路径的权重折算/)).toBeTruthy();
  });

  it('RETURNED: the score when returned, never called 审核总分', () => {
    card('RETURNED');
    expect(screen.queryByText('审核总分')).toBeNull();
    expect(screen.getAllByText('退回时审核评分（非正式）').length).toBe(2); // the statistic and the column
    expect(screen.getByText('自评比退回时审核人的评分高 4.00 分。')).toBeTruthy();
    expect(screen.getByText(/已退回：以下为退回时审核人的评分，并非正式得分/)).toBeTruthy();
  });

  it('SUBMITTED: no comparison yet, and says it awaits review', () => {
    card('SUBMITTED');
    expect(screen.getByText('已提交，待审核：审核后显示对比。')).toBeTruthy();
    expect(screen.queryByText('审核总分')).toBeNull();
  });

  it('English labels for a returned assessment', async () => {
    await act(() => i18n.changeLanguage('en'));
    card('RETURNED');
    expect(screen.getAllByText('Score when returned (not official)').length).toBe(2);
    expect(screen.queryByText('Reviewed score')).toBeNull();
    await act(() => i18n.changeLanguage('zh-CN'));
  });
});
