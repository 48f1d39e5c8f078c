import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { InflationText } from '../../../shared/quality/FlagList';
import { useValueChecks } from '../../../shared/quality/use-quality';

/** The branch's self-assessment inflation over its last four quarters (docs/metrics.md). */
export function InflationCard({ branchId, period }: { branchId: string; period: string }) {
  const { t } = useTranslation();
  const { checks } = useValueChecks(branchId, period);
  if (!checks) return null;
  return (
    <Card size="small" title={t('quality.inflation')} data-testid="branch-inflation">
      <Space direction="vertical" size={4}>
        <InflationText value={checks.inflation} quarters={checks.inflationQuarters} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('quality.inflationHelp')}
        </Typography.Text>
      </Space>
    </Card>
  );
}
