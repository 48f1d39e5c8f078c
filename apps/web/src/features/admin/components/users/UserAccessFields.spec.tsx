/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Form } from 'antd';
import { initI18n } from '../../../../test-support/i18n';
import type { AdminUnit } from '../../model/org-unit-form';
import { adminUnit } from '../../model/test-units';
import { UserAccessFields } from './UserAccessFields';

const i18n = initI18n(window.localStorage);

// As ADMIN_ORG_TREE reads them: each name's pinyin (full reading, U+0001, initials).
const unit = (
  id: string,
  name: string,
  namePinyin: string,
  kind: AdminUnit['kind'],
  children: AdminUnit[] = [],
) => adminUnit(id, kind, children, { name, namePinyin });

const ROOT = unit('d', '示范区', 'shifanqu\u0001sfq', 'DISTRICT', [
  unit('s1', '城关街道', 'chengguanjiedao\u0001cgjd', 'STREET', [
    unit('b1', '安居社区党支部', 'anjushequdangzhibu\u0001ajsqdzb', 'BRANCH'),
    unit('b2', '和平社区党支部', 'hepingshequdangzhibu\u0001hpsqdzb', 'BRANCH'),
  ]),
]);

function Fields() {
  const [form] = Form.useForm();
  return (
    <Form form={form} initialValues={{ role: 'VIEWER' }}>
      <UserAccessFields form={form} root={ROOT} initialRole="VIEWER" />
    </Form>
  );
}

/** The units the scope tree shows after typing `text` into it (the matches and the units above them). */
function unitsFor(text: string): (string | null)[] {
  const picker = screen.getByRole('combobox', { name: '管辖范围' });
  fireEvent.mouseDown(picker);
  fireEvent.change(picker, { target: { value: text } });
  return [...document.querySelectorAll('.ant-select-tree-title')].map((n) => n.textContent);
}

describe('UserAccessFields', () => {
  beforeEach(async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
  });

  it("finds a scope unit by its name's pinyin or code, never across the full reading and the initials", () => {
    render(<Fields />);
    expect(screen.getByText('搜索名称、拼音或编码')).toBeTruthy();
    expect(unitsFor('hp')).toEqual(['示范区', '城关街道', '和平社区党支部']);
    expect(unitsFor('heping')).toEqual(['示范区', '城关街道', '和平社区党支部']);
    expect(unitsFor('b1')).toEqual(['示范区', '城关街道', '安居社区党支部']);
    // 党支部's "…zhibu" followed by 和平's initials "hp…": the two readings are not one text.
    expect(unitsFor('buhp')).toEqual([]);
    expect(unitsFor('安居')).toEqual(['示范区', '城关街道', '安居社区党支部']);
  });
});
