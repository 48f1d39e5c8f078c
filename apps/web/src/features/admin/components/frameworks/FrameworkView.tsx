import { Alert, Descriptions, Drawer, Skeleton, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFrameworkDefinition } from '../../../../shared/assessment-form/hooks/useFrameworkDefinition';
import { useAppLanguage } from '../../../../shared/i18n/use-app-language';
import { frameworkChecksLine } from '../../model/framework-checks';
import { frameworkSummary, type PathSummary } from '../../model/framework-view';

type IndicatorLine = PathSummary['indicators'][number];

const ROLE_COLORS: Record<string, string | undefined> = { bonus: 'green', deduction: 'orange', veto: 'red' };

/** A framework version read as the score sheet prints it: grades, paths with weights, rules in words. */
export function FrameworkView({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const lang = language === 'en' ? 'en' : 'zh';
  const { framework, loading, error, broken } = useFrameworkDefinition(id);
  const paths = useMemo(() => (framework ? frameworkSummary(framework, lang) : []), [framework, lang]);

  return (
    <Drawer
      open={Boolean(id)}
      onClose={onClose}
      width="min(960px, 100vw)"
      title={
        framework
          ? `${framework.name[lang]}（${t('admin.frameworks.versionN', { version: framework.version })}）`
          : ''
      }
    >
      {loading && <Skeleton active paragraph={{ rows: 10 }} />}
      {(error || broken) && <Alert type="error" showIcon message={t('admin.loadFailed')} />}
      {framework && (
        <>
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('admin.frameworks.code')}>{framework.code}</Descriptions.Item>
            <Descriptions.Item label={t('admin.frameworks.view.grades')}>
              {framework.grades
                .map((g, i) =>
                  i === framework.grades.length - 1
                    ? `${g.name[lang]} < ${framework.grades[i - 1]?.min ?? g.min}`
                    : `${g.name[lang]} ≥ ${g.min}`,
                )
                .join(lang === 'zh' ? '，' : ', ')}
            </Descriptions.Item>
            <Descriptions.Item label={t('admin.frameworks.checks.view')}>
              {frameworkChecksLine(framework, lang)}
            </Descriptions.Item>
          </Descriptions>
          {paths.map((path) => (
            <section key={path.code} style={{ marginBottom: 20 }}>
              <Typography.Title level={5}>
                {t('admin.frameworks.view.path', {
                  name: path.name,
                  weight: path.weight,
                  points: path.maxPoints,
                })}
                {path.bonusCap !== null && (
                  <Typography.Text type="secondary" style={{ fontWeight: 'normal', marginLeft: 8 }}>
                    {t('admin.frameworks.view.bonusCap', { points: path.bonusCap })}
                  </Typography.Text>
                )}
              </Typography.Title>
              <Table<IndicatorLine>
                size="small"
                rowKey="code"
                pagination={false}
                dataSource={path.indicators}
                scroll={{ x: 720 }}
                columns={[
                  { title: t('admin.frameworks.columns.indicator'), dataIndex: 'name', width: 200 },
                  {
                    title: t('admin.frameworks.view.rule'),
                    width: 150,
                    render: (_, i) => <Tag color={ROLE_COLORS[i.role]}>{i.kind}</Tag>,
                  },
                  {
                    title: t('admin.frameworks.view.points'),
                    width: 70,
                    align: 'right',
                    render: (_, i) => (i.role === 'deduction' ? `−${i.maxPoints}` : i.maxPoints),
                  },
                  {
                    title: t('admin.frameworks.view.params'),
                    render: (_, i) => (
                      <>
                        <div>{i.params}</div>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {i.formula}
                        </Typography.Text>
                        {i.checks && (
                          <div>
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                              {t('admin.frameworks.checks.view')}
                              {lang === 'zh' ? '：' : ': '}
                              {i.checks}
                            </Typography.Text>
                          </div>
                        )}
                      </>
                    ),
                  },
                ]}
              />
            </section>
          ))}
        </>
      )}
    </Drawer>
  );
}
