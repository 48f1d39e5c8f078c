/**
 * @jest-environment jsdom
 */
import { act, renderHook } from '@testing-library/react';
import { initI18n } from '../../test-support/i18n';
import { useAppLanguage } from './use-app-language';

const i18n = initI18n(window.localStorage);

describe('useAppLanguage', () => {
  it('gives the UI language and the content language, following a language change', async () => {
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    const { result, rerender } = renderHook(() => useAppLanguage());
    expect(result.current).toEqual({ language: 'en', lang: 'en' });
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
    rerender();
    expect(result.current).toEqual({ language: 'zh-CN', lang: 'zh' });
  });

  it('falls back to Chinese for a language the app does not offer', async () => {
    await act(async () => {
      await i18n.changeLanguage('fr');
    });
    const { result } = renderHook(() => useAppLanguage());
    expect(result.current).toEqual({ language: 'zh-CN', lang: 'zh' });
  });
});
