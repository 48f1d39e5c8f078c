/**
 * @jest-environment jsdom
 */
import { render, screen } from '@testing-library/react';
import { initI18n } from '../../../../test-support/i18n';
import { CloseCheckSummary } from './CloseCheckSummary';

const i18n = initI18n(window.localStorage);

const check = (counts: { draft: number; submitted: number; returned: number; approved: number }) =>
  ({
    code: '2026Q4',
    counts,
    deadlinePassed: true,
    deadline: '2027-01-14T16:00:00.000Z',
    completesYear: false,
  }) as unknown as Parameters<typeof CloseCheckSummary>[0]['check'];

afterEach(() => void i18n.changeLanguage('zh-CN'));

it.each([
  [{ draft: 0, submitted: 1, returned: 0, approved: 5 }, '1 submitted assessment is not reviewed'],
  [{ draft: 0, submitted: 2, returned: 0, approved: 5 }, '2 submitted assessments are not reviewed'],
  [{ draft: 1, submitted: 0, returned: 0, approved: 5 }, '1 assessment not approved: 1 not submitted'],
  [{ draft: 2, submitted: 1, returned: 0, approved: 5 }, '3 assessments not approved: 2 not submitted'],
  [{ draft: 0, submitted: 0, returned: 0, approved: 1 }, 'The 1 assessment is approved.'],
  [{ draft: 0, submitted: 0, returned: 0, approved: 4 }, 'All 4 assessments are approved.'],
])('counts assessments in English with the right plural (%o)', async (counts, text) => {
  await i18n.changeLanguage('en');
  render(<CloseCheckSummary check={check(counts)} />);
  expect(screen.getByText((content) => content.startsWith(text))).toBeTruthy();
});
