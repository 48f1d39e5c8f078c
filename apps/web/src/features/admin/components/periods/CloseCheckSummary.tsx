import { Alert, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PeriodCloseCheckQuery } from '../../../../generated/graphql';
import { formatDeadline } from '../../../../shared/formatting';
import { useAppLanguage } from '../../../../shared/i18n/use-app-language';
import { yearOf } from './ReopenPeriodModal';

type Check = PeriodCloseCheckQuery['periodCloseCheck'];

/**
 * The close confirmation's body: what closing does, and what it would leave behind now (assessments
 * not approved, by status; a deadline not yet passed; the year it would finalize), and that the
 * branches will be told (the API notifies them in the close's transaction). A close was once
 * confirmed a month early on a bare "are you sure", and the year froze without 29 unreviewed branches.
 */
export function CloseCheckSummary({ check }: { check: Check }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const c = check.counts;
  const notApproved = c.draft + c.submitted + c.returned;
  return (
    <Space direction="vertical" size={8} data-testid="close-check">
      <Typography.Text>{t('admin.periods.closeBody')}</Typography.Text>
      {!check.deadlinePassed ? (
        <Alert
          type="warning"
          showIcon
          data-testid="close-before-deadline"
          message={t('admin.periods.closeBeforeDeadline', {
            deadline: formatDeadline(check.deadline, language),
          })}
        />
      ) : null}
      {c.submitted > 0 ? (
        <Alert
          type="warning"
          showIcon
          data-testid="close-unreviewed"
          message={t('admin.periods.closeUnreviewed', { count: c.submitted })}
        />
      ) : null}
      <Typography.Text data-testid="close-counts">
        {notApproved > 0
          ? t('admin.periods.closeOutstanding', { ...c, total: notApproved })
          : t('admin.periods.closeAllApproved', { approved: c.approved })}
      </Typography.Text>
      {check.completesYear ? (
        <Alert
          type="error"
          showIcon
          data-testid="close-finalizes-year"
          message={t('admin.periods.closeFinalizesYear', { year: yearOf(check.code) })}
        />
      ) : null}
      {/* Every close notifies the branches (PERIOD_CLOSED), whatever is outstanding. */}
      <Typography.Text type="secondary" data-testid="close-notifies">
        {t('admin.periods.closeNotifies')}
      </Typography.Text>
    </Space>
  );
}
