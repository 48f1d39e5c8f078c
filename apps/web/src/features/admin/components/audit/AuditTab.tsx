import { useApolloClient, useQuery } from '@apollo/client';
import { DownloadOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Result,
  Select,
  Space,
  Table,
  Tooltip,
  TreeSelect,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminAuditEventsQuery, AuditEventsFilterInput } from '../../../../generated/graphql';
import { useDescribeError } from '../../../../shared/errors';
import { formatDateTime, formatPeriod, toDistrictWallClock } from '../../../../shared/formatting';
import { contentLang } from '../../../../shared/i18n';
import { useAppLanguage } from '../../../../shared/i18n/use-app-language';
import { formatBytes } from '../../../reports';
import {
  ADMIN_AUDIT_EVENTS,
  ADMIN_FRAMEWORKS,
  ADMIN_ORG_TREE,
  ADMIN_USERS,
} from '../../graphql/admin.operations';
import {
  auditCsv,
  changeLines,
  targetLabel,
  withShownTimes,
  type AuditRow,
  type AuditWording,
} from '../../model/audit-log';
import { changeLabeller, type LabelOf } from '../../model/audit-log-labels';
import type { AdminUnit } from '../../model/org-unit-form';

type AuditItem = AdminAuditEventsQuery['auditEvents']['items'][number];

const PAGE_SIZE = 50;
/** The export reads the filtered events page by page (the server gives at most 500 a page). */
const EXPORT_PAGE = 500;
const EXPORT_MAX = 20_000;

interface TreeOption {
  value: string;
  title: string;
  children?: TreeOption[];
}

function unitOptions(unit: AdminUnit): TreeOption {
  const children = (unit.children ?? []).map(unitOptions);
  return { value: unit.id, title: unit.name, ...(children.length ? { children } : {}) };
}

