import { useMutation } from '@apollo/client';
import { TEXT_LIMITS } from '@pathboard/text-limits';
import { Alert, App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonDialog } from '../../../../shared/components/ReasonDialog';
import { useDescribeError } from '../../../../shared/errors';
import { formatPeriod } from '../../../../shared/formatting';
import { useAppLanguage } from '../../../../shared/i18n/use-app-language';
import { REOPEN_PERIOD } from '../../graphql/admin.operations';

interface Props {
  period: { id: string; code: string } | null;
  /** The period's year is frozen (its four quarters closed): reopening marks it CHANGED. */
  yearFrozen: boolean;
  onClose: () => void;
}

/**
 * ADMIN: reopen a closed quarter for a correction, with the reason the audit keeps (the API refuses a
 * blank one too). A frozen year it belongs to becomes CHANGED, which the dialog says before and after.
 */
export function ReopenPeriodModal({ period, yearFrozen, onClose }: Props) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [reopen, { loading }] = useMutation(REOPEN_PERIOD);
  const label = period ? formatPeriod(period.code, language) : '';
  const year = period ? yearOf(period.code) : 0;

  const close = () => {
    setReason('');
    setFailure(null);
    onClose();
  };
  const submit = async (trimmed: string) => {
    if (!period) return;
    try {
      await reopen({ variables: { periodId: period.id, reason: trimmed } });
      void message.success(
        yearFrozen
          ? t('admin.periods.reopenedYearChanged', { period: label, year })
          : t('admin.periods.reopened', { period: label }),
      );
      close();
    } catch (error) {
      setFailure(describe(error).message);
    }
  };

  return (
    <ReasonDialog
      open={period !== null}
      title={period ? t('admin.periods.reopenTitle', { period: label }) : null}
      okText={t('admin.periods.reopenOk')}
      cancelText={t('admin.periods.cancel')}
      danger
      confirmLoading={loading}
      label={t('admin.periods.reopenReason')}
      inputId="reopen-period-reason"
      requiredMessage={t('admin.periods.reopenReasonRequired')}
      rows={{ minRows: 2, maxRows: 6 }}
      maxLength={TEXT_LIMITS.periodReopenReason}
      reason={reason}
      onReasonChange={setReason}
      onSubmit={(trimmed) => void submit(trimmed)}
      onCancel={close}
      failure={failure}
      destroyOnHidden
      intro={
        <>
          <Alert
            type="warning"
            showIcon
            message={t('admin.periods.reopenBody')}
            style={{ marginBottom: 16 }}
          />
          {period && yearFrozen ? (
            <Alert
              type="info"
              showIcon
              data-testid="reopen-year-frozen"
              message={t('admin.periods.reopenYearFrozen', { year })}
              style={{ marginBottom: 16 }}
            />
          ) : null}
        </>
      }
    />
  );
}

/** `2026Q3` → 2026. */
export const yearOf = (code: string) => Number(code.slice(0, 4));

/** Whether a year is frozen: all four of its quarters exist and are closed (as the API freezes it). */
export function yearIsFrozen(periods: readonly { code: string; status: string }[], year: number): boolean {
  const ofYear = periods.filter((p) => yearOf(p.code) === year);
  return ofYear.length === 4 && ofYear.every((p) => p.status === 'CLOSED');
}
