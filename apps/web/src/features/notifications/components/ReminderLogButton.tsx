import { useLazyQuery } from '@apollo/client';
import { Button, Modal, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/formatting';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import type { SubmissionRemindersQuery } from '../../../generated/graphql';
import { SUBMISSION_REMINDERS } from '../graphql/notifications.operations';

/** 催报记录: which branches were reminded of the quarter, and when. */
export function ReminderLogButton({ period }: { period: string }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const [open, setOpen] = useState(false);
  const [load, { data, loading }] = useLazyQuery(SUBMISSION_REMINDERS, { fetchPolicy: 'network-only' });
  return (
    <>
      <Button
        type="link"
        onClick={() => {
          setOpen(true);
          void load({ variables: { period } });
        }}
      >
        {t('notifications.remind.log')}
      </Button>
      <Modal open={open} title={t('notifications.remind.log')} footer={null} onCancel={() => setOpen(false)}>
        <Table<SubmissionRemindersQuery['submissionReminders'][number]>
          size="small"
          rowKey={(r) => `${r.branchId}-${r.day}`}
          loading={loading}
          dataSource={data?.submissionReminders ?? []}
          pagination={{ pageSize: 20 }}
          locale={{ emptyText: t('notifications.remind.noLog') }}
          columns={[
            { key: 'branch', title: t('notifications.remind.branch'), dataIndex: 'branchName' },
            {
              key: 'at',
              title: t('notifications.remind.at'),
              render: (_: unknown, r) => formatDateTime(r.at, language),
            },
          ]}
        />
      </Modal>
    </>
  );
}
