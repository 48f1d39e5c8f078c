import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '../shared/i18n/en';
import {
  type AppLanguage,
  DEFAULT_LANGUAGE,
  readStoredLanguage,
  storeLanguage,
} from '../shared/i18n/languages';
import { zhCN } from '../shared/i18n/zh-CN';
// The app assembles every feature's strings (each under its own top-level key) into one namespace:
// shared/i18n holds only the core strings and language helpers, so nothing shared imports a feature.
import { adminEn, adminZh } from '../features/admin/i18n';
import { annualEn, annualZh } from '../features/annual/i18n';
import { compareEn, compareZh } from '../features/compare/i18n';
import { overviewEn, overviewZh } from '../features/overview/i18n';
import { reportsEn, reportsZh } from '../features/reports/i18n';
import { assessmentEn, assessmentZh } from '../shared/assessment-form/i18n';
import { branchEn, branchZh } from '../features/branch/i18n';
import { reviewEn, reviewZh } from '../features/review/i18n';
import { notificationsEn, notificationsZh } from '../features/notifications/i18n';
import { rectificationEn, rectificationZh } from '../features/rectification/i18n';
import { qualityEn, qualityZh } from '../shared/quality/i18n';
import { evidenceEn, evidenceZh } from '../features/evidence/i18n';

export const resources = {
  'zh-CN': {
    translation: {
      ...zhCN,
      ...overviewZh,
      ...compareZh,
      ...adminZh,
      ...reportsZh,
      ...assessmentZh,
      ...reviewZh,
      ...branchZh,
      ...notificationsZh,
      ...rectificationZh,
      ...annualZh,
      ...qualityZh,
      ...evidenceZh,
    },
  },
  en: {
    translation: {
      ...en,
      ...overviewEn,
      ...compareEn,
      ...adminEn,
      ...reportsEn,
      ...assessmentEn,
      ...reviewEn,
      ...branchEn,
      ...notificationsEn,
      ...rectificationEn,
      ...annualEn,
      ...qualityEn,
      ...evidenceEn,
    },
  },
} as const;

/** A standalone instance (no React binding) for specs of pure code that takes a `t`. */
export function createTestI18n(language: AppLanguage = DEFAULT_LANGUAGE): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

/** The app's instance: stored language or Chinese; every change is remembered and sets <html lang>. */
export function initI18n(storage: Storage | undefined = globalThis.localStorage): I18n {
  const language = readStoredLanguage(storage);
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
  });
  const applyToDocument = (lng: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  };
  applyToDocument(language);
  i18next.on('languageChanged', (lng) => {
    storeLanguage(storage, lng as AppLanguage);
    applyToDocument(lng);
  });
  return i18next;
}
