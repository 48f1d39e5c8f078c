import { useTranslation } from 'react-i18next';
import { type AppLanguage, contentLang, DEFAULT_LANGUAGE, isAppLanguage } from './languages';

/** The one hook for the UI language (number and date formats) and the content language (LocalizedText). */
export function useAppLanguage(): { language: AppLanguage; lang: 'zh' | 'en' } {
  const { i18n } = useTranslation();
  const language: AppLanguage = isAppLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  return { language, lang: contentLang(language) };
}
