/**
 * @jest-environment jsdom
 */
import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { App } from 'antd';
import { MemoryRouter } from 'react-router-dom';
import { initI18n } from '../../../test-support/i18n';
import { BRANCH_PICKER_TREE, PERIOD_LIST } from '../../../shared/org/org-period.operations';
import { COMPARE_GRADES } from '../graphql/compare.operations';
import { ComparePage } from './ComparePage';
import { orgUnitNode } from '../../../shared/org/testing/org-unit-node';

// ECharts ships ESM only; no chart is drawn before two branches are picked, and this spec picks none.
jest.mock('../../../shared/charts', () => ({
  EChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
  ChartDataTable: () => null,
  useContentLang: () => 'zh',
  useCompactCharts: () => false,
}));

const i18n = initI18n(window.localStorage);

const unit = orgUnitNode;
const TREE: MockedResponse = {
  request: { query: BRANCH_PICKER_TREE },
  result: {
    data: {
      orgTree: unit('d', 'SFQ', '示范区', 'shifanqu\u0001sfq', 'DISTRICT', [
        unit('s1', 'SFQ-DC', '东城街道', 'dongchengjiedao\u0001dcjd', 'STREET', [
          unit('b1', 'SFQ-DC-002', '和平社区党支部', 'hepingshequdangzhibu\u0001hpsqdzb', 'BRANCH'),
          unit('b2', 'SFQ-DC-003', '幸福村党支部', 'xingfucundangzhibu\u0001xfcdzb', 'BRANCH'),
          unit('b3', 'SFQ-DC-004', '红旗社区党支部', 'hongqishequdangzhibu\u0001hqsqdzb', 'BRANCH'),
        ]),
      ]),
    },
  },
};
const PERIODS: MockedResponse = {
  request: { query: PERIOD_LIST },
  result: {
    data: {
      periods: [
        {
          __typename: 'Period',
          id: 'p4',
          code: '2026Q4',
          status: 'OPEN',
          deadline: '2027-01-10T16:00:00.000Z',
          frameworkId: 'f1',
          closedAt: null,
        },
      ],
    },
  },
};

// The quarter's grade names, read as soon as the quarter is known (before any branch is picked).
const GRADES: MockedResponse = {
  request: { query: COMPARE_GRADES, variables: { frameworkId: 'f1' } },
  result: { data: { framework: { __typename: 'Framework', id: 'f1', grades: [] } } },
};

async function renderPage() {
  await act(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  render(
    <MemoryRouter initialEntries={['/compare']}>
      <MockedProvider mocks={[TREE, PERIODS, GRADES]}>
        <App>
          <ComparePage />
        </App>
      </MockedProvider>
    </MemoryRouter>,
  );
  return screen.findByRole('combobox', { name: '支部' });
}

/** Types into the branch picker and reads the options it offers (their names). */
async function offered(picker: HTMLElement, text: string): Promise<(string | undefined)[]> {
  await act(async () => {
    fireEvent.mouseDown(picker);
    fireEvent.change(picker, { target: { value: text } });
  });
  // An option's title is "name · street · code" (BranchPicker).
  return [...document.querySelectorAll('.ant-select-item-option')].map(
    (o) => o.getAttribute('title')?.split(' · ')[0],
  );
}

describe('ComparePage branch picker search', () => {
  it('offers 和平社区党支部 for "hp", the initials of its pinyin', async () => {
    const picker = await renderPage();
    expect(await offered(picker, 'hp')).toEqual(['和平社区党支部']);
    // The keyboard still picks it: Enter takes the active (first) option of the filtered list.
    await act(async () => {
      fireEvent.keyDown(picker, { key: 'Enter', code: 'Enter', keyCode: 13 });
    });
    const chosen = [...picker.closest('.ant-select')!.querySelectorAll('.ant-select-selection-item')].map(
      (c) => c.textContent,
    );
    expect(chosen).toEqual(['和平社区党支部']);
  }, 60_000);

  it('offers it by the full reading in either case, and by name, code and street as before', async () => {
    const picker = await renderPage();
    expect(await offered(picker, 'HePing')).toEqual(['和平社区党支部']);
    expect(await offered(picker, '和平')).toEqual(['和平社区党支部']);
    expect(await offered(picker, 'dc-002')).toEqual(['和平社区党支部']);
    // Both 社区 branches by their full reading; the street's name offers all three.
    expect(await offered(picker, 'shequ')).toEqual(['和平社区党支部', '红旗社区党支部']);
    expect(await offered(picker, '东城')).toHaveLength(3);
    // Not across the full reading and the initials.
    expect(await offered(picker, 'buhp')).toEqual([]);
  }, 60_000);
});
