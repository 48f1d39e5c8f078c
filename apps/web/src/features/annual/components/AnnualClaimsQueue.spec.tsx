/**
 * @jest-environment jsdom
 */
import { MockedProvider } from '@apollo/client/testing';
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { initI18n } from '../../../test-support/i18n';
import { ANNUAL_CLAIMS_TO_REVIEW } from '../graphql/annual-items.operations';
import { AnnualClaimsQueue } from './AnnualClaimsQueue';

const i18n = initI18n(window.localStorage);
const row = (branchId: string, name: string, pending: number, changed: number) => ({
  __typename: 'AnnualClaimToReview',
  branchId,
  branchCode: `DC-${branchId}`,
  branchName: name,
  pending,
  changed,
  claimedAt: '2026-11-20T02:00:00.000Z',
});

function renderQueue(rows: ReturnType<typeof row>[]) {
  return render(
    <MockedProvider
      mocks={[
        {
          request: { query: ANNUAL_CLAIMS_TO_REVIEW, variables: { year: 2026 } },
          result: { data: { annualClaimsToReview: rows } },
        },
      ]}
    >
      <MemoryRouter>
        <AnnualClaimsQueue year={2026} period="2026Q4" />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('AnnualClaimsQueue', () => {
  beforeAll(async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
  });

  it('lists each waiting branch with its counts, linking to the branch page of the year', async () => {
    renderQueue([row('b1', '东城一支部', 2, 0), row('b2', '东城二支部', 1, 1)]);
    expect(screen.getByText('年度事项待审核')).toBeTruthy();
    const first = await screen.findByRole('link', { name: '东城一支部' });
    expect(first.getAttribute('href')).toBe('/branches/b1?period=2026Q4');
    const second = screen.getByRole('link', { name: '东城二支部' }).closest('tr')!;
    expect(Array.from(second.querySelectorAll('.ant-tag')).map((t) => t.textContent)).toEqual([
      '待审核 1 项',
      '已修改，待复核 1 项',
    ]);
    expect(first.closest('tr')!.textContent).toContain('待审核 2 项');
    expect(first.closest('tr')!.textContent).not.toContain('已修改');
  });

  it('says when nothing waits', async () => {
    renderQueue([]);
    expect(await screen.findByText('没有待审核的年度事项。')).toBeTruthy();
  });
});
