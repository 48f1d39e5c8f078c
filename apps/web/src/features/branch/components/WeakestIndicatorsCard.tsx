import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/formatting';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { penaltiesIncurred, type ScoredPath, weakestIndicators } from '../logic/branch-insights';

/** Where the points went: the lowest-scoring indicators with the engine's reason, then deductions and vetoes. */
export function WeakestIndicatorsCard({ paths }: { paths: readonly ScoredPath[] }) {
  const { t } = useTranslation();
  const { language, lang } = useAppLanguage();
  const weakest = weakestIndicators(paths, 5);
  const penalties = penaltiesIncurred(paths);
  return (
    <Card title={t('branch.weakest.title')} size="small">
      {weakest.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('branch.weakest.none')} />
      ) : (
        <List
          dataSource={weakest}
          renderItem={({ indicator, path, lost }) => (
            <List.Item key={indicator.code}>
              <List.Item.Meta
                title={
                  <Space wrap size={4}>
                    <Typography.Text strong>{indicator.name[lang]}</Typography.Text>
                    <Tag>{path[lang]}</Tag>
                    {indicator.missing ? <Tag color="red">{t('branch.weakest.missing')}</Tag> : null}
                  </Space>
                }
                description={indicator.reason[lang]}
              />
              <Space direction="vertical" size={0} style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                <Typography.Text>
                  {t('branch.weakest.points', {
                    points: formatNumber(indicator.points, language),
                    max: formatNumber(indicator.maxPoints, language),
                  })}
                </Typography.Text>
                <Typography.Text type="danger">
                  {t('branch.weakest.lost', { lost: formatNumber(lost, language) })}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
      {penalties.length > 0 ? (
        <>
          <Typography.Title level={5}>{t('branch.weakest.penalties')}</Typography.Title>
          <List
            size="small"
            dataSource={penalties}
            renderItem={(indicator) => (
              <List.Item key={indicator.code}>
                <List.Item.Meta
                  title={<Typography.Text type="danger">{indicator.name[lang]}</Typography.Text>}
                  description={indicator.reason[lang]}
                />
              </List.Item>
            )}
          />
        </>
      ) : null}
    </Card>
  );
}
