import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { contentLang, isAppLanguage } from '../i18n/languages';
import { type DescribeContext, describeError, type UserFacingError } from './describe-error';

/**
 * describeError bound to the current language. Screens pass `indicatorName` (from the framework
 * they show) so input errors name the indicator as the user knows it.
 */
export function useDescribeError(
  extra: Pick<DescribeContext, 'indicatorName' | 'operation'> = {},
): (error: unknown) => UserFacingError {
  const { t, i18n } = useTranslation();
  const lang = contentLang(isAppLanguage(i18n.language) ? i18n.language : 'zh-CN');
  const { indicatorName, operation } = extra;
  return useCallback(
    (error: unknown) =>
      describeError(error, { t: (key, params) => t(key, params), lang, indicatorName, operation }),
    [t, lang, indicatorName, operation],
  );
}
