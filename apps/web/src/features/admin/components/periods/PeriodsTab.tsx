import { useApolloClient, useMutation, useQuery } from '@apollo/client';
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Result, Skeleton, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodListQuery } from '../../../../generated/graphql';
import { useDescribeError } from '../../../../shared/errors';
import { formatDateTime, formatDeadline, formatPeriod } from '../../../../shared/formatting';
import { PERIOD_LIST } from '../../../../shared/org/org-period.operations';
import { useAppLanguage } from '../../../../shared/i18n/use-app-language';
import { ADMIN_FRAMEWORKS } from '../../graphql/admin.operations';
import { ChangeDeadlineModal } from './ChangeDeadlineModal';
import { DeadlineExtensionButton } from './DeadlineExtensionModal';
import { CloseCheckSummary } from './CloseCheckSummary';
import { CLOSE_PERIOD_CONFIRMED, PERIOD_CLOSE_CHECK } from './period-close.operations';
import { OpenPeriodModal } from './OpenPeriodModal';
import { ReopenPeriodModal, yearIsFrozen, yearOf } from './ReopenPeriodModal';
import { usePhone } from '../../../../shared/layout/use-phone';

type PeriodItem = PeriodListQuery['periods'][number];

/**
 * The district's quarters: open the next one, close one after a confirmation, reopen a closed one
 * with a reason (its year, if frozen, becomes CHANGED).
 */
export function PeriodsTab() {
  const { t } = useTranslation();
  const phone = usePhone();
  const { language } = useAppLanguage();
  const lang = language === 'en' ? 'en' : 'zh';
  const { modal, message } = App.useApp();
  const describe = useDescribeError();
  const periods = useQuery(PERIOD_LIST, { fetchPolicy: 'cache-and-network' });
  const frameworks = useQuery(ADMIN_FRAMEWORKS);
  const client = useApolloClient();
  const [closePeriod] = useMutation(CLOSE_PERIOD_CONFIRMED);
  const [opening, setOpening] = useState(false);
  const [changingDeadline, setChangingDeadline] = useState<PeriodItem | null>(null);
  const [reopening, setReopening] = useState<PeriodItem | null>(null);

  const frameworkLabel = (id: string) => {
    const f = frameworks.data?.frameworks.find((x) => x.id === id);
    return f ? `${f.name[lang]} · v${f.version}` : '—';
  };

  const confirmClose = async (period: PeriodItem) => {
    const label = formatPeriod(period.code, language);
    // What the close would leave behind, read fresh: the confirmation names it before anyone agrees.
    const hide = message.loading(t('admin.periods.closeChecking'), 0);
    const checked = await client
      .query({ query: PERIOD_CLOSE_CHECK, variables: { periodId: period.id }, fetchPolicy: 'network-only' })
      .catch((error: unknown) => ({ error }));
    hide();
    if ('error' in checked && !('data' in checked)) {
      void message.error(describe(checked.error).message);
      return;
    }
    const check = checked.data.periodCloseCheck;
    // The server refuses these cases unless told the admin saw them: this dialog is where they are seen.
    const force = check.needsForce.length > 0;
    modal.confirm({
      title: t('admin.periods.closeTitle', { period: label }),
      content: <CloseCheckSummary check={check} />,
      okText: force ? t('admin.periods.closeForceOk') : t('admin.periods.closeOk'),
      okButtonProps: { danger: true },
      cancelText: t('admin.periods.cancel'),
      width: 520,
      onOk: async () => {
        try {
          await closePeriod({ variables: { periodId: period.id, force } });
          void message.success(t('admin.periods.closed', { period: label }));
        } catch (error) {
          void message.error(describe(error).message);
        }
      },
    });
  };

  if (periods.loading && !periods.data) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (periods.error && !periods.data) {
    return (
      <Result
        status="error"
        title={t('admin.loadFailed')}
        subTitle={describe(periods.error).message}
        extra={<Button onClick={() => void periods.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  const list = periods.data?.periods ?? [];

  return (
    <Card
      size="small"
      title={t('admin.periods.list')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          disabled={!frameworks.data?.frameworks.length}
          onClick={() => setOpening(true)}
        >
          {t('admin.periods.open')}
        </Button>
      }
    >
      <Table<PeriodItem>
        size="small"
        rowKey="id"
        dataSource={list}
        pagination={false}
        scroll={{ x: 1090 }}
        locale={{ emptyText: <Empty description={t('admin.periods.empty')} /> }}
        columns={[
          // The quarter and its actions stay in view while the middle scrolls: at 1280 px the table is
          // wider than the card, and the buttons were cut at its right edge. On a phone the two
          // would fill the screen, so there the actions scroll with the rest.
          {
            title: t('admin.periods.code'),
            width: 150,
            fixed: 'left',
            render: (_, p) => formatPeriod(p.code, language),
          },
          {
            title: t('admin.periods.state'),
            width: 100,
            render: (_, p) =>
              p.status === 'OPEN' ? (
                <Tag color="processing">{t('admin.periods.openState')}</Tag>
              ) : (
                <Tag>{t('admin.periods.closedState')}</Tag>
              ),
          },
          {
            title: t('admin.periods.framework'),
            width: 240,
            ellipsis: true,
            render: (_, p) => frameworkLabel(p.frameworkId),
          },
          {
            title: t('admin.periods.deadline'),
            width: 190,
            render: (_, p) => formatDeadline(p.deadline, language),
          },
          {
            title: t('admin.periods.closedAt'),
            width: 190,
            render: (_, p) => formatDateTime(p.closedAt, language),
          },
          {
            title: t('admin.periods.actions'),
            width: 200,
            fixed: phone ? undefined : 'right',
            render: (_, p) =>
              p.status === 'OPEN' ? (
                // wrap: three actions are wider than the 200 px column.
                <Space size={4} wrap>
                  <Button size="small" onClick={() => setChangingDeadline(p)}>
                    {t('admin.periods.changeDeadline')}
                  </Button>
                  <DeadlineExtensionButton period={p} />
                  <Button size="small" danger onClick={() => void confirmClose(p)}>
                    {t('admin.periods.close')}
                  </Button>
                </Space>
              ) : (
                <Button size="small" onClick={() => setReopening(p)}>
                  {t('admin.periods.reopen')}
                </Button>
              ),
          },
        ]}
      />
      <ChangeDeadlineModal period={changingDeadline} onClose={() => setChangingDeadline(null)} />
      <ReopenPeriodModal
        period={reopening}
        yearFrozen={reopening ? yearIsFrozen(list, yearOf(reopening.code)) : false}
        onClose={() => setReopening(null)}
      />
      {opening && frameworks.data ? (
        <OpenPeriodModal
          existing={list.map((p) => p.code)}
          stillOpen={list.filter((p) => p.status === 'OPEN').map((p) => p.code)}
          frameworks={frameworks.data.frameworks}
          onClose={() => setOpening(false)}
        />
      ) : null}
    </Card>
  );
}
