import { useMutation } from '@apollo/client';
import { Alert, App, DatePicker, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../../../../shared/errors';
import { formatPeriod, fromDistrictWallClock, toDistrictWallClock } from '../../../../shared/formatting';
import { useAppLanguage } from '../../../../shared/i18n/use-app-language';
import { CHANGE_PERIOD_DEADLINE } from '../../graphql/admin.operations';
import { deadlineDayDisabled, deadlineProblem } from '../../model/period-form';
import { DeadlineHelp } from './DeadlineHelp';
import { DeadlineReasonField } from './DeadlineReasonField';

interface Props {
  period: { id: string; code: string; deadline: string } | null;
  onClose: () => void;
}

interface Values {
  deadline: Dayjs;
  reason: string;
}

/** Move an open quarter's deadline (picked like OpenPeriodModal's), with the reason the audit keeps. */
export function ChangeDeadlineModal({ period, onClose }: Props) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [change, { loading }] = useMutation(CHANGE_PERIOD_DEADLINE);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values || !period) return;
    try {
      await change({
        variables: {
          periodId: period.id,
          deadline: fromDistrictWallClock(values.deadline),
          reason: values.reason.trim(),
        },
      });
      void message.success(
        t('admin.periods.deadlineChanged', { period: formatPeriod(period.code, language) }),
      );
      setFailure(null);
      onClose();
    } catch (error) {
      setFailure(describe(error).message);
    }
  };

  return (
    <Modal
      open={period !== null}
      title={
        period
          ? t('admin.periods.changeDeadlineTitle', { period: formatPeriod(period.code, language) })
          : null
      }
      okText={t('admin.periods.changeDeadlineOk')}
      cancelText={t('admin.periods.cancel')}
      confirmLoading={loading}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {failure ? <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={period ? { deadline: toDistrictWallClock(period.deadline), reason: '' } : undefined}
      >
        <Form.Item
          name="deadline"
          label={t('admin.periods.deadline')}
          extra={<DeadlineHelp form={form} />}
          rules={[
            { required: true, message: t('admin.periods.deadlineRequired') },
            {
              validator: (_, value: Dayjs | undefined) => {
                const problem = value && period ? deadlineProblem(value, period.code, new Date()) : null;
                if (problem === 'past') return Promise.reject(new Error(t('admin.periods.deadlineInPast')));
                if (problem === 'beforeQuarter')
                  return Promise.reject(
                    new Error(
                      t('admin.periods.deadlineBeforeQuarter', {
                        period: formatPeriod(period!.code, language),
                      }),
                    ),
                  );
                return Promise.resolve();
              },
            },
          ]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: 220 }}
            // Days the API would refuse (past, or before the quarter starts) cannot be picked.
            disabledDate={(day) => (period ? deadlineDayDisabled(day, period.code, new Date()) : false)}
          />
        </Form.Item>
        <DeadlineReasonField
          label={t('admin.periods.changeDeadlineReason')}
          requiredMessage={t('admin.periods.changeDeadlineReasonRequired')}
        />
      </Form>
    </Modal>
  );
}
