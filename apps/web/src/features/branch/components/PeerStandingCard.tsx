import { percentileText } from '@pathboard/scoring';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeerGroupFieldsFragment } from '../../../generated/graphql';
import { formatRank, formatScore } from '../../../shared/formatting';
import { useAppLanguage } from '../../../shared/i18n/use-app-language';
import { ProvisionalMark } from '../../../shared/quality/ProvisionalMark';

function PeerGroup({
  title,
  group,
  status,
}: {
  title: ReactNode;
  group: PeerGroupFieldsFragment;
  status: string | null | undefined;
}) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  return (
    <div>
      <Typography.Text strong>{title}</Typography.Text>
      {group.rank === null || group.rank === undefined ? (
        <Typography.Paragraph type="secondary">{t('branch.standing.unranked')}</Typography.Paragraph>
      ) : (
        <Row gutter={8} style={{ marginTop: 8 }}>
          <Col span={15}>
            <Statistic
              title={t('branch.standing.rank')}
              value={formatRank(group.rank, language, group.peerCount)}
              suffix={<ProvisionalMark status={status} />}
              valueStyle={{ fontSize: 16, whiteSpace: 'nowrap' }}
            />
          </Col>
          <Col span={9}>
            <Statistic
              title={t('branch.standing.percentile')}
              value={group.percentile === null ? '—' : percentileText(group.percentile)}
              valueStyle={{ fontSize: 16 }}
            />
          </Col>
          <Col span={24}>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('branch.standing.percentileHint', {
                percent: group.percentile === null ? '—' : `${percentileText(group.percentile)}%`,
              })}{' '}
              · {t('branch.standing.median')} {formatScore(group.median, language)} ·{' '}
              {t('branch.standing.peers', { count: group.peerCount })}
            </Typography.Text>
          </Col>
        </Row>
      )}
    </div>
  );
}

/** Rank and percentile among same-parent and same-sector peers; by design it never names a peer. */
export function PeerStandingCard({
  sameParent,
  sameSector,
  sector,
  status,
}: {
  sameParent: PeerGroupFieldsFragment;
  sameSector: PeerGroupFieldsFragment;
  sector: string | null | undefined;
  /** The assessment's status: a submitted, not yet reviewed one's ranks are provisional (暂定). */
  status: string | null | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Card title={t('branch.standing.title')} size="small" style={{ height: '100%' }}>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <PeerGroup title={t('branch.standing.sameParent')} group={sameParent} status={status} />
        </Col>
        <Col xs={24} md={12}>
          <PeerGroup
            title={t('branch.standing.sameSector', {
              sector: sector ? t(`assessment.sector.${sector}`) : t('common.missing'),
            })}
            group={sameSector}
            status={status}
          />
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
        {t('branch.standing.privacy')}
      </Typography.Paragraph>
    </Card>
  );
}
