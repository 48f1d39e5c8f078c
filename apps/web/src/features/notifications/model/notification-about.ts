import { contentLang, type AppLanguage } from '../../../shared/i18n/languages';
import { formatPeriodShort } from '../../../shared/formatting';

/** What a notification is about (the API's NotificationAbout). */
export interface NotificationAbout {
  periodCode?: string | null;
  branchName?: string | null;
  indicatorName?: { zh: string; en: string } | null;
}

/**
 * One line telling notices of one kind apart: the indicator, the branch (not to the branch itself:
 * it is always its own) and the quarter, e.g. `主题党日 · 2026年四季度`.
 */
export function notificationAboutText(about: NotificationAbout, role: string, language: AppLanguage): string {
  const parts = [
    about.indicatorName?.[contentLang(language)],
    role === 'BRANCH' ? null : about.branchName,
    about.periodCode ? formatPeriodShort(about.periodCode, language) : null,
  ];
  return parts.filter((p): p is string => Boolean(p)).join(' · ');
}
