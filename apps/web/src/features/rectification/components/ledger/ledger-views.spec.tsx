/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { initI18n } from '../../../../test-support/i18n';
import type { Role } from '../../../../generated/graphql';
import { LedgerList } from './LedgerList';
import { LedgerTable } from './LedgerTable';
import type { LedgerItem } from './ledger-parts';

initI18n(window.localStorage);

const item = (id: string, status: LedgerItem['status'], requiredAction: string): LedgerItem => ({
  id,
  assessmentId: 'a1',
  branchId: 'b1',
  branchName: '和平社区党支部',
  periodCode: '2026Q4',
  indicatorCode: 'ORG_THEME_DAYS',
  pathCode: 'ORGANIZATION',
  pathName: { zh: '组织建设', en: 'Organization building' },
  indicatorName: { zh: '主题党日', en: 'Themed Party days' },
  problem: '开展不足',
  requiredAction,
  deadline: '2027-01-10T15:59:00.000Z',
  status,
  overdue: false,
  measures: null,
  evidence: null,
  version: 1,
  pendingFiles: [],
  history: [],
  lastRejection: null,
});
const ITEMS = [
  item('open', 'OPEN', '补开一次'),
  item('answered', 'ANSWERED', '补充记录'),
  item('closed', 'CLOSED', '已完成'),
];

function renderView(View: typeof LedgerList, role: Role) {
  const onAnswer = jest.fn();
  const onVerify = jest.fn();
  render(<View items={ITEMS} loading={false} role={role} onAnswer={onAnswer} onVerify={onVerify} />);
  return { onAnswer, onVerify };
}

describe.each([
  ['the phone list', LedgerList],
  ['the table', LedgerTable],
])('%s of the 整改台账', (_name, View) => {
  it('names the indicator and its path, not their codes', () => {
    renderView(View, 'VIEWER');
    expect(screen.getAllByText('主题党日')).toHaveLength(3);
    expect(screen.getAllByText('组织建设')).toHaveLength(3);
    expect(screen.queryByText(/ORG_THEME_DAYS|ORGANIZATION/)).toBeNull();
  });

  it('gives a branch 反馈整改 on its open item only', () => {
    const { onAnswer } = renderView(View, 'BRANCH');
    const [button] = screen.getAllByRole('button', { name: '反馈整改' });
    expect(screen.getAllByRole('button', { name: '反馈整改' })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /核\s*验/ })).toBeNull();
    fireEvent.click(button);
    expect(onAnswer).toHaveBeenCalledWith(expect.objectContaining({ id: 'open' }));
  });

  it('gives a reviewer 核验 on the answered item only', () => {
    const { onVerify } = renderView(View, 'REVIEWER');
    const buttons = screen.getAllByRole('button', { name: /核\s*验/ });
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0]);
    expect(onVerify).toHaveBeenCalledWith(expect.objectContaining({ id: 'answered' }));
  });

  it('offers no step to a viewer', () => {
    renderView(View, 'VIEWER');
    const main = document.body;
    expect(within(main).queryByRole('button', { name: /反馈整改|核\s*验/ })).toBeNull();
  });

  it('says on an item sent back why, by whom and when, and that its measures did not pass', () => {
    const rejection = { reason: '考核表扫描件不清晰', at: '2026-12-04T01:30:00.000Z', by: '王审核' };
    const back = { ...item('back', 'OPEN', '补开一次'), measures: '已补开', lastRejection: rejection };
    // Answered again since: the rejection no longer stands.
    const again = {
      ...item('again', 'ANSWERED', '补充记录'),
      measures: '重新扫描',
      lastRejection: rejection,
    };
    render(
      <View items={[back, again]} loading={false} role="BRANCH" onAnswer={jest.fn()} onVerify={jest.fn()} />,
    );
    const notes = screen.getAllByTestId('rectification-rejection');
    expect(notes.map((n) => n.textContent)).toEqual([
      '上次反馈未通过：考核表扫描件不清晰（王审核，2026年12月4日 09:30）',
    ]);
    expect(screen.getByText(/未通过的整改措施/)).toBeTruthy();
    expect(screen.getByText('重新扫描')).toBeTruthy();
  });
});

describe('the table of the 整改台账', () => {
  it('keeps a long branch name on one line, whole in its title, with the quarter under it', () => {
    const long = '东城街道和平里第三社区第二网格退休党员党支部';
    render(
      <LedgerTable
        items={[{ ...item('long', 'OPEN', '补开一次'), branchName: long }]}
        loading={false}
        role="VIEWER"
        onAnswer={jest.fn()}
        onVerify={jest.fn()}
      />,
    );
    const name = screen.getByTitle(long);
    expect(name.textContent).toBe(long);
    expect(name.style.whiteSpace).toBe('nowrap');
    expect(name.style.textOverflow).toBe('ellipsis');
    const cell = name.closest('td')!;
    expect(cell.textContent).toBe(`${long}2026年四季度`);
    expect(screen.getByRole('columnheader', { name: '支部 / 季度' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '状态 / 整改期限' })).toBeTruthy();
  });
});
