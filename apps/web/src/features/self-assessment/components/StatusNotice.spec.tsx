/**
 * @jest-environment jsdom
 */
import { render, screen } from '@testing-library/react';
import { initI18n } from '../../../test-support/i18n';
import { assessmentFixture } from '../../../shared/assessment-form/testing/assessment-fixture';
import { CLOSED_UNSUBMITTED, closedUnsubmitted, StatusNotice } from './StatusNotice';

const i18n = initI18n(window.localStorage);

describe('StatusNotice: a quarter closed before the branch submitted', () => {
  beforeEach(() => void i18n.changeLanguage('zh-CN'));

  it('says the quarter closed before submission and that unsaved input was not kept', () => {
    render(<StatusNotice assessment={assessmentFixture({ periodStatus: 'CLOSED', status: 'DRAFT' })} />);
    expect(screen.getByRole('alert').textContent).toBe(CLOSED_UNSUBMITTED.notice.zh);
    expect(screen.getByRole('alert').textContent).toContain('提交前已关闭');
    expect(screen.getByRole('alert').textContent).toContain('未保存的填写内容没有保留');
  });

  it('keeps the plain closed notice for a submitted assessment', () => {
    render(<StatusNotice assessment={assessmentFixture({ periodStatus: 'CLOSED', status: 'SUBMITTED' })} />);
    expect(screen.getByText('本季度考评已关闭，数据只能查看。')).toBeTruthy();
  });

  it('tells the page to label a closed draft or return 未提交（已关闭）, not 填报中', () => {
    expect(closedUnsubmitted({ periodStatus: 'CLOSED', status: 'DRAFT' })).toBe(true);
    expect(closedUnsubmitted({ periodStatus: 'CLOSED', status: 'RETURNED' })).toBe(true);
    expect(closedUnsubmitted({ periodStatus: 'CLOSED', status: 'APPROVED' })).toBe(false);
    expect(closedUnsubmitted({ periodStatus: 'OPEN', status: 'DRAFT' })).toBe(false);
    expect(CLOSED_UNSUBMITTED.tag).toEqual({ zh: '未提交（已关闭）', en: 'Not submitted (closed)' });
  });
});
