import { useMutation } from '@apollo/client';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const [touched, setTouched] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [reopen, { loading }] = useMutation(REOPEN_PERIOD);
  const blank = reason.trim() === '';
  const label = period ? formatPeriod(period.code, language) : '';
  const year = period ? yearOf(period.code) : 0;

  const close = () => {
    setReason('');
    setTouched(false);
    setFailure(null);
    onClose();
  };
  const submit = async () => {
    setTouched(true);
    if (blank || !period) return;
    try {
      await reopen({ variables: { periodId: period.id, reason: reason.trim() } });
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
    <Modal
      open={period !== null}
      title={period ? t('admin.periods.reopenTitle', { period: label }) : null}
      okText={t('admin.periods.reopenOk')}
      cancelText={t('admin.periods.cancel')}
      okButtonProps={{ danger: true }}
      confirmLoading={loading}
      onOk={() => void submit()}
      onCancel={close}
      destroyOnHidden
    >
      <Form layout="vertical" component="div">
        <Alert type="warning" showIcon message={t('admin.periods.reopenBody')} style={{ marginBottom: 16 }} />
        {period && yearFrozen ? (
          <Alert
            type="info"
            showIcon
            data-testid="reopen-year-frozen"
            message={t('admin.periods.reopenYearFrozen', { year })}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        {failure ? <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} /> : null}
        <Form.Item
          label={t('admin.periods.reopenReason')}
          htmlFor="reopen-period-reason"
          required
          validateStatus={touched && blank ? 'error' : undefined}
          help={touched && blank ? t('admin.periods.reopenReasonRequired') : undefined}
        >
          <Input.TextArea
            id="reopen-period-reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
            showCount
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** `2026Q3` → 2026. */
export const yearOf = (code: string) => Number(code.slice(0, 4));

/** Whether a year is frozen: all four of its quarters exist and are closed (as the API freezes it). */
export function yearIsFrozen(periods: readonly { code: string; status: string }[], year: number): boolean {
  const ofYear = periods.filter((p) => yearOf(p.code) === year);
  return ofYear.length === 4 && ofYear.every((p) => p.status === 'CLOSED');
}
