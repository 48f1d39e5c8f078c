/**
 * @jest-environment jsdom
 */
import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { initI18n } from '../../../../test-support/i18n';
import { DEADLINE_EXTENSIONS, EXTEND_DEADLINE } from '../../graphql/deadline-extensions.operations';
import { BRANCH_PICKER_TREE } from '../../../../shared/org/org-period.operations';
import { DeadlineExtensionModal } from './DeadlineExtensionModal';
import { pinDate } from '../../../../test-support/pin-date';
import { orgUnitNode } from '../../../../shared/org/testing/org-unit-node';

const i18n = initI18n(window.localStorage);
// 2026Q4 is due 2027-01-10 24:00 in Shanghai.
const period = { code: '2026Q4', deadline: '2027-01-10T16:00:00.000Z' };

const unit = orgUnitNode;
const TREE = {
  request: { query: BRANCH_PICKER_TREE },
  result: {
    data: {
      orgTree: unit('d', 'D', '示范区', 'shifanqu\u0001sfq', 'DISTRICT', [
        unit('s1', 'S1', '城关街道', 'chengguanjiedao\u0001cgjd', 'STREET', [
          unit('b1', 'S1-01', '安居社区党支部', 'anjushequdangzhibu\u0001ajsqdzb', 'BRANCH'),
          unit('b2', 'S1-02', '乐业社区党支部', 'leyeshequdangzhibu\u0001lysqdzb', 'BRANCH'),
          unit('b3', 'S1-03', '和平社区党支部', 'hepingshequdangzhibu\u0001hpsqdzb', 'BRANCH'),
        ]),
      ]),
    },
  },
};
const extension = (
  branchId: string,
  branchName: string,
  branchCode: string,
  deadline: string,
  reason: string,
) => ({
  __typename: 'DeadlineExtension',
  periodCode: '2026Q4',
  branchId,
  branchName,
  branchCode,
  deadline,
  reason,
  createdByName: '王芳 (wangfang)',
  createdAt: '2026-12-01T02:05:00.000Z',
});
const LE_YE = extension('b2', '乐业社区党支部', 'S1-02', '2027-01-20T16:00:00.000Z', '换届选举');
const AN_JU = extension('b1', '安居社区党支部', 'S1-01', '2027-02-01T16:00:00.000Z', '书记住院');
const list = (items: unknown[]): MockedResponse => ({
  request: { query: DEADLINE_EXTENSIONS, variables: { period: '2026Q4' } },
  result: { data: { deadlineExtensions: items } },
});

