/**
 * @jest-environment jsdom
 */
import { MockedProvider } from '@apollo/client/testing';
import { act, render, screen, within } from '@testing-library/react';
import { App } from 'antd';
import { initI18n } from '../../../../test-support/i18n';
import { OpenPeriodModal } from './OpenPeriodModal';
import { pinDate } from '../../../../test-support/pin-date';

const i18n = initI18n(window.localStorage);

function renderModal(stillOpen: string[]) {
  render(
    <MockedProvider mocks={[]}>
      <App>
        <OpenPeriodModal
          existing={['2026Q4', '2026Q3']}
          stillOpen={stillOpen}
          frameworks={[]}
          onClose={jest.fn()}
        />
      </App>
    </MockedProvider>,
  );
  return screen.findByRole('dialog');
}

// The audit's day: the deadline rules read today's date (test-support/pin-date.ts).
pinDate('2026-12-07T04:00:00Z');

describe('OpenPeriodModal', () => {
  beforeEach(async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
  });

  it('says, while a quarter is still open, that the screens keep showing it until it closes', async () => {
    const dialog = await renderModal(['2026Q4']);
    expect(within(dialog).getByRole('alert').textContent).toContain(
      '2026年第四季度仍在进行中。开启新季度后，各支部的自评和各统计页面仍默认显示截止较早的2026年第四季度',
    );
  }, 60_000);

  it('says nothing of the kind when every quarter is closed', async () => {
    const dialog = await renderModal([]);
    expect(within(dialog).queryByRole('alert')).toBeNull();
  }, 60_000);
});
