/**
 * @jest-environment jsdom
 */
import { MockedProvider } from '@apollo/client/testing';
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { initI18n } from '../../../test-support/i18n';
import { RECTIFICATION_COUNTS } from '../graphql/rectification.operations';
import { RectificationCountsCard } from './RectificationCountsCard';

const i18n = initI18n(window.localStorage);

describe('RectificationCountsCard', () => {
  it('is one tab stop per destination: four links, no button inside a link', async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    const counts = {
      __typename: 'RectificationCounts',
      unitId: 'u1',
      open: 3,
      answered: 1,
      closed: 2,
      overdue: 1,
    };
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: RECTIFICATION_COUNTS, variables: { unitId: 'u1' } },
            result: { data: { rectificationCounts: counts } },
          },
        ]}
      >
        <MemoryRouter>
          <RectificationCountsCard unitId="u1" />
        </MemoryRouter>
      </MockedProvider>,
    );
    const card = await screen.findByTestId('rectification-counts');
    const links = card.querySelectorAll('a');
    expect(links).toHaveLength(4);
    expect(card.querySelector('a button, a [tabindex]')).toBeNull();
    expect(screen.getByRole('link', { name: '查看整改台账' }).getAttribute('href')).toBe(
      '/rectification?unit=u1',
    );
  });
});
