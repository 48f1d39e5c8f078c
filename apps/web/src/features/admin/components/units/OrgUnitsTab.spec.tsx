/**
 * @jest-environment jsdom
 */
import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { App } from 'antd';
import { initI18n } from '../../../../test-support/i18n';
import { ADMIN_ORG_TREE } from '../../graphql/admin.operations';
import { OrgUnitsTab } from './OrgUnitsTab';
import { orgUnitNode } from '../../../../shared/org/testing/org-unit-node';

const i18n = initI18n(window.localStorage);

// The admin tree's query also selects memberCount and parentId.
const unit = (
  id: string,
  code: string,
  name: string,
  namePinyin: string,
  kind: string,
  children: unknown[] = [],
) => orgUnitNode(id, code, name, namePinyin, kind, children, { memberCount: 10, parentId: null });
const TREE: MockedResponse = {
  request: { query: ADMIN_ORG_TREE },
  result: {
    data: {
      orgTree: unit('d', 'SFQ', '示范区', 'shifanqu\u0001sfq', 'DISTRICT', [
        unit('s1', 'SFQ-DC', '东城街道', 'dongchengjiedao\u0001dcjd', 'STREET', [
          unit('b1', 'SFQ-DC-002', '和平社区党支部', 'hepingshequdangzhibu\u0001hpsqdzb', 'BRANCH'),
          unit('b2', 'SFQ-DC-003', '幸福村党支部', 'xingfucundangzhibu\u0001xfcdzb', 'BRANCH'),
        ]),
      ]),
    },
  },
};

async function renderTab() {
  await act(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  render(
    <MockedProvider mocks={[TREE]}>
      <App>
        <OrgUnitsTab />
      </App>
    </MockedProvider>,
  );
  return screen.findByRole('searchbox', { name: '搜索名称、拼音或编码' });
}

async function search(box: HTMLElement, text: string) {
  await act(async () => {
    fireEvent.change(box, { target: { value: text } });
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13 });
    // The input takes one Enter per key press (a held key does not search again): release it.
    fireEvent.keyUp(box, { key: 'Enter', code: 'Enter', keyCode: 13 });
  });
}

/** The units the tree shows (their names). */
const shown = () => [...document.querySelectorAll('.ant-tree-title')].map((n) => n.textContent ?? '');

describe('OrgUnitsTab search', () => {
  it('finds 和平社区党支部 by the initials of its pinyin, opening the way down to it', async () => {
    const box = await renderTab();
    // Unsearched: the district is open, its streets folded.
    expect(shown()).toEqual(['示范区 SFQ', '东城街道 SFQ-DC']);
    await search(box, 'hp');
    expect(shown()).toEqual(['示范区 SFQ', '东城街道 SFQ-DC', '和平社区党支部 SFQ-DC-002']);
  }, 60_000);

  it('finds it by the full reading, in either case and with spaces, and by name and code as before', async () => {
    const box = await renderTab();
    for (const text of ['HePing', 'he ping', '和平', 'dc-002']) {
      // Each time from nothing found: not across the full reading and the initials.
      await search(box, 'buhp');
      expect(shown()).toEqual([]);
      await search(box, text);
      expect(shown()).toEqual(['示范区 SFQ', '东城街道 SFQ-DC', '和平社区党支部 SFQ-DC-002']);
    }
  }, 60_000);
});
