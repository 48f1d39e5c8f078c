/** The UI languages, Chinese first. Kept free of i18next so pure code and tests can use it. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type AppLanguage = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: AppLanguage = 'zh-CN';
export const LANGUAGE_STORAGE_KEY = 'pathboard.language';

export function isAppLanguage(value: unknown): value is AppLanguage {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The `lang` of the scoring contract and the chart builders. */
export function contentLang(language: AppLanguage): 'zh' | 'en' {
  return language === 'en' ? 'en' : 'zh';
}

/** A stored choice, or Chinese: the users are Chinese office staff, whatever their browser says. */
export function readStoredLanguage(storage: Pick<Storage, 'getItem'> | undefined): AppLanguage {
  try {
    const stored = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isAppLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE; // storage blocked (private mode, policy): fall back quietly
  }
}

export function storeLanguage(storage: Pick<Storage, 'setItem'> | undefined, language: AppLanguage): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // a blocked storage only loses the preference, never the switch itself
  }
}
