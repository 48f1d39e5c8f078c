import { NotificationOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../../../shared/errors';
import { formatPeriod } from '../../../shared/formatting';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { REMIND_UNSUBMITTED } from '../graphql/notifications.operations';

/** 一键催报: reminds every unsubmitted branch under the unit on screen (the server keeps it to once a day). */
export function RemindUnsubmittedButton({ period, unitId }: { period: string; unitId: string }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const [remind, { loading }] = useMutation(REMIND_UNSUBMITTED);
  const run = async () => {
    try {
      const { data } = await remind({ variables: { period, scopeUnitId: unitId } });
      const r = data!.remindUnsubmitted;
      if (!r.remindedBranchIds.length && !r.alreadyRemindedBranchIds.length)
        void message.info(t('notifications.remind.none'));
      else {
        // A second click the same day reminds nobody: say only that they were reminded already.
        if (r.remindedBranchIds.length)
          void message.success(t('notifications.remind.done', { count: r.remindedBranchIds.length }));
        if (r.alreadyRemindedBranchIds.length)
          void message.info(t('notifications.remind.already', { count: r.alreadyRemindedBranchIds.length }));
      }
    } catch (err) {
      void message.error(describe(err).message);
    }
  };
  return (
    <Popconfirm
      title={t('notifications.remind.confirm', { period: formatPeriod(period, language) })}
      onConfirm={run}
    >
      <Button icon={<NotificationOutlined />} loading={loading} data-testid="remind-unsubmitted">
        {t('notifications.remind.button')}
      </Button>
    </Popconfirm>
  );
}