/** Who changed what and when, with before and after: filtered, paged on the server, exportable. */
export function AuditTab() {
  const { t, i18n } = useTranslation();
  const { language } = useAppLanguage();
  const describe = useDescribeError();
  const client = useApolloClient();
  const [unitId, setUnitId] = useState<string | undefined>();
  const [actorId, setActorId] = useState<string | undefined>();
  const [action, setAction] = useState<string | undefined>();
  const [days, setDays] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState(1);
  const [exporting, setExporting] = useState(false);
  const [exportNote, setExportNote] = useState<string | null>(null);

  const filter: AuditEventsFilterInput = {
    unitId,
    actorId,
    action,
    from: days?.[0]?.format('YYYY-MM-DD'),
    to: days?.[1]?.format('YYYY-MM-DD'),
  };
  const events = useQuery(ADMIN_AUDIT_EVENTS, {
    variables: { filter: { ...filter, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } },
    fetchPolicy: 'network-only',
  });
  const tree = useQuery(ADMIN_ORG_TREE, { fetchPolicy: 'no-cache' });
  const users = useQuery(ADMIN_USERS);
  const frameworks = useQuery(ADMIN_FRAMEWORKS);
  const root = (tree.data?.orgTree ?? null) as AdminUnit | null;
  const treeData = useMemo(() => (root ? [unitOptions(root)] : []), [root]);
  const kindName = (code: string) =>
    i18n.exists(`admin.audit.kinds.${code}`) ? t(`admin.audit.kinds.${code}`) : code;
  const time = (iso: string) => formatDateTime(iso, language);
  const unitNames = useMemo(() => unitNamesOf(root), [root]);
  const labelOf: LabelOf = (key, values) => (i18n.exists(key) ? t(key, values ?? {}) : undefined);
  const frameworkNames = new Map<string, string>();
  // An indicator's code → its name (the same code names one indicator in every version).
  const indicatorNames = new Map<string, string>();
  for (const f of frameworks.data?.frameworks ?? []) {
    for (const i of f.paths.flatMap((p) => p.indicators))
      indicatorNames.set(i.code, i.name[contentLang(language)]);
    const name = t('admin.audit.frameworkVersion', {
      name: f.name[contentLang(language)],
      version: f.version,
    });
    frameworkNames.set(f.id, name).set(`${f.code}@${f.version}`, name);
  }
  const labels = changeLabeller(labelOf, {
    units: unitNames,
    frameworks: frameworkNames,
    indicators: indicatorNames,
    bytes: (n) => formatBytes(n, language),
    period: (code) => formatPeriod(code, language),
  });
  const changesOf = (e: Pick<AuditRow, 'before' | 'after'>) =>
    changeLines(e, time, labels, (label, text) => t('header.labelled', { label, text }));
  // One wording for the table and the export: the file reads as the screen does.
  const wording: AuditWording = {
    time,
    actor: (e) => e.actorName ?? t('admin.audit.system'),
    kind: kindName,
    target: (e) => targetLabel(e, unitNames, labelOf),
    changes: (e) => changesOf(e).join(t('admin.audit.changeSeparator')),
  };
  const refilter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };

  async function exportCsv() {
    setExporting(true);
    setExportNote(null);
    try {
      const rows: AuditItem[] = [];
      let total = 0;
      do {
        const { data } = await client.query({
          query: ADMIN_AUDIT_EVENTS,
          variables: { filter: { ...filter, offset: rows.length, limit: EXPORT_PAGE } },
          fetchPolicy: 'network-only',
        });
        total = data.auditEvents.total;
        rows.push(...data.auditEvents.items);
        if (data.auditEvents.items.length === 0) break;
      } while (rows.length < Math.min(total, EXPORT_MAX));
      if (total > EXPORT_MAX) setExportNote(t('admin.audit.exportTooMany', { total, max: EXPORT_MAX }));
      const csv = auditCsv(
        rows,
        [
          t('admin.audit.time'),
          t('admin.audit.actor'),
          t('admin.audit.kind'),
          t('admin.audit.target'),
          t('admin.audit.changes'),
        ],
        wording,
      );
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      // Named by the district's date, as the times inside are, in the user's language.
      link.download = t('admin.audit.csvName', {
        date: toDistrictWallClock(new Date()).format('YYYY-MM-DD'),
      });
      link.click();
      URL.revokeObjectURL(url);
    } catch (err) {
      setExportNote(describe(err).message);
    } finally {
      setExporting(false);
    }
  }

  if (events.error && !events.data) {
    return (
      <Result
        status="error"
        title={t('admin.loadFailed')}
        subTitle={describe(events.error).message}
        extra={<Button onClick={() => void events.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  const data = events.data?.auditEvents;

  return (
    <Card
      size="small"
      title={t('admin.tabs.audit')}
      extra={
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportCsv()}>
          {exporting ? t('admin.audit.exporting') : t('admin.audit.export')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 12 }} aria-label={t('admin.audit.filters')}>
        <TreeSelect
          allowClear
          showSearch
          treeNodeFilterProp="title"
          style={{ width: 220 }}
          placeholder={t('admin.audit.unit')}
          aria-label={t('admin.audit.unit')}
          treeData={treeData}
          value={unitId}
          onChange={refilter(setUnitId)}
          treeDefaultExpandedKeys={root ? [root.id] : []}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 200 }}
          placeholder={t('admin.audit.actor')}
          aria-label={t('admin.audit.actor')}
          value={actorId}
          onChange={refilter(setActorId)}
          options={(users.data?.users ?? []).map((u) => ({
            value: u.id,
            label: `${u.displayName}（${u.username}）`,
          }))}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 200 }}
          placeholder={t('admin.audit.kind')}
          aria-label={t('admin.audit.kind')}
          value={action}
          onChange={refilter(setAction)}
          options={(data?.actions ?? []).map((code) => ({ value: code, label: kindName(code) }))}
        />
        {/* antd's own placeholders (开始日期 / 结束日期) fit the inputs; "日期（本区时间）" was cut to
            "日期（本区…". That the days are the district's is said on hover and to a screen reader. */}
        <Tooltip title={t('admin.audit.dates')}>
          <DatePicker.RangePicker
            aria-label={t('admin.audit.dates')}
            value={days}
            onChange={refilter(setDays)}
          />
        </Tooltip>
      </Space>
      {exportNote && <Alert type="warning" showIcon message={exportNote} style={{ marginBottom: 12 }} />}
      <Table<AuditItem>
        size="small"
        rowKey="id"
        loading={events.loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: events.loading ? ' ' : t('admin.audit.empty') }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('admin.audit.total', { total }),
          onChange: setPage,
        }}
        scroll={{ x: 760 }}
        columns={[
          { key: 'time', title: t('admin.audit.time'), width: 170, render: (_, e) => time(e.createdAt) },
          {
            key: 'actor',
            title: t('admin.audit.actor'),
            render: (_, e) => wording.actor(e),
          },
          { key: 'kind', title: t('admin.audit.kind'), render: (_, e) => kindName(e.action) },
          { key: 'target', title: t('admin.audit.target'), render: (_, e) => wording.target(e) },
          {
            key: 'changes',
            title: t('admin.audit.changes'),
            render: (_, e) => {
              const changes = changesOf(e);
              if (!changes.length) return t('admin.audit.noChange');
              return changes.slice(0, 3).join(t('admin.audit.changeSeparator'));
            },
          },
        ]}
        expandable={{
          expandedRowRender: (e) => (
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={t('admin.audit.before')}>
                <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                  {JSON.stringify(withShownTimes(e.before, time), null, 2)}
                </pre>
              </Descriptions.Item>
              <Descriptions.Item label={t('admin.audit.after')}>
                <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                  {JSON.stringify(withShownTimes(e.after, time), null, 2)}
                </pre>
              </Descriptions.Item>
            </Descriptions>
          ),
        }}
      />
    </Card>
  );
}

/** Every unit's name by id, from the admin's org tree. */
function unitNamesOf(root: AdminUnit | null): Map<string, string> {
  const names = new Map<string, string>();
  const visit = (unit: AdminUnit) => {
    names.set(unit.id, unit.name);
    unit.children?.forEach(visit);
  };
  if (root) visit(root);
  return names;
}
