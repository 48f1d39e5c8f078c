import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The frame of a data-bound screen whose content comes in phase 2 (it needs apps/api/schema.gql).
 * It says so plainly instead of showing invented figures.
 */
export function AwaitingApiScreen({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  return (
    <Card>
      <Typography.Title level={4}>{t(titleKey)}</Typography.Title>
      <Empty description={t('pages.awaitingApi')} />
    </Card>
  );
}
