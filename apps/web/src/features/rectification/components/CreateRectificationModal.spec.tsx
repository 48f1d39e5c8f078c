/**
 * @jest-environment jsdom
 */
import { MockedProvider } from '@apollo/client/testing';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { App } from 'antd';
import { initI18n } from '../../../test-support/i18n';
import { collectUnhandledRejections } from '../../../test-support/unhandled-rejections';
import { CreateRectificationModal } from './CreateRectificationModal';

const i18n = initI18n(window.localStorage);

const ORGANIZATION = { zh: '组织建设', en: 'Organization building' };
const INDICATORS = [
  { code: 'ORG_MEETINGS', name: { zh: '三会一课落实率', en: 'Meetings held' }, pathName: ORGANIZATION },
];

describe('CreateRectificationModal', () => {
  const unhandled = collectUnhandledRejections();
  beforeEach(async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
  });

  it('pressing OK on the empty dialog shows the field errors and leaves no unhandled rejection', async () => {
    const onClose = jest.fn();
    const onCollect = jest.fn();
    render(
      <MockedProvider mocks={[]}>
        <App>
          <CreateRectificationModal
            indicators={INDICATORS}
            assessmentId="00000000-0000-4000-8000-0000000000a1"
            // 另行下发: nothing filled in, the reviewer writes the item.
            draft={{ indicatorCode: '', problem: '' }}
            onClose={onClose}
            onCollect={onCollect}
          />
        </App>
      </MockedProvider>,
    );
    expect(await screen.findByText('下发整改事项')).toBeTruthy();
    // The deadline is filled in with the default; the three texts are empty.
    fireEvent.click(screen.getByRole('button', { name: /OK|确\s*定/ }));
    expect((await screen.findAllByText('必填')).length).toBeGreaterThanOrEqual(3);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(unhandled).toEqual([]);
    expect(onCollect).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });
});
