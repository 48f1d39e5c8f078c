import { useTranslation } from 'react-i18next';
import { contentLang, isAppLanguage } from '../i18n/languages';

/** The `lang` the chart builders and LocalizedText fields take, following the UI language. */
export function useContentLang(): 'zh' | 'en' {
  const { i18n } = useTranslation();
  return contentLang(isAppLanguage(i18n.language) ? i18n.language : 'zh-CN');
}
