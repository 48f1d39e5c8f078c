import { Card, Empty, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WhatIfQuery } from '../../../../generated/graphql';
import { formatScore, formatSignedChange } from '../../../../shared/formatting';
import { useAppLanguage } from '../../../../shared/i18n/use-app-language';

type Result = WhatIfQuery['whatIf'];

/** ▲2 / ▼1 / 0: a rank shift (positive = moves up). */
function Shift({ value }: { value: number }) {
  if (value === 0) return <Typography.Text type="secondary">0</Typography.Text>;
  return (
    <Typography.Text
      type={value > 0 ? 'success' : 'danger'}
    >{`${value > 0 ? '▲' : '▼'}${Math.abs(value)}`}</Typography.Text>
  );
}

export function WhatIfResults({
  result,
  gradeName = (code) => code,
}: {
  result: Result;
  /** A grade code's name (the draft's grades, else the published framework's). */
  gradeName?: (code: string) => string;
}) {
  const { t } = useTranslation();
  const { language, lang } = useAppLanguage();
  if (result.rows.length === 0) return <Empty description={t('admin.whatIf.noData')} />;
  const changed = result.rows.filter((r) => r.gradeChanged);
  return (
    <>
      <Card size="small" title={t('admin.whatIf.gradeChanges')} data-testid="what-if-grade-changes">
        {changed.length === 0 ? (
          <Typography.Text type="secondary">{t('admin.whatIf.noGradeChanges')}</Typography.Text>
        ) : (
          <Table
            rowKey="branchId"
            size="small"
            pagination={false}
            dataSource={changed}
            columns={[
              { title: t('admin.whatIf.branch'), dataIndex: 'branchName' },
              {
                title: t('admin.whatIf.grade'),
                render: (_, r) => (
                  <Tag color="orange">{`${gradeName(r.currentGrade)} → ${gradeName(r.draftGrade)}`}</Tag>
                ),
              },
              { title: t('admin.whatIf.change'), render: (_, r) => formatSignedChange(r.change, language) },
            ]}
          />
        )}
      </Card>
      <Card size="small" title={t('admin.whatIf.movers')} data-testid="what-if-movers">
        {result.movers.length === 0 ? (
          <Typography.Text type="secondary">{t('admin.whatIf.noMovers')}</Typography.Text>
        ) : (
          <Table
            rowKey="branchId"
            size="small"
            pagination={false}
            dataSource={result.movers}
            columns={[
              { title: t('admin.whatIf.branch'), dataIndex: 'branchName' },
              { title: t('admin.whatIf.rankShift'), render: (_, r) => <Shift value={r.rankShift} /> },
              { title: t('admin.whatIf.change'), render: (_, r) => formatSignedChange(r.change, language) },
            ]}
          />
        )}
      </Card>
      <Card size="small" title={t('admin.whatIf.pathMeans')}>
        <Table
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={result.pathMeans}
          columns={[
            { title: t('admin.whatIf.path'), render: (_, p) => p.name[lang] },
            { title: t('admin.whatIf.current'), render: (_, p) => formatScore(p.current, language) },
            { title: t('admin.whatIf.draft'), render: (_, p) => formatScore(p.draft, language) },
          ]}
        />
      </Card>
      <Card size="small" title={t('admin.whatIf.allRows')} data-testid="what-if-rows">
        <Table
          rowKey="branchId"
          size="small"
          dataSource={result.rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('admin.whatIf.branch'), dataIndex: 'branchName' },
            { title: t('admin.whatIf.currentRank'), dataIndex: 'currentRank', align: 'right' },
            { title: t('admin.whatIf.draftRank'), dataIndex: 'draftRank', align: 'right' },
            { title: t('admin.whatIf.rankShift'), render: (_, r) => <Shift value={r.rankShift} /> },
            {
              title: t('admin.whatIf.currentTotal'),
              render: (_, r) => formatScore(r.currentTotal, language),
            },
            { title: t('admin.whatIf.draftTotal'), render: (_, r) => formatScore(r.draftTotal, language) },
            {
              title: t('admin.whatIf.grade'),
              render: (_, r) =>
                r.gradeChanged ? (
                  <Tag color="orange">{`${gradeName(r.currentGrade)} → ${gradeName(r.draftGrade)}`}</Tag>
                ) : (
                  <Tag>{gradeName(r.draftGrade)}</Tag>
                ),
            },
          ]}
        />
      </Card>
    </>
  );
}
