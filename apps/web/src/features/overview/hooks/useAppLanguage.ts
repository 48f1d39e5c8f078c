import { useTranslation } from 'react-i18next';
import { type AppLanguage, DEFAULT_LANGUAGE, isAppLanguage } from '../../../shared/i18n';

/** The UI language, for the shared/formatting helpers (numbers, quarters, percents). */
export function useAppLanguage(): AppLanguage {
  const { i18n } = useTranslation();
  return isAppLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}
