import type { Framework } from '@pathboard/scoring';
import { Card, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { FlagList, InflationText } from '../../../shared/quality/FlagList';
import { useValueChecks } from '../../../shared/quality/use-quality';

/**
 * The workspace's data checks: why each value was flagged (the server's checks, the same the form
 * ran) and the branch's self-assessment inflation over its last four quarters.
 */
export function ReviewChecks({
  branchId,
  period,
  framework,
}: {
  branchId: string;
  period: string;
  framework: Framework;
}) {
  const { t } = useTranslation();
  const { lang } = useAppLanguage();
  const { checks } = useValueChecks(branchId, period);
  const names = useMemo(
    () => new Map(framework.paths.flatMap((p) => p.indicators.map((i) => [i.code, i.name[lang]] as const))),
    [framework, lang],
  );
  if (!checks) return null;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <FlagList flags={checks.flags} indicatorName={(code) => names.get(code)} />
      <Card size="small" title={t('quality.inflation')} data-testid="review-inflation">
        <Space direction="vertical" size={4}>
          <InflationText value={checks.inflation} quarters={checks.inflationQuarters} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('quality.inflationHelp')}
          </Typography.Text>
        </Space>
      </Card>
    </Space>
  );
}
