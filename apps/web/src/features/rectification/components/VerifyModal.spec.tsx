/**
 * @jest-environment jsdom
 */
import { MockedProvider } from '@apollo/client/testing';
import { act, render, screen } from '@testing-library/react';
import { App } from 'antd';
import { initI18n } from '../../../test-support/i18n';
import { VerifyModal } from './VerifyModal';

const i18n = initI18n(window.localStorage);

describe('VerifyModal', () => {
  it('shows each part of the answer under its name: measures, evidence note, files', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    render(
      <MockedProvider mocks={[]}>
        <App>
          <VerifyModal
            item={{
              id: 'r1',
              version: 2,
              measures: '已补开支委会 2 次',
              evidence: '会议记录见附件',
              history: [],
            }}
            onClose={jest.fn()}
          />
        </App>
      </MockedProvider>,
    );
    const dialog = await screen.findByRole('dialog');
    // One column, each name over its part, in this order.
    expect(dialog.textContent).toContain('整改措施已补开支委会 2 次佐证材料说明会议记录见附件佐证文件');
    expect(screen.getByTestId('verify-answer-files')).toBeTruthy();
  });
});
