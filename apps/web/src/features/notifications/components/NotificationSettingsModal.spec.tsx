/**
 * @jest-environment jsdom
 */
import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { initI18n } from '../../../test-support/i18n';
import { collectUnhandledRejections } from '../../../test-support/unhandled-rejections';
import {
  MY_NOTIFICATION_SETTINGS,
  UPDATE_MY_NOTIFICATION_SETTINGS,
} from '../graphql/notifications.operations';
import { NotificationSettingsModal } from './NotificationSettingsModal';

const i18n = initI18n(window.localStorage);

const settings = (email: string | null) => ({
  data: {
    myNotificationSettings: {
      __typename: 'NotificationSettings',
      email,
      emailNotifications: true,
      mailEnabled: true,
    },
  },
});

describe('NotificationSettingsModal', () => {
  const unhandled = collectUnhandledRejections();
  beforeEach(async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
  });

  it('pressing save with a wrong address shows the field error, sends nothing and leaves no unhandled rejection', async () => {
    const save = jest.fn(() => settings('x@example.org'));
    const mocks: MockedResponse[] = [
      { request: { query: MY_NOTIFICATION_SETTINGS }, result: settings(null), maxUsageCount: 3 },
      {
        request: { query: UPDATE_MY_NOTIFICATION_SETTINGS },
        variableMatcher: () => true,
        result: save,
      },
    ];
    const onClose = jest.fn();
    render(
      <MockedProvider mocks={mocks}>
        <App>
          <NotificationSettingsModal open onClose={onClose} />
        </App>
      </MockedProvider>,
    );
    fireEvent.change(await screen.findByLabelText('接收通知的邮箱'), { target: { value: 'not-an-address' } });
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('请输入有效的邮箱地址，如 name@example.org')).toBeTruthy();
    // Let a rejection, if any, reach the process.
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(unhandled).toEqual([]);
    expect(save).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();

    // Corrected, it saves and closes.
    fireEvent.change(screen.getByLabelText('接收通知的邮箱'), { target: { value: 'x@example.org' } });
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(save).toHaveBeenCalledTimes(1);
  });
});
