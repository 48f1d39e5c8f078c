/**
 * @jest-environment jsdom
 */
import { MockedProvider } from '@apollo/client/testing';
import { defaultFramework } from '@pathboard/frameworks';
import type { Framework } from '@pathboard/scoring';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { App } from 'antd';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { initI18n } from '../../../test-support/i18n';
import {
  assessmentFixture,
  smallFramework,
} from '../../../shared/assessment-form/testing/assessment-fixture';
import { SelfAssessmentForm } from './SelfAssessmentForm';

const i18n = initI18n(window.localStorage);
const small = smallFramework(defaultFramework as Framework);
/** The small framework with data checks: 主题党日 expected at most 5, and at most 2 × 党务公开. */
const framework: Framework = {
  ...small,
  paths: small.paths.map((path) => ({
    ...path,
    indicators: path.indicators.map((i) =>
      i.code === 'ORG_THEME_DAYS' ? { ...i, expectedRange: { max: 5 } } : i,
    ),
  })),
  checks: {
    validationRules: [
      {
        code: 'THEME_DAYS_WITHIN_DISCLOSURE',
        name: { zh: '主题党日不超过党务公开的 2 倍', en: 'theme days at most 2 × disclosures' },
        left: { terms: [{ indicator: 'ORG_THEME_DAYS' }] },
        operator: 'less_than_or_equal_to',
        right: { terms: [{ indicator: 'SUP_AFFAIRS_DISCLOSURE', factor: 2 }] },
      },
    ],
  },
};

describe('ValueWarnings in the self-assessment form', () => {
  beforeEach(async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
  });

  it('shows the engine’s warnings beside the fields as the person types, without blocking the save', () => {
    const assessment = assessmentFixture({
      values: [
        { indicatorCode: 'ORG_THEME_DAYS', selfValue: 2 },
        { indicatorCode: 'SUP_AFFAIRS_DISCLOSURE', selfValue: 3 },
      ],
    });
    // A data router, as in the app: the form guards against leaving with unsaved changes (useBlocker).
    const router = createMemoryRouter(
      [{ path: '/', element: <SelfAssessmentForm assessment={assessment} framework={framework} /> }],
      { initialEntries: ['/'] },
    );
    render(
      <MockedProvider mocks={[]}>
        <App>
          <RouterProvider router={router} />
        </App>
      </MockedProvider>,
    );
    const ruleWarning = '未满足校验规则「主题党日不超过党务公开的 2 倍」：9 应不大于 6（≤）。';
    expect(screen.queryByText(ruleWarning)).toBeNull();

    fireEvent.change(screen.getByRole('spinbutton', { name: '主题党日' }), { target: { value: '9' } });

    expect(screen.getByText('主题党日为 9，高于预期上限 5，请核对。')).toBeTruthy();
    // A rule naming two indicators is shown beside both.
    expect(screen.getAllByText(ruleWarning)).toHaveLength(2);
    expect(screen.getByRole('button', { name: /保\s*存/ })).toHaveProperty('disabled', false);
  });
});
