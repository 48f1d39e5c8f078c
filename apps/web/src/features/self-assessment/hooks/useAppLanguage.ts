import { useTranslation } from 'react-i18next';
import { type AppLanguage, contentLang, isAppLanguage } from '../../../shared/i18n';

/** The UI language (for number and date formats) and the content language (for LocalizedText). */
export function useAppLanguage(): { language: AppLanguage; lang: 'zh' | 'en' } {
  const { i18n } = useTranslation();
  const language: AppLanguage = isAppLanguage(i18n.language) ? i18n.language : 'zh-CN';
  return { language, lang: contentLang(language) };
}
