/**
 * @jest-environment jsdom
 */
import { act, render, screen } from '@testing-library/react';
import { initI18n } from '../../../test-support/i18n';
import { AssessmentDeadline } from './AssessmentDeadline';

const i18n = initI18n(window.localStorage);
const QUARTER = '2027-01-10T16:00:00.000Z';

describe('AssessmentDeadline', () => {
  it.each([
    ['zh-CN', '2027-02-01T16:00:00.000Z', '截止 2027年2月1日 24:00（已单独延期）'],
    ['zh-CN', QUARTER, '截止 2027年1月10日 24:00'],
    ['en', '2027-02-01T16:00:00.000Z', 'Due Feb 1, 2027, 24:00 (extended for this branch)'],
  ])('in %s, the branch deadline %s reads "%s"', async (language, deadline, text) => {
    await act(async () => {
      await i18n.changeLanguage(language);
    });
    render(<AssessmentDeadline deadline={deadline} quarterDeadline={QUARTER} />);
    expect(screen.getByText(text)).toBeTruthy();
  });

  it('without the quarter (periods not loaded yet) shows the date alone', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    render(<AssessmentDeadline deadline="2027-02-01T16:00:00.000Z" quarterDeadline={undefined} />);
    expect(screen.getByText('截止 2027年2月1日 24:00')).toBeTruthy();
  });
});
