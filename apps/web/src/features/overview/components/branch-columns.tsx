import { GRADE_COLORS, gradeColor, type GradeBand, type PathHeader, pickLabel } from '@pathboard/charts';
import { Tag, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { SortOrder } from 'antd/es/table/interface';
import type { TFunction } from 'i18next';
import { Link } from 'react-router-dom';
import {
  formatNumber,
  formatPercent,
  formatScore,
  formatSignedChange,
  MISSING_MARK,
} from '../../../shared/formatting';
import type { AppLanguage } from '../../../shared/i18n';
import type { BranchRow } from '../model/branch-rows';
import type { SortKey, SortState } from '../model/url-state';

export interface BranchColumnsContext {
  t: TFunction;
  language: AppLanguage;
  paths: PathHeader[];
  grades: GradeBand[];
  sort: SortState | undefined;
  /** Show the "part of" (street) column: only when the unit has sub-units. */
  showChild: boolean;
  branchHref: (id: string) => string;
}

export function branchHref(id: string, period: string): string {
  return `/branches/${encodeURIComponent(id)}?period=${encodeURIComponent(period)}`;
}

function sortOrderFor(key: SortKey, sort: SortState | undefined): SortOrder {
  const current = sort ?? { key: 'rank', dir: 'asc' };
  if (current.key !== key) return null;
  return current.dir === 'asc' ? 'ascend' : 'descend';
}

function RankChange({ change }: { change: number | null }) {
  if (change === null) return <>{MISSING_MARK}</>;
  if (change === 0) return <Typography.Text type="secondary">0</Typography.Text>;
  const up = change > 0;
  return (
    <span
      style={{ color: up ? GRADE_COLORS.excellent : GRADE_COLORS.fail }}
    >{`${up ? '▲' : '▼'}${Math.abs(change)}`}</span>
  );
}

/** The branch table's columns; each sortable column's key is its SortKey, so antd's sorter maps back. */
export function branchColumns(ctx: BranchColumnsContext): ColumnType<BranchRow>[] {
  const { t, language, grades, sort } = ctx;
  const lang = language === 'en' ? 'en' : 'zh';
  const gradeName = (code: string | null) => {
    const grade = grades.find((g) => g.code === code);
    return grade ? grade.name[lang] : (code ?? t('overview.notGraded'));
  };
  const sortable = (key: SortKey) => ({
    key,
    sorter: true,
    sortOrder: sortOrderFor(key, sort),
    showSorterTooltip: false,
  });

  const columns: ColumnType<BranchRow>[] = [
    {
      title: t('overview.table.rank'),
      width: 72,
      align: 'right',
      fixed: 'left',
      ...sortable('rank'),
      render: (_, r) => r.rank ?? MISSING_MARK,
    },
    {
      title: t('overview.table.name'),
      width: 230,
      fixed: 'left',
      ellipsis: true,
      ...sortable('name'),
      render: (_, r) => (
        <span>
          <Link
            to={ctx.branchHref(r.id)}
            aria-label={t('overview.table.openBranch', { name: r.name })}
            onClick={(e) => e.stopPropagation()}
          >
            {r.name}
          </Link>
          {r.veto ? (
            <Tag color="red" style={{ marginInlineStart: 6 }}>
              {t('overview.table.veto')}
            </Tag>
          ) : null}
          {!r.active ? <Tag style={{ marginInlineStart: 6 }}>{t('overview.table.inactive')}</Tag> : null}
        </span>
      ),
    },
    {
      title: t('overview.table.code'),
      width: 130,
      ellipsis: true,
      ...sortable('code'),
      render: (_, r) => r.code,
    },
  ];
  if (ctx.showChild) {
    columns.push({
      title: t('overview.table.child'),
      width: 130,
      ellipsis: true,
      ...sortable('child'),
      render: (_, r) => r.childName ?? MISSING_MARK,
    });
  }
  columns.push(
    {
      title: t('overview.table.sector'),
      width: lang === 'en' ? 150 : 100,
      ellipsis: true,
      ...sortable('sector'),
      render: (_, r) => (r.sector ? t(`overview.sectors.${r.sector}`) : MISSING_MARK),
    },
    {
      title: t('overview.table.status'),
      width: lang === 'en' ? 130 : 90,
      ellipsis: true,
      ...sortable('status'),
      render: (_, r) => t(`overview.statuses.${r.status}`),
    },
    {
      title: t('overview.table.total'),
      width: 90,
      align: 'right',
      ...sortable('total'),
      render: (_, r) => <strong>{formatScore(r.total, language)}</strong>,
    },
    {
      title: t('overview.table.grade'),
      key: 'grade',
      width: 100,
      render: (_, r) =>
        r.gradeCode ? (
          <Tag color={gradeColor(r.gradeCode, grades)}>{gradeName(r.gradeCode)}</Tag>
        ) : (
          <Tag>{t('overview.notGraded')}</Tag>
        ),
    },
    {
      title: t('overview.table.totalChange'),
      width: 100,
      align: 'right',
      ...sortable('totalChange'),
      render: (_, r) => formatSignedChange(r.totalChange, language),
    },
    {
      title: t('overview.table.rankChange'),
      width: 100,
      align: 'right',
      ...sortable('rankChange'),
      render: (_, r) => <RankChange change={r.rankChange} />,
    },
    ...ctx.paths.map((p): ColumnType<BranchRow> => ({
      title: pickLabel(p.name, lang),
      width: 120,
      align: 'right',
      ellipsis: true,
      ...sortable(`path:${p.code}`),
      render: (_, r) => formatPercent(r.paths[p.code], language),
    })),
    {
      title: t('overview.table.onTime'),
      key: 'onTime',
      width: 80,
      render: (_, r) =>
        r.onTime === null ? (
          MISSING_MARK
        ) : r.onTime ? (
          t('overview.table.onTimeYes')
        ) : (
          <Tag color="orange">{t('overview.table.onTimeNo')}</Tag>
        ),
    },
    {
      title: t('overview.table.members'),
      width: 90,
      align: 'right',
      ...sortable('memberCount'),
      render: (_, r) => formatNumber(r.memberCount, language, 0),
    },
  );
  return columns;
}
