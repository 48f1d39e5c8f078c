// The Chinese strings: the default language and the fallback of every other, so they are bundled
// with the app. Each feature's strings sit under their own top-level key of the one namespace.
import { zhCN } from '../shared/i18n/zh-CN';
import { adminZh } from '../features/admin/i18n';
import { annualZh } from '../features/annual/i18n';
import { compareZh } from '../features/compare/i18n';
import { overviewZh } from '../features/overview/i18n';
import { reportsZh } from '../features/reports/i18n';
import { assessmentZh } from '../shared/assessment-form/i18n';
import { branchZh } from '../features/branch/i18n';
import { reviewZh } from '../features/review/i18n';
import { notificationsZh } from '../features/notifications/i18n';
import { rectificationZh } from '../features/rectification/i18n';
import { qualityZh } from '../shared/quality/i18n';
import { evidenceZh } from '../features/evidence/i18n';
import { loginLimitZh } from '../features/auth/i18n';

export const zhCNTranslation = {
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
  ...loginLimitZh,
};
