/**
 * @jest-environment jsdom
 */
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { initI18n } from '../../../test-support/i18n';
import { OpenRectificationNotes, type OpenRectification } from './OpenRectificationNotes';

const i18n = initI18n(window.localStorage);

const item = (id: string, status: 'OPEN' | 'ANSWERED'): OpenRectification => ({
  id,
  periodCode: '2026Q3',
  indicatorCode: 'ORG_MEETINGS',
  problem: `问题 ${id}`,
  requiredAction: '补开会议',
  deadline: '2026-12-31T15:59:00.000Z',
  status,
  overdue: false,
  lastRejection: {
    reason: '签到表不清晰',
    at: '2026-12-05T02:00:00.000Z',
    by: '东城街道党工委审核员',
  },
});

describe('OpenRectificationNotes', () => {
  it('beside the indicator, says why an item sent back was refused, and only while it stands', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    render(
      <MemoryRouter>
        <OpenRectificationNotes code="ORG_MEETINGS" items={[item('r1', 'OPEN'), item('r2', 'ANSWERED')]} />
      </MemoryRouter>,
    );
    // Once answered again the rejection no longer stands: one note, the OPEN item's, in Shanghai time.
    expect(
      screen.getAllByText('上次反馈未通过：签到表不清晰（东城街道党工委审核员，2026年12月5日 10:00）'),
    ).toHaveLength(1);
  });
});
