/**
 * @jest-environment jsdom
 */
import { MockedProvider } from '@apollo/client/testing';
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { initI18n } from '../../../test-support/i18n';
import { ASSESSMENT_STATUS } from '../graphql/branch.operations';
import { CurrentQuarterNotice } from './CurrentQuarterNotice';

const i18n = initI18n(window.localStorage);
const period = (code: string, status: 'OPEN' | 'CLOSED') => ({
  __typename: 'Period' as const,
  id: code,
  code,
  status,
  deadline: '2027-01-10T16:00:00.000Z',
  frameworkId: 'f1',
});

function renderNotice(deadline: string) {
  render(
    <MockedProvider
      mocks={[
        {
          request: { query: ASSESSMENT_STATUS, variables: { branchId: 'b1', period: '2026Q4' } },
          result: {
            data: {
              assessment: {
                __typename: 'Assessment',
                id: 'a1',
                status: 'DRAFT',
                periodStatus: 'OPEN',
                deadline,
              },
            },
          },
        },
      ]}
    >
      <MemoryRouter>
        <CurrentQuarterNotice
          branchId="b1"
          periods={[period('2026Q3', 'CLOSED'), period('2026Q4', 'OPEN')]}
        />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('CurrentQuarterNotice', () => {
  beforeEach(async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
  });

  it('says what is due and by when: the branch’s own deadline, in the district’s time', async () => {
    // An extension (延期) to the 15th: the branch's deadline, not the quarter's 10th, and said to be one.
    renderNotice('2027-01-15T16:00:00.000Z');
    expect(
      await screen.findByText('2026年第四季度自评当前状态：填报中，截止 2027年1月15日 24:00（已单独延期）。'),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: /去填写自评/ }).getAttribute('href')).toBe(
      '/self-assessment?period=2026Q4',
    );
  });

  it('says nothing of an extension when the branch has the quarter’s deadline', async () => {
    renderNotice('2027-01-10T16:00:00.000Z');
    expect(
      await screen.findByText('2026年第四季度自评当前状态：填报中，截止 2027年1月10日 24:00。'),
    ).toBeTruthy();
  });
});
