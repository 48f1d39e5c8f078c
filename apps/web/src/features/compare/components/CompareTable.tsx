import { type GradeBand, gradeColor } from '@pathboard/charts';
import { Table, Tag, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatPercent, formatScore } from '../../../shared/formatting';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { ProvisionalMark } from '../../../shared/quality/ProvisionalMark';
import { type CompareCell, type ComparedBranch, type CompareRow, compareRows } from '../model/compare-table';

export interface CompareTableProps {
  branches: readonly ComparedBranch[];
  grades: GradeBand[];
  period: string;
}

/** The best value of a row is set in bold with a tinted background, so the leader reads at a glance. */
const BEST_STYLE = { background: '#f6ffed' };

function BranchHeader({
  branch,
  grades,
  period,
}: {
  branch: ComparedBranch;
  grades: GradeBand[];
  period: string;
}) {
  const { t } = useTranslation();
  const { lang } = useAppLanguage();
  const grade = grades.find((g) => g.code === branch.gradeCode);
  return (
    <div>
      <Link
        to={`/branches/${encodeURIComponent(branch.branchId)}?period=${encodeURIComponent(period)}`}
        title={t('compare.openBranch')}
      >
        {branch.name}
      </Link>
      <div>
        {branch.gradeCode ? (
          <Tag color={gradeColor(branch.gradeCode, grades)} style={{ marginInlineEnd: 4 }}>
            {grade?.name[lang] ?? branch.gradeCode}
          </Tag>
        ) : (
          <Tag>{t('compare.notAssessed')}</Tag>
        )}
        {branch.status ? (
          <Typography.Text type="secondary">{t(`overview.statuses.${branch.status}`)}</Typography.Text>
        ) : null}
      </div>
    </div>
  );
}

function CellText({ row, cell, status }: { row: CompareRow; cell: CompareCell; status?: string | null }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  if (!cell.applicable)
    return <Typography.Text type="secondary">{t('compare.notApplicable')}</Typography.Text>;
  if (cell.value === null)
    return <Typography.Text type="secondary">{t('compare.notAssessed')}</Typography.Text>;
  // A total still awaiting review is provisional: marked as the overview marks its rank.
  if (row.kind === 'total')
    return (
      <span>
        <strong>{formatScore(cell.value, language)}</strong>
        <ProvisionalMark status={status} />
      </span>
    );
  if (row.kind === 'path') {
    return (
      <span>
        <strong>{formatPercent(cell.value, language)}</strong>
        <div style={{ fontSize: 12, color: '#8c8c8c' }}>
          {t('compare.pointsOf', {
            points: formatScore(cell.points, language),
            max: formatScore(cell.maxPoints, language),
          })}
        </div>
      </span>
    );
  }
  const points =
    cell.maxPoints === null
      ? formatScore(cell.value, language)
      : t('compare.pointsOf', {
          points: formatScore(cell.value, language),
          max: formatScore(cell.maxPoints, language),
        });
  return (
    <span>
      {points}
      {cell.missing ? (
        <Tag color="orange" style={{ marginInlineStart: 6 }}>
          {t('compare.missing')}
        </Tag>
      ) : null}
    </span>
  );
}

/** Total, paths and (expandable) indicators as rows; the compared branches as columns. */
export function CompareTable({ branches, grades, period }: CompareTableProps) {
  const { t } = useTranslation();
  const { lang } = useAppLanguage();
  const rows = useMemo(() => compareRows(branches), [branches]);

  const columns: ColumnType<CompareRow>[] = [
    {
      title: t('compare.item'),
      key: 'item',
      fixed: 'left',
      width: 240,
      render: (_, row) => (row.kind === 'indicator' ? row.name[lang] : <strong>{row.name[lang]}</strong>),
    },
    ...branches.map((b): ColumnType<CompareRow> => ({
      title: <BranchHeader branch={b} grades={grades} period={period} />,
      key: b.branchId,
      width: 170,
      align: 'right',
      onCell: (row) => ({
        style: row.best.includes(b.branchId) ? BEST_STYLE : undefined,
        title: row.best.includes(b.branchId) ? t('compare.best') : undefined,
      }),
      render: (_, row) => <CellText row={row} cell={row.cells[b.branchId]} status={b.status} />,
    })),
  ];

  return (
    <Table<CompareRow>
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={rows}
      pagination={false}
      expandable={{ defaultExpandAllRows: true }}
      scroll={{ x: 240 + branches.length * 170 }}
    />
  );
}
