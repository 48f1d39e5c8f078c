import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FrameworkIssueRow } from '../../model/framework-file';

/** Every problem of a framework file: where (location, path, indicator) and what, in the UI language. */
export function FrameworkIssuesTable({ issues }: { issues: readonly FrameworkIssueRow[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  return (
    <Table<FrameworkIssueRow>
      size="small"
      rowKey="key"
      virtual
      scroll={{ x: 720, y: 360 }}
      pagination={false}
      dataSource={issues as FrameworkIssueRow[]}
      columns={[
        {
          title: t('admin.frameworks.columns.location'),
          width: 220,
          ellipsis: true,
          render: (_, r) => (r.location ? <code>{r.location}</code> : t('admin.frameworks.wholeFile')),
        },
        {
          title: t('admin.frameworks.columns.path'),
          width: 120,
          ellipsis: true,
          render: (_, r) => r.path ?? '—',
        },
        {
          title: t('admin.frameworks.columns.indicator'),
          width: 150,
          ellipsis: true,
          render: (_, r) => r.indicator ?? '—',
        },
        { title: t('admin.frameworks.columns.problem'), render: (_, r) => r.message[lang] || r.code },
      ]}
    />
  );
}
