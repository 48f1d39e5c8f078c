// The English strings: their own chunk, fetched the first time someone chooses English (app/i18n.ts),
// so a Chinese session never downloads them. Same keys as i18n-zh-cn.ts.
import { en } from '../shared/i18n/en';
import { adminEn } from '../features/admin/i18n/en';
import { annualEn } from '../features/annual/i18n/en';
import { compareEn } from '../features/compare/i18n/en';
import { overviewEn } from '../features/overview/i18n/en';
import { reportsEn } from '../features/reports/i18n/en';
import { assessmentEn } from '../shared/assessment-form/i18n-en';
import { branchEn } from '../features/branch/i18n-en';
import { reviewEn } from '../features/review/i18n-en';
import { notificationsEn } from '../features/notifications/i18n/en';
import { rectificationEn } from '../features/rectification/i18n/en';
import { qualityEn } from '../shared/quality/i18n-en';
import { evidenceEnStrings } from '../features/evidence/i18n/en';
import { loginLimitEn } from '../features/auth/i18n/en';

export const enTranslation = {
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
  evidence: evidenceEnStrings,
  ...loginLimitEn,
};
