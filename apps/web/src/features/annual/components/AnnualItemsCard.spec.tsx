/**
 * @jest-environment jsdom
 */
import { MockedProvider } from '@apollo/client/testing';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from 'antd';
import { initI18n } from '../../../test-support/i18n';
import { restoreViewport, setViewport } from '../../../test-support/viewport';
import { GraphQLError } from 'graphql';
import { ANNUAL_ITEMS, REVIEW_ANNUAL_VALUES, SAVE_ANNUAL_VALUES } from '../graphql/annual-items.operations';
import { AnnualItemsCard } from './AnnualItemsCard';

const i18n = initI18n(window.localStorage);
const text = (zh: string, en = zh) => ({ __typename: 'LocalizedText', zh, en });

function items(
  reviewed: number | null,
  total: number,
  bonus: number,
  reviewState = reviewed === null ? 'PENDING' : 'REVIEWED',
  selfValue = 2,
) {
  return {
    __typename: 'AnnualItems',
    branchId: 'b1',
    year: 2026,
    status: 'OPEN',
    writable: true,
    grades: [{ __typename: 'AnnualGrade', code: 'FIVE', name: text('五星') }],
    items: [
      {
        __typename: 'AnnualItem',
        code: 'ANNUAL_COMMENDATION',
        name: text('年度表彰'),
        indicator: {
          code: 'ANNUAL_COMMENDATION',
          name: { zh: '年度表彰', en: 'commendations' },
          rule: { type: 'bonus', points: 2, cap: 6 },
        },
        role: 'bonus',
        applicable: true,
        selfValue,
        evidence: '区级先进基层党组织',
        reviewedValue: reviewed,
        reviewedAt: reviewed === null ? null : '2026-12-05T03:00:00.000Z',
        reviewState,
        points: bonus,
        vetoTriggered: false,
        reason: text(reviewed === null ? '未填报' : `2 次 × 2 分 = ${bonus}`),
      },
    ],
    result: {
      __typename: 'AnnualBranch',
      total,
      quarterPoints: 370,
      bonusPoints: bonus,
      deductionPoints: 0,
      grade: { __typename: 'AnnualGrade', code: 'FIVE', name: text('五星') },
      explanation: text(`年度总分 ${total.toFixed(2)}`),
    },
  };
}

