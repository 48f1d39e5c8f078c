/**
 * @jest-environment jsdom
 */
import { act, render, screen } from '@testing-library/react';
import { initI18n } from '../../test-support/i18n';
import { FlagList } from './FlagList';

const i18n = initI18n(window.localStorage);
const longName = 'Innovation adopted and promoted by higher levels';

describe('FlagList', () => {
  it('keeps a long indicator name inside the card: the tag wraps and its title holds the full name', async () => {
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    render(
      <FlagList
        flags={[
          {
            code: 'CHANGE_FROM_PREVIOUS',
            indicator: 'INN_PROMOTED',
            indicators: ['INN_PROMOTED'],
            rule: null,
            figures: null,
            message: { zh: '较上季度变化较大', en: 'went down from 3 to 0' },
          },
        ]}
        indicatorName={() => longName}
      />,
    );
    const tag = screen.getByTestId('flag-indicator');
    expect(tag.textContent).toBe(longName);
    expect(tag.getAttribute('title')).toBe(longName);
    // antd's tag is white-space: nowrap; in the 300 px checks card that ran past the edge.
    expect(tag.style.whiteSpace).toBe('normal');
    expect(tag.style.maxWidth).toBe('100%');
    expect(screen.getByText('went down from 3 to 0')).toBeTruthy();
  });
});
