import i18next, { type i18n as I18n, type Resource } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import {
  type AppLanguage,
  DEFAULT_LANGUAGE,
  LANGUAGES,
  readStoredLanguage,
  storeLanguage,
} from '../shared/i18n/languages';
import { zhCNTranslation } from './i18n-zh-cn';

// The app assembles every feature's strings (each under its own top-level key) into one namespace:
// shared/i18n holds only the core strings and language helpers, so nothing shared imports a feature.
// Chinese (i18n-zh-cn.ts) is bundled; English (i18n-en.ts) is a chunk of its own, fetched by
// i18next the first time English is chosen, so a Chinese session never downloads it.
const BUNDLED: Resource = { [DEFAULT_LANGUAGE]: { translation: zhCNTranslation } };
const fetchStrings = resourcesToBackend((language: string) =>
  language === 'en'
    ? import('./i18n-en').then((strings) => strings.enTranslation)
    : Promise.resolve(zhCNTranslation),
);

/** What every instance shares, the app's and the specs' alike. */
export const I18N_OPTIONS = {
  fallbackLng: DEFAULT_LANGUAGE,
  interpolation: { escapeValue: false }, // React escapes already
  initAsync: false,
} as const;

/** i18next on the stored language (or Chinese); every change is remembered and sets <html lang>. */
function configure(storage: Storage | undefined, resources: Resource, lazy: boolean) {
  const language = readStoredLanguage(storage);
  if (lazy) i18next.use(fetchStrings);
  const ready = i18next.use(initReactI18next).init({
    resources,
    partialBundledLanguages: lazy,
    supportedLngs: [...LANGUAGES],
    lng: language,
    ...I18N_OPTIONS,
  });
  const applyToDocument = (lng: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  };
  applyToDocument(language);
  i18next.on('languageChanged', (lng) => {
    storeLanguage(storage, lng as AppLanguage);
    applyToDocument(lng);
  });
  return ready;
}

/**
 * The app's instance, resolved once the stored language's strings are in: an English session waits
 * for its chunk instead of showing Chinese first. Switching languages later fetches the same way
 * (i18next changes the language once the strings are loaded).
 */
export async function startI18n(storage: Storage | undefined = globalThis.localStorage): Promise<I18n> {
  await configure(storage, BUNDLED, true);
  return i18next;
}

/**
 * The same instance with every language bundled, ready at once: for jsdom specs, which switch
 * languages synchronously. `allLanguages` comes from i18n-all-languages.ts (test support), so the app
 * bundle never imports the English strings statically.
 */
export function initBundledI18n(storage: Storage | undefined, allLanguages: Resource): I18n {
  void configure(storage, allLanguages, false);
  return i18next;
}
