import { useQuery } from '@apollo/client';
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table, Tag, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { RectificationsQuery } from '../../generated/graphql';
import { formatDateTime, formatDeadline, formatPeriodShort } from '../../shared/formatting';
import { useAppLanguage } from '../../shared/i18n/use-app-language';
import { useSession } from '../auth';
import { EvidenceList } from '../evidence';
import { useFileDownload } from '../reports';
import { AnswerModal } from './components/AnswerModal';
import { LedgerFilters } from './components/LedgerFilters';
import { facetOptions, noFacets, withFacetsOf } from './model/ledger-facets';
import { VerifyModal } from './components/VerifyModal';
import { RECTIFICATIONS } from './graphql/rectification.operations';
import {
  ledgerExportUrl,
  ledgerFilterFromSearch,
  ledgerSearch,
  toFilterInput,
  type LedgerFilterState,
} from './model/ledger-filter';

type Item = RectificationsQuery['rectifications'][number];

const STATUS_COLOR = { OPEN: 'orange', ANSWERED: 'blue', CLOSED: 'green' } as const;

/** 整改台账: the rectification items of the caller's scope; a branch answers, a reviewer checks. */
export default function RectificationScreen() {
  const { t } = useTranslation();
  const { language, lang } = useAppLanguage();
  const { session } = useSession();
  const role = session?.user.role;
  // The filter lives in the URL: the overview's counts link here filtered, a reload keeps it.
  const [search, setSearch] = useSearchParams();
  const filter = ledgerFilterFromSearch(search);
  const setFilter = (next: LedgerFilterState) => setSearch(ledgerSearch(next), { replace: true });
  const exporter = useFileDownload();
  const [answeringId, setAnsweringId] = useState<string | null>(null);
  const [verifying, setVerifying] = useState<Item | null>(null);
  const { data, loading, error, refetch } = useQuery(RECTIFICATIONS, {
    variables: { filter: toFilterInput(filter) },
    fetchPolicy: 'cache-and-network',
  });

  // From the query, so files attached in the dialog show as soon as the ledger refetched.
  const answering = data?.rectifications.find((i) => i.id === answeringId) ?? null;
  // The path and indicator filters offer, by name, what the ledger has listed since it opened.
  const [seen, setSeen] = useState(noFacets);
  useEffect(() => {
    if (data) setSeen((before) => withFacetsOf(before, data.rectifications));
  }, [data]);
  const facets = facetOptions(seen, lang, filter);

  return (
    <Card
      title={t('rectification.title')}
      extra={
        <Button
          icon={<DownloadOutlined />}
          loading={exporter.active?.key === 'ledger'}
          onClick={() => void exporter.start('ledger', ledgerExportUrl(filter), 'rectification-ledger.xlsx')}
        >
          {t('rectification.export')}
        </Button>
      }
    >
      {/* In the body, not the header: on a phone the header has room for the title and one button. */}
      <div style={{ marginBottom: 12 }}>
        <LedgerFilters
          value={filter}
          onChange={setFilter}
          paths={facets.paths}
          indicators={facets.indicators}
        />
      </div>
      {error ? (
        <Alert type="error" showIcon message={t('rectification.loadFailed')} style={{ marginBottom: 12 }} />
      ) : null}
      <Table<Item>
        rowKey="id"
        size="small"
        loading={loading && !data}
        dataSource={data?.rectifications ?? []}
        locale={{ emptyText: t('rectification.empty') }}
        scroll={{ x: 960 }}
        expandable={{
          expandedRowRender: (item) => (
            <>
              <Typography.Text strong>{t('rectification.history')}</Typography.Text>
              <Timeline
                style={{ marginTop: 8 }}
                items={item.history.map((h) => ({
                  children: (
                    <>
                      {`${formatDateTime(h.at, language)} ${t(`rectification.actions.${h.action}`)}${h.comment ? `：${h.comment}` : ''}`}
                      {h.files.length ? (
                        <div data-testid="rectification-answer-files" style={{ marginTop: 4 }}>
                          <EvidenceList files={h.files} />
                        </div>
                      ) : null}
                    </>
                  ),
                }))}
              />
            </>
          ),
        }}
        columns={[
          { key: 'branch', title: t('rectification.columns.branch'), dataIndex: 'branchName' },
          {
            key: 'period',
            title: t('rectification.columns.period'),
            render: (_: unknown, i: Item) => formatPeriodShort(i.periodCode, language),
          },
          {
            key: 'indicator',
            title: t('rectification.columns.indicator'),
            render: (_: unknown, i: Item) => (
              <>
                <div>{i.indicatorName[lang]}</div>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {i.pathName[lang]}
                </Typography.Text>
              </>
            ),
          },
          { key: 'problem', title: t('rectification.columns.problem'), dataIndex: 'problem' },
          {
            key: 'requiredAction',
            title: t('rectification.columns.requiredAction'),
            dataIndex: 'requiredAction',
          },
          {
            key: 'deadline',
            title: t('rectification.columns.deadline'),
            render: (_: unknown, i: Item) => formatDeadline(i.deadline, language),
          },
          {
            key: 'status',
            title: t('rectification.columns.status'),
            render: (_: unknown, i: Item) => (
              <>
                <Tag color={STATUS_COLOR[i.status]}>{t(`rectification.status.${i.status}`)}</Tag>
                {i.overdue ? <Tag color="red">{t('rectification.overdue')}</Tag> : null}
              </>
            ),
          },
          { key: 'measures', title: t('rectification.columns.measures'), dataIndex: 'measures' },
          {
            key: 'actions',
            title: t('rectification.columns.actions'),
            render: (_: unknown, i: Item) =>
              role === 'BRANCH' && i.status === 'OPEN' ? (
                <Button size="small" type="primary" onClick={() => setAnsweringId(i.id)}>
                  {t('rectification.answer.button')}
                </Button>
              ) : (role === 'REVIEWER' || role === 'ADMIN') && i.status === 'ANSWERED' ? (
                <Button size="small" type="primary" onClick={() => setVerifying(i)}>
                  {t('rectification.verify.button')}
                </Button>
              ) : null,
          },
        ]}
      />
      <AnswerModal item={answering} onClose={() => setAnsweringId(null)} onFilesChanged={() => refetch()} />
      <VerifyModal item={verifying} onClose={() => setVerifying(null)} />
    </Card>
  );
}