async function renderModal(mocks: MockedResponse[]) {
  await act(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  render(
    <MockedProvider mocks={mocks}>
      <App>
        <DeadlineExtensionModal period={period} onClose={jest.fn()} />
      </App>
    </MockedProvider>,
  );
  return screen.findByRole('dialog');
}

async function typeBranch(dialog: HTMLElement, text: string) {
  const branch = within(dialog).getByRole('combobox', { name: '党支部' });
  await act(async () => {
    fireEvent.mouseDown(branch);
    fireEvent.change(branch, { target: { value: text } });
  });
}

const branchOptions = () =>
  [...document.querySelectorAll('.ant-select-item-option')].map((o) => o.textContent);

async function pickDeadline(dialog: HTMLElement, wallClock: string) {
  const input = within(dialog).getByLabelText('延期后的截止时间');
  await act(async () => {
    fireEvent.mouseDown(input);
    fireEvent.change(input, { target: { value: wallClock } });
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  });
}

// The audit's day: the deadline rules read today's date (test-support/pin-date.ts).
pinDate('2026-12-07T04:00:00Z');

describe('DeadlineExtensionModal', () => {
  it("lists the quarter's extensions: branch, deadline, reason, who and when", async () => {
    const dialog = await renderModal([TREE, list([LE_YE])]);
    expect(within(dialog).getByText(/本季度各支部的截止时间为 2027年1月10日 24:00。/)).toBeTruthy();
    const item = await within(dialog).findByTestId('extension-item');
    expect(item.textContent).toContain('乐业社区党支部');
    expect(item.textContent).toContain('S1-02');
    expect(item.textContent).toContain('截止 2027年1月20日 24:00');
    expect(item.textContent).toContain('原因：换届选举');
    expect(item.textContent).toContain('王芳 (wangfang) 于 2026年12月1日 10:05 设置');
  }, 60_000);

  it("finds the branch by code, refuses a deadline not after the quarter's and no reason, then grants it", async () => {
    const extended = jest.fn(() => ({ data: { extendDeadline: AN_JU } }));
    const dialog = await renderModal([
      TREE,
      list([LE_YE]),
      {
        request: {
          query: EXTEND_DEADLINE,
          variables: {
            // The district's 2027-02-02 00:00 (the picker's wall clock) is 2027-02-01T16:00Z.
            input: {
              period: '2026Q4',
              branchId: 'b1',
              deadline: '2027-02-01T16:00:00.000Z',
              reason: '书记住院',
            },
          },
        },
        result: extended,
      },
      list([AN_JU, LE_YE]),
    ]);
    await within(dialog).findByTestId('extension-item');

    // Searchable by code: S1-01 is 安居 only.
    const branch = within(dialog).getByRole('combobox', { name: '党支部' });
    await act(async () => {
      fireEvent.mouseDown(branch);
      fireEvent.change(branch, { target: { value: 's1-01' } });
    });
    const options = document.querySelectorAll('.ant-select-item-option');
    expect([...options].map((o) => o.textContent)).toEqual(['安居社区党支部 · 城关街道 · S1-01']);
    await act(async () => {
      fireEvent.click(options[0]);
    });

    // The quarter's own deadline (2027-01-10 24:00 = the picker's 01-11 00:00) is no extension.
    await pickDeadline(dialog, '2027-01-11 00:00');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: '保存延期' }));
    });
    expect(await within(dialog).findByText('必须晚于本季度的截止时间（2027年1月10日 24:00）。')).toBeTruthy();
    // Each field's message renders when its own rule settles: on a busy machine, not in one pass.
    expect(await within(dialog).findByText('请填写延期原因。')).toBeTruthy();
    expect(extended).not.toHaveBeenCalled();

    await pickDeadline(dialog, '2027-02-02 00:00');
    expect(within(dialog).getByTestId('deadline-reads').textContent).toBe('即截止于 2027年2月1日 24:00');
    fireEvent.change(within(dialog).getByLabelText('延期原因'), { target: { value: ' 书记住院 ' } });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: '保存延期' }));
    });
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(extended).toHaveBeenCalledTimes(1);
    // The list is read again: both branches now.
    expect(await within(dialog).findByText('原因：书记住院')).toBeTruthy();
    expect(within(dialog).getAllByTestId('extension-item')).toHaveLength(2);
  }, 60_000);

  it("finds a branch by its name's pinyin, never across the full reading and the initials", async () => {
    const dialog = await renderModal([TREE, list([])]);
    expect(within(dialog).getByText('输入支部名称、拼音、编号或所属街道搜索')).toBeTruthy();
    await typeBranch(dialog, 'hp');
    // Waits for the tree too (an empty list until it arrives, which is why "buhp" comes second).
    await waitFor(() => expect(branchOptions()).toEqual(['和平社区党支部 · 城关街道 · S1-03']));
    // 党支部's "…zhibu" followed by 和平's initials "hp…": the two readings are not one text.
    await typeBranch(dialog, 'buhp');
    expect(branchOptions()).toEqual([]);
  }, 60_000);

  it('warns that a branch with an extension has it replaced', async () => {
    const dialog = await renderModal([TREE, list([LE_YE])]);
    await within(dialog).findByTestId('extension-item');
    const branch = within(dialog).getByRole('combobox', { name: '党支部' });
    await act(async () => {
      fireEvent.mouseDown(branch);
      fireEvent.change(branch, { target: { value: '乐业' } });
    });
    await act(async () => {
      fireEvent.click(document.querySelector('.ant-select-item-option')!);
    });
    expect((await within(dialog).findByTestId('extension-replaces')).textContent).toBe(
      '该支部已单独延期至 2027年1月20日 24:00，保存后将替换原来的延期。',
    );
  }, 60_000);
});
