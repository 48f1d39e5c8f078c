import { GRADE_COLORS, gradeColor, type GradeBand, type PathHeader, pickLabel } from '@pathboard/charts';
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
import { isProvisional } from '../../../shared/quality/provisional';
import type { BranchRow } from '../model/branch-rows';
import type { VirtualColumn } from './table/VirtualTable';
import focus from './OverviewFocus.module.css';
import styles from './table/VirtualTable.module.css';

export interface BranchColumnsContext {
  t: TFunction;
  language: AppLanguage;
  paths: PathHeader[];
  grades: GradeBand[];
  /** Show the "part of" (street) column: only when the unit has sub-units. */
  showChild: boolean;
  /**
   * A phone: the sticky name column is narrower (names wrap to an ellipsis), so the figures
   * beside it have room; at 240 px the checkbox, rank and name filled a 390 px screen.
   */
  phone?: boolean;
  branchHref: (id: string) => string;
  selection: { selected: ReadonlySet<string>; max: number; toggle: (id: string) => void };
}

export function branchHref(id: string, period: string): string {
  return `/branches/${encodeURIComponent(id)}?period=${encodeURIComponent(period)}`;
}

function RankChange({ change }: { change: number | null }) {
  if (change === null) return <>{MISSING_MARK}</>;
  if (change === 0) return <span style={{ color: 'rgba(0,0,0,0.45)' }}>0</span>;
  const up = change > 0;
  return (
    <span
      style={{ color: up ? GRADE_COLORS.excellent : GRADE_COLORS.fail }}
    >{`${up ? '▲' : '▼'}${Math.abs(change)}`}</span>
  );
}

/**
 * The branch table's columns. Cells are plain elements with CSS-module classes rather than antd
 * components: thousands of scrolled rows then cost no per-cell style work.
 */
export function branchColumns(ctx: BranchColumnsContext): VirtualColumn<BranchRow>[] {
  const { t, language, grades, selection } = ctx;
  const lang = language === 'en' ? 'en' : 'zh';
  const gradeNames = new Map(grades.map((g) => [g.code, g.name[lang]]));
  const pill = (text: string, color: string) => (
    <span className={styles.pill} style={{ background: color }}>
      {text}
    </span>
  );

  const columns: VirtualColumn<BranchRow>[] = [
    {
      key: 'select',
      title: <span className={styles.srOnly}>{t('overview.compareHint')}</span>,
      width: 40,
      sticky: true,
      align: 'center',
      render: (r) => (
        <input
          type="checkbox"
          aria-label={r.name}
          checked={selection.selected.has(r.id)}
          disabled={!selection.selected.has(r.id) && selection.selected.size >= selection.max}
          onChange={() => selection.toggle(r.id)}
          onClick={(e) => e.stopPropagation()}
        />
      ),
    },
    {
      key: 'rank',
      title: t('overview.table.rank'),
      width: lang === 'en' ? 132 : 96,
      align: 'right',
      sticky: true,
      sortKey: 'rank',
      // A rank of a branch not yet approved (flags still open) is provisional: marked where it is shown.
      render: (r) =>
        r.rank === null ? (
          MISSING_MARK
        ) : isProvisional(r) ? (
          <span title={t('quality.provisionalHelp')} data-testid="provisional-rank">
            {r.rank}
            <span className={styles.pillMuted} style={{ marginInlineStart: 4 }}>
              {t('quality.provisional')}
            </span>
          </span>
        ) : (
          r.rank
        ),
    },
    {
      key: 'name',
      title: t('overview.table.name'),
      width: ctx.phone ? 120 : 240,
      sticky: true,
      sortKey: 'name',
      render: (r) => (
        <span className={styles.ellipsis} title={r.name}>
          <Link
            to={ctx.branchHref(r.id)}
            // The cell clips an outside ring: the focus is drawn inside the link (OverviewFocus.module.css).
            className={focus.insetFocus}
            aria-label={t('overview.table.openBranch', { name: r.name })}
            onClick={(e) => e.stopPropagation()}
          >
            {r.name}
          </Link>
          {r.veto ? (
            <span style={{ marginInlineStart: 6 }}>{pill(t('overview.table.veto'), GRADE_COLORS.fail)}</span>
          ) : null}
          {!r.active ? (
            <span className={styles.pillMuted} style={{ marginInlineStart: 6 }}>
              {t('overview.table.inactive')}
            </span>
          ) : null}
        </span>
      ),
    },
    {
      key: 'code',
      title: t('overview.table.code'),
      width: 130,
      sortKey: 'code',
      render: (r) => <span className={styles.ellipsis}>{r.code}</span>,
    },
  ];
  if (ctx.showChild) {
    columns.push({
      key: 'child',
      title: t('overview.table.child'),
      width: 120,
      sortKey: 'child',
      render: (r) => <span className={styles.ellipsis}>{r.childName ?? MISSING_MARK}</span>,
    });
  }
  columns.push(
    {
      key: 'sector',
      title: t('overview.table.sector'),
      width: lang === 'en' ? 150 : 96,
      sortKey: 'sector',
      render: (r) => (
        <span className={styles.ellipsis}>{r.sector ? t(`overview.sectors.${r.sector}`) : MISSING_MARK}</span>
      ),
    },
    {
      key: 'status',
      title: t('overview.table.status'),
      width: lang === 'en' ? 130 : 90,
      sortKey: 'status',
      render: (r) => <span className={styles.ellipsis}>{t(`overview.statuses.${r.status}`)}</span>,
    },
    {
      key: 'total',
      title: t('overview.table.total'),
      width: 84,
      align: 'right',
      sortKey: 'total',
      render: (r) => <strong>{formatScore(r.total, language)}</strong>,
    },
    {
      key: 'grade',
      title: t('overview.table.grade'),
      width: lang === 'en' ? 96 : 80,
      render: (r) =>
        r.gradeCode ? (
          pill(gradeNames.get(r.gradeCode) ?? r.gradeCode, gradeColor(r.gradeCode, grades))
        ) : (
          <span className={styles.pillMuted}>{t('overview.notGraded')}</span>
        ),
    },
    {
      key: 'totalChange',
      title: t('overview.table.totalChange'),
      width: 96,
      align: 'right',
      sortKey: 'totalChange',
      render: (r) => formatSignedChange(r.totalChange, language),
    },
    {
      key: 'rankChange',
      title: t('overview.table.rankChange'),
      width: 96,
      align: 'right',
      sortKey: 'rankChange',
      render: (r) => <RankChange change={r.rankChange} />,
    },
    ...ctx.paths.map((p): VirtualColumn<BranchRow> => ({
      key: `path:${p.code}`,
      title: pickLabel(p.name, lang),
      width: 120,
      align: 'right',
      sortKey: `path:${p.code}`,
      render: (r) => formatPercent(r.paths[p.code], language),
    })),
    {
      key: 'onTime',
      title: t('overview.table.onTime'),
      width: 76,
      render: (r) =>
        r.onTime === null
          ? MISSING_MARK
          : r.onTime
            ? t('overview.table.onTimeYes')
            : pill(t('overview.table.onTimeNo'), '#d46b08'),
    },
    {
      key: 'memberCount',
      title: t('overview.table.members'),
      width: 84,
      align: 'right',
      sortKey: 'memberCount',
      render: (r) => formatNumber(r.memberCount, language, 0),
    },
  );
  return columns;
}
