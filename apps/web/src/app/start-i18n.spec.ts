import type { i18n as I18n } from 'i18next';
import { enTranslation } from './i18n-en';
import { zhCNTranslation } from './i18n-zh-cn';

/** A fresh copy of app/i18n.ts (and of the i18next instance it configures) for each case. */
async function start(stored?: string): Promise<{ i18n: I18n; storage: Storage }> {
  const values = new Map<string, string>(stored ? [['pathboard.language', stored]] : []);
  const storage = {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  } as Storage;
  let i18n!: I18n;
  await jest.isolateModulesAsync(async () => {
    const { startI18n } = await import('./i18n');
    i18n = await startI18n(storage);
  });
  return { i18n, storage };
}

describe('startI18n: Chinese bundled, English fetched when chosen', () => {
  it('starts in Chinese without loading the English strings', async () => {
    const { i18n } = await start();
    expect(i18n.language).toBe('zh-CN');
    expect(i18n.t('auth.submit')).toBe(zhCNTranslation.auth.submit);
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
  });

  it('loads English on the switch, answers in it and remembers the choice', async () => {
    const { i18n, storage } = await start();
    await i18n.changeLanguage('en');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(true);
    expect(i18n.t('auth.submit')).toBe(enTranslation.auth.submit);
    expect(i18n.t('auth.submit')).not.toBe(zhCNTranslation.auth.submit);
    expect(storage.getItem('pathboard.language')).toBe('en');
  });

  it('resolves a stored English session only once its strings are in', async () => {
    const { i18n } = await start('en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('overview.title')).toBe(enTranslation.overview.title);
  });
});
