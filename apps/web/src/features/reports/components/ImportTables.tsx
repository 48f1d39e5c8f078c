import { Alert, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  type BranchImportCounts,
  type ImportProblem,
  type ReturnedBranchChange,
  sortProblems,
} from '../import/import-result';

/**
 * Before anything is written: the returned (已退回) assessments the file changes. Those branches are
 * revising them on the reviewer's comments, and importing overwrites their revisions. Nothing when none.
 */
export function ReturnedWarning({ branches }: { branches: ReturnedBranchChange[] }) {
  const { t } = useTranslation();
  if (!branches.length) return null;
  const list = branches
    .map((b) => t('reports.import.returnedItem', { name: b.name || b.code, count: b.values }))
    .join(t('reports.import.returnedSeparator'));
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="import-returned-warning"
      message={t('reports.import.returned', { count: branches.length, list })}
    />
  );
}

/** Every problem of a refused file, where it is (row, column, field) and what is wrong, in words. */
export function ProblemTable({ problems }: { problems: ImportProblem[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const rows = sortProblems(problems).map((p, i) => ({ ...p, key: i }));
  return (
    <Table
      size="small"
      virtual
      scroll={{ y: 320 }}
      pagination={false}
      dataSource={rows}
      columns={[
        {
          title: t('reports.import.columns.row'),
          width: 96,
          render: (_, p) => p.row ?? t('reports.import.wholeFile'),
        },
        { title: t('reports.import.columns.column'), width: 60, render: (_, p) => p.column ?? '—' },
        {
          title: t('reports.import.columns.field'),
          width: 200,
          ellipsis: true,
          render: (_, p) => p.label ?? p.field ?? '—', // the header the person sees, not ORG_MEETINGS.numerator
        },
        { title: t('reports.import.columns.reason'), render: (_, p) => p.reason[lang] || p.code },
      ]}
    />
  );
}

/** What the import changes (or changed) per branch; branches with nothing new are left out. */
export function BranchChangesTable({ branches }: { branches: BranchImportCounts[] }) {
  const { t } = useTranslation();
  const changed = branches
    .filter((b) => b.imported > 0 || b.updated > 0)
    .map((b, i) => ({ ...b, key: `${b.code}-${i}` }));
  if (changed.length === 0) return null;
  return (
    <>
      <Typography.Text strong>{t('reports.import.changes')}</Typography.Text>
      <Table
        size="small"
        virtual
        scroll={{ y: 240 }}
        pagination={false}
        dataSource={changed}
        columns={[
          { title: t('reports.import.columns.row'), width: 60, render: (_, b) => b.row ?? '—' },
          {
            title: t('reports.import.columns.branch'),
            ellipsis: true,
            render: (_, b) => `${b.name} (${b.code})`,
          },
          { title: t('reports.import.columns.imported'), width: 70, align: 'right', dataIndex: 'imported' },
          { title: t('reports.import.columns.updated'), width: 70, align: 'right', dataIndex: 'updated' },
          { title: t('reports.import.columns.unchanged'), width: 70, align: 'right', dataIndex: 'unchanged' },
        ]}
      />
    </>
  );
}