describe('AnnualItemsCard', () => {
  afterAll(restoreViewport);

  it('a reviewer takes the branch’s claim and the annual total shows the bonus', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    const query = { query: ANNUAL_ITEMS, variables: { branchId: 'b1', year: 2026 } };
    const review = jest.fn(() => ({ data: { reviewAnnualValues: items(2, 374, 4) } }));
    render(
      <MockedProvider
        mocks={[
          { request: query, result: { data: { annualItems: items(null, 370, 0) } } },
          {
            request: {
              query: REVIEW_ANNUAL_VALUES,
              variables: {
                input: {
                  branchId: 'b1',
                  year: 2026,
                  values: [{ indicatorCode: 'ANNUAL_COMMENDATION', value: 2 }],
                },
              },
            },
            result: review,
          },
          { request: query, result: { data: { annualItems: items(2, 374, 4) } } },
        ]}
      >
        <App>
          <AnnualItemsCard branchId="b1" year={2026} mode="review" />
        </App>
      </MockedProvider>,
    );
    expect(await screen.findByText('2026年度加减分与否决项')).toBeTruthy();
    expect(screen.getByText('区级先进基层党组织')).toBeTruthy();
    expect(screen.getByTestId('annual-items-total').textContent).toContain('年度总分 370.00');
    fireEvent.click(screen.getByRole('button', { name: '采用支部填报值' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /保存审核认定/ }));
    });
    expect(await screen.findByText('已保存')).toBeTruthy();
    expect(review).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('annual-items-total').textContent).toContain(
      '年度总分 374.00（季度合计 370.00，年度加分 +4.00，年度扣分 −0.00），等次：五星',
    );
  }, 60_000);

  it('a branch enters its claim; a refusal names the item and the problem and keeps the entry', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    const refused = new GraphQLError('Indicator ANNUAL_COMMENDATION (commendations): must be at most 50', {
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_VALUES',
        issues: [
          {
            indicator: 'ANNUAL_COMMENDATION',
            code: 'TOO_LARGE',
            message: { zh: '指标 ANNUAL_COMMENDATION（年度表彰）：次数过大', en: 'too large' },
          },
        ],
      },
    });
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: ANNUAL_ITEMS, variables: { branchId: 'b1', year: 2026 } },
            result: { data: { annualItems: items(null, 370, 0) } },
          },
          {
            request: {
              query: SAVE_ANNUAL_VALUES,
              variables: {
                input: {
                  branchId: 'b1',
                  year: 2026,
                  values: [{ indicatorCode: 'ANNUAL_COMMENDATION', value: 2, evidence: '市级表彰' }],
                },
              },
            },
            result: { errors: [refused] },
          },
        ]}
      >
        <App>
          <AnnualItemsCard branchId="b1" year={2026} mode="branch" />
        </App>
      </MockedProvider>,
    );
    const note = await screen.findByLabelText('年度表彰 依据说明');
    // A bonus's example is a commendation (a deduction's or a veto's is not).
    expect(note.getAttribute('placeholder')).toBe('如：2026年7月获评区级先进基层党组织');
    fireEvent.change(note, { target: { value: ' 市级表彰 ' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /保存年度填报/ }));
    });
    expect(await screen.findByText(/次数过大/)).toBeTruthy();
    // Nothing lost: the note is still there to correct and save again.
    expect((screen.getByLabelText('年度表彰 依据说明') as HTMLTextAreaElement).value).toBe(' 市级表彰 ');
    expect(screen.getByText('有未保存的修改')).toBeTruthy();
  }, 60_000);

  it('on a phone shows each item as a block of its own, every column under its title, nothing scrolled sideways', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    setViewport('phone');
    try {
      render(
        <MockedProvider
          mocks={[
            {
              request: { query: ANNUAL_ITEMS, variables: { branchId: 'b1', year: 2026 } },
              result: { data: { annualItems: items(null, 370, 0) } },
            },
          ]}
        >
          <App>
            <AnnualItemsCard branchId="b1" year={2026} mode="branch" />
          </App>
        </MockedProvider>,
      );
      const note = await screen.findByLabelText('年度表彰 依据说明');
      expect(screen.queryByRole('table')).toBeNull();
      const blocks = screen.getAllByTestId('stacked-row');
      expect(blocks).toHaveLength(1);
      expect(blocks[0].contains(note)).toBe(true);
      for (const title of ['支部填报', '审核认定', '计分'])
        expect(within(blocks[0]).getByText(title)).toBeTruthy();
      expect(within(blocks[0]).getByText('年度表彰')).toBeTruthy();
    } finally {
      // antd keeps the breakpoints it last measured: the other cases are on a desktop.
      setViewport('wide');
    }
  });

  it('a claim changed after its review is flagged 已修改，待复核 beside the reviewed value that still counts', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: ANNUAL_ITEMS, variables: { branchId: 'b1', year: 2026 } },
            result: { data: { annualItems: items(2, 374, 4, 'CHANGED', 3) } },
          },
        ]}
      >
        <App>
          <AnnualItemsCard branchId="b1" year={2026} mode="read" />
        </App>
      </MockedProvider>,
    );
    const tag = await screen.findByTestId('annual-state-CHANGED');
    expect(tag.textContent).toBe('已修改，待复核');
    // The claim (3) and the reviewed value (2) side by side; the total counts the reviewed one.
    const row = tag.closest('tr')!;
    expect(Array.from(row.querySelectorAll('td')).map((td) => td.textContent)).toEqual([
      '年度表彰年度加分',
      '3区级先进基层党组织',
      '2已修改，待复核',
      '+42 次 × 2 分 = 4',
    ]);
    expect(screen.getByTestId('annual-items-total').textContent).toContain('年度总分 374.00');
  });

  it('a claim never reviewed is 待审核', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: ANNUAL_ITEMS, variables: { branchId: 'b1', year: 2026 } },
            result: { data: { annualItems: items(null, 370, 0) } },
          },
        ]}
      >
        <App>
          <AnnualItemsCard branchId="b1" year={2026} mode="read" />
        </App>
      </MockedProvider>,
    );
    expect((await screen.findByTestId('annual-state-PENDING')).textContent).toBe('待审核');
  });

  it('shows nothing when the year has no annual item', async () => {
    const empty = { ...items(null, 370, 0), items: [] };
    const { container } = render(
      <MockedProvider
        mocks={[
          {
            request: { query: ANNUAL_ITEMS, variables: { branchId: 'b1', year: 2026 } },
            result: { data: { annualItems: empty } },
          },
        ]}
      >
        <AnnualItemsCard branchId="b1" year={2026} mode="read" />
      </MockedProvider>,
    );
    await act(async () => {
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(container.textContent).toBe('');
  });
});
