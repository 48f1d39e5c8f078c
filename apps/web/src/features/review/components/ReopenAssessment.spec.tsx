/**
 * @jest-environment jsdom
 */
import { MockedProvider } from '@apollo/client/testing';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from 'antd';
import { initI18n } from '../../../test-support/i18n';
import { assessmentFixture } from '../../../shared/assessment-form/testing/assessment-fixture';
import { REOPEN_ASSESSMENT } from '../graphql/review.operations';
import { ReopenAssessment } from './ReopenAssessment';

const i18n = initI18n(window.localStorage);

describe('ReopenAssessment', () => {
  it('reopens an approved assessment only with a reason, sending it to the API', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    const approved = assessmentFixture({ status: 'APPROVED', version: 7 });
    const reopened = assessmentFixture({ status: 'RETURNED', version: 8 });
    const reopen = jest.fn(() => ({ data: { reopenAssessment: reopened } }));
    render(
      <MockedProvider
        mocks={[
          {
            request: {
              query: REOPEN_ASSESSMENT,
              variables: { assessmentId: 'a1', expectedVersion: 7, reason: '主题党日次数核对有误' },
            },
            result: reopen,
          },
        ]}
      >
        <App>
          <ReopenAssessment assessment={approved} />
        </App>
      </MockedProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: /重新开启/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /重新开启/ }));
    expect(await within(dialog).findByText('请填写重新开启的原因。')).toBeTruthy();
    expect(reopen).not.toHaveBeenCalled();

    fireEvent.change(within(dialog).getByLabelText('重新开启的原因'), {
      target: { value: ' 主题党日次数核对有误 ' },
    });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: /重新开启/ }));
    });
    expect(await screen.findByText('已重新开启，支部可以修改后重新提交。')).toBeTruthy();
    expect(reopen).toHaveBeenCalledTimes(1);
  }, 60_000);

  it('offers nothing on an assessment that is not approved', () => {
    render(
      <MockedProvider mocks={[]}>
        <ReopenAssessment assessment={assessmentFixture({ status: 'SUBMITTED' })} />
      </MockedProvider>,
    );
    expect(screen.queryByRole('button', { name: /重新开启/ })).toBeNull();
  });
});
