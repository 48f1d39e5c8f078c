import { useQuery } from '@apollo/client';
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../shared/i18n/use-app-language';
import { useSession } from '../auth';
import { useFileDownload } from '../reports';
import { AnswerModal } from './components/AnswerModal';
import { LedgerFilters } from './components/LedgerFilters';
import { LedgerList } from './components/ledger/LedgerList';
import { LedgerTable } from './components/ledger/LedgerTable';
import type { LedgerItem, LedgerViewProps } from './components/ledger/ledger-parts';
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
import { usePhone } from '../../shared/layout/use-phone';

/** 整改台账: the rectification items of the caller's scope; a branch answers, a reviewer checks. */
export default function RectificationScreen() {
  const { t } = useTranslation();
  const { lang } = useAppLanguage();
  const phone = usePhone();
  const { session } = useSession();
  const role = session?.user.role;
  // The filter lives in the URL: the overview's counts link here filtered, a reload keeps it.
  const [search, setSearch] = useSearchParams();
  const filter = ledgerFilterFromSearch(search);
  const setFilter = (next: LedgerFilterState) => setSearch(ledgerSearch(next), { replace: true });
  const exporter = useFileDownload();
  const [answeringId, setAnsweringId] = useState<string | null>(null);
  const [verifying, setVerifying] = useState<LedgerItem | null>(null);
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
  const view: LedgerViewProps = {
    items: data?.rectifications ?? [],
    loading: loading && !data,
    role,
    onAnswer: (item) => setAnsweringId(item.id),
    onVerify: setVerifying,
  };

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
      {phone ? <LedgerList {...view} /> : <LedgerTable {...view} />}
      <AnswerModal item={answering} onClose={() => setAnsweringId(null)} onFilesChanged={() => refetch()} />
      <VerifyModal item={verifying} onClose={() => setVerifying(null)} />
    </Card>
  );
}
