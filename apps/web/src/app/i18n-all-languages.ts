import i18next, { type i18n as I18n } from 'i18next';
import { DEFAULT_LANGUAGE, type AppLanguage } from '../shared/i18n/languages';
import { I18N_OPTIONS, initBundledI18n } from './i18n';
import { enTranslation } from './i18n-en';
import { zhCNTranslation } from './i18n-zh-cn';

// Every language at once, for specs and for pure code tested with a `t`. The app itself loads only
// Chinese up front (app/i18n.ts); nothing the app's entry imports may import this file.
export const resources = {
  'zh-CN': { translation: zhCNTranslation },
  en: { translation: enTranslation },
} as const;

/** A standalone instance (no React binding) for specs of pure code that takes a `t`. */
export function createTestI18n(language: AppLanguage = DEFAULT_LANGUAGE): I18n {
  const instance = i18next.createInstance();
  void instance.init({ resources, lng: language, ...I18N_OPTIONS });
  return instance;
}

/** The app's instance with both languages bundled: a spec switches languages without waiting. */
export function initI18n(storage: Storage | undefined = globalThis.localStorage): I18n {
  return initBundledI18n(storage, resources);
}
