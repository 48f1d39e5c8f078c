/**
 * @jest-environment jsdom
 */
import { act, render, screen } from '@testing-library/react';
import { initI18n } from '../../../test-support/i18n';
import { ReturnedWarning } from './ImportTables';

const i18n = initI18n(window.localStorage);
const language = (code: string) =>
  act(async () => {
    await i18n.changeLanguage(code);
  });

const returned = [
  { code: 'C1', name: '幸福社区党支部', values: 18 },
  { code: 'C2', name: '恒达物流有限公司党支部', values: 16 },
];

describe('ReturnedWarning', () => {
  it('names the returned branches the import would overwrite, with how many values each (zh)', async () => {
    await language('zh-CN');
    render(<ReturnedWarning branches={returned} />);
    const alert = screen.getByTestId('import-returned-warning');
    expect(alert.className).toContain('ant-alert-warning');
    expect(alert.textContent).toBe(
      '将修改 2 个已退回支部的填报值（幸福社区党支部 18 项、恒达物流有限公司党支部 16 项）：这些支部正在按退回意见修改，导入会覆盖其修改。',
    );
  });

  it('says it in English too', async () => {
    await language('en');
    render(<ReturnedWarning branches={returned.slice(0, 1)} />);
    expect(screen.getByTestId('import-returned-warning').textContent).toContain(
      'Will change values of 1 returned branches (幸福社区党支部: 18 values)',
    );
    await language('zh-CN');
  });

  it('shows nothing when no returned assessment changes', () => {
    const { container } = render(<ReturnedWarning branches={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
