import { useMutation } from '@apollo/client';
import { Alert, App, DatePicker, Form, Modal, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminFrameworksQuery } from '../../../../generated/graphql';
import { ServerErrorAlert } from '../ServerErrorAlert';
import { formatPeriod, fromDistrictWallClock, toDistrictWallClock } from '../../../../shared/formatting';
import { useAppLanguage } from '../../../../shared/i18n/use-app-language';
import { OPEN_PERIOD } from '../../graphql/admin.operations';
import {
  deadlineDayDisabled,
  deadlineProblem,
  defaultDeadline,
  nextPeriodCode,
  parsePeriod,
  periodCode,
  tooOldToOpen,
  yearChoices,
} from '../../model/period-form';
import { DeadlineHelp } from './DeadlineHelp';

interface OpenPeriodValues {
  year: number;
  quarter: number;
  frameworkId: string;
  deadline: Dayjs;
}

export interface OpenPeriodModalProps {
  existing: readonly string[];
  /** Quarters still open, newest first: opening another beside them is allowed, and said. */
  stillOpen?: readonly string[];
  frameworks: AdminFrameworksQuery['frameworks'];
  onClose: () => void;
}

/** Open the next quarter: its code, the framework version it is scored against and the deadline. */
export function OpenPeriodModal({ existing, stillOpen = [], frameworks, onClose }: OpenPeriodModalProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const lang = language === 'en' ? 'en' : 'zh';
  const { message } = App.useApp();
  const [form] = Form.useForm<OpenPeriodValues>();
  const [openPeriod, { loading, error }] = useMutation(OPEN_PERIOD, {
    refetchQueries: ['PeriodList', 'AdminFrameworks'],
    awaitRefetchQueries: true,
  });

  const initial = useMemo(() => {
    const code = nextPeriodCode(existing, new Date());
    const { year, quarter } = parsePeriod(code)!;
    const deadline = defaultDeadline(code);
    // The newest framework first: frameworks come newest version of each code first.
    return {
      year,
      quarter,
      frameworkId: frameworks[0]?.id,
      deadline: deadline ? toDistrictWallClock(deadline) : undefined,
    };
  }, [existing, frameworks]);
  const years = useMemo(() => yearChoices(existing, new Date()), [existing]);
  const pickedYear = Form.useWatch('year', form) ?? initial.year;
  const pickedQuarter = Form.useWatch('quarter', form) ?? initial.quarter;
  const pickedCode = periodCode(pickedYear, pickedQuarter);

  const submit = async (values: OpenPeriodValues) => {
    const code = periodCode(values.year, values.quarter);
    try {
      await openPeriod({
        variables: {
          code,
          frameworkId: values.frameworkId,
          deadline: fromDistrictWallClock(values.deadline),
        },
      });
      void message.success(t('admin.periods.opened', { period: formatPeriod(code, language) }));
      onClose();
    } catch {
      // worded below the form
    }
  };

  return (
    <Modal
      open
      title={t('admin.periods.open')}
      okText={t('admin.periods.openSubmit')}
      cancelText={t('admin.periods.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      maskClosable={false}
    >
      {stillOpen.length ? (
        // Allowed (a district may open the next quarter early), but the screens keep showing the
        // quarter due first until it is closed: say so before a branch wonders where its form went.
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('admin.periods.stillOpen', {
            periods: stillOpen.map((code) => formatPeriod(code, language)).join('、'),
            first: formatPeriod(stillOpen.at(-1)!, language),
          })}
        />
      ) : null}
      <Form<OpenPeriodValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed: Partial<OpenPeriodValues>, all) => {
          // Another quarter: move the deadline with it (the 10th of the month after it).
          if (changed.year !== undefined || changed.quarter !== undefined) {
            const deadline = defaultDeadline(periodCode(all.year, all.quarter));
            if (deadline) form.setFieldValue('deadline', toDistrictWallClock(deadline));
          }
        }}
      >
        <Space size={12} wrap>
          <Form.Item name="year" label={t('admin.periods.year')} rules={[{ required: true }]}>
            <Select style={{ width: 120 }} options={years.map((y) => ({ value: y, label: y }))} />
          </Form.Item>
          <Form.Item
            name="quarter"
            label={t('admin.periods.quarter')}
            dependencies={['year']}
            rules={[
              { required: true },
              ({ getFieldValue }) => ({
                validator: (_, quarter: number) => {
                  const code = periodCode(getFieldValue('year') as number, quarter);
                  if (existing.includes(code)) return Promise.reject(new Error(t('admin.periods.exists')));
                  // The API refuses it too (a mistyped year would send every branch to that quarter).
                  if (tooOldToOpen(code, new Date()))
                    return Promise.reject(new Error(t('admin.periods.tooOldToOpen')));
                  return Promise.resolve();
                },
              }),
            ]}
          >
            <Select
              style={{ width: 140 }}
              options={[1, 2, 3, 4].map((n) => ({ value: n, label: t('admin.periods.quarterN', { n }) }))}
            />
          </Form.Item>
        </Space>
        <Form.Item
          name="frameworkId"
          label={t('admin.periods.framework')}
          rules={[{ required: true, message: t('admin.periods.frameworkRequired') }]}
        >
          <Select
            options={frameworks.map((f) => ({ value: f.id, label: `${f.name[lang]} · v${f.version}` }))}
          />
        </Form.Item>
        <Form.Item
          name="deadline"
          label={t('admin.periods.deadline')}
          extra={<DeadlineHelp form={form} />}
          dependencies={['year', 'quarter']}
          rules={[
            { required: true, message: t('admin.periods.deadlineRequired') },
            ({ getFieldValue }) => ({
              validator: (_, value: Dayjs | undefined) => {
                const code = periodCode(getFieldValue('year') as number, getFieldValue('quarter') as number);
                const problem = value ? deadlineProblem(value, code, new Date()) : null;
                if (problem === 'past') return Promise.reject(new Error(t('admin.periods.deadlineInPast')));
                if (problem === 'beforeQuarter')
                  return Promise.reject(
                    new Error(
                      t('admin.periods.deadlineBeforeQuarter', { period: formatPeriod(code, language) }),
                    ),
                  );
                return Promise.resolve();
              },
            }),
          ]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: 220 }}
            // Days the API would refuse (past, or before the quarter starts) cannot be picked.
            disabledDate={(day) => deadlineDayDisabled(day, pickedCode, new Date())}
          />
        </Form.Item>
        {error ? <ServerErrorAlert error={error} /> : null}
      </Form>
    </Modal>
  );
}
