/**
 * @jest-environment jsdom
 */
import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { GraphQLError } from 'graphql';
import { initI18n } from '../../../../test-support/i18n';
import { MOVE_ORG_UNIT } from '../../graphql/admin.operations';
import type { AdminUnit } from '../../model/org-unit-form';
import { adminUnit } from '../../model/test-units';
import { MoveUnitModal } from './MoveUnitModal';

const i18n = initI18n(window.localStorage);

// The modal's scroll locker measures a ::-webkit-scrollbar pseudo-element, which jsdom does not implement.
const computedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => computedStyle(element);

const unit = (
  id: string,
  name: string,
  kind: AdminUnit['kind'],
  children: AdminUnit[] = [],
  parentId: string | null = null,
): AdminUnit =>
  adminUnit(id, kind, children, { name, parentId, sector: kind === 'BRANCH' ? 'COMMUNITY' : null });

const N1 = unit('n1', '滨江社区党支部', 'BRANCH', [], 'north');
// A general branch (it has a branch under it) and an assessed leaf branch, both valid targets.
const S1 = unit('s1', '南湖党总支', 'BRANCH', [unit('s11', '南湖一支部', 'BRANCH', [], 's1')], 'south');
// With the pinyin ADMIN_ORG_TREE reads (full reading, U+0001, initials).
const HE_PING = adminUnit('s2', 'BRANCH', [], {
  name: '和平社区党支部',
  namePinyin: 'hepingshequdangzhibu\u0001hpsqdzb',
  parentId: 'south',
});
const ROOT = unit('d', '示范区', 'DISTRICT', [
  unit('north', '东城街道', 'STREET', [N1], 'd'),
  unit('south', '西城街道', 'STREET', [S1, HE_PING], 'd'),
]);

const moveMock = (result: MockedResponse['result']): MockedResponse => ({
  request: { query: MOVE_ORG_UNIT, variables: { id: 'n1', parentId: 'south' } },
  result,
});

function renderModal(mocks: MockedResponse[], onClose = jest.fn()) {
  render(
    <MockedProvider mocks={mocks}>
      <App>
        <MoveUnitModal open root={ROOT} unit={N1} onClose={onClose} />
      </App>
    </MockedProvider>,
  );
  return onClose;
}

/** The picker's options after typing `text` into it. */
function optionsFor(text: string): (string | null)[] {
  const picker = screen.getByRole('combobox', { name: '新的上级单位' });
  fireEvent.mouseDown(picker);
  fireEvent.change(picker, { target: { value: text } });
  return [...document.querySelectorAll('.ant-select-item-option')].map((o) => o.textContent);
}

async function chooseSouthAndMove() {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: '新的上级单位' }));
  fireEvent.click(await screen.findByTitle('西城街道'));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: /移\s*动/ }));
  });
}

describe('MoveUnitModal', () => {
  beforeEach(async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
  });

  it('offers only valid parents and says a refusal in words', async () => {
    renderModal([
      moveMock({
        errors: [
          new GraphQLError('parentId: …', {
            extensions: { code: 'BAD_USER_INPUT', field: 'parentId', reason: 'INACTIVE_PARENT' },
          }),
        ],
      }),
    ]);
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '新的上级单位' }));
    // Its own street is not offered, the other one is.
    expect(await screen.findByTitle('西城街道')).toBeTruthy();
    expect(screen.queryByTitle('东城街道')).toBeNull();
    fireEvent.click(screen.getByTitle('西城街道'));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /移\s*动/ }));
    });
    expect(await screen.findByText('所选上级单位已停用，请先启用。')).toBeTruthy();
  });

  it('says why a branch with assessments cannot take the unit (the server decides, the targets still offer it)', async () => {
    renderModal([
      moveMock({
        errors: [
          new GraphQLError('parentId: branch S… already has assessments (2026Q3 APPROVED): …', {
            extensions: {
              code: 'BAD_USER_INPUT',
              field: 'parentId',
              reason: 'ASSESSED_PARENT',
              periods: ['2026Q3'],
            },
          }),
        ],
      }),
    ]);
    await chooseSouthAndMove();
    expect(
      await screen.findByText(
        '所选支部已有考评记录，不能在其下设立下级支部：否则它的考评成绩将不再计入统计。请新建党总支，再把支部移到其下。',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/already has assessments/)).toBeNull();
  });

  it('warns before moving under an assessed branch, and only then', async () => {
    renderModal([]);
    const warning = /“南湖一支部”目前是参加考评的党支部。其下有了下级支部，它就成为党总支/;
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '新的上级单位' }));
    fireEvent.click(await screen.findByTitle('西城街道 / 南湖党总支 / 南湖一支部'));
    expect(await screen.findByText(warning)).toBeTruthy();
    // A general branch already has children: nothing changes for it, so no warning.
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '新的上级单位' }));
    fireEvent.click(await screen.findByTitle('西城街道 / 南湖党总支'));
    await waitFor(() => expect(screen.queryByText(warning)).toBeNull());
    expect(screen.queryByText(/目前是参加考评的党支部/)).toBeNull();
  });

  it("finds a target by its name's pinyin or code, by the names above it, never across the two readings", async () => {
    renderModal([]);
    expect(screen.getByText('搜索名称、拼音或编码')).toBeTruthy();
    expect(optionsFor('hp')).toEqual(['西城街道 / 和平社区党支部']);
    expect(optionsFor('heping')).toEqual(['西城街道 / 和平社区党支部']);
    expect(optionsFor('S2')).toEqual(['西城街道 / 和平社区党支部']);
    // 党支部's "…zhibu" followed by 和平's initials "hp…": the two readings are not one text.
    expect(optionsFor('buhp')).toEqual([]);
    // A street's name still lists what is under it, as the label shows it.
    expect(optionsFor('西城')).toEqual([
      '西城街道',
      '西城街道 / 南湖党总支',
      '西城街道 / 南湖党总支 / 南湖一支部',
      '西城街道 / 和平社区党支部',
    ]);
  });

  it('moves and reports the new parent', async () => {
    const { children: _children, ...fields } = N1;
    const moved = { __typename: 'OrgUnit', ...fields, parentId: 'south' };
    const onClose = renderModal([moveMock({ data: { moveOrgUnit: moved } })]);
    await chooseSouthAndMove();
    await waitFor(() => expect(onClose).toHaveBeenCalledWith('south'));
  });
});
